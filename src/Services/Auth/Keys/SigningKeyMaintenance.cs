using Microsoft.Extensions.Options;

namespace Agrovet.Auth.Keys;

/// <summary>Loads the keys when the service starts (creating the first one), then refreshes and rotates them on a timer.</summary>
public sealed class SigningKeyMaintenance(SigningKeyStore keys, IOptions<AuthOptions> options, TimeProvider time, ILogger<SigningKeyMaintenance> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SigningKeyRefreshInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await keys.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not load or rotate the signing keys; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
