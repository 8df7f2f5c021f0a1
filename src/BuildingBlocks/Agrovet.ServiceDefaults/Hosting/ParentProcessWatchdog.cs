using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Hosting;

/// <summary>
/// When the launcher passes <c>AGROVET_PARENT_PID</c>, the service stops itself once that process is gone,
/// so a killed launcher never leaves orphan services behind.
/// </summary>
internal sealed class ParentProcessWatchdog(IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<ParentProcessWatchdog> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration["AGROVET_PARENT_PID"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parentPid))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!Directory.Exists($"/proc/{parentPid}"))
            {
                logger.LogWarning("Launcher process {ParentPid} is gone; stopping", parentPid);
                lifetime.StopApplication();
                return;
            }
        }
    }
}
