using Agrovet.EventBus.Internal;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests;

/// <summary>The bus's one retry policy, on its own (no infrastructure needed).</summary>
public sealed class RetryingFailures
{
    private static readonly RetryPolicy Policy = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5), maxAttempts: 5, TimeProvider.System);

    [Fact]
    public async Task A_failing_handler_is_tried_five_times_and_then_given_up_with_its_last_failure()
    {
        var attempts = new List<int>();
        var retried = new List<int>();

        var given = await Policy.AttemptAsync(1, null, (attempt, _) =>
        {
            attempts.Add(attempt);
            throw new InvalidOperationException($"attempt {attempt}");
        }, (_, attempt) => retried.Add(attempt), onOutage: null, Ct);

        Assert.Equal([1, 2, 3, 4, 5], attempts);
        Assert.Equal([1, 2, 3, 4], retried);
        Assert.NotNull(given);
        Assert.Equal(5, given.Attempts);
        Assert.Equal("attempt 5", given.Exception.Message);
    }

    [Fact]
    public async Task Attempts_count_on_from_the_deliverys_own_attempt_number()
    {
        var attempts = new List<int>();

        var given = await Policy.AttemptAsync(4, null, (attempt, _) =>
        {
            attempts.Add(attempt);
            throw new InvalidOperationException("refused");
        }, null, null, Ct);

        Assert.Equal([4, 5], attempts);
        Assert.Equal(5, given?.Attempts);
    }

    [Fact]
    public async Task A_failure_suffered_already_counts_as_the_first_attempt_and_is_not_run_again()
    {
        var attempts = new List<int>();

        var given = await Policy.AttemptAsync(2, new InvalidOperationException("in the batch"), (attempt, _) =>
        {
            attempts.Add(attempt);
            return Task.CompletedTask;
        }, null, null, Ct);

        Assert.Null(given);
        Assert.Equal([3], attempts);
    }

    [Fact]
    public async Task An_outage_is_waited_out_without_using_up_attempts()
    {
        var attempts = new List<int>();
        var outages = 0;

        var given = await Policy.AttemptAsync(1, null, (attempt, _) =>
        {
            attempts.Add(attempt);
            return attempts.Count <= 7
                ? throw new RedisConnectionException(ConnectionFailureType.SocketFailure, "Redis is away.")
                : Task.CompletedTask;
        }, null, (_, _) => outages++, Ct);

        Assert.Null(given);
        Assert.Equal(7, outages);
        Assert.All(attempts, attempt => Assert.Equal(1, attempt));
    }

    [Fact]
    public async Task Waiting_for_availability_gives_up_at_once_on_a_failure_that_is_not_an_outage()
    {
        var runs = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Policy.UntilAvailableAsync(_ =>
        {
            runs++;
            throw new InvalidOperationException("a bug, not an outage");
        }, null, Ct));

        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Work_that_must_succeed_is_retried_whatever_fails_and_starts_from_a_failure_it_is_given()
    {
        var runs = 0;
        var failures = new List<int>();

        var result = await Policy.UntilSucceededAsync(_ =>
        {
            runs++;
            return runs < 3 ? throw new InvalidOperationException("not yet") : Task.FromResult("done");
        }, new InvalidOperationException("the session was lost"), (_, failed) => failures.Add(failed), Ct);

        Assert.Equal("done", result);
        Assert.Equal(3, runs);
        Assert.Equal([0, 1, 2], failures);
    }

    [Fact]
    public async Task Cancelling_stops_the_retries()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Policy.UntilSucceededAsync(_ =>
        {
            cancel.Cancel();
            throw new InvalidOperationException("failing until cancelled");
        }, null, cancel.Token));
    }
}
