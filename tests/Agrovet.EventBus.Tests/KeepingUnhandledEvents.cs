namespace Agrovet.EventBus.Tests;

public sealed class KeepingUnhandledEvents(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task A_consumer_that_is_down_while_the_stream_passes_its_retention_length_still_gets_every_event()
    {
        const int total = 300;
        const int retention = 20;
        var consumer = await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        await RegisterAsync(consumer, NewAccounts(5)); // not published: this host runs no relay
        await consumer.StopAsync();
        var producer = await StartServiceAsync(new ServiceHostSpec("auth")
        {
            Consumer = false,
            Configure = o => o.StreamMaxLength = retention,
        });

        for (var i = 0; i < total; i += 10)
        {
            await RegisterAsync(producer, NewAccounts(10));
        }

        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "every event to be published", Ct);
        var lengthWhileDown = await Redis.StreamLengthAsync(UserStream);
        await StartServiceAsync(new ServiceHostSpec("profiles-again") { Relay = false });
        await UntilCopiesAsync(total + 5);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);
        await RegisterAsync(producer, NewAccounts(10));
        await UntilCopiesAsync(total + 15);
        await Poll.UntilAsync(
            async () => await Redis.StreamLengthAsync(UserStream) < total / 2,
            Patience,
            "the handled entries to be trimmed once the next batch is published",
            Ct);

        Assert.True(lengthWhileDown >= total, $"The stream kept {lengthWhileDown} entries while its consumer was down; {total} were unhandled.");
        Assert.Equal(total + 15, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }
}
