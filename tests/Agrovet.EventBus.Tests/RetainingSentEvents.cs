namespace Agrovet.EventBus.Tests;

public sealed class RetainingSentEvents(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task Sent_rows_are_kept_for_the_retention_and_then_deleted_while_the_relay_keeps_publishing()
    {
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        var auth = await StartServiceAsync(new ServiceHostSpec("auth")
        {
            Consumer = false,
            Configure = o =>
            {
                o.Relay.SentRetention = TimeSpan.FromSeconds(1);
                o.Relay.CleanupInterval = TimeSpan.FromMilliseconds(200);
            },
        });

        await RegisterAsync(auth, NewAccounts(30));
        await UntilCopiesAsync(30);
        Assert.Equal(30, (await OutboxAsync()).Count);

        // Keep the relay busy: the old rows must go even though it never runs out of work.
        using var busy = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            while (!busy.IsCancellationRequested)
            {
                await RegisterAsync(auth, NewAccounts(2));
            }
        }, Ct);
        var firstBatch = (await OutboxAsync()).Take(30).Select(m => m.Id).ToHashSet();
        await Poll.UntilAsync(
            async () => !(await OutboxAsync()).Any(m => firstBatch.Contains(m.Id)),
            Patience,
            "the first rows to be deleted after their retention",
            Ct);
        await busy.CancelAsync();
        await writing;

        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }

    [Fact]
    public async Task With_no_retention_each_row_is_deleted_as_its_event_is_published()
    {
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        var auth = await StartServiceAsync(new ServiceHostSpec("auth")
        {
            Consumer = false,
            Configure = o => o.Relay.SentRetention = TimeSpan.Zero,
        });

        await RegisterAsync(auth, NewAccounts(30));

        await UntilCopiesAsync(30);
        await Poll.UntilAsync(async () => (await OutboxAsync()).Count == 0, Patience, "the published rows to leave the outbox", Ct);
        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }
}
