using Agrovet.Contracts.Events;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Outbox;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests;

public class DeadLettering(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    private string DeadLetterStream => "{" + UserStream + "}:dlq";

    [Fact]
    public async Task A_poison_event_is_dead_lettered_after_five_failed_attempts_while_later_events_keep_flowing()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("profiles"));
        var poison = NewAccounts(1, poison: true);

        await RegisterAsync(service, NewAccounts(5));
        await RegisterAsync(service, poison);
        await RegisterAsync(service, NewAccounts(20));
        await UntilCopiesAsync(25);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);

        var poisonEvent = (await OutboxAsync()).Single(m => m.Data.Contains(poison[0].Username, StringComparison.Ordinal)).EventId;
        Assert.Equal(5, service.Probe.AttemptsOf(poisonEvent));
        var deadLetter = Fields(Assert.Single(await Redis.StreamRangeAsync(DeadLetterStream)));
        Assert.Equal(poisonEvent.ToString(), deadLetter["id"]);
        Assert.Equal(ServiceHost.ConsumerGroup, deadLetter["group"]);
        Assert.Equal("5", deadLetter["attempts"]);
        Assert.Contains($"Refusing poison account {poison[0].Username}", deadLetter["error"], StringComparison.Ordinal);

        var stats = await Transport.GetStatsAsync(Topics.UserEvents, Ct);
        Assert.Equal((26L, 1L), (stats.Length, stats.DeadLetters));
        var group = Assert.Single(stats.Groups);
        Assert.Equal((ServiceHost.ConsumerGroup, 0L, (long?)0, 1L), (group.Name, group.Pending, group.Lag, group.DeadLetters));
    }

    [Fact]
    public async Task An_event_without_a_handler_is_acknowledged_and_ignored()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("profiles"));
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            db.Outbox().Raise(new UserDeleted(99), 99);
            await db.SaveChangesAsync(Ct);
        }

        await RegisterAsync(service, NewAccounts(1));
        await UntilCopiesAsync(1);

        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "both deliveries to be acknowledged", Ct);
        Assert.Equal(1, service.Probe.TotalAttempts);
        Assert.Equal(0, await Redis.StreamLengthAsync(DeadLetterStream));
    }

    [Fact]
    public async Task A_stream_entry_that_is_not_an_event_is_dead_lettered_at_once()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("profiles"));
        await Redis.StreamAddAsync(UserStream, [new NameValueEntry("type", UserCreated.TypeName), new NameValueEntry("data", "{not json")]);

        await RegisterAsync(service, NewAccounts(1));
        await UntilCopiesAsync(1);

        await Poll.UntilAsync(async () => await Redis.StreamLengthAsync(DeadLetterStream) == 1, Patience, "the junk entry to be dead-lettered", Ct);
        var deadLetter = Fields((await Redis.StreamRangeAsync(DeadLetterStream))[0]);
        Assert.StartsWith("Malformed stream entry", deadLetter["error"], StringComparison.Ordinal);
        Assert.Equal("{not json", deadLetter["data"]);
    }

    private static Dictionary<string, string> Fields(StreamEntry entry) =>
        entry.Values.ToDictionary(v => v.Name.ToString(), v => v.Value.ToString());
}
