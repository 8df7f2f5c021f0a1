using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Addresses;

public sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.ToTable("addresses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.ComplexProperty(a => a.Fields, f => AddressColumns.Configure(f, string.Empty));
        builder.HasIndex(a => new { a.UserId, a.Id }, "ix_addresses_user").HasDatabaseName("ix_addresses_user");
    }
}
