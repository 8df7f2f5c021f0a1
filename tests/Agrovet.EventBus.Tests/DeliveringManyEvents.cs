using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Tests;

public sealed class DeliveringManyEvents(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task Ten_thousand_events_from_concurrent_writers_all_arrive_exactly_once()
    {
        const int writers = 8;
        const int perWriter = 1_250;
        var service = await StartServiceAsync(new ServiceHostSpec("profiles"));

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(
            async () =>
            {
                for (var written = 0; written < perWriter;)
                {
                    var count = Math.Min(Random.Shared.Next(1, 6), perWriter - written);
                    await RegisterAsync(service, NewAccounts(count));
                    written += count;
                }
            },
            Ct)));

        await UntilCopiesAsync(writers * perWriter, TimeSpan.FromSeconds(60));
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "every delivery to be acknowledged", Ct);
        Assert.Equal(writers * perWriter, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        await using var db = NewDbContext();
        Assert.Equal(writers * perWriter, await db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null, Ct));
    }
}
