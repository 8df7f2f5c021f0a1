namespace Agrovet.Media.Tests;

/// <summary>An administrator's deletion leaves an audit entry in the same transaction; an owner's own does not.</summary>
public sealed class AuditingDeletes(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task An_admin_deleting_a_file_is_audited_once_with_its_name_and_owner()
    {
        var owner = await api.SignUpAsync();
        using var ownerClient = api.ClientFor(owner);
        var media = await ownerClient.UploadAsync(SampleFiles.Pdf(), "contrato de venta.pdf", "document");
        var admin = await api.SignInAdminAsync();
        using var adminClient = api.ClientFor(admin);

        using var response = await adminClient.DeleteAsync($"/api/media/{media.Id()}/", Ct);
        using var again = await adminClient.DeleteAsync($"/api/media/{media.Id()}/", Ct);

        await response.ShouldBeAsync(HttpStatusCode.NoContent);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var (topic, entry) = Assert.Single(await api.AuditEntriesAsync("media", media.Id().ToString()));
        Assert.Equal("audit.events", topic);
        Assert.Equal(admin.Id, entry.GetProperty("actor_id").GetInt64());
        Assert.Equal(admin.Account.Username, entry.GetProperty("actor_username").GetString());
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.Equal("media", entry.GetProperty("object_type").GetString());
        Assert.Equal(media.Id().ToString(), entry.GetProperty("object_id").GetString());
        Assert.Equal("contrato de venta.pdf", entry.GetProperty("object_repr").GetString());
        var changes = entry.GetProperty("changes");
        Assert.Equal(owner.Id, changes.GetProperty("owner")[0].GetInt64());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("owner")[1].ValueKind);
        Assert.Equal("document", changes.GetProperty("purpose")[0].GetString());
    }

    [Fact]
    public async Task An_owner_deleting_their_own_file_is_not_audited()
    {
        using var owner = api.ClientFor(await api.SignUpAsync());
        var media = await owner.UploadAsync(SampleFiles.Png(4, 4), "old.png", "avatar");

        using var response = await owner.DeleteAsync($"/api/media/{media.Id()}/", Ct);

        await response.ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.Empty(await api.AuditEntriesAsync("media", media.Id().ToString()));
    }

    [Fact]
    public async Task Refused_deletions_are_not_audited()
    {
        using var owner = api.ClientFor(await api.SignUpAsync());
        var media = await owner.UploadAsync(SampleFiles.Png(4, 4), "kept.png", "avatar");
        using var other = api.ClientFor(await api.SignUpAsync());
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        var unknown = Guid.CreateVersion7();

        using var byOther = await other.DeleteAsync($"/api/media/{media.Id()}/", Ct);
        using var missing = await admin.DeleteAsync($"/api/media/{unknown}/", Ct);

        await byOther.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await api.AuditEntriesAsync("media", media.Id().ToString()));
        Assert.Empty(await api.AuditEntriesAsync("media", unknown.ToString()));
    }
}
