using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Media.Files;

public sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("media_files");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.Purpose).HasMaxLength(50);
        builder.Property(m => m.OriginalName).HasMaxLength(MediaFile.MaxOriginalNameLength);
        builder.Property(m => m.StorageKey).HasMaxLength(200);
        builder.Property(m => m.ThumbnailKey).HasMaxLength(200);
        builder.Ignore(m => m.ETag);
        // "My files, newest first": ids are UUIDv7, so id order is upload order.
        builder.HasIndex(m => new { m.OwnerId, m.Id });
    }
}
