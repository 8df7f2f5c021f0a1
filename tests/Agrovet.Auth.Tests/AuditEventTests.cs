using Agrovet.Auth.Audit;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Auth.Tests;

/// <summary>Every service's admin actions reach the log through <c>audit.events</c>, once each, and stay there unchanged.</summary>
public sealed class AuditEventTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task An_admin_action_reported_by_another_service_appears_in_the_log()
    {
        var admin = await api.SignInAdminAsync();
        var adId = Guid.CreateVersion7().ToString();
        var changes = new AuditChanges().Add("price", 120.50m, 99.90m).Add("status", "active", "withdrawn").ToJson();
        var occurredAt = DateTimeOffset.UtcNow.AddSeconds(-3);
        var envelope = Envelope(new AdminActionRecorded(admin.Id, admin.Account.Username, "withdraw", AuditObjectTypes.Ad, adId, "Vaca Holando", changes, occurredAt));

        await PublishAsync(envelope);

        var page = await AuditLog.WaitForAsync(admin.Client, $"{AuditLog.Path}?object_type=ad&object_id={adId}", 1);
        var entry = Assert.Single(AuditLog.Results(page));
        Assert.Equal(envelope.Id, entry.GetProperty("id").GetGuid());
        Assert.Equal("withdraw", entry.GetProperty("action").GetString());
        Assert.Equal("Vaca Holando", entry.GetProperty("object_repr").GetString());
        Assert.Equal(admin.Id, entry.GetProperty("actor").GetProperty("id").GetInt64());
        Assert.Equal(("120.50", "99.90"), AuditLog.Change(entry, "price"));
        Assert.Equal(("\"active\"", "\"withdrawn\""), AuditLog.Change(entry, "status"));
        Assert.Equal(occurredAt.ToUnixTimeMilliseconds(), entry.GetProperty("created_at").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task The_same_event_delivered_twice_makes_one_entry()
    {
        var admin = await api.SignInAdminAsync();
        var orderId = Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var once = Envelope(OrderAction(admin, orderId, "cancel"));
        var deadLetters = await DeadLettersAsync();

        await PublishAsync(once);
        await PublishAsync(once);
        await PublishAsync(Envelope(OrderAction(admin, orderId, "refund")));

        // The refund was published after both copies: once it is in the log, both copies have been handled.
        await AuditLog.WaitForAsync(admin.Client, $"{AuditLog.Path}?object_type=order&object_id={orderId}&action=refund", 1);
        var page = await AuditLog.GetAsync(admin.Client, $"{AuditLog.Path}?object_type=order&object_id={orderId}");
        Assert.Equal(["refund", "cancel"], AuditLog.Results(page).Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(1, await api.InDbAsync(db => db.AuditEntries.CountAsync(e => e.Id == once.Id, Ct)));
        Assert.Equal(deadLetters, await DeadLettersAsync());
    }

    [Fact]
    public async Task An_event_replayed_after_its_inbox_row_was_trimmed_still_makes_one_entry()
    {
        var admin = await api.SignInAdminAsync();
        var mediaId = Guid.CreateVersion7().ToString();
        var replayed = Envelope(new AdminActionRecorded(admin.Id, admin.Account.Username, "delete", AuditObjectTypes.Media, mediaId, "photo.jpg", new AuditChanges().ToJson(), DateTimeOffset.UtcNow));
        await PublishAsync(replayed);
        await AuditLog.WaitForAsync(admin.Client, $"{AuditLog.Path}?object_type=media&object_id={mediaId}", 1);
        Assert.Equal(1, await api.InDbAsync(db => db.Set<InboxMessage>().Where(m => m.EventId == replayed.Id).ExecuteDeleteAsync(Ct)));

        var deadLetters = await DeadLettersAsync();
        await PublishAsync(replayed);
        await PublishAsync(Envelope(new AdminActionRecorded(admin.Id, admin.Account.Username, "restore", AuditObjectTypes.Media, mediaId, "photo.jpg", new AuditChanges().ToJson(), DateTimeOffset.UtcNow)));

        await AuditLog.WaitForAsync(admin.Client, $"{AuditLog.Path}?object_type=media&object_id={mediaId}&action=restore", 1);
        Assert.Equal(1, await api.InDbAsync(db => db.AuditEntries.CountAsync(e => e.Id == replayed.Id, Ct)));
        Assert.True(await api.InDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.EventId == replayed.Id, Ct)));
        Assert.Equal(deadLetters, await DeadLettersAsync());
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET action = 'tampered' WHERE id = @id", "UPDATE")]
    [InlineData("DELETE FROM audit_entries WHERE id = @id", "DELETE")]
    [InlineData("TRUNCATE audit_entries", "TRUNCATE")]
    public async Task Audit_entries_cannot_be_changed_or_removed_even_with_SQL(string sql, string operation)
    {
        var entry = AuditEntry.From(
            new AdminActionRecorded(1, "someone", "update", AuditObjectTypes.Profile, "42", "Dr. Vet", new AuditChanges().Add("bio", "a", "b").ToJson(), DateTimeOffset.UtcNow),
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow);
        await api.InDbAsync(async db =>
        {
            db.AuditEntries.Add(entry);
            return await db.SaveChangesAsync(Ct);
        });

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            api.InDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("id", entry.Id)], Ct)));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Contains(operation, refused.MessageText, StringComparison.Ordinal);
        var kept = await api.InDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct));
        Assert.Equal("update", kept.Action);
    }

    private static AdminActionRecorded OrderAction(SignedInUser admin, string orderId, string action) =>
        new(admin.Id, admin.Account.Username, action, AuditObjectTypes.Order, orderId, $"Order {orderId}",
            new AuditChanges().Add("status", "paid", action).ToJson(), DateTimeOffset.UtcNow);

    private static EventEnvelope Envelope(AdminActionRecorded recorded) =>
        EventEnvelope.Create(recorded, "agrovet/marketplace", $"{recorded.ObjectType}:{recorded.ObjectId}", recorded.OccurredAt, null);

    private Task PublishAsync(EventEnvelope envelope) => api.PublishAsync(Topics.AuditEvents, envelope);

    /// <summary>Deliveries given up on: a duplicate that failed instead of being recognised would end up there.</summary>
    private async Task<long> DeadLettersAsync() =>
        (await api.Services.GetRequiredService<IEventTransport>().GetStatsAsync(Topics.AuditEvents, Ct)).DeadLetters;
}
