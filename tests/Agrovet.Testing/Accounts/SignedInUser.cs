namespace Agrovet.Testing;

/// <summary>A registered, signed-in account and a client that sends its access token.</summary>
public sealed record SignedInUser(long Id, TestAccount Account, string AccessToken, string RefreshToken, HttpClient Client);
