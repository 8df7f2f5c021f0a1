using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Generation;

/// <summary>
/// Synthetic observations around Latin America's farming regions: each region has towns of very unequal size (a
/// Pareto law), most rows fall near a town and the rest across the region's countryside; each region grows its own mix
/// of categories; values are log-normal around the category's typical value with a regional factor and a yearly trend;
/// dates cluster around each category's season. About one value in a thousand is missing (NaN), as in real reports.
/// </summary>
public sealed class SyntheticObservations : IObservationSource
{
    private const int TownsPerUnitWeight = 6;
    private static readonly uint FirstDay = (uint)new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private const int Years = 11;

    private readonly ulong _seed;
    private readonly SyntheticDatasetKind _kind;
    private readonly Town[] _towns;
    private readonly double[] _townCumulative;
    private readonly double[][] _categoryCumulative;
    private readonly double[][] _regionalFactor;

    public SyntheticObservations(SyntheticDatasetKind kind, long count, long seed)
    {
        _kind = kind;
        _seed = (ulong)seed;
        Count = count;
        var regions = LatinAmericanRegions.All;
        var towns = new List<Town>();
        var weights = new List<double>();
        _categoryCumulative = new double[regions.Count][];
        _regionalFactor = new double[regions.Count][];
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            var regionKey = (ulong)r + 1;
            var townCount = Math.Max(3, (int)(region.Weight * TownsPerUnitWeight) + 4);
            var townWeights = new double[townCount];
            for (var t = 0; t < townCount; t++)
            {
                townWeights[t] = Math.Pow(1.0 - CounterRandom.Uniform(_seed, regionKey, (ulong)(10 + t)), -1.3);
            }
            var sum = townWeights.Sum();
            for (var t = 0; t < townCount; t++)
            {
                var lon = region.Longitude + (CounterRandom.Normal(_seed, regionKey, (ulong)(1000 + t)) * region.SpreadLongitude * 0.8);
                var lat = region.Latitude + (CounterRandom.Normal(_seed, regionKey, (ulong)(3000 + t)) * region.SpreadLatitude * 0.8);
                var radius = 0.04 + (0.25 * CounterRandom.Uniform(_seed, regionKey, (ulong)(5000 + t)));
                towns.Add(new Town(r, lon, lat, radius));
                weights.Add(region.Weight * townWeights[t] / sum);
            }
            _categoryCumulative[r] = RegionalMix(kind, regionKey);
            _regionalFactor[r] = new double[kind.Categories.Count];
            for (var c = 0; c < kind.Categories.Count; c++)
            {
                _regionalFactor[r][c] = Math.Exp(0.2 * CounterRandom.Normal(_seed, regionKey, (ulong)(9000 + c)));
            }
        }
        _towns = [.. towns];
        _townCumulative = Cumulative(weights);
    }

    public long Count { get; }

    public Observation Get(long index)
    {
        var row = (ulong)index;
        var town = _towns[Pick(_townCumulative, CounterRandom.Uniform(_seed, row, 0))];
        var region = LatinAmericanRegions.All[town.Region];
        double lon, lat;
        if (CounterRandom.Uniform(_seed, row, 1) < 0.8)
        {
            var widen = 1.0 / Math.Cos(town.Latitude * Math.PI / 180.0);
            lon = town.Longitude + (CounterRandom.Normal(_seed, row, 2) * town.Radius * widen);
            lat = town.Latitude + (CounterRandom.Normal(_seed, row, 3) * town.Radius);
        }
        else
        {
            lon = region.Longitude + (CounterRandom.Normal(_seed, row, 2) * region.SpreadLongitude);
            lat = region.Latitude + (CounterRandom.Normal(_seed, row, 3) * region.SpreadLatitude);
        }
        var category = Pick(_categoryCumulative[town.Region], CounterRandom.Uniform(_seed, row, 4));
        var profile = _kind.Categories[category];
        var year = (int)(CounterRandom.Uniform(_seed, row, 5) * Years);
        var day = profile.PeakDayOfYear + (CounterRandom.Normal(_seed, row, 6) * 45.0);
        day = ((day % 365.0) + 365.0) % 365.0;
        var seconds = (year * 365.25 * 86_400.0) + (day * 86_400.0);
        var time = FirstDay + (uint)seconds;
        var value = CounterRandom.Uniform(_seed, row, 7) < 0.001
            ? float.NaN
            : (float)(profile.TypicalValue * _regionalFactor[town.Region][category]
                * Math.Exp(_kind.ValueSpread * CounterRandom.Normal(_seed, row, 8))
                * (1.0 + (_kind.YearlyTrend * year)));
        return new Observation((float)lon, (float)lat, value, (ushort)category, time);
    }

    private double[] RegionalMix(SyntheticDatasetKind kind, ulong regionKey)
    {
        var weights = new double[kind.Categories.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            weights[c] = kind.Categories[c].Share * Math.Exp(1.6 * CounterRandom.Normal(_seed, regionKey, (ulong)(7000 + c)));
        }
        return Cumulative(weights);
    }

    private static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var cumulative = new double[weights.Count];
        double running = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[^1] = 1.0;
        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }

    private readonly record struct Town(int Region, double Longitude, double Latitude, double Radius);
}
