using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Agrovet.Auth.Tests;

/// <summary>
/// The test server leaves the peer address empty; a real server behind the gateway sees 127.0.0.1. Setting it
/// lets tests act as distinct clients through X-Forwarded-For, as the gateway reports them.
/// </summary>
internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
