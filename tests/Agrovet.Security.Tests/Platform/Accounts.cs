using System.Net.Http.Json;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Platform;

/// <summary>
/// The accounts the attacks use, made up with Bogus and registered through the gateway: one caller per role, and per
/// owner role an owner and a non-owner of the same role (the non-owner is the one who tries someone else's things).
/// </summary>
public sealed class Accounts
{
    public static readonly string[] Roles = ["consumer", "specialist", "businessman", "admin"];

    private readonly SecurityPlatform _platform;
    private readonly Dictionary<string, SignedInUser> _byRole = [];
    private readonly Dictionary<string, SignedInUser> _owners = [];
    private readonly Dictionary<string, SignedInUser> _others = [];

    private Accounts(SecurityPlatform platform) => _platform = platform;

    /// <summary>The account <c>Login</c> and <c>VerifyToken</c> are tried with.</summary>
    public SignedInUser Target { get; private set; } = null!;

    /// <summary>A member of the chat rooms the owners create.</summary>
    public SignedInUser Member { get; private set; } = null!;

    /// <summary>A moderator of the forum communities the tests create (not their creator).</summary>
    public SignedInUser Moderator { get; private set; } = null!;

    public SignedInUser Admin => _byRole["admin"];

    /// <summary>The slug of a community anyone may post in.</summary>
    public string SharedCommunity { get; private set; } = string.Empty;

    public static async Task<Accounts> CreateAsync(SecurityPlatform platform)
    {
        var accounts = new Accounts(platform);
        accounts._byRole["admin"] = await AuthApi.SignInAsync(
            platform.CreateClient,
            new TestAccount(SecurityPlatform.AdminUsername, "admin@example.org", SecurityPlatform.AdminPassword, "admin"));
        foreach (var role in new[] { "consumer", "specialist", "businessman" })
        {
            accounts._byRole[role] = await accounts.SignUpAsync(role);
            accounts._owners[role] = await accounts.SignUpAsync(role);
            accounts._others[role] = await accounts.SignUpAsync(role);
        }

        accounts.Target = await accounts.SignUpAsync("consumer");
        accounts.Member = await accounts.SignUpAsync("consumer");
        accounts.Moderator = await accounts.SignUpAsync("consumer");
        var community = await Api.PostAsync(accounts.Moderator.Client, "/api/foro/communities/", new { name = $"Comunidad {Guid.NewGuid():N}"[..30] });
        accounts.SharedCommunity = community.GetProperty("slug").GetString()!;
        return accounts;
    }

    /// <summary>The caller of <paramref name="role"/> (not an owner of anything the tests create).</summary>
    public SignedInUser OfRole(string role) => _byRole[role];

    public SignedInUser OwnerOfRole(string role) => _owners[role];

    public SignedInUser NonOwnerOfRole(string role) => _others[role];

    /// <summary>A new account of <paramref name="role"/>, signed in; an administrator is a new account promoted by the admin.</summary>
    public async Task<SignedInUser> SignUpAsync(string role)
    {
        if (role != "admin")
        {
            return await AuthApi.SignUpAsync(_platform.CreateClient, role);
        }

        var account = TestAccount.Fake("consumer");
        long id;
        using (var anonymous = _platform.CreateClient())
        {
            id = await AuthApi.RegisterAsync(anonymous, account);
        }

        using var promote = await Admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{id}/", new { role = "admin" }, Ct);
        await promote.ShouldBeAsync(System.Net.HttpStatusCode.OK);
        return await AuthApi.SignInAsync(_platform.CreateClient, account with { Role = "admin" });
    }

    /// <summary>Signs <paramref name="user"/> in again: a new access and refresh token.</summary>
    public Task<SignedInUser> SignInAgainAsync(SignedInUser user) => AuthApi.SignInAsync(_platform.CreateClient, user.Account);
}
