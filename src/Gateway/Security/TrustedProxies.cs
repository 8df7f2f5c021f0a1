using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Agrovet.Gateway.Security;

/// <summary>
/// The gateway is the edge: X-Forwarded-* from clients are ignored (they would let anyone pick the address the rate
/// limiter counts), unless the request comes from a proxy listed in <c>Gateway:TrustedProxies</c> (addresses or CIDR).
/// </summary>
public static class TrustedProxies
{
    public const string SectionName = "Gateway:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var entries = configuration.GetSection(SectionName).Get<string[]>() ?? [];
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in entries)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new InvalidOperationException($"{SectionName} entry '{entry}' is neither an IP address nor a CIDR network.");
                }
            }

            if (entries.Length == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
            }
        });
        return services;
    }
}
