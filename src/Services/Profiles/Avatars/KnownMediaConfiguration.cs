using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Profiles.Avatars;

public sealed class KnownMediaConfiguration : IEntityTypeConfiguration<KnownMedia>
{
    public void Configure(EntityTypeBuilder<KnownMedia> builder)
    {
        builder.ToTable("media");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ContentType).HasMaxLength(100);
    }
}
