namespace Agrovet.Marketplace.Ads;

/// <summary>Another object's user as the API writes it: <c>{id, username}</c>.</summary>
public sealed record UserRef(long Id, string Username);
