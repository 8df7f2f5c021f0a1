namespace Agrovet.Data.Search;

/// <summary>
/// The two text search configurations the platform indexes and searches text with: PostgreSQL's Spanish and English
/// stemmers with <c>unaccent</c> in front, so "vacunación" and "vacunacion" (or "tractores" and "tractor") meet. A
/// service's first migration creates them in its database (they are per database), before the tables whose generated
/// <c>search_vector</c> uses them; the model declares the <c>unaccent</c> extension.
/// </summary>
public static class TextSearchConfigurations
{
    public const string Spanish = "agrovet_es";
    public const string English = "agrovet_en";

    public const string CreateSql = $"""
        CREATE TEXT SEARCH CONFIGURATION {Spanish} (COPY = pg_catalog.spanish);
        ALTER TEXT SEARCH CONFIGURATION {Spanish} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
        CREATE TEXT SEARCH CONFIGURATION {English} (COPY = pg_catalog.english);
        ALTER TEXT SEARCH CONFIGURATION {English} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        """;

    public const string DropSql = $"""
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {Spanish};
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {English};
        """;

    /// <summary>A weighted vector of <paramref name="column"/> in both languages, for a generated column.</summary>
    public static string WeightedVector(string column, char weight) =>
        $"setweight(to_tsvector('{Spanish}'::regconfig, coalesce({column}, '')), '{weight}') || " +
        $"setweight(to_tsvector('{English}'::regconfig, coalesce({column}, '')), '{weight}')";

    /// <summary>A query in both languages (web-search syntax: words, "phrases", -not, or) from the parameter <paramref name="parameter"/>.</summary>
    public static string QuerySql(string parameter) =>
        $"(websearch_to_tsquery('{Spanish}', {parameter}) || websearch_to_tsquery('{English}', {parameter}))";
}
