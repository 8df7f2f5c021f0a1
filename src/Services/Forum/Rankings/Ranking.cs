namespace Agrovet.Forum.Rankings;

/// <summary>
/// Reddit's ranking formulas, as published in its open-source code (reddit/reddit, r2/r2/lib/db/_sorts.pyx, 2008–2017).
/// The database computes them on each vote with the SQL functions of <see cref="RankingSql"/> (the same formulas, kept
/// side by side here) and stores them, so feeds are index scans; these C# versions are the reference the tests compare
/// the database's order with.
/// </summary>
public static class Ranking
{
    /// <summary>Reddit's epoch offset: 2005-12-08 07:46:43 UTC.</summary>
    public const double HotEpochOffset = 1134028003;

    /// <summary>Seconds for which an order of magnitude of score is worth 1: 12.5 hours.</summary>
    public const double HotSecondsPerPoint = 45000;

    /// <summary>z for an 80% confidence lower bound (reddit's <c>_confidence</c>).</summary>
    public const double WilsonZ = 1.281551565545;

    /// <summary>
    /// <c>hot</c> (reddit <c>_hot</c>): round(sign(s)·log10(max(|s|, 1)) + (epoch_seconds − 1134028003) / 45000, 7)
    /// with s = ups − downs. Newer posts rise by time alone; each ×10 of score is worth 12.5 hours.
    /// </summary>
    public static double Hot(int ups, int downs, DateTime createdAt)
    {
        var s = ups - downs;
        var order = Math.Log10(Math.Max(Math.Abs(s), 1));
        var sign = Math.Sign(s);
        var seconds = EpochSeconds(createdAt) - HotEpochOffset;
        return Math.Round((sign * order) + (seconds / HotSecondsPerPoint), 7, MidpointRounding.ToEven);
    }

    /// <summary>
    /// <c>best</c> (reddit <c>_confidence</c>): the lower bound of the Wilson score interval of the share of upvotes,
    /// z = 1.281551565545; 0 without votes. A comment with 10 of 10 upvotes beats one with 60 of 100.
    /// </summary>
    public static double Best(int ups, int downs)
    {
        var n = ups + downs;
        if (n == 0)
        {
            return 0;
        }

        const double z = WilsonZ;
        var p = (double)ups / n;
        var left = p + (z * z / (2 * n));
        var right = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n)));
        var under = 1 + (z * z / n);
        return (left - right) / under;
    }

    /// <summary>
    /// <c>controversial</c> (reddit <c>_controversy</c>): (ups + downs)^(min/max of ups, downs); 0 when either is 0.
    /// Many votes, evenly split, rank first.
    /// </summary>
    public static double Controversy(int ups, int downs)
    {
        if (ups <= 0 || downs <= 0)
        {
            return 0;
        }

        var magnitude = ups + downs;
        var balance = ups > downs ? (double)downs / ups : (double)ups / downs;
        return Math.Pow(magnitude, balance);
    }

    /// <summary>Seconds since 1970-01-01 UTC, with the microseconds PostgreSQL keeps.</summary>
    public static double EpochSeconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
}
