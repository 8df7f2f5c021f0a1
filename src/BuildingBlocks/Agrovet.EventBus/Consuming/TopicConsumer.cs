using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Logging;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// This process's consumer of one topic: the loop. Reads new deliveries and, every claim interval, deliveries that
/// another consumer of the group left unacknowledged for longer than the visibility timeout (it died), and hands them
/// to its <see cref="DeliveryBatch"/>. Waits for the relay's publish hint when idle. Whatever fails in a round is
/// retried under the retry policy until the round succeeds.
/// </summary>
internal sealed class TopicConsumer(
    ConsumerAddress consumer, DeliveryBatch batch, IEventTransport transport, EventConsumerOptions settings, RetryPolicy retry, TimeProvider time, ILogger logger)
    : IDisposable
{
    private readonly AsyncSignal _published = new();
    private IAsyncDisposable? _watch;
    private bool _groupReady;
    private DateTimeOffset _nextClaim = time.GetUtcNow();

    public ConsumerAddress Consumer => consumer;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var failed = false;
                await retry.UntilSucceededAsync(RoundAsync, (e, failures) =>
                {
                    failed = true;
                    if (failures == 0)
                    {
                        logger.LogWarning(e, "Consuming {Topic} failed; retrying with backoff", consumer.Topic);
                    }
                    else
                    {
                        logger.LogDebug(e, "Consuming {Topic} failed again", consumer.Topic);
                    }
                }, cancellationToken);
                if (failed)
                {
                    logger.LogInformation("Consuming {Topic} resumed", consumer.Topic);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (_watch is not null)
            {
                await _watch.DisposeAsync();
            }
        }
    }

    public void Dispose() => _published.Dispose();

    private async Task RoundAsync(CancellationToken cancellationToken)
    {
        _watch ??= await transport.WatchAsync(consumer.Topic, _published.Notify, cancellationToken);
        if (!_groupReady)
        {
            await transport.EnsureConsumerGroupAsync(consumer.Topic, consumer.Group, cancellationToken);
            _groupReady = true;
            logger.LogInformation("Consuming {Topic} as {Consumer} of group {Group}", consumer.Topic, consumer.Consumer, consumer.Group);
        }

        if (time.GetUtcNow() >= _nextClaim)
        {
            var abandoned = await transport.ClaimStaleAsync(consumer, settings.VisibilityTimeout, settings.BatchSize, cancellationToken);
            if (abandoned.Count > 0)
            {
                logger.LogInformation("Claimed {Count} deliveries on {Topic} left unacknowledged for over {Timeout}", abandoned.Count, consumer.Topic, settings.VisibilityTimeout);
                await batch.ProcessAsync(abandoned, cancellationToken);
            }

            if (abandoned.Count < settings.BatchSize)
            {
                _nextClaim = time.GetUtcNow() + settings.ClaimInterval;
            }
        }

        var deliveries = await transport.ReadAsync(consumer, settings.BatchSize, cancellationToken);
        if (deliveries.Count > 0)
        {
            await batch.ProcessAsync(deliveries, cancellationToken);
            return;
        }

        var untilClaim = _nextClaim - time.GetUtcNow();
        var wait = untilClaim < settings.IdlePollInterval ? untilClaim : settings.IdlePollInterval;
        if (wait > TimeSpan.Zero)
        {
            await _published.WaitAsync(wait, cancellationToken);
        }
    }
}
