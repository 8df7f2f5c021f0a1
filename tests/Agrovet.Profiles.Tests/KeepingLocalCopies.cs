using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Profiles.Tests;

/// <summary>
/// The copies of users and files follow one rule set, whatever order their events arrive in: a copy is as of its
/// events' own time, an older event changes nothing, and a deleted user or file stays deleted.
/// </summary>
public sealed class KeepingLocalCopies(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task A_late_user_created_does_not_bring_a_deleted_user_back()
    {
        var farmer = await api.SignUpAsync("consumer");
        using var client = api.ClientFor(farmer);
        var profile = await client.CreateAsync("consumer");
        var deletedAt = DateTimeOffset.UtcNow.AddMinutes(1);

        await PublishAndWaitAsync(Topics.UserEvents, new UserDeleted(farmer.Id), farmer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), deletedAt);
        await PublishAndWaitAsync(
            Topics.UserEvents,
            new UserCreated(farmer.Id, farmer.Account.Username, farmer.Account.Email, "consumer", true, deletedAt.AddMinutes(-2)),
            farmer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            deletedAt.AddSeconds(-30));
        await PublishAndWaitAsync(
            Topics.UserEvents,
            new UserUpdated(farmer.Id, "back_again", farmer.Account.Email, "consumer", true, ["username"]),
            farmer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            deletedAt.AddMinutes(1));

        var copy = await api.InDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == farmer.Id, Ct));
        Assert.True(copy.IsDeleted);
        Assert.NotEqual("back_again", copy.Username);
        Assert.False(await api.InDbAsync(db => db.Profiles.AnyAsync(p => p.Id == profile.Id(), Ct)));
        using var again = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer"), Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_older_update_arriving_after_a_newer_one_changes_nothing()
    {
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);
        var profile = await client.CreateAsync("specialist");
        var subject = vet.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var newer = DateTimeOffset.UtcNow.AddMinutes(10);

        await PublishAndWaitAsync(Topics.UserEvents, new UserUpdated(vet.Id, "newer_name", vet.Account.Email, "specialist", true, ["username"]), subject, newer);
        await PublishAndWaitAsync(Topics.UserEvents, new UserUpdated(vet.Id, "older_name", vet.Account.Email, "specialist", false, ["username", "is_active"]), subject, newer.AddMinutes(-5));

        using var anonymous = api.ClientFor(null);
        using var detail = await anonymous.GetAsync($"{ProfilesApi.Specialists}{profile.Id()}/", Ct);
        Assert.Equal("newer_name", (await detail.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("user").GetProperty("username").GetString());
        var copy = await api.InDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == vet.Id, Ct));
        Assert.Equal(newer.UtcDateTime, copy.EventTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_late_media_created_does_not_bring_a_deleted_file_back()
    {
        var vet = await api.SignUpAsync("specialist");
        var photo = await api.Media.UploadAsync(vet, SampleFiles.Png(40, 40), "me.png", "avatar");
        await Poll.UntilAsync(
            () => api.InDbAsync(db => db.Media.AnyAsync(m => m.Id == photo, Ct)),
            TimeSpan.FromSeconds(20),
            "media.created to reach the profiles service",
            Ct);
        var subject = photo.ToString();
        var deletedAt = DateTimeOffset.UtcNow.AddMinutes(1);

        await PublishAndWaitAsync(Topics.MediaEvents, new MediaDeleted(photo, vet.Id), subject, deletedAt);
        await PublishAndWaitAsync(
            Topics.MediaEvents,
            new MediaCreated(photo, vet.Id, "image/png", 100, "avatar", true, 40, 40, deletedAt.AddMinutes(1)),
            subject,
            deletedAt.AddMinutes(1));

        using var client = api.ClientFor(vet);
        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", photo)), Ct);
        Assert.Contains("No file", (await response.ShouldHaveFieldErrorAsync("avatar"))[0], StringComparison.Ordinal);
        Assert.True(await api.InDbAsync(db => db.Media.Where(m => m.Id == photo).Select(m => m.IsDeleted).SingleAsync(Ct)));
    }

    /// <summary>Publishes the event on the streams the service under test hears and waits until it has handled it.</summary>
    private async Task PublishAndWaitAsync<TEvent>(string topic, TEvent data, string subject, DateTimeOffset time)
        where TEvent : IIntegrationEvent<TEvent>
    {
        var envelope = EventEnvelope.Create(data, "agrovet/tests", subject, time, null);
        await api.Services.GetRequiredService<IEventTransport>().PublishAsync([new OutgoingEvent(topic, envelope)], Ct);
        await Poll.UntilAsync(
            () => api.InDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.EventId == envelope.Id, Ct)),
            TimeSpan.FromSeconds(20),
            $"{envelope.Type} {envelope.Id} to be handled",
            Ct);
    }
}
