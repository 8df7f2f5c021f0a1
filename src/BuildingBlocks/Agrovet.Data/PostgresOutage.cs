using Agrovet.ServiceDefaults.Problems;
using Npgsql;

namespace Agrovet.Data;

/// <summary>
/// PostgreSQL away: unreachable, restarting or shutting down (an in-flight session is terminated with 57P01 and the
/// transaction rolls back), or out of connections. Npgsql marks most of these transient; the operator-intervention
/// class (57P, shutdown and "cannot connect now") is named here because it does not.
/// </summary>
internal sealed class PostgresOutage : IDependencyOutage
{
    public bool IsOutage(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };
}
