using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.LocalCopies.Media;

internal sealed class MediaCopyConfiguration : IEntityTypeConfiguration<MediaCopy>
{
    public const string Table = "media";

    public void Configure(EntityTypeBuilder<MediaCopy> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ContentType).HasMaxLength(MediaCopy.ContentTypeMaxLength);
    }
}
