using Microsoft.Extensions.Hosting;

namespace Agrovet.ServiceDefaults;

/// <summary>"Agrovet.Auth" → "auth": the short name used in logs, metrics, traces and health answers.</summary>
public static class ServiceIdentity
{
    public static string NameOf(IHostEnvironment environment)
    {
        var name = environment.ApplicationName;
        const string prefix = "Agrovet.";
        return (name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name).ToLowerInvariant();
    }
}
