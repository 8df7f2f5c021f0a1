using Npgsql;

namespace Agrovet.Testing.QueryPlans;

public static class QueryPlan
{
    /// <summary>The plan PostgreSQL would use for <paramref name="command"/> with its own parameter values.</summary>
    public static async Task<string> ExplainAsync(NpgsqlConnection connection, RecordedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var explain = new NpgsqlCommand("EXPLAIN (COSTS OFF) " + command.Sql, connection);
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
