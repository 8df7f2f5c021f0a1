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
        // One job per service, one target per instance of it.
        foreach (var service in targets.GroupBy(t => t.Service, t => t.ManagementPort))
        {
            var addresses = string.Join(", ", service.Select(port => string.Create(CultureInfo.InvariantCulture, $"\"127.0.0.1:{port}\"")));
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - job_name: {service.Key}")
                .AppendLine(CultureInfo.InvariantCulture, $"    static_configs: [{{ targets: [{addresses}] }}]");
        }

        return yaml.ToString();
    }
}
