using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Agrovet.LocalCopies;

public static class LocalCopiesExtensions
{
    /// <summary>Resilience settings of the media lookups (e.g. <c>LocalCopies__MediaClient__AttemptTimeout__Timeout=00:00:01</c>).</summary>
    public const string MediaClientSection = "LocalCopies:MediaClient";

    /// <summary>
    /// The copies of other services' data this service keeps in <typeparamref name="TContext"/>, fed by their events
    /// in this service's consumer group, in one call: <c>builder.AddLocalCopies&lt;MyDbContext&gt;(copies =&gt;
    /// copies.Users&lt;MyUserReaction&gt;().Media())</c>. Every copy follows one rule set: as of its events' own time,
    /// an older event never overwrites a newer one, and a deleted user or file stays a deleted row.
    /// </summary>
    public static IHostApplicationBuilder AddLocalCopies<TContext>(this IHostApplicationBuilder builder, Action<LocalCopiesBuilder<TContext>> copies)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(copies);
        copies(new LocalCopiesBuilder<TContext>(builder));
        return builder;
    }
}
