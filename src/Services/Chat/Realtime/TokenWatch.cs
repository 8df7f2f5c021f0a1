using Agrovet.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// Ends connections whose token stopped being good while they were open: expired (4001) or revoked — logout,
/// deactivation, a role change — (4002), checked against the same denylist every request is, every
/// <see cref="ChatOptions.TokenCheckInterval"/>.
/// </summary>
public sealed partial class TokenWatch(RoomHub hub, IAccessTokenDenylist denylist, IOptions<ChatOptions> options, TimeProvider time, ILogger<TokenWatch> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                (Connection: c, Revoked: await denylist.IsRevokedAsync(c.Token.TokenId, c.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Token.IssuedAt, cancellationToken))));
            foreach (var (connection, _) in revoked.Where(r => r.Revoked))
            {
                connection.Close(CloseCodes.TokenRevoked, () => Texts.TokenRevoked);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the open connections' tokens failed; trying again at the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
