using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Media;

public sealed class MediaCopyConfiguration : IEntityTypeConfiguration<MediaCopy>
{
    public void Configure(EntityTypeBuilder<MediaCopy> builder)
    {
        builder.ToTable("media");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.HasIndex(m => m.OwnerId);
    }
}
