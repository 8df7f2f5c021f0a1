using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>Aggregates a dataset onto a canvas (the CPU engine, or a GPU through ILGPU).</summary>
public interface IAggregator
{
    /// <summary>Where it runs, in words (for logs and benchmarks).</summary>
    string Name { get; }

    /// <summary>Aggregates; stops between blocks and throws <see cref="OperationCanceledException"/> once cancelled.</summary>
    AggregateGrid Aggregate(Dataset dataset, AggregationQuery query, CancellationToken cancellationToken = default);
}
