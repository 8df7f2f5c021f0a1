using System.Threading.Channels;
using Agrovet.Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Storage;

/// <summary>
/// Removes the bytes of deleted files (<see cref="PendingStorageDeletion"/>): at once for a request that just deleted
/// one, and in the background for deletions made by event handlers or left by a failed attempt (every few seconds,
/// or sooner when nudged).
/// </summary>
public sealed class StorageJanitor(IServiceScopeFactory scopes, IMediaStorage storage, TimeProvider time, ILogger<StorageJanitor> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a sweep soon (after a commit that queued deletions).</summary>
    public void Nudge() => _nudges.Writer.TryWrite(true);

    /// <summary>Removes these keys' bytes now; what fails stays queued for the background sweep.</summary>
    public async Task RemoveNowAsync(MediaDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var pending = await db.StorageDeletions.Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken);
        await RemoveAsync(db, pending, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SweepAsync(stoppingToken) == BatchSize)
                {
                    // A full batch went: there may be more.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Removing the bytes of deleted files failed; retrying in {Interval}", Interval);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Interval);
            try
            {
                await _nudges.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The interval passed.
            }
        }
    }

    /// <summary>One batch of the queue, oldest first; returns how many were removed.</summary>
    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var pending = await db.StorageDeletions.OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        return await RemoveAsync(db, pending, cancellationToken);
    }

    private async Task<int> RemoveAsync(MediaDbContext db, List<PendingStorageDeletion> pending, CancellationToken cancellationToken)
    {
        var removed = new List<long>(pending.Count);
        foreach (var deletion in pending)
        {
            try
            {
                await storage.DeleteAsync(deletion.Key, cancellationToken);
                removed.Add(deletion.Id);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not remove {Key} (queued {RequestedAt:O}); it stays queued", deletion.Key, deletion.RequestedAt);
            }
        }

        if (removed.Count > 0)
        {
            await db.StorageDeletions.Where(d => removed.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        if (removed.Count < pending.Count)
        {
            logger.LogDebug("{Count} storage deletions left for a later attempt at {Now:O}", pending.Count - removed.Count, time.GetUtcNow());
        }

        return removed.Count;
    }
}
