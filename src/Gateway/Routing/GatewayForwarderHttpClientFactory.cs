using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>YARP's client, with a connect timeout short enough that a stopped service is reported at once.</summary>
public sealed class GatewayForwarderHttpClientFactory(IOptions<UpstreamOptions> options, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.ConnectTimeout;
    }
}
