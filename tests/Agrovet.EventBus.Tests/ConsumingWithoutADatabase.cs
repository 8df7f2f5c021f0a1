using Agrovet.Contracts.Events;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests;

/// <summary>A service without a database (its inbox in Redis) consuming the events another service raises.</summary>
public class ConsumingWithoutADatabase(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    private string DeadLetterStream => "{" + UserStream + "}:dlq";

    [Fact]
    public async Task Each_event_takes_effect_once_and_is_recorded_in_Redis_until_the_inbox_retention_has_passed()
    {
        const int total = 60;
        var producer = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var analytics = await StartServiceAsync(new ServiceHostSpec("analytics") { WithoutDatabase = true });

        await RegisterAsync(producer, NewAccounts(total));
        await UntilCopiesAsync(total);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);

        Assert.Equal(total, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        Assert.Equal(total, analytics.Probe.TotalAttempts);
        var recorded = await HandledKeysAsync();
        Assert.Equal(total, recorded.Count);
        foreach (var key in recorded)
        {
            var ttl = await Redis.KeyTimeToLiveAsync(key);
            Assert.True(ttl is { } left && left > TimeSpan.FromDays(6) && left <= TimeSpan.FromDays(7), $"{key} expires in {ttl}.");
        }
    }

    [Fact]
    public async Task An_event_delivered_again_after_it_was_handled_is_skipped()
    {
        var analytics = await StartServiceAsync(new ServiceHostSpec("analytics") { WithoutDatabase = true });
        var account = NewAccounts(1)[0];
        account.Id = 41;
        var envelope = EventEnvelope.Create(account.Created(), "agrovet/auth", "41", DateTimeOffset.UtcNow, traceparent: null);

        await Transport.PublishAsync([new OutgoingEvent(Topics.UserEvents, envelope)], Ct);
        await UntilCopiesAsync(1);
        await Transport.PublishAsync([new OutgoingEvent(Topics.UserEvents, envelope), new OutgoingEvent(Topics.UserEvents, envelope)], Ct);
        await Poll.UntilAsync(
            async () => (await Redis.StreamGroupInfoAsync(UserStream)).Single().LastDeliveredId == (await Redis.StreamRangeAsync(UserStream, "-", "+"))[^1].Id.ToString(),
            Patience,
            "the redeliveries to be read",
            Ct);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "the redeliveries to be acknowledged", Ct);

        Assert.Equal(1, await CountCopiesAsync());
        Assert.Equal(1, analytics.Probe.AttemptsOf(envelope.Id));
    }

    [Fact]
    public async Task A_failed_handling_leaves_no_record_and_is_retried_until_it_takes_effect()
    {
        var producer = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var analytics = await StartServiceAsync(new ServiceHostSpec("analytics") { WithoutDatabase = true });
        var flaky = NewAccounts(3, RecordAccountHandler.FlakyPrefix);

        await RegisterAsync(producer, NewAccounts(5));
        await RegisterAsync(producer, flaky);
        await RegisterAsync(producer, NewAccounts(5));
        await UntilCopiesAsync(13);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);

        Assert.Equal(13, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        foreach (var message in (await OutboxAsync()).Where(m => m.Data.Contains(RecordAccountHandler.FlakyPrefix, StringComparison.Ordinal)))
        {
            Assert.Equal(2, analytics.Probe.AttemptsOf(message.EventId));
        }

        Assert.Equal(13, (await HandledKeysAsync()).Count);
        Assert.Equal(0, await Redis.StreamLengthAsync(DeadLetterStream));
    }

    [Fact]
    public async Task A_poison_event_is_dead_lettered_after_five_failed_attempts_while_later_events_keep_flowing()
    {
        var producer = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var analytics = await StartServiceAsync(new ServiceHostSpec("analytics") { WithoutDatabase = true });
        var poison = NewAccounts(1, poison: true);

        await RegisterAsync(producer, NewAccounts(5));
        await RegisterAsync(producer, poison);
        await RegisterAsync(producer, NewAccounts(20));
        await UntilCopiesAsync(25);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);

        var poisonEvent = (await OutboxAsync()).Single(m => m.Data.Contains(poison[0].Username, StringComparison.Ordinal)).EventId;
        Assert.Equal(5, analytics.Probe.AttemptsOf(poisonEvent));
        var deadLetter = Assert.Single(await Redis.StreamRangeAsync(DeadLetterStream)).Values.ToDictionary(v => v.Name.ToString(), v => v.Value.ToString());
        Assert.Equal(poisonEvent.ToString(), deadLetter["id"]);
        Assert.Equal("5", deadLetter["attempts"]);
        Assert.Contains($"Refusing account {poison[0].Username}", deadLetter["error"], StringComparison.Ordinal);
        Assert.Equal(25, (await HandledKeysAsync()).Count);
    }

    [Fact]
    public async Task A_consumer_that_dies_after_its_effects_but_before_acknowledging_leaves_them_to_another_that_skips_them()
    {
        const int total = 40;
        var producer = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var doomed = await StartServiceAsync(new ServiceHostSpec("analytics-1")
        {
            WithoutDatabase = true,
            WrapTransport = transport => new StallingTransport(transport, stallAcknowledgements: true),
        });

        await RegisterAsync(producer, NewAccounts(total));
        await ((StallingTransport)doomed.Services.GetRequiredService<IEventTransport>()).Stalled.WaitAsync(Patience, Ct);
        await UntilCopiesAsync(total);
        await doomed.StopAsync();
        Assert.Equal(total, await PendingAsync());

        var survivor = await StartServiceAsync(new ServiceHostSpec("analytics-2")
        {
            WithoutDatabase = true,
            Configure = o => o.Consumer.VisibilityTimeout = TimeSpan.FromSeconds(1),
        });
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "the survivor to claim and acknowledge what the dead consumer left", Ct);

        Assert.Equal(total, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        Assert.Equal(0, survivor.Probe.TotalAttempts);
    }

    private async Task<List<RedisKey>> HandledKeysAsync()
    {
        var keys = new List<RedisKey>();
        // Every primary: on a Redis Cluster the keys are spread over the nodes.
        foreach (var server in Redis.Multiplexer.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(Redis.Database, $"{StreamKeyPrefix}handled:{ServiceHost.ConsumerGroup}:*").WithCancellation(Ct))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
