using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Chat.Ads;

internal sealed class AdCopyConfiguration : IEntityTypeConfiguration<AdCopy>
{
    public void Configure(EntityTypeBuilder<AdCopy> builder)
    {
        builder.ToTable("ads");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Status).HasMaxLength(20);
    }
}
