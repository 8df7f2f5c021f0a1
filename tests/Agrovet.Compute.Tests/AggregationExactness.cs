namespace Agrovet.Compute.Tests;

/// <summary>Every reduction, on both projections, with and without filters, against the reference loop.</summary>
public sealed class AggregationExactness : IClassFixture<AggregationExactness.Data>
{
    private readonly Data _data;

    public AggregationExactness(Data data) => _data = data;

    public static TheoryData<Reduction, Projection, bool> Cases()
    {
        var cases = new TheoryData<Reduction, Projection, bool>();
        foreach (var reduction in Enum.GetValues<Reduction>())
        {
            foreach (var projection in Enum.GetValues<Projection>())
            {
                cases.Add(reduction, projection, false);
                cases.Add(reduction, projection, true);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_reduction_matches_the_reference_loop_on_the_whole_view_and_a_zoomed_one(Reduction reduction, Projection projection, bool filtered)
    {
        foreach (var canvas in Canvases(projection))
        {
            var filter = filtered
                ? new PointFilter(new Interval(RandomObservations.FirstTime + 2_000_000, RandomObservations.FirstTime + 7_000_000), new HashSet<int> { 0, 2, 5 }, new Interval(-10, 180))
                : null;
            var query = new AggregationQuery(canvas, reduction, Filter: filter);
            foreach (var aggregator in new IAggregator[] { new CpuAggregator(1), new CpuAggregator(3) })
            {
                using var grid = aggregator.Aggregate(_data.Dataset, query, TestContext.Current.CancellationToken);
                AssertMatches(_data.Rows, query, grid);
            }
        }
    }

    [Fact]
    public void Points_on_the_upper_edges_fall_in_the_last_column_and_the_top_row()
    {
        var canvas = new Canvas(10, 5, new Interval(-70, -50), new Interval(-40, -20));
        var query = new AggregationQuery(canvas, Reduction.Count);
        using var grid = new CpuAggregator().Aggregate(_data.Dataset, query, TestContext.Current.CancellationToken);
        var onCorner = _data.Rows.Count(row => row.Longitude == -50f && row.Latitude == -20f);
        Assert.True(onCorner > 0);
        Assert.Equal(ReferenceAggregation.Counts(_data.Rows, query, 1)[9], grid.Counts[9]);
        var bottomLeft = _data.Rows.Count(row => row.Longitude >= -70f && row.Longitude < -68f && row.Latitude >= -40f && row.Latitude < -36f);
        Assert.Equal((uint)bottomLeft, grid.Counts[40]);
    }

    [Fact]
    public void A_view_with_no_points_gives_an_empty_aggregate()
    {
        var canvas = new Canvas(64, 32, new Interval(10, 20), new Interval(40, 50));
        using var counts = new CpuAggregator().Aggregate(_data.Dataset, new AggregationQuery(canvas, Reduction.Count), TestContext.Current.CancellationToken);
        using var means = new CpuAggregator().Aggregate(_data.Dataset, new AggregationQuery(canvas, Reduction.Mean), TestContext.Current.CancellationToken);
        Assert.All(counts.Counts.ToArray(), count => Assert.Equal(0u, count));
        Assert.All(means.Values.ToArray(), value => Assert.True(double.IsNaN(value)));
        Assert.Equal(0, counts.BlocksRead);
        Assert.Null(counts.Span());
    }

    [Fact]
    public void A_zoomed_view_reads_only_the_blocks_it_overlaps()
    {
        var canvas = new Canvas(50, 50, new Interval(-62, -60), new Interval(-32, -30));
        using var grid = new CpuAggregator().Aggregate(_data.Dataset, new AggregationQuery(canvas, Reduction.Count), TestContext.Current.CancellationToken);
        Assert.InRange(grid.BlocksRead, 1, grid.BlocksTotal / 4);
    }

    [Fact]
    public void A_cancelled_aggregation_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var query = new AggregationQuery(Canvases(Projection.Linear)[0], Reduction.Count);
        Assert.ThrowsAny<OperationCanceledException>(() => new CpuAggregator().Aggregate(_data.Dataset, query, cancelled.Token));
    }

    internal static Canvas[] Canvases(Projection projection) => projection == Projection.WebMercator
        ?
        [
            new Canvas(37, 23, new Interval(WebMercator.X(-70), WebMercator.X(-50)), new Interval(WebMercator.Y(-40), WebMercator.Y(-20)), Projection.WebMercator),
            new Canvas(16, 40, new Interval(WebMercator.X(-61.3), WebMercator.X(-57)), new Interval(WebMercator.Y(-31), WebMercator.Y(-26.5)), Projection.WebMercator),
        ]
        :
        [
            new Canvas(37, 23, new Interval(-70, -50), new Interval(-40, -20)),
            new Canvas(40, 16, new Interval(-61.3, -57), new Interval(-30, -25.25)),
            new Canvas(1, 1, new Interval(-70, -50), new Interval(-40, -20)),
        ];

    internal static void AssertMatches(IReadOnlyList<Observation> rows, AggregationQuery query, AggregateGrid grid)
    {
        if (grid.HoldsCounts)
        {
            Assert.Equal(ReferenceAggregation.Counts(rows, query, RandomObservations.Categories), grid.Counts.ToArray());
            return;
        }
        var expected = ReferenceAggregation.Values(rows, query);
        var actual = grid.Values.ToArray();
        for (var p = 0; p < expected.Length; p++)
        {
            if (double.IsNaN(expected[p]))
            {
                Assert.True(double.IsNaN(actual[p]), $"pixel {p}: expected no value, got {actual[p]}");
                continue;
            }
            var tolerance = query.Reduction is Reduction.Min or Reduction.Max ? 0 : 1e-9 * (1 + Math.Abs(expected[p])) * 1000;
            Assert.True(Math.Abs(expected[p] - actual[p]) <= tolerance, $"pixel {p}: expected {expected[p]}, got {actual[p]}");
        }
    }

    public sealed class Data : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Data()
        {
            Rows = RandomObservations.Create(60_000, seed: 14);
            Dataset = RandomObservations.Write(Path.Combine(_folder.Path, "random"), Rows, blockSize: 997, sampleEvery: 16);
        }

        public List<Observation> Rows { get; }

        public Dataset Dataset { get; }

        public void Dispose()
        {
            Dataset.Dispose();
            _folder.Dispose();
        }
    }
}
