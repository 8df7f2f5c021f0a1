namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>A signed-in account and a client of the compute service under test that sends its token.</summary>
public sealed record Member(long Id, string Username, string AccessToken, HttpClient Client);
