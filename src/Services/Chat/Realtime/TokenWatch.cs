using System.Globalization;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// Ends connections whose token stopped being good while they were open. A revocation — logout, deactivation, a role
/// change — closes the connections it covers on every instance at once (4002): the denylist announces each one on
/// Redis pub/sub, and this process's copy of the denylist passes each announcement on
/// (<see cref="AccessTokenRevocations.OnAnnounced"/>). Every <see cref="ChatOptions.TokenCheckInterval"/> the open
/// connections are also checked against the denylist itself, which catches an announcement missed while Redis was
/// unreachable. Every second the connections whose token expired are closed (4001): one sweep for all of them rather
/// than a timer per connection, which an idle connection would carry for its whole life.
/// </summary>
public sealed partial class TokenWatch(
    RoomHub hub, IAccessTokenDenylist denylist, AccessTokenRevocations revocations, IOptions<ChatOptions> options, TimeProvider time, ILogger<TokenWatch> logger)
    : BackgroundService
{
    private static readonly TimeSpan ExpirySweep = TimeSpan.FromSeconds(1);

    private IDisposable? _announcements;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _announcements = revocations.OnAnnounced(OnRevoked);
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _announcements?.Dispose();
        return base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(CheckEveryIntervalAsync(stoppingToken), CloseExpiredAsync(stoppingToken));

    private async Task CloseExpiredAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ExpirySweep, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = time.GetUtcNow();
                foreach (var connection in hub.AllConnections())
                {
                    if (connection.Token.ExpiresAt <= now && !connection.IsClosing)
                    {
                        connection.Close(CloseCodes.TokenExpired, () => Texts.TokenExpired);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task CheckEveryIntervalAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TokenCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCheckFailed(logger, e);
            }
        }
    }

    private void OnRevoked(AccessTokenRevocation revocation)
    {
        foreach (var connection in hub.AllConnections().Where(c => !c.IsClosing))
        {
            if (revocation.Covers(connection.Token.TokenId, connection.User.Id.ToString(CultureInfo.InvariantCulture), connection.Token.IssuedAt))
            {
                connection.Close(CloseCodes.TokenRevoked, () => Texts.TokenRevoked);
            }
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = hub.AllConnections().Where(c => !c.IsClosing).ToList();
        foreach (var connection in open.Where(c => c.Token.ExpiresAt <= now))
        {
            connection.Close(CloseCodes.TokenExpired, () => Texts.TokenExpired);
        }

        foreach (var chunk in open.Where(c => c.Token.ExpiresAt > now).Chunk(200))
        {
            var revoked = await Task.WhenAll(chunk.Select(async c =>
                (Connection: c, Revoked: await denylist.IsRevokedAsync(c.Token.TokenId, c.User.Id.ToString(CultureInfo.InvariantCulture), c.Token.IssuedAt, cancellationToken))));
            foreach (var (connection, _) in revoked.Where(r => r.Revoked))
            {
                connection.Close(CloseCodes.TokenRevoked, () => Texts.TokenRevoked);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the open connections' tokens failed; trying again at the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
