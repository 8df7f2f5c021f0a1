using System.Collections.Frozen;

namespace Agrovet.Auth.Registration;

/// <summary>A small built-in list of passwords that appear at the top of every breach list, compared case-insensitively.</summary>
public static class CommonPasswords
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234", "11223344",
        "qwerty12", "qwerty123", "qwerty1234", "qwertyui", "qwertyuiop", "qwer1234", "asdfghjk", "asdfghjkl", "zxcvbnm1",
        "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "1qaz2wsx", "zaq12wsx", "qazwsxedc", "abc12345", "abcd1234", "a1234567",
        "aa123456", "qwe12345", "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball", "basketball",
        "superman", "starwars", "whatever", "trustno1", "welcome1", "welcome123", "letmein1", "letmein123", "admin123",
        "administrator", "changeme", "changeme1", "michelle", "jennifer", "computer", "internet", "mercedes", "corvette",
        "mustang1", "samantha", "liverpool", "chelsea1", "dragon12", "monkey12", "shadow12", "master12", "hello123",
        "freedom1", "charlie1", "jordan23", "michael1", "jessica1", "1234qwer", "q1w2e3r4t5", "passpass", "secret123",
        "default1", "unknown1", "access14", "matrix12", "batman12", "pokemon1", "blink182", "sunflower", "butterfly",
        "agrovet1", "agrovet123", "farmer123", "tractor1",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string password) => Known.Contains(password.Trim());
}
