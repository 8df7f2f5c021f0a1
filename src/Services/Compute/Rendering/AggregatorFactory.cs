using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Gpu;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Rendering;

/// <summary>The aggregator the service renders with: the first CUDA device when there is one (and Compute:Gpu is not off), else every core.</summary>
public static class AggregatorFactory
{
    public static IAggregator Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ComputeOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AggregatorFactory));
        if (!string.Equals(options.Gpu, "off", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                if (GpuAggregator.TryCreateCuda(reason => logger.LogInformation("No GPU: {Reason}", reason)) is { } gpu)
                {
                    logger.LogInformation("Aggregating on {Aggregator}", gpu.Name);
                    return gpu;
                }
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The GPU could not be set up; aggregating on the CPU");
            }
        }
        var cpu = new CpuAggregator();
        logger.LogInformation("Aggregating on {Aggregator}", cpu.Name);
        return cpu;
    }
}
