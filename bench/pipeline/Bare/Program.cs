using Agrovet.Bench.Bare;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BareJsonContext.Default));
var app = builder.Build();
var service = app.Configuration["BENCH_SERVICE_NAME"] ?? "auth";

// What a service's /health/ says when it has no live checks: built and serialized on every request, as a service does.
app.MapGet("/health/", (HttpResponse response) =>
{
    response.Headers.CacheControl = "no-store";
    return TypedResults.Ok(new BareHealth("healthy", service, 0.0012, new Dictionary<string, BareCheck>(StringComparer.Ordinal)));
});
app.Run();
