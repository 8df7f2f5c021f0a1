namespace Agrovet.Profiles.Profiles;

/// <summary>A kind of profile: its URL segment, its stored name, the role that may hold one, and its own fields.</summary>
public sealed record ProfileKind(string Path, string Name, string Role, string Plural, IReadOnlyList<string> OwnFields);
