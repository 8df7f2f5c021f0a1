using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Chat.Rooms;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("rooms");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(RoomRules.MaxNameLength);
        builder.Property(r => r.PairKey).HasMaxLength(64);
        builder.HasIndex(r => r.PairKey).IsUnique();
        builder.HasMany(r => r.Members).WithOne().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
