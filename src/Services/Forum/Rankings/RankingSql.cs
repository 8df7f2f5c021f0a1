namespace Agrovet.Forum.Rankings;

/// <summary>
/// The formulas of <see cref="Ranking"/> as SQL functions (created by the initial migration, replaced by
/// <c>RankingFunctionsInlined</c>), so one statement can change a vote, the totals and every ranking value of a row at
/// once. Each is IMMUTABLE and computed in double precision, as reddit's Cython code does; <c>hot</c> is rounded to 7
/// places through numeric. Each body is one expression of immutable parts, so the planner inlines it into the
/// statement that calls it; a body it cannot inline is parsed and planned again on every execution of that statement
/// (<c>extract(epoch FROM timestamptz)</c> is only STABLE, hence the epoch as the interval since 1970). Each is total:
/// an UPDATE that finds its row changed since its snapshot computes the new values from the old row first (then again
/// from the current one, EvalPlanQual), and those first totals can be impossible (fewer ups than the vote it takes
/// back), so <c>best</c>'s square root is of a value kept ≥ 0 (it is for any real totals).
/// </summary>
public static class RankingSql
{
    public const string Hot = "forum_hot";
    public const string Best = "forum_best";
    public const string Controversy = "forum_controversy";

    public const string CreateFunctionsSql = """
        -- reddit _hot: round(sign(s)*log10(max(|s|,1)) + (epoch - 1134028003)/45000, 7), s = ups - downs
        CREATE OR REPLACE FUNCTION forum_hot(ups integer, downs integer, created_at timestamp with time zone)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT round((sign((ups - downs)::double precision) * log(greatest(abs(ups - downs), 1)::double precision)
                + (extract(epoch FROM created_at - '1970-01-01T00:00:00Z'::timestamptz)::double precision - 1134028003) / 45000)::numeric, 7)::double precision
        $$;
        -- reddit _confidence: Wilson score interval lower bound, z = 1.281551565545
        CREATE OR REPLACE FUNCTION forum_best(ups integer, downs integer)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN ups + downs = 0 THEN 0::double precision ELSE
                ((ups::double precision / (ups + downs)) + 1.281551565545 * 1.281551565545 / (2 * (ups + downs))
                 - 1.281551565545 * sqrt(greatest((ups::double precision / (ups + downs)) * (1 - ups::double precision / (ups + downs)) / (ups + downs)
                     + 1.281551565545 * 1.281551565545 / (4.0 * (ups + downs) * (ups + downs)), 0)))
                / (1 + 1.281551565545 * 1.281551565545 / (ups + downs)) END
        $$;
        -- reddit _controversy: (ups + downs) ^ (min/max), 0 when either is 0
        CREATE OR REPLACE FUNCTION forum_controversy(ups integer, downs integer)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN ups <= 0 OR downs <= 0 THEN 0::double precision
                ELSE power((ups + downs)::double precision,
                    CASE WHEN ups > downs THEN downs::double precision / ups ELSE ups::double precision / downs END) END
        $$;
        """;

    public const string DropFunctionsSql = """
        DROP FUNCTION IF EXISTS forum_hot(integer, integer, timestamp with time zone);
        DROP FUNCTION IF EXISTS forum_best(integer, integer);
        DROP FUNCTION IF EXISTS forum_controversy(integer, integer);
        """;
}
