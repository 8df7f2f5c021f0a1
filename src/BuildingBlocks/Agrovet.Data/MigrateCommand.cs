using Agrovet.ServiceDefaults.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agrovet.Data;

/// <summary><c>dotnet Agrovet.X.dll migrate</c>: brings the service's database to the latest migration and exits.</summary>
internal sealed class MigrateCommand<TContext> : IServiceCommand
    where TContext : DbContext
{
    public string Name => "migrate";

    public string Description => "apply database migrations and exit";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TContext>();
        var logger = services.GetRequiredService<ILogger<MigrateCommand<TContext>>>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {Count} migration(s) to {Database}", pending.Count, db.Database.GetDbConnection().Database);
        return 0;
    }
}
