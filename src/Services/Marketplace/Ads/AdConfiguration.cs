using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Money;
using Agrovet.Marketplace.Search;
using Agrovet.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Ads;

/// <summary>
/// Table <c>adds</c>. Public listings filter on the generated <c>listed</c> column, so each of their shapes has a
/// partial index <c>WHERE listed</c> whose order is the listing's sort; admin and seller views have full indexes.
/// The plans are checked in the tests and shown in the service README.
/// </summary>
public sealed class AdConfiguration : IEntityTypeConfiguration<Ad>
{
    public const string Table = "adds";
    public const string ListedFilter = "listed";
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<Ad> builder)
    {
        builder.ToTable(Table, t =>
        {
            t.HasCheckConstraint("ck_adds_stock_not_negative", "stock >= 0");
            t.HasCheckConstraint("ck_adds_price_not_negative", "price >= 0");
            t.HasCheckConstraint("ck_adds_status", $"status IN ('{AdStatus.Active}', '{AdStatus.SoldOut}', '{AdStatus.Withdrawn}')");
        });
        // Room on each page for the new row version of a purchase, so stock updates stay HOT (no index writes).
        builder.HasStorageParameter("fillfactor", 85);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityByDefaultColumn();
        // xmin: an edit based on a row that a purchase changed meanwhile is detected, not silently applied.
        builder.Property<uint>(VersionProperty).IsRowVersion();
        builder.Property(a => a.SellerUsername).HasMaxLength(150);
        builder.Property(a => a.Title).HasMaxLength(AdRules.TitleMaxLength);
        builder.Property(a => a.Description).HasMaxLength(AdRules.DescriptionMaxLength);
        builder.Property(a => a.Price).HasPrecision(Amounts.Precision, Amounts.Scale);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Property(a => a.Category).HasMaxLength(Categories.MaxLength).UseCollation("C");
        builder.Property(a => a.CategoryRoot).HasMaxLength(Categories.MaxLength).UseCollation("C")
            .HasComputedColumnSql("split_part(category, '/', 1)", stored: true);
        builder.Property(a => a.Region).HasMaxLength(AdRules.RegionMaxLength);
        builder.Property(a => a.RegionCode).HasMaxLength(RegionCatalog.CodeMaxLength).UseCollation("C");
        builder.Property(a => a.MediaIds).HasColumnType("uuid[]");
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.Listed)
            .HasComputedColumnSql($"status <> '{AdStatus.Withdrawn}' AND seller_active", stored: true);
        builder.Property(a => a.SearchVector).HasColumnType("tsvector")
            .HasComputedColumnSql(TextSearch.VectorSql, stored: true);

        // Public listing: newest first, by category (top level or exact), by region, by price; search. Status and price
        // are included in the narrower indexes so counts with in-stock and price filters stay index-only.
        builder.HasIndex(a => new { a.CreatedAt, a.Id }, "ix_adds_listed_newest").HasDatabaseName("ix_adds_listed_newest")
            .IsDescending(true, true).HasFilter(ListedFilter);
        builder.HasIndex(a => new { a.CategoryRoot, a.CreatedAt, a.Id }, "ix_adds_listed_category_root_newest").HasDatabaseName("ix_adds_listed_category_root_newest")
            .IncludeProperties(a => new { a.Status, a.Price })
            .IsDescending(false, true, true).HasFilter(ListedFilter);
        builder.HasIndex(a => new { a.Category, a.CreatedAt, a.Id }, "ix_adds_listed_category_newest").HasDatabaseName("ix_adds_listed_category_newest")
            .IncludeProperties(a => new { a.Status, a.Price })
            .IsDescending(false, true, true).HasFilter(ListedFilter);
        builder.HasIndex(a => new { a.RegionCode, a.CreatedAt, a.Id }, "ix_adds_listed_region_newest").HasDatabaseName("ix_adds_listed_region_newest")
            .IncludeProperties(a => new { a.Status, a.Price })
            .IsDescending(false, true, true).HasFilter(ListedFilter);
        builder.HasIndex(a => new { a.Price, a.Id }, "ix_adds_listed_price").HasDatabaseName("ix_adds_listed_price").HasFilter(ListedFilter);
        builder.HasIndex(a => new { a.CreatedAt, a.Id }, "ix_adds_in_stock_newest").HasDatabaseName("ix_adds_in_stock_newest")
            .IsDescending(true, true).HasFilter($"{ListedFilter} AND status = '{AdStatus.Active}'");
        builder.HasIndex(a => a.SearchVector, "ix_adds_search_vector").HasDatabaseName("ix_adds_search_vector").HasMethod("gin");

        // A seller's own ads, admin views (every status) and media clean-up.
        builder.HasIndex(a => new { a.SellerId, a.CreatedAt, a.Id }, "ix_adds_seller_newest").HasDatabaseName("ix_adds_seller_newest").IsDescending(false, true, true);
        builder.HasIndex(a => new { a.Status, a.CreatedAt, a.Id }, "ix_adds_status_newest").HasDatabaseName("ix_adds_status_newest").IsDescending(false, true, true);
        builder.HasIndex(a => new { a.CreatedAt, a.Id }, "ix_adds_newest").HasDatabaseName("ix_adds_newest").IsDescending(true, true);
        builder.HasIndex(a => a.MediaIds, "ix_adds_media_ids").HasDatabaseName("ix_adds_media_ids").HasMethod("gin");
    }
}
