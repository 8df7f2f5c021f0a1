namespace Agrovet.Gateway.Platform;

/// <summary>One service of the running platform: its public prefixes, whether it answers right now, its API document.</summary>
public sealed record PlatformService(string Name, bool Available, IReadOnlyList<PlatformRoute> Routes, string Docs);
