using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>A document as the repository keeps it: OpenAPI 3.1 JSON, indented, with a final newline.</summary>
public static class OpenApiDocumentText
{
    public static string Write(OpenApiDocument document)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        document.SerializeAsV31(writer);
        return text.ToString().ReplaceLineEndings("\n") + "\n";
    }
}
