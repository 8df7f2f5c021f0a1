using Agrovet.EventBus;
using Agrovet.LocalCopies;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Agrovet.Profiles.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Data;

public sealed class ProfilesDbContext(DbContextOptions<ProfilesDbContext> options) : DbContext(options)
{
    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<UserCopy> Users => Set<UserCopy>();

    public DbSet<MediaCopy> Media => Set<MediaCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProfilesDbContext).Assembly);
        modelBuilder.AddUserCopies();
        modelBuilder.AddMediaCopies();
        modelBuilder.AddEventBusTables();
    }
}
