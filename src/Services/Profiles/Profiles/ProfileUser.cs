namespace Agrovet.Profiles.Profiles;

/// <summary>Who a profile belongs to.</summary>
public sealed record ProfileUser(long Id, string Username);
