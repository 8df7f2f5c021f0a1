using System.Globalization;
using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Outbox;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests.OnARedisCluster;

/// <summary>What only a cluster can get wrong: keys of one transaction in different slots, and metrics read per slot.</summary>
public sealed class PublishingAcrossSlots(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    protected override async Task<string> ChooseRedisAsync() => (await TestRedisCluster.GetAsync()).ConnectionString;

    [Fact]
    public async Task Events_of_two_topics_saved_together_reach_both_streams_although_each_topic_is_a_slot_of_its_own()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var mediaStream = StreamKeyPrefix + Topics.MediaEvents;

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            for (var i = 1; i <= 5; i++)
            {
                db.Outbox().Raise(new UserDeleted(i), i);
                db.Outbox().Raise(new MediaCreated(Guid.CreateVersion7(), i, "image/png", 10, "avatar", true, 1, 1, DateTimeOffset.UtcNow), i);
            }

            await db.SaveChangesAsync(Ct);
        }

        await Poll.UntilAsync(
            async () => await Redis.StreamLengthAsync(UserStream) == 5 && await Redis.StreamLengthAsync(mediaStream) == 5,
            Patience, "five events in each topic's stream", Ct);
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "the rows to be marked sent", Ct);
        var subjects = (await Redis.StreamRangeAsync(UserStream)).Select(e => (string?)e["subject"]);
        Assert.Equal(["1", "2", "3", "4", "5"], subjects);
    }

    [Fact]
    public async Task A_topic_and_its_dead_letters_share_a_slot_and_topics_spread_over_the_nodes()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        var deadLetters = "{" + UserStream + "}:dlq";

        Assert.Equal(redis.HashSlot(UserStream), redis.HashSlot(deadLetters));
        var slots = Topics.All.Select(t => redis.HashSlot(StreamKeyPrefix + t)).Distinct().Count();
        Assert.True(slots > 1, "every topic hashed to one slot");
    }

    [Fact]
    public async Task The_lag_and_dead_letters_of_a_group_are_read_from_the_cluster()
    {
        await Transport.EnsureConsumerGroupAsync(Topics.UserEvents, "readers", Ct);
        await Transport.PublishAsync(
            [.. Enumerable.Range(1, 3).Select(i => new OutgoingEvent(
                Topics.UserEvents,
                EventEnvelope.Create(new UserDeleted(i), "agrovet/tests", i.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UtcNow, traceparent: null)))],
            Ct);
        var consumer = new ConsumerAddress(Topics.UserEvents, "readers", "reader-1");
        var delivered = await Transport.ReadAsync(consumer, 1, Ct);
        await Transport.DeadLetterAsync(consumer, Assert.Single(delivered), "refused by the test", 5, Ct);

        var stats = await Transport.GetStatsAsync(Topics.UserEvents, Ct);

        var group = Assert.Single(stats.Groups);
        Assert.Equal((2L, 0L, 1L), (group.Lag, group.Pending, group.DeadLetters));
    }
}
