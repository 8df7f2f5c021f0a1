using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Orders;

public sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public const int NoteMaxLength = 500;

    public void Configure(EntityTypeBuilder<OrderEvent> builder)
    {
        builder.ToTable("order_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.ActorUsername).HasMaxLength(150);
        builder.Property(e => e.ActorRole).HasMaxLength(16);
        builder.Property(e => e.Note).HasMaxLength(NoteMaxLength);
        builder.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.OrderId, e.At, e.Id }, "ix_order_events_order").HasDatabaseName("ix_order_events_order");
    }
}
