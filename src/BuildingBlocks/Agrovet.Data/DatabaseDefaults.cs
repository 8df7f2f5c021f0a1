using Agrovet.ServiceDefaults;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Health;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Agrovet.Data;

public static class DatabaseDefaults
{
    /// <summary>
    /// Registers the service's own PostgreSQL database: one pooled <see cref="NpgsqlDataSource"/>, a pooled
    /// <typeparamref name="TContext"/> with snake_case names, the readiness check, tracing and the <c>migrate</c> verb.
    /// The connection string is <c>ConnectionStrings__Postgres</c>; without it the launcher's local default is used.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext>(this WebApplicationBuilder builder)
        where TContext : DbContext
    {
        var serviceName = ServiceIdentity.NameOf(builder.Environment);
        var connectionString = ConnectionString(builder.Configuration, serviceName);
        var source = new NpgsqlDataSourceBuilder(connectionString) { Name = serviceName };
        // A pooled connection is otherwise reset when it returns: seven statements (RESET ALL, UNLISTEN *, DISCARD ...)
        // sent as a simple query, parsed and run ahead of the next command, on every request. Nothing here leaves
        // session state behind (transaction-scoped locks and settings; the outbox relay resets its own session).
        source.ConnectionStringBuilder.NoResetOnClose = true;
        var dataSource = source.Build();

        builder.Services.AddSingleton(dataSource);
        builder.Services.AddDbContextPool<TContext>(o => o
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddNpgsql());
        // Npgsql's own meter: connections in use and idle per pool (named after the service), waits, command durations.
        builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddMeter("Npgsql"));
        builder.Services.AddServiceCommand<MigrateCommand<TContext>>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyOutage, PostgresOutage>());
        return builder;
    }

    public static string ConnectionString(IConfiguration configuration, string serviceName)
    {
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } configured)
        {
            return configured;
        }

        var role = serviceName;
        var database = serviceName == "forum" ? "foro_db" : $"{serviceName}_db";
        return $"Host=127.0.0.1;Port=55432;Database={database};Username={role};Password=agrovet-local-{role};Maximum Pool Size={ServiceCatalog.DatabasePoolSize}";
    }
}
