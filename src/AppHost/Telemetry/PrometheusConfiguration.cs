using System.Globalization;
using System.Text;

namespace Agrovet.AppHost.Telemetry;

/// <summary>
/// The local Prometheus's configuration: every running service's <c>/metrics</c> on its management port, job = service
/// name (as in infra/prometheus/compose.yml), and the alert rules of infra/prometheus/rules.
/// </summary>
internal static class PrometheusConfiguration
{
    public static string Render(IEnumerable<(string Service, int ManagementPort)> targets, string rulesDirectory)
    {
        var yaml = new StringBuilder()
            .AppendLine("# Written by ./agrovet up --telemetry on every start; infra/prometheus/compose.yml is the compose equivalent.")
            .AppendLine("global:")
            .AppendLine("  scrape_interval: 5s")
            .AppendLine("  evaluation_interval: 15s")
            .AppendLine("rule_files:")
            .AppendLine(CultureInfo.InvariantCulture, $"  - \"{Path.Combine(rulesDirectory, "*.yml")}\"")
            .AppendLine("scrape_configs:");
        foreach (var (service, port) in targets)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - job_name: {service}")
                .AppendLine(CultureInfo.InvariantCulture, $"    static_configs: [{{ targets: [\"127.0.0.1:{port}\"] }}]");
        }

        return yaml.ToString();
    }
}
