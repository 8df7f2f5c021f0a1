using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Agrovet.Testing;

/// <summary>
/// Drives the auth API (directly or through the gateway) the way a client does: register, sign in, and hand back
/// a client carrying the access token.
/// </summary>
public static class AuthApi
{
    public const string Register = "/api/auth/register/";
    public const string Login = "/api/auth/login/";
    public const string Logout = "/api/auth/logout/";
    public const string SocketTicket = "/api/auth/token/socket/";
    public const string Refresh = "/api/auth/token/refresh/";
    public const string Verify = "/api/auth/token/verify/";
    public const string Me = "/api/auth/me/";
    public const string Jwks = "/api/auth/.well-known/jwks.json";
    public const string Users = "/api/auth/users/";

    /// <summary>Registers <paramref name="account"/> and returns its id.</summary>
    public static async Task<long> RegisterAsync(HttpClient client, TestAccount account)
    {
        using var response = await client.PostAsJsonAsync(Register, new
        {
            username = account.Username,
            email = account.Email,
            password = account.Password,
            role = account.Role,
        });
        var user = await response.ShouldBeAsync(HttpStatusCode.Created);
        return user.GetProperty("id").GetInt64();
    }

    /// <summary>Signs in and returns the body: <c>{access, refresh, expires_in, user}</c>.</summary>
    public static async Task<JsonElement> LogInAsync(HttpClient client, string username, string password)
    {
        using var response = await client.PostAsJsonAsync(Login, new { username, password });
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>Registers a made-up account with <paramref name="role"/>, signs it in, and returns a client that sends its token.</summary>
    public static async Task<SignedInUser> SignUpAsync(Func<HttpClient> createClient, string role = "consumer")
    {
        var account = TestAccount.Fake(role);
        using (var anonymous = createClient())
        {
            await RegisterAsync(anonymous, account);
        }

        return await SignInAsync(createClient, account);
    }

    /// <summary>Signs an existing account in and returns a client that sends its token.</summary>
    public static async Task<SignedInUser> SignInAsync(Func<HttpClient> createClient, TestAccount account)
    {
        var client = createClient();
        var tokens = await LogInAsync(client, account.Username, account.Password);
        var access = tokens.GetProperty("access").GetString()!;
        client.WithBearer(access);
        return new SignedInUser(
            tokens.GetProperty("user").GetProperty("id").GetInt64(),
            account,
            access,
            tokens.GetProperty("refresh").GetString()!,
            client);
    }

    public static HttpClient WithBearer(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
