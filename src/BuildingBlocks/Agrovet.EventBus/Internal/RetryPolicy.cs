using Agrovet.EventBus.Hosting;
using Polly;
using Polly.Retry;

namespace Agrovet.EventBus.Internal;

/// <summary>
/// The bus's one retry policy, built on Polly, with one backoff: delays doubling from the initial delay up to the
/// largest. An outage (the database or Redis unreachable or timed out, see <see cref="TransientFailures"/>) is waited
/// out for as long as it takes, with jitter so instances do not retry in step, and uses up nothing. A failed attempt of
/// the work itself (a handler that throws) is retried until <see cref="MaxAttempts"/> attempts have failed; the caller
/// then gives up on it (the consumer dead-letters the delivery).
/// </summary>
internal sealed class RetryPolicy
{
    private static readonly ResiliencePropertyKey<Action<Exception, int>?> OnOutageKey = new("agrovet.retry.on-outage");
    private static readonly ResiliencePropertyKey<Attempts> AttemptsKey = new("agrovet.retry.attempts");

    private readonly ResiliencePipeline _outages;
    private readonly ResiliencePipeline _anyFailure;
    private readonly ResiliencePipeline _attempts;

    public RetryPolicy(TimeSpan initialDelay, TimeSpan maxDelay, int maxAttempts, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        MaxAttempts = maxAttempts;
        _outages = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(UntilRecovered(initialDelay, maxDelay, TransientFailures.IsInfrastructure))
            .Build();
        _anyFailure = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(UntilRecovered(initialDelay, maxDelay, _ => true))
            .Build();

        // Outermost the attempts, innermost the outages: an outage is waited out within the attempt it interrupted.
        _attempts = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } failure
                    && !IsCancellation(failure, args.Context)
                    && !TransientFailures.IsInfrastructure(failure)
                    && args.Context.Properties.GetValue(AttemptsKey, null!).Current < MaxAttempts),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = initialDelay,
                MaxDelay = maxDelay,
                OnRetry = args =>
                {
                    var attempts = args.Context.Properties.GetValue(AttemptsKey, null!);
                    attempts.OnFailed?.Invoke(args.Outcome.Exception!, attempts.Current);
                    attempts.Current++;
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(UntilRecovered(initialDelay, maxDelay, TransientFailures.IsInfrastructure))
            .Build();
    }

    /// <summary>Failed attempts after which the work is given up on.</summary>
    public int MaxAttempts { get; }

    public static RetryPolicy For(EventConsumerOptions consumer, TimeProvider time) =>
        new(consumer.RetryInitialDelay, consumer.RetryMaxDelay, consumer.MaxAttempts, time);

    public static RetryPolicy For(OutboxRelayOptions relay, TimeProvider time) =>
        new(relay.RetryInitialDelay, relay.RetryMaxDelay, maxAttempts: 1, time);

    /// <summary>
    /// Runs <paramref name="work"/> until it succeeds, waiting out outages (each reported to <paramref name="onOutage"/>
    /// with the number of outages before it); any other failure is thrown at once.
    /// </summary>
    public async Task UntilAvailableAsync(Func<CancellationToken, Task> work, Action<Exception, int>? onOutage, CancellationToken cancellationToken) =>
        await RunAsync(_outages, AsTaskOfBool(work), failedFirst: null, onOutage, cancellationToken);

    /// <summary>Runs <paramref name="work"/> until it succeeds, whatever fails (each failure reported to <paramref name="onFailure"/>).</summary>
    public async Task UntilSucceededAsync(Func<CancellationToken, Task> work, Action<Exception, int>? onFailure, CancellationToken cancellationToken) =>
        await RunAsync(_anyFailure, AsTaskOfBool(work), failedFirst: null, onFailure, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> until it succeeds, whatever fails. When <paramref name="failedFirst"/> is given, the
    /// work has just failed with it: the first run waits the first delay.
    /// </summary>
    public Task<T> UntilSucceededAsync<T>(
        Func<CancellationToken, Task<T>> work, Exception? failedFirst, Action<Exception, int>? onFailure, CancellationToken cancellationToken) =>
        RunAsync(_anyFailure, work, failedFirst, onFailure, cancellationToken);

    /// <summary>
    /// Runs <paramref name="attempt"/> (given its number) from attempt <paramref name="firstAttempt"/> on until one
    /// succeeds (null) or <see cref="MaxAttempts"/> have failed (the last failure and its attempt number). When
    /// <paramref name="failedFirst"/> is given, attempt <paramref name="firstAttempt"/> has already failed with it and is
    /// not run again. Outages are waited out within an attempt; <paramref name="onFailedAttempt"/> hears of each failed
    /// attempt that is retried.
    /// </summary>
    public async Task<FailedAttempts?> AttemptAsync(
        int firstAttempt,
        Exception? failedFirst,
        Func<int, CancellationToken, Task> attempt,
        Action<Exception, int>? onFailedAttempt,
        Action<Exception, int>? onOutage,
        CancellationToken cancellationToken)
    {
        var attempts = new Attempts(firstAttempt, failedFirst, onFailedAttempt);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(AttemptsKey, attempts);
            context.Properties.Set(OnOutageKey, onOutage);
            var outcome = await _attempts.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    var (attempts, attempt) = state;
                    if (attempts.TakeFailedFirst() is { } failed)
                    {
                        return Outcome.FromException<bool>(failed);
                    }

                    try
                    {
                        await attempt(attempts.Current, context.CancellationToken);
                        return Outcome.FromResult(true);
                    }
                    catch (Exception e)
                    {
                        return Outcome.FromException<bool>(e);
                    }
                },
                context,
                (attempts, attempt));
            if (outcome.Exception is not { } exception)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (IsCancellation(exception, context) || TransientFailures.IsInfrastructure(exception))
            {
                outcome.ThrowIfException();
            }

            return new FailedAttempts(exception, attempts.Current);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<T> RunAsync<T>(
        ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> work, Exception? failedFirst, Action<Exception, int>? onRetry, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(OnOutageKey, onRetry);
            var state = new Run<T>(work, failedFirst);
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (context, run) =>
                {
                    if (run.TakeFailedFirst() is { } failed)
                    {
                        return Outcome.FromException<T>(failed);
                    }

                    try
                    {
                        return Outcome.FromResult(await run.Work(context.CancellationToken));
                    }
                    catch (Exception e)
                    {
                        return Outcome.FromException<T>(e);
                    }
                },
                context,
                state);
            if (outcome.Exception is not null)
            {
                // Polly hands back the last failure when cancelled between retries: the caller is stopping, not failing.
                cancellationToken.ThrowIfCancellationRequested();
                outcome.ThrowIfException();
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static Func<CancellationToken, Task<bool>> AsTaskOfBool(Func<CancellationToken, Task> work) =>
        async cancellationToken =>
        {
            await work(cancellationToken);
            return true;
        };

    private static RetryStrategyOptions UntilRecovered(TimeSpan initialDelay, TimeSpan maxDelay, Func<Exception, bool> retries) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Exception is { } failure && !IsCancellation(failure, args.Context) && retries(failure)),
        MaxRetryAttempts = int.MaxValue,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = initialDelay,
        MaxDelay = maxDelay,
        OnRetry = args =>
        {
            args.Context.Properties.GetValue(OnOutageKey, null)?.Invoke(args.Outcome.Exception!, args.AttemptNumber);
            return ValueTask.CompletedTask;
        },
    };

    private static bool IsCancellation(Exception failure, ResilienceContext context) =>
        failure is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    /// <summary>The work of one run, and the failure it starts from, if any.</summary>
    private sealed class Run<T>(Func<CancellationToken, Task<T>> work, Exception? failedFirst)
    {
        public Func<CancellationToken, Task<T>> Work => work;

        private Exception? _failedFirst = failedFirst;

        public Exception? TakeFailedFirst() => Interlocked.Exchange(ref _failedFirst, null);
    }

    /// <summary>The attempt under way, counted from the delivery's own attempt number.</summary>
    private sealed class Attempts(int first, Exception? failedFirst, Action<Exception, int>? onFailed)
    {
        public int Current { get; set; } = first;

        public Action<Exception, int>? OnFailed => onFailed;

        private Exception? _failedFirst = failedFirst;

        public Exception? TakeFailedFirst() => Interlocked.Exchange(ref _failedFirst, null);
    }
}
