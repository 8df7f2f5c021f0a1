using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// The two shapes of a refusal (RFC 9457), written once as components every refusal refers to: <c>ProblemDetails</c>
/// and, for invalid input, <c>HttpValidationProblemDetails</c> with <c>errors: {field: [messages]}</c>.
/// </summary>
internal sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public const string ContentType = "application/problem+json";
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";

    /// <summary>Invalid input names its fields; every other refusal says what happened in <c>detail</c>.</summary>
    public static string SchemaFor(int status) => status == StatusCodes.Status400BadRequest ? ValidationProblem : Problem;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var used = UsedBy(document);
        foreach (var (name, withErrors) in new[] { (Problem, false), (ValidationProblem, true) })
        {
            // A component nothing refers to (the gateway's own document refuses nothing) would only be noise.
            if (used.Contains(name))
            {
                document.Components.Schemas[name] = ProblemSchema(withErrors);
            }
            else
            {
                document.Components.Schemas.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    private static HashSet<string> UsedBy(OpenApiDocument document) =>
    [
        .. document.Paths.Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? [])
            .SelectMany(r => r.Content?.Values.AsEnumerable() ?? [])
            .Select(m => m.Schema)
            .OfType<OpenApiSchemaReference>()
            .Select(r => r.Reference.Id)
            .OfType<string>(),
    ];

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI that identifies the kind of problem."),
            ["title"] = Text("A short summary of the kind of problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = Text("What went wrong in this request and how to fix it."),
            ["instance"] = Text("The request the problem happened in."),
            ["trace_id"] = Text("The trace id of the request, for the logs."),
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Each invalid field (snake_case, as sent) with what to change.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors
                ? "RFC 9457 problem details for invalid input: `errors` holds the messages of each field (absent when the body itself could not be read)."
                : "RFC 9457 problem details: `detail` says what went wrong and how to fix it.",
            Properties = properties,
        };
    }

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
}
