using System.Runtime.InteropServices;
using Agrovet.AppHost.Backups;
using Agrovet.AppHost.Events;
using Agrovet.AppHost.OpenApi;
using Agrovet.AppHost.Platform;
using Agrovet.AppHost.Seeding;
using Agrovet.AppHost.Terminal;
using Agrovet.LocalInfrastructure;

namespace Agrovet.AppHost;

/// <summary>The verbs behind the <c>agrovet</c> script: <c>up</c> and <c>seed</c>.</summary>
public static class Launcher
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "help";
        var repoRoot = FindRepoRoot();
        try
        {
            return verb switch
            {
                "up" => await UpAsync(repoRoot, telemetry: args.Contains("--telemetry")),
                "seed" => await DemoSeeder.RunAsync(PlatformOptions.FromEnvironment(repoRoot), args.Skip(1).ToArray()),
                "backup" => await BackupAsync(repoRoot),
                "restore" when args.Length == 2 => await RestoreAsync(repoRoot, args[1]),
                "events" => await EventsReport.RunAsync(PlatformOptions.FromEnvironment(repoRoot)),
                "openapi" => await WriteOpenApiDocumentsAsync(repoRoot),
                _ => Help(),
            };
        }
        catch (Exception e) when (e is PlatformStartException or MissingServerBinariesException or ServerStartException)
        {
            ConsoleReporter.Error(e.Message);
            return 1;
        }
    }

    private static async Task<int> UpAsync(string repoRoot, bool telemetry)
    {
        var reporter = new ConsoleReporter();
        var options = PlatformOptions.FromEnvironment(repoRoot);
        if (telemetry)
        {
            options = options with { Telemetry = PlatformOptions.TelemetryFromEnvironment() };
        }

        using var stopping = new CancellationTokenSource();
        var stopRequests = 0;
        void RequestStop(PosixSignalContext context)
        {
            context.Cancel = true;
            if (Interlocked.Increment(ref stopRequests) == 1)
            {
                reporter.Step("Stopping (press Ctrl+C again to force)");
                stopping.Cancel();
            }
            else
            {
                Environment.Exit(130);
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

        await using var platform = new LocalPlatform(options, reporter);
        try
        {
            await platform.StartAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return 130;
        }
        catch (PlatformStartException e)
        {
            ConsoleReporter.Error(e.Message);
            return 1;
        }

        PrintWhereToClick(platform);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    private static async Task<int> WriteOpenApiDocumentsAsync(string repoRoot)
    {
        var options = PlatformOptions.FromEnvironment(repoRoot);
        var written = await ServiceDocumentWriter.WriteAllAsync(repoRoot, options.Configuration, ServiceDocumentWriter.CommittedDirectory(repoRoot), CancellationToken.None);
        var reporter = new ConsoleReporter();
        foreach (var file in written)
        {
            reporter.Done(Path.GetRelativePath(repoRoot, file));
        }

        return 0;
    }

    private static async Task<int> BackupAsync(string repoRoot)
    {
        var backup = new PlatformBackup(PlatformOptions.FromEnvironment(repoRoot), new ConsoleReporter());
        await backup.CreateAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<int> RestoreAsync(string repoRoot, string folder)
    {
        var backup = new PlatformBackup(PlatformOptions.FromEnvironment(repoRoot), new ConsoleReporter());
        await backup.RestoreAsync(folder, CancellationToken.None);
        return 0;
    }

    private static void PrintWhereToClick(LocalPlatform platform)
    {
        var gateway = platform.GatewayUrl.ToString().TrimEnd('/').Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Console.WriteLine();
        Console.WriteLine($"  Web app      {gateway}/");
        Console.WriteLine($"  API docs     {gateway}/api/docs   (every service's API reference, served by the gateway)");
        Console.WriteLine($"  Health       {gateway}/health/");
        var label = "Metrics";
        foreach (var service in platform.Services)
        {
            foreach (var management in platform.InstanceManagementUrlsOf(service))
            {
                Console.WriteLine($"  {label,-12} {management}metrics   {service.Name}");
                label = string.Empty;
            }
        }

        if (platform.Telemetry is { } telemetry)
        {
            Console.WriteLine($"  Traces       {Local(telemetry.DashboardUrl)}   (Aspire Dashboard: traces, logs and metrics of every service)");
            Console.WriteLine($"  Prometheus   {Local(telemetry.PrometheusUrl)}   (alerts at {Local(telemetry.PrometheusUrl)}alerts)");
        }

        Console.WriteLine($"  Logs         {Path.Combine(platform.Options.StateDirectory, "logs")}/");
        Console.WriteLine($"  Mail         {platform.Options.MailDirectory}/   (every message sent, e.g. password-reset links, as an .eml file)");
        if (platform.GeneratedAdminPassword is not null)
        {
            Console.WriteLine($"  Admin        admin / {platform.GeneratedAdminPassword}   (generated now and shown once; kept in {Path.Combine(platform.Options.StateDirectory, "secrets.json")})");
        }
        else
        {
            Console.WriteLine($"  Admin        admin / (AGROVET_ADMIN_PASSWORD, or see {Path.Combine(platform.Options.StateDirectory, "secrets.json")})");
        }

        Console.WriteLine();
        Console.WriteLine("  Demo data: ./agrovet seed    Stop: Ctrl+C");
    }

    private static string Local(Uri url) => url.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    private static int Help()
    {
        Console.WriteLine("""
            agrovet — run the Agrovet platform on this machine

              ./agrovet up      install what is missing, build, start everything, print the URLs (Ctrl+C stops)
                                --telemetry: also Prometheus (:9090) and the Aspire Dashboard (:18888) with every trace
              ./agrovet seed    add demo users of every role through the running platform
              ./agrovet test    run every test suite
              ./agrovet bench   run the load benchmarks in bench/
              ./agrovet backup  dump every database and the media files into .agrovet/backups/<UTC time>/
              ./agrovet restore <folder>  bring a stopped platform back to a backup
              ./agrovet events  per event topic and consumer group: length, pending, lag, dead letters
              ./agrovet openapi write every service's OpenAPI document into docs/openapi/ and the web app's API types

            Ports: AGROVET_GATEWAY_PORT (8080), AGROVET_AUTH_PORT (8101), ..., AGROVET_PG_PORT (55432), AGROVET_REDIS_PORT (56379);
                   each service's /metrics is on its port + 1000 (9080, 9101, ...), on loopback only
            Admin: AGROVET_ADMIN_PASSWORD (generated and printed once when unset)
            """);
        return 0;
    }

    private static string FindRepoRoot()
    {
        if (Environment.GetEnvironmentVariable("AGROVET_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Agrovet.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
