using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>Runs inside the proxy pipeline: after YARP gave up on a request, writes the problem+json it left out.</summary>
public sealed class ForwarderErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        if (context.Response.HasStarted || context.Features.Get<IForwarderErrorFeature>() is not { } failure)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Route.Config.ClusterId ?? "upstream";
        if (UpstreamProblems.For(failure, service, context.Response.StatusCode) is { } problem)
        {
            await problem.ExecuteAsync(context);
        }
    }
}
