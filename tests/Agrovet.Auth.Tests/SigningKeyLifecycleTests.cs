using Agrovet.Auth.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.Auth.Tests;

/// <summary>Key creation and automatic rotation, against the key table directly (its own database, as it rewrites it).</summary>
public sealed class SigningKeyLifecycleTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Instances_starting_together_create_one_key()
    {
        await api.InDbAsync(db => db.SigningKeys.ExecuteDeleteAsync(Ct));
        var instances = Enumerable.Range(0, 4).Select(_ => NewInstance()).ToList();

        var rings = await Task.WhenAll(instances.Select(i => i.RefreshAsync(Ct)));

        Assert.Single(rings.Select(r => r.SigningKid).Distinct());
        Assert.Equal(1, await api.InDbAsync(db => db.SigningKeys.CountAsync(Ct)));
        foreach (var instance in instances)
        {
            instance.Dispose();
        }
    }

    [Fact]
    public async Task A_signing_key_past_its_age_is_replaced_and_stays_published()
    {
        var ring = await api.SigningKeys.RefreshAsync(Ct);
        var oldKid = ring.SigningKid;
        await api.InDbAsync(db => db.SigningKeys
            .Where(k => k.Kid == oldKid)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedAt, k => k.CreatedAt.AddDays(-31)), Ct));

        var rotated = await api.SigningKeys.RefreshAsync(Ct);

        Assert.NotEqual(oldKid, rotated.SigningKid);
        var kids = (await api.JwksAsync()).GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Equal([rotated.SigningKid, oldKid], kids);
        var retiresAt = await api.InDbAsync(db => db.SigningKeys.Where(k => k.Kid == oldKid).Select(k => k.RetiresAt).SingleAsync(Ct));
        Assert.InRange(retiresAt!.Value, DateTime.UtcNow.AddMinutes(10), DateTime.UtcNow.AddMinutes(13));
    }

    [Fact]
    public async Task A_key_whose_tokens_have_all_expired_is_no_longer_published()
    {
        var ring = await api.SigningKeys.RotateAsync(Ct);
        await api.InDbAsync(db => db.SigningKeys
            .Where(k => k.Kid != ring.SigningKid)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiresAt, DateTime.UtcNow.AddSeconds(-1)), Ct));

        await api.SigningKeys.RefreshAsync(Ct);

        var kids = (await api.JwksAsync()).GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Equal([ring.SigningKid], kids);
    }

    private SigningKeyStore NewInstance() => new(
        api.Services.GetRequiredService<IServiceScopeFactory>(),
        api.Services.GetRequiredService<IOptions<AuthOptions>>(),
        TimeProvider.System,
        api.Services.GetRequiredService<ILogger<SigningKeyStore>>());
}
