using System.Diagnostics;
using System.Globalization;
using Agrovet.AppHost.Platform;

namespace Agrovet.AppHost.Telemetry;

/// <summary>
/// Prometheus scraping every service and the Aspire Dashboard receiving their OTLP traces, metrics and logs, both
/// on loopback, data under <c>telemetry/</c> in the state directory; started before the services, stopped after them.
/// </summary>
public sealed class TelemetryServers(TelemetryOptions options, string stateDirectory, string repoRoot, IPlatformReporter reporter) : IAsyncDisposable
{
    private readonly List<ToolProcess> _processes = [];

    public Uri PrometheusUrl => new($"http://127.0.0.1:{options.PrometheusPort}/");

    public Uri DashboardUrl => new($"http://127.0.0.1:{options.DashboardPort}/");

    /// <summary>What every service needs to export to the dashboard (sampling stays the services' own <c>OTEL_TRACES_SAMPLER</c>).</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{options.OtlpPort}",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
    };

    public async Task StartAsync(IEnumerable<(string Service, int ManagementPort)> targets, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.DashboardExecutable))
        {
            throw new PlatformStartException(
                $"The Aspire Dashboard is not at {options.DashboardExecutable}. ./agrovet up --telemetry downloads it (dotnet restore infra/telemetry/AspireDashboard.csproj).");
        }

        reporter.Step($"Starting Prometheus on :{options.PrometheusPort} and the Aspire Dashboard on :{options.DashboardPort} (OTLP :{options.OtlpPort})");
        var watch = Stopwatch.StartNew();
        var directory = Path.Combine(stateDirectory, "telemetry");
        var logs = Path.Combine(stateDirectory, "logs");
        Directory.CreateDirectory(directory);
        var configuration = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(configuration, PrometheusConfiguration.Render(targets, Path.Combine(repoRoot, "infra", "prometheus", "rules")), cancellationToken);
        _processes.Add(ToolProcess.Start(
            options.PrometheusExecutable,
            [
                $"--config.file={configuration}",
                $"--storage.tsdb.path={Path.Combine(directory, "prometheus")}",
                "--storage.tsdb.retention.time=7d",
                $"--web.listen-address=127.0.0.1:{options.PrometheusPort}",
            ],
            new Dictionary<string, string>(StringComparer.Ordinal),
            directory,
            Path.Combine(logs, "prometheus.log")));
        _processes.Add(ToolProcess.Start(
            options.DashboardExecutable,
            [],
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ASPNETCORE_URLS"] = DashboardUrl.ToString().TrimEnd('/'),
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{options.OtlpPort}",
                ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{options.OtlpHttpPort}",
                // Loopback only, one person's machine: no browser token, no OTLP key.
                ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
                ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            },
            Path.GetDirectoryName(options.DashboardExecutable)!,
            Path.Combine(logs, "aspire-dashboard.log")));

        await Task.WhenAll(
            WaitUntilAnswersAsync(_processes[0], new Uri(PrometheusUrl, "-/ready"), "Prometheus", cancellationToken),
            WaitUntilAnswersAsync(_processes[1], DashboardUrl, "The Aspire Dashboard", cancellationToken));
        reporter.Done(string.Create(CultureInfo.InvariantCulture, $"Prometheus and the Aspire Dashboard ready ({watch.Elapsed.TotalSeconds:0.0} s)"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    private static async Task WaitUntilAnswersAsync(ToolProcess process, Uri url, string name, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new PlatformStartException($"{name} exited during start-up; see {process.LogPath}.");
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new PlatformStartException($"{name} did not answer on {url} within 90 s; see {process.LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if ((int)response.StatusCode < 400)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
