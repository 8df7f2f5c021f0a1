using System.Text.RegularExpressions;

namespace Agrovet.LocalInfrastructure;

internal static partial class PostgresIdentifiers
{
    private static readonly HashSet<string> ReservedDatabases = ["postgres", "template0", "template1"];
    private static readonly HashSet<string> ReservedRoles = [PostgresCluster.SuperuserName, "public"];

    internal static void ValidateDatabase(string database)
    {
        Validate(database, "database");
        if (ReservedDatabases.Contains(database))
        {
            throw new ArgumentException($"\"{database}\" is a system database.", nameof(database));
        }
    }

    internal static void ValidateRole(string role)
    {
        Validate(role, "role");
        if (ReservedRoles.Contains(role) || role.StartsWith("pg_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{role}\" is a reserved role name.", nameof(role));
        }
    }

    private static void Validate(string name, string kind)
    {
        if (!PlainIdentifier().IsMatch(name))
        {
            throw new ArgumentException($"{kind} name \"{name}\" must be 1-63 characters of a-z, 0-9 and _, starting with a letter or _.", kind);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex PlainIdentifier();
}
