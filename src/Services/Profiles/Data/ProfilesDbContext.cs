using Agrovet.EventBus;
using Agrovet.Profiles.Avatars;
using Agrovet.Profiles.Profiles;
using Agrovet.Profiles.Users;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Data;

public sealed class ProfilesDbContext(DbContextOptions<ProfilesDbContext> options) : DbContext(options)
{
    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<KnownUser> Users => Set<KnownUser>();

    public DbSet<KnownMedia> Media => Set<KnownMedia>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProfilesDbContext).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
