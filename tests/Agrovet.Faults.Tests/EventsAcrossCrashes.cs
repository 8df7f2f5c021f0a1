using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>
/// user.* events flow from auth (its outbox relay) to profiles and marketplace while the consumer and then the producer
/// are killed (SIGKILL) in the middle of the stream and started again.
/// </summary>
public sealed class EventsAcrossCrashes(FaultPlatform platform)
{
    private const int PerStage = 4;

    [Fact]
    public async Task Every_user_event_takes_effect_once_when_the_consumer_and_the_relay_are_killed_mid_stream()
    {
        var users = new List<long>();
        await RegisterAsync(users, PerStage);

        // The consumer dies with deliveries in hand (read, maybe handled, not acknowledged); the producer keeps going.
        var registering = RegisterAsync(users, PerStage);
        await platform.Platform.StopServiceAsync("profiles", kill: true);
        await registering;
        await RegisterAsync(users, PerStage);

        // The producer dies right after its commits: its relay may not have published them yet.
        await platform.Platform.StopServiceAsync("auth", kill: true);
        await platform.Platform.StartServiceAsync("auth", Ct);
        await RegisterAsync(users, PerStage);
        await platform.Platform.StartServiceAsync("profiles", Ct);

        var ids = users.ToArray();
        await Poll.UntilAsync(
            async () => await platform.CountAsync("profiles", "SELECT count(*) FROM users WHERE id = ANY(@ids)", p => p.AddWithValue("ids", ids), Ct) == ids.Length
                && await platform.CountAsync("marketplace", "SELECT count(*) FROM users WHERE id = ANY(@ids)", p => p.AddWithValue("ids", ids), Ct) == ids.Length,
            TimeSpan.FromSeconds(90),
            "profiles and marketplace to have every registered user",
            Ct);

        // Reconciled: every user.created the outbox raised was handled exactly once by each consumer, none dead-lettered.
        var events = await EventIdsAsync(ids);
        Assert.Equal(ids.Length, events.Length);
        foreach (var consumer in new[] { "profiles", "marketplace" })
        {
            var handled = await platform.CountAsync(consumer, "SELECT count(DISTINCT event_id) FROM inbox_messages WHERE event_id = ANY(@events)", p => p.AddWithValue("events", events), Ct);
            Assert.Equal(events.Length, handled);
        }
    }

    private async Task RegisterAsync(List<long> users, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var anonymous = platform.NewGatewayClient();
            var id = await AuthApi.RegisterAsync(anonymous, TestAccount.Fake());
            lock (users)
            {
                users.Add(id);
            }
        }
    }

    private async Task<Guid[]> EventIdsAsync(long[] users)
    {
        await using var auth = await platform.OpenDatabaseAsync("auth", Ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT event_id FROM outbox_messages WHERE type = 'user.created' AND subject = ANY(@subjects)", auth);
        command.Parameters.AddWithValue("subjects", users.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }
}
