using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.LocalCopies;

/// <summary>The copies' tables in a service's model (call in <c>OnModelCreating</c>, then add a migration).</summary>
public static class LocalCopiesModelBuilderExtensions
{
    /// <summary>Adds <c>users</c> (<see cref="UserCopy"/>).</summary>
    public static ModelBuilder AddUserCopies(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        return modelBuilder.ApplyConfiguration(new UserCopyConfiguration());
    }

    /// <summary>Adds <c>media</c> (<see cref="MediaCopy"/>).</summary>
    public static ModelBuilder AddMediaCopies(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        return modelBuilder.ApplyConfiguration(new MediaCopyConfiguration());
    }
}
