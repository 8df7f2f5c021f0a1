using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Commands;

public static class ServiceCommands
{
    public static IServiceCollection AddServiceCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IServiceCommand
    {
        services.AddSingleton<IServiceCommand, TCommand>();
        return services;
    }

    /// <summary>Runs the verb named by the first argument, or serves HTTP when there is none.</summary>
    public static async Task<int> RunWithCommandsAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal))
        {
            await app.RunAsync();
            return 0;
        }

        var commands = app.Services.GetServices<IServiceCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Known: {string.Join(", ", commands.Select(c => $"{c.Name} ({c.Description})"))}; no command serves HTTP.");
            return 2;
        }

        ExposeEndpoints(app);
        using var scope = app.Services.CreateScope();
        try
        {
            return await command.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
        catch (Exception e)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Agrovet.Commands").LogError(e, "Command {Command} failed", command.Name);
            await Console.Error.WriteLineAsync($"{command.Name} failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Hands the mapped endpoints to routing, as starting the server would (the pipeline is never run in a command),
    /// so a command sees the endpoints the service serves: the <c>openapi</c> verb describes them.
    /// </summary>
    private static void ExposeEndpoints(WebApplication app)
    {
        app.UseRouting();
        app.UseEndpoints(_ => { });
    }
}
