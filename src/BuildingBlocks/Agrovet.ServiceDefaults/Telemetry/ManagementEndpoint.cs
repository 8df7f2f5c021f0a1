using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Agrovet.ServiceDefaults.Telemetry;

/// <summary>
/// A second listener, <c>Agrovet:ManagementPort</c> on <c>Agrovet:ManagementAddress</c> (loopback unless set, e.g. to
/// <c>*</c> inside a container whose port is published to the cluster only), where <c>/metrics</c> and the health
/// endpoints answer and nothing else does. The public port never serves <c>/metrics</c>; without a management port
/// metrics leave the process only over OTLP.
/// </summary>
public static class ManagementEndpoint
{
    public const string PortKey = "Agrovet:ManagementPort";
    public const string AddressKey = "Agrovet:ManagementAddress";
    private const string DefaultAddress = "127.0.0.1";
    private const string KestrelEndpoints = "Kestrel:Endpoints";

    /// <summary>The configured management port, or null when there is none.</summary>
    public static int? PortFrom(IConfiguration configuration)
    {
        var value = configuration[PortKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"{PortKey}='{value}' is not a port number (1-65535). Set it to a free port, or leave it unset to serve no /metrics.");
    }

    /// <summary>
    /// Adds the management URL to the ones Kestrel binds. Kestrel binds either URLs (<c>ASPNETCORE_URLS</c>,
    /// <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>) or its configured endpoints (<c>Kestrel:Endpoints</c>), never both,
    /// so the management URL joins whichever of the two this process uses.
    /// </summary>
    internal static void AddManagementListener(this IHostApplicationBuilder builder)
    {
        if (PortFrom(builder.Configuration) is not { } port)
        {
            return;
        }

        var configuration = builder.Configuration;
        var management = $"http://{Host(configuration[AddressKey])}:{port.ToString(CultureInfo.InvariantCulture)}";
        var added = configuration.GetSection(KestrelEndpoints).GetChildren().Any()
            ? new Dictionary<string, string?> { [$"{KestrelEndpoints}:AgrovetManagement:Url"] = management }
            : new Dictionary<string, string?> { [WebHostDefaults.ServerUrlsKey] = string.Join(';', PublicUrls(configuration).Append(management)) };
        configuration.AddInMemoryCollection(added);
    }

    private static List<string> PublicUrls(IConfiguration configuration)
    {
        var urls = Split(configuration[WebHostDefaults.ServerUrlsKey]);
        if (urls.Count > 0)
        {
            return urls;
        }

        var fromPorts = Split(configuration[WebHostDefaults.HttpPortsKey]).Select(p => $"http://*:{p}")
            .Concat(Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(p => $"https://*:{p}"))
            .ToList();
        return fromPorts.Count > 0 ? fromPorts : ["http://localhost:5000"];
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Host(string? address)
    {
        var host = string.IsNullOrWhiteSpace(address) ? DefaultAddress : address.Trim();
        return host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
    }
}
