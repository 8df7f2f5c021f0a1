using Agrovet.Compute.Commands;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Export;
using Agrovet.Compute.Inspect;
using Agrovet.Compute.Rendering;
using Agrovet.Compute.Streaming;
using Agrovet.Compute.Tiles;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.ServiceDefaults.Json;
using Scalar.AspNetCore;

namespace Agrovet.Compute;

public static class ComputeServiceExtensions
{
    public const string RoutePrefix = "/compute";

    /// <summary>The service's own API reference, under its public prefix so that it is reachable through the gateway.</summary>
    public const string DocsPath = "/compute/docs";

    public const string DocumentRoute = "/compute/openapi/{documentName}.json";

    public static WebApplicationBuilder AddComputeService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ComputeOptions>()
            .BindConfiguration(ComputeOptions.Section)
            .Validate(o => o.Streaming.MaxMessageBytes is >= 256 and <= 1024 * 1024, "Compute:Streaming:MaxMessageBytes must be from 256 to 1 MiB.")
            .Validate(o => o.Streaming.MessagesPerSecond > 0 && o.Streaming.MessageBurst > 0 && o.Streaming.MaxSocketsPerUser > 0, "Streaming limits must be positive.")
            .Validate(o => o.Streaming.PreviewDivisor is >= 1 and <= 16, "Compute:Streaming:PreviewDivisor must be from 1 to 16.")
            .Validate(o => o.Export.Interval > TimeSpan.Zero && o.AggregateCacheBytes >= 0 && o.MaxConcurrentRenders >= 0, "Compute settings out of range.")
            .ValidateOnStart();
        services.AddJsonContext(ComputeJsonContext.Default);

        services.AddSingleton<DatasetStore>();
        services.AddSingleton(AggregatorFactory.Create);
        services.AddSingleton<AggregateCache>();
        services.AddSingleton<RenderSlots>();
        services.AddSingleton<ViewRenderer>();
        services.AddSingleton<SocketCounter>();
        services.AddHostedService<DefaultDatasets>();
        services.AddServiceCommand<DatasetsCommand>();
        services.AddServiceCommand<RenderCommand>();
        builder.AddPlatformExport();
        return builder;
    }

    public static WebApplication MapCompute(this WebApplication app)
    {
        app.UseWebSockets();
        var compute = app.MapGroup(RoutePrefix).RequireAuthorization();
        compute.MapDatasets();
        compute.MapRender();
        compute.MapInspect();
        compute.MapTiles();
        app.MapComputeSocket();
        app.MapOpenApi(DocumentRoute);
        app.MapScalarApiReference(DocsPath, o => o
            .WithTitle("Agrovet compute API")
            .WithOpenApiRoutePattern(DocumentRoute));
        return app;
    }
}
