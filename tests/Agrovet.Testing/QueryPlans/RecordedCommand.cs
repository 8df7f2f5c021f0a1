using Npgsql;

namespace Agrovet.Testing.QueryPlans;

/// <summary>One SQL command as sent: its text and a copy of its parameters.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
