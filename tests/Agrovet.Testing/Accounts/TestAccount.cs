using Bogus;

namespace Agrovet.Testing;

/// <summary>Registration data for a made-up person; usernames and emails are unique per call.</summary>
public sealed record TestAccount(string Username, string Email, string Password, string Role)
{
    public static TestAccount Fake(string role = "consumer")
    {
        var faker = new Faker();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var first = Clean(faker.Name.FirstName());
        var name = Clean($"{first}.{faker.Name.LastName()}");
        var username = $"{name[..Math.Min(20, name.Length)]}_{suffix}";
        var email = $"{first.ToLowerInvariant()}.{suffix}@{faker.Internet.DomainName()}";
        var password = $"Pw-{faker.Random.AlphaNumeric(14)}!";
        return new TestAccount(username, email, password, role);
    }

    // Bogus names may carry apostrophes or spaces ("O'Keefe"); usernames allow letters, digits and @.+-_ only.
    private static string Clean(string value) => new(value.Where(c => char.IsLetterOrDigit(c) || c == '.').ToArray());
}
