using Agrovet.Marketplace.Addresses;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Money;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Orders;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public const string Table = "orders";
    public const string UniqueIdempotencyKeyIndex = "ux_orders_buyer_idempotency_key";
    public const int IdempotencyKeyMaxLength = 255;

    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable(Table, t =>
        {
            t.HasCheckConstraint("ck_orders_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_orders_delivery_method", $"delivery_method IN ('{DeliveryMethod.Pickup}', '{DeliveryMethod.Delivery}')");
            t.HasCheckConstraint("ck_orders_payment_method", $"payment_method IN ('{PaymentMethod.CashOnDelivery}', '{PaymentMethod.BankTransfer}', '{PaymentMethod.Agreed}')");
            t.HasCheckConstraint("ck_orders_status", $"status IN ('{OrderStatus.Placed}', '{OrderStatus.Shipped}', '{OrderStatus.Completed}', '{OrderStatus.Cancelled}')");
        });
        builder.HasKey(o => o.Id);
        // Ids come in blocks from a sequence, so placing an order needs no round trip to learn its id
        // before the add.sold event that carries it is written in the same save.
        builder.Property(o => o.Id).UseHiLo("order_ids");
        builder.Property(o => o.AdTitle).HasMaxLength(AdRules.TitleMaxLength);
        builder.Property(o => o.SellerUsername).HasMaxLength(150);
        builder.Property(o => o.BuyerUsername).HasMaxLength(150);
        builder.Property(o => o.UnitPrice).HasPrecision(Amounts.Precision, Amounts.Scale);
        builder.Property(o => o.Total).HasPrecision(18, Amounts.Scale);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Status).HasMaxLength(16);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(IdempotencyKeyMaxLength).UseCollation("C");
        builder.Property(o => o.DeliveryMethod).HasMaxLength(16).HasDefaultValue(DeliveryMethod.Pickup);
        builder.Property(o => o.PaymentMethod).HasMaxLength(24).HasDefaultValue(PaymentMethod.Agreed);
        builder.Property(o => o.ContactPhone).HasMaxLength(AddressRules.PhoneMaxLength).HasDefaultValue(string.Empty);
        builder.ComplexProperty(o => o.DeliveryAddress, a => AddressColumns.Configure(a, "delivery_"));
        builder.HasOne<Ad>().WithMany().HasForeignKey(o => o.AdId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(o => new { o.BuyerId, o.IdempotencyKey }, UniqueIdempotencyKeyIndex).HasDatabaseName(UniqueIdempotencyKeyIndex).IsUnique();
        builder.HasIndex(o => new { o.BuyerId, o.CreatedAt, o.Id }, "ix_orders_buyer_newest").HasDatabaseName("ix_orders_buyer_newest").IsDescending(false, true, true);
        builder.HasIndex(o => new { o.SellerId, o.CreatedAt, o.Id }, "ix_orders_seller_newest").HasDatabaseName("ix_orders_seller_newest").IsDescending(false, true, true);
        builder.HasIndex(o => new { o.CreatedAt, o.Id }, "ix_orders_newest").HasDatabaseName("ix_orders_newest").IsDescending(true, true);
        builder.HasIndex(o => o.AdId, "ix_orders_ad_id").HasDatabaseName("ix_orders_ad_id");
    }
}
