using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>Names and JSON settings of a dataset folder's files.</summary>
public static class DatasetFiles
{
    public const string Manifest = "manifest.json";
    public const string Blocks = "blocks.bin";
    public const string SampleFolder = "sample";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
