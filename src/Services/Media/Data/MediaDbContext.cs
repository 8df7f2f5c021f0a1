using Agrovet.EventBus;
using Agrovet.Media.Files;
using Agrovet.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Data;

public sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    public DbSet<MediaFile> Files => Set<MediaFile>();

    public DbSet<PendingStorageDeletion> StorageDeletions => Set<PendingStorageDeletion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediaDbContext).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
