using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Tests;

/// <summary>
/// Outbox ids are taken at insert, not at commit: the relay reads on from where it left off, and must still publish
/// rows that become visible below that point.
/// </summary>
public sealed class PublishingLateCommits(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task An_event_that_commits_after_later_ones_were_published_is_published_too()
    {
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        // No sweep during the test: the cursor's own gap tracking must find the late row.
        var auth = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false, Configure = o => o.Relay.SweepInterval = TimeSpan.FromHours(1) });

        await using var slowScope = auth.Services.CreateAsyncScope();
        var slow = slowScope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using var slowTransaction = await slow.Database.BeginTransactionAsync(Ct);
        var late = Assert.Single(NewAccounts(1));
        slow.Accounts.Add(late);
        await slow.SaveChangesAsync(Ct);
        slow.Outbox().Raise(late.Created(), late.Id);
        await slow.SaveChangesAsync(Ct);

        await RegisterAsync(auth, NewAccounts(20));
        await UntilCopiesAsync(20);
        await slowTransaction.CommitAsync(Ct);

        await UntilCopiesAsync(21);
        var outbox = await OutboxAsync();
        Assert.Equal(21, outbox.Count);
        Assert.Equal(outbox.Min(m => m.Id), outbox.Single(m => m.Subject == late.Id.ToString()).Id);
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "every row to be marked sent", Ct);
    }

    [Fact]
    public async Task Rolled_back_events_leave_gaps_that_hold_nothing_up()
    {
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        var auth = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });

        for (var round = 1; round <= 3; round++)
        {
            await RegisterAsync(auth, NewAccounts(5), commit: false);
            await RegisterAsync(auth, NewAccounts(10));
            await UntilCopiesAsync(10 * round);
        }

        Assert.Equal(30, await CountCopiesAsync());
        Assert.Equal(30, (await OutboxAsync()).Count);
        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }

    [Fact]
    public async Task A_relay_whose_outbox_ids_start_over_reads_from_the_start_again()
    {
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        var auth = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false, Configure = o => o.Relay.SweepInterval = TimeSpan.FromHours(1) });
        await RegisterAsync(auth, NewAccounts(10));
        await UntilCopiesAsync(10);

        await using (var db = NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("TRUNCATE outbox_messages RESTART IDENTITY", Ct);
        }

        await RegisterAsync(auth, NewAccounts(5));

        await UntilCopiesAsync(15);
        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }
}
