using Agrovet.Auth.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Tokens;

/// <summary>
/// Deletes refresh tokens and password-reset links a day after they expired, once an hour, so the tables hold live
/// sessions and links only.
/// </summary>
public sealed class RefreshTokenCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<RefreshTokenCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepExpiredFor = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
                var before = time.GetUtcNow().UtcDateTime - KeepExpiredFor;
                var deleted = await db.RefreshTokens.Where(t => t.ExpiresAt < before).ExecuteDeleteAsync(stoppingToken);
                var links = await db.PasswordResetTokens.Where(t => t.ExpiresAt < before).ExecuteDeleteAsync(stoppingToken);
                logger.LogInformation("Deleted {Count} expired refresh token(s) and {Links} expired reset link(s)", deleted, links);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not delete expired refresh tokens; trying again in {Interval}", Interval);
            }
        }
    }
}
