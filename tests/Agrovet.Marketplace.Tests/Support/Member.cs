namespace Agrovet.Marketplace.Tests.Support;

/// <summary>A signed-in account and a client of the marketplace under test that sends its token.</summary>
public sealed record Member(long Id, string Username, string Role, string AccessToken, HttpClient Client);
