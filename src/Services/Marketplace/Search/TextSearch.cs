using Agrovet.Data.Search;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// The two text search configurations ads are indexed and searched with: PostgreSQL's Spanish and English
/// stemmers with <c>unaccent</c> in front, so "vacunación" and "vacunacion" (or "tractores" and "tractor") meet.
/// Both are created by the initial migration.
/// </summary>
public static class TextSearch
{
    public const string Spanish = TextSearchConfigurations.Spanish;
    public const string English = TextSearchConfigurations.English;
    public const int MaxQueryLength = 200;

    /// <summary>The generated <c>search_vector</c>: title weight A, description weight B, each in both languages.</summary>
    public const string VectorSql =
        $"setweight(to_tsvector('{Spanish}'::regconfig, coalesce(title, '')), 'A') || " +
        $"setweight(to_tsvector('{English}'::regconfig, coalesce(title, '')), 'A') || " +
        $"setweight(to_tsvector('{Spanish}'::regconfig, coalesce(description, '')), 'B') || " +
        $"setweight(to_tsvector('{English}'::regconfig, coalesce(description, '')), 'B')";

    /// <summary>SQL the migration runs before creating <c>adds</c>.</summary>
    public const string CreateConfigurationsSql = TextSearchConfigurations.CreateSql;

    public const string DropConfigurationsSql = TextSearchConfigurations.DropSql;
}
