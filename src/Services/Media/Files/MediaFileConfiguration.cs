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
        // One index per listing shape (MediaListFilter), each ending on the id tie-breaker and read forwards or
        // backwards: a user's own files (also an admin's ?owner=), everyone's (admins), everyone's of one ?purpose=.
        // An owner's files are few, so ?owner= with ?purpose= filters the owner's range instead of having its own.
        builder.HasIndex(m => new { m.OwnerId, m.CreatedAt, m.Id }).HasDatabaseName("ix_media_files_owner_created");
        builder.HasIndex(m => new { m.OwnerId, m.Size, m.Id }).HasDatabaseName("ix_media_files_owner_size");
        builder.HasIndex(m => new { m.CreatedAt, m.Id }).HasDatabaseName("ix_media_files_created");
        builder.HasIndex(m => new { m.Size, m.Id }).HasDatabaseName("ix_media_files_size");
        builder.HasIndex(m => new { m.Purpose, m.CreatedAt, m.Id }).HasDatabaseName("ix_media_files_purpose_created");
        builder.HasIndex(m => new { m.Purpose, m.Size, m.Id }).HasDatabaseName("ix_media_files_purpose_size");
    }
}
