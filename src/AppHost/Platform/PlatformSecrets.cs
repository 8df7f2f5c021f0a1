using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agrovet.AppHost.Platform;

/// <summary>
/// Passwords the launcher generates once and keeps in <c>secrets.json</c> (mode 600) under the state directory,
/// so a second <c>up</c> reuses the data it made.
/// </summary>
public sealed class PlatformSecrets
{
    [JsonPropertyName("postgres_superuser_password")]
    public string PostgresSuperuserPassword { get; set; } = NewPassword();

    [JsonPropertyName("role_passwords")]
    public Dictionary<string, string> RolePasswords { get; set; } = [];

    [JsonPropertyName("admin_password")]
    public string? AdminPassword { get; set; }

    public string RolePassword(string role)
    {
        if (!RolePasswords.TryGetValue(role, out var password))
        {
            password = NewPassword();
            RolePasswords[role] = password;
        }

        return password;
    }

    public static PlatformSecrets Load(string path)
    {
        if (!File.Exists(path))
        {
            return new PlatformSecrets();
        }

        return JsonSerializer.Deserialize(File.ReadAllText(path), PlatformSecretsJsonContext.Default.PlatformSecrets) ?? new PlatformSecrets();
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, PlatformSecretsJsonContext.Default.PlatformSecrets));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}
