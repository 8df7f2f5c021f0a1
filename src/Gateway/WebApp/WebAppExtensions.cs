using Microsoft.Extensions.FileProviders;

namespace Agrovet.Gateway.WebApp;

public static class WebAppExtensions
{
    public static IServiceCollection AddWebApp(this IServiceCollection services)
    {
        services.AddSingleton(sp => WebRoot.Locate(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<LandingPage>();
        return services;
    }

    /// <summary>The built web app with SPA fallback, or the landing page when there is no build.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var webRoot = app.Services.GetRequiredService<WebRoot>();
        if (!webRoot.Exists)
        {
            app.Logger.LogInformation("No web app build at {WebRoot}; / shows the landing page", webRoot.Searched);
            app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, LandingPage page) => page.Result(context))
                .ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(webRoot.Path!);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseMiddleware<PrecompressedFileMiddleware>(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedContentTypeProvider(),
            OnPrepareResponse = prepared => WebAppCaching.Apply(prepared.Context, files),
        });
        app.UseMiddleware<SpaFallbackMiddleware>(files);
        return app;
    }
}
