namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>A compute service with tight socket limits: 1 KiB messages, bursts of 5 at 1 a second, 2 sockets per account.</summary>
public sealed class StrictComputeFactory(AuthServerFixture auth, SampleDatasets samples) : ComputeApiFactory(auth, samples)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        KeyValuePair.Create("Compute:Streaming:MaxMessageBytes", "1024"),
        KeyValuePair.Create("Compute:Streaming:MessageBurst", "5"),
        KeyValuePair.Create("Compute:Streaming:MessagesPerSecond", "1"),
        KeyValuePair.Create("Compute:Streaming:MaxSocketsPerUser", "2"),
    ];
}
