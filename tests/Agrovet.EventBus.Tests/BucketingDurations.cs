using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Agrovet.EventBus.Diagnostics;
using Agrovet.ServiceDefaults.Telemetry;
using Xunit;

namespace Agrovet.EventBus.Tests;

public sealed class BucketingDurations
{
    [Fact]
    public void Every_platform_histogram_in_seconds_has_buckets_for_seconds()
    {
        RuntimeHelpers.RunClassConstructor(typeof(EventBusTelemetry).TypeHandle);
        var histograms = new List<Histogram<double>>();
        using (var listener = new MeterListener())
        {
            listener.InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name.StartsWith("Agrovet.", StringComparison.Ordinal) && instrument.Unit == "s" && instrument is Histogram<double> histogram)
                {
                    histograms.Add(histogram);
                }
            };
            listener.Start();
        }

        Assert.Contains(histograms, h => h.Name == "agrovet.eventbus.relay.lag");
        Assert.All(histograms, h => Assert.Equal(HistogramAdvice.Seconds.HistogramBucketBoundaries, h.Advice?.HistogramBucketBoundaries));
    }
}
