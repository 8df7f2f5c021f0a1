using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Media.Storage;

public sealed class PendingStorageDeletionConfiguration : IEntityTypeConfiguration<PendingStorageDeletion>
{
    public void Configure(EntityTypeBuilder<PendingStorageDeletion> builder)
    {
        builder.ToTable("storage_deletions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseIdentityByDefaultColumn();
        builder.Property(d => d.Key).HasMaxLength(300);

        // A DELETE request removes its own keys' rows right away, whatever else is queued.
        builder.HasIndex(d => d.Key);
    }
}
