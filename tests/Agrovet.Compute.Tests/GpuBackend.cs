using Agrovet.Compute.Engine.Gpu;

namespace Agrovet.Compute.Tests;

/// <summary>The ILGPU kernel, run on ILGPU's CPU accelerator, gives what the CPU engine gives.</summary>
public sealed class GpuBackend : IClassFixture<GpuBackend.Data>
{
    private readonly Data _data;

    public GpuBackend(Data data) => _data = data;

    public static TheoryData<Reduction, Projection, bool> Cases() => AggregationExactness.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_GPU_kernel_matches_the_CPU_engine(Reduction reduction, Projection projection, bool filtered)
    {
        var filter = filtered
            ? new PointFilter(new Interval(RandomObservations.FirstTime + 1_000_000, RandomObservations.FirstTime + 6_000_000), new HashSet<int> { 1, 3 }, new Interval(0, 100))
            : null;
        foreach (var canvas in AggregationExactness.Canvases(projection))
        {
            var query = new AggregationQuery(canvas, reduction, Filter: filter);
            using var cpu = new CpuAggregator().Aggregate(_data.Dataset, query, TestContext.Current.CancellationToken);
            using var gpu = _data.Gpu.Aggregate(_data.Dataset, query, TestContext.Current.CancellationToken);
            Assert.Equal(cpu.BlocksRead, gpu.BlocksRead);
            AggregationExactness.AssertMatches(_data.Rows, query, gpu);
            AggregationExactness.AssertMatches(_data.Rows, query, cpu);
        }
    }

    public sealed class Data : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Data()
        {
            Rows = RandomObservations.Create(8_000, seed: 5);
            Dataset = RandomObservations.Write(Path.Combine(_folder.Path, "gpu"), Rows, blockSize: 301);
            Gpu = GpuAggregator.CreateCpuSimulator();
        }

        public List<Observation> Rows { get; }

        public Dataset Dataset { get; }

        public GpuAggregator Gpu { get; }

        public void Dispose()
        {
            Gpu.Dispose();
            Dataset.Dispose();
            _folder.Dispose();
        }
    }
}
