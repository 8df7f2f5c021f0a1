using Agrovet.ServiceDefaults.Problems;
using Npgsql;

namespace Agrovet.Data;

/// <summary>
/// PostgreSQL away: unreachable, restarting or shutting down (an in-flight session is terminated with 57P01 and the
/// transaction rolls back), or out of connections. Npgsql marks most of these transient; the operator-intervention
/// class (57P, shutdown and "cannot connect now") is named here because it does not.
/// </summary>
/// <remarks>
/// A connection that breaks between two commands of one transaction surfaces on the second as Npgsql's
/// <see cref="InvalidOperationException"/> ("Transaction is already completed": the broken connector ended it), not as
/// an <see cref="NpgsqlException"/>; seen in the fault suite when PostgreSQL restarted between an ad's two saves. Our
/// transactions live within one request, so Npgsql refusing to use one it has ended means the connection went away.
/// Its thrower may be EF's command (<c>RelationalCommand.CreateDbCommand</c>) when the JIT inlined Npgsql's check into
/// it: the fault suite met that once in a clean-clone run (500 instead of 503), so both assemblies count.
/// </remarks>
internal sealed class PostgresOutage : IDependencyOutage
{
    private static readonly System.Reflection.Assembly[] DataAccess =
        [typeof(NpgsqlConnection).Assembly, typeof(Microsoft.EntityFrameworkCore.Storage.RelationalCommand).Assembly];

    public bool IsOutage(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient,
        InvalidOperationException refused => refused.TargetSite?.DeclaringType?.Assembly is { } thrower
            && DataAccess.Contains(thrower)
            && refused.Message.Contains("already completed", StringComparison.Ordinal),
        _ => false,
    };
}
