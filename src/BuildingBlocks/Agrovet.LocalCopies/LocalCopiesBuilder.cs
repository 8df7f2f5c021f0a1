using Agrovet.Contracts.Media;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Hosting;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Agrovet.LocalCopies;

/// <summary>Which copies a service keeps in <typeparamref name="TContext"/>, and how it reacts to their changes.</summary>
public sealed class LocalCopiesBuilder<TContext>
    where TContext : DbContext
{
    private readonly IHostApplicationBuilder _builder;

    internal LocalCopiesBuilder(IHostApplicationBuilder builder) => _builder = builder;

    /// <summary>
    /// The copy of users from <c>user.*</c> events (the context's model calls <c>AddUserCopies()</c>), and
    /// <see cref="UserCopies"/> to read it, filling in a caller not heard of yet from their token.
    /// </summary>
    public LocalCopiesBuilder<TContext> Users()
    {
        _builder.AddEventHandler<TContext, UserCreated, UserCopyHandler<TContext>>();
        _builder.AddEventHandler<TContext, UserUpdated, UserCopyHandler<TContext>>();
        _builder.AddEventHandler<TContext, UserDeleted, UserCopyHandler<TContext>>();
        _builder.Services.TryAddScoped(provider => new UserCopies(provider.GetRequiredService<TContext>()));
        return this;
    }

    /// <summary><see cref="Users()"/>, with <typeparamref name="TReaction"/> (scoped) told of every change in the event's transaction.</summary>
    public LocalCopiesBuilder<TContext> Users<TReaction>()
        where TReaction : class, IUserCopyReaction
    {
        Users();
        _builder.Services.TryAddScoped<TReaction>();
        _builder.Services.AddScoped<IUserCopyReaction>(provider => provider.GetRequiredService<TReaction>());
        return this;
    }

    /// <summary>
    /// The copy of files from <c>media.*</c> events (the context's model calls <c>AddMediaCopies()</c>), and
    /// <see cref="MediaLookup"/>, which asks the media service about files the events have not brought yet. Its client's
    /// resilience can be tuned in <see cref="LocalCopiesExtensions.MediaClientSection"/>.
    /// </summary>
    public LocalCopiesBuilder<TContext> Media()
    {
        _builder.AddEventHandler<TContext, MediaCreated, MediaCopyHandler<TContext>>();
        _builder.AddEventHandler<TContext, MediaDeleted, MediaCopyHandler<TContext>>();
        var services = _builder.Services;
        if (services.Any(d => d.ServiceType == typeof(MediaLookup)))
        {
            return this;
        }

        var resilience = services.AddHttpClient<MediaServiceClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<InternalServiceUrls>().Media)
            .AddStandardResilienceHandler(o =>
            {
                // An answer within seconds or a 503: an edit must not hang on a sick media service.
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(6);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(100);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                o.CircuitBreaker.MinimumThroughput = 10;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
            });
        if (_builder.Configuration.GetSection(LocalCopiesExtensions.MediaClientSection) is { } configured && configured.Exists())
        {
            resilience.Configure(configured);
        }

        services.AddScoped(provider => new MediaLookup(
            provider.GetRequiredService<TContext>(), provider.GetRequiredService<MediaServiceClient>(), provider.GetRequiredService<ILogger<MediaLookup>>()));
        return this;
    }

    /// <summary><see cref="Media()"/>, with <typeparamref name="TReaction"/> (scoped) told of every change in the event's transaction.</summary>
    public LocalCopiesBuilder<TContext> Media<TReaction>()
        where TReaction : class, IMediaCopyReaction
    {
        Media();
        _builder.Services.TryAddScoped<TReaction>();
        _builder.Services.AddScoped<IMediaCopyReaction>(provider => provider.GetRequiredService<TReaction>());
        return this;
    }
}
