namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>
/// A compute service that waits 1.5 s after a view's preview before its full render: a client that pans twenty times
/// within that time must get the full render of its last view only, whatever the machine's load.
/// </summary>
public sealed class PatientComputeFactory(AuthServerFixture auth, SampleDatasets samples) : ComputeApiFactory(auth, samples)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [KeyValuePair.Create("Compute:Streaming:FullRenderDelay", "00:00:01.500")];
}
