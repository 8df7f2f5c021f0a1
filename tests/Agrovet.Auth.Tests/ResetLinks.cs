using System.Text.RegularExpressions;
using MimeKit;

namespace Agrovet.Auth.Tests;

/// <summary>Asking for a reset link and taking it out of the e-mail, as a person does.</summary>
public static partial class ResetLinks
{
    public const string Forgot = "/api/auth/password/forgot/";
    public const string Reset = "/api/auth/password/reset/";

    /// <summary>Asks for a link for <paramref name="email"/>; the answer is always 202 with the same detail.</summary>
    public static async Task<string> AskAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync(Forgot, new { email }, Ct);
        var body = await response.ShouldBeAsync(HttpStatusCode.Accepted);
        return body.GetProperty("detail").GetString()!;
    }

    /// <summary>The link in a reset message's text.</summary>
    public static Uri LinkIn(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, $"No reset link in: {message.TextBody}");
        return new Uri(match.Value);
    }

    /// <summary>The token the link carries after '#token='.</summary>
    public static string TokenIn(MimeMessage message) => LinkIn(message).Fragment["#token=".Length..];

    /// <summary>Makes <paramref name="client"/> a client at a random address of its own, as the gateway reports it.</summary>
    public static HttpClient FromAddressOfItsOwn(this HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
        return client;
    }

    public static async Task<HttpResponseMessage> ResetAsync(HttpClient client, string token, string newPassword) =>
        await client.PostAsJsonAsync(Reset, new { token, new_password = newPassword }, Ct);

    [GeneratedRegex(@"https?://\S+/reset-password#token=[A-Za-z0-9_-]{43}")]
    private static partial Regex Link();
}
