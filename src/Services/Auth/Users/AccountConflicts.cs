using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Auth.Users;

/// <summary>The one wording for "that username or email is taken", whether a pre-check or the unique index found it.</summary>
public static class AccountConflicts
{
    public static string UsernameTaken => Messages.UsernameTaken;

    public static string EmailTaken => Messages.EmailTaken;

    /// <summary>Turns a unique-index violation on users into a field error; false when the failure is something else.</summary>
    public static bool TryDescribe(DbUpdateException exception, ValidationErrors errors)
    {
        if (exception.InnerException is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return false;
        }

        switch (unique.ConstraintName)
        {
            case UserConfiguration.UniqueUsernameIndex:
                errors.Add("username", UsernameTaken);
                return true;
            case UserConfiguration.UniqueEmailIndex:
                errors.Add("email", EmailTaken);
                return true;
            default:
                return false;
        }
    }
}
