using System.Globalization;
using Agrovet.ServiceDefaults.Commands;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// <c>dotnet Agrovet.X.dll openapi --out docs/openapi/x.json</c>: writes the document the service serves at
/// <c>/openapi/v1.json</c>, without serving or reaching its database (<c>./agrovet openapi</c> runs it for every service).
/// </summary>
internal sealed class OpenApiDocumentCommand(IConfiguration configuration) : IServiceCommand
{
    public string Name => "openapi";

    public string Description => "write this service's OpenAPI document to --out <file>";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (configuration["out"] is not { Length: > 0 } output)
        {
            await Console.Error.WriteLineAsync("Say where to write the document: openapi --out <file>.");
            return 2;
        }

        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiDefaults.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, OpenApiDocumentText.Write(document), cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {output} ({document.Paths.Count} paths)."));
        return 0;
    }
}
