namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>A service of the platform, the variable that overrides its internal URL and its default port.</summary>
public sealed record ServiceEndpoint(string Name, string Variable, int DefaultPort);
