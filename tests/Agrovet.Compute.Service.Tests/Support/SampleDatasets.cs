using Agrovet.Compute.Engine.Generation;

namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>
/// A datasets folder for the whole test assembly: the synthetic crop yields at 200,000 rows (with its 1/64 preview
/// sample) and the animal-health reports at 50,000, generated once (deterministic, under two seconds).
/// </summary>
public sealed class SampleDatasets : IDisposable
{
    public const string CropYields = "crop-yields-200k";
    public const string AnimalHealth = "animal-health-50k";

    private readonly TestDirectory _folder = TestDirectory.Create("compute-datasets");

    public SampleDatasets()
    {
        DatasetGenerator.Generate(Folder, SyntheticDatasetKind.CropYields, 200_000);
        DatasetGenerator.Generate(Folder, SyntheticDatasetKind.AnimalHealth, 50_000);
    }

    public string Folder => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
