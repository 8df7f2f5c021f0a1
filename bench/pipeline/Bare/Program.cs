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

// What the gateway's /health/ says: the same JSON with one live check per service (its name, address and duration), so
// that the gateway is measured against bare Kestrel writing as many bytes; built and serialized on every request too.
var gatewayChecks = (Environment.GetEnvironmentVariable("AGROVET_SERVICES") ?? "auth,media,profiles,marketplace,forum,chat,compute")
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(name => (Name: name, Description: $"{name} is ready at http://127.0.0.1:{Environment.GetEnvironmentVariable($"AGROVET_{name.ToUpperInvariant()}_PORT") ?? "8000"}."))
    .ToArray();
app.MapGet("/health/gateway/", (HttpResponse response) =>
{
    response.Headers.CacheControl = "no-store";
    var checks = new Dictionary<string, BareCheck>(gatewayChecks.Length, StringComparer.Ordinal);
    foreach (var (name, description) in gatewayChecks)
    {
        checks[name] = new BareCheck("healthy", 92.7301, description);
    }

    return TypedResults.Ok(new BareHealth("healthy", "gateway", 106.6999, checks));
});
app.Run();
