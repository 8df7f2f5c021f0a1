using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Addresses;

/// <summary>The columns of <see cref="AddressFields"/>, the same on an address and (prefixed) on an order's copy of it.</summary>
public static class AddressColumns
{
    public static void Configure(ComplexPropertyBuilder<AddressFields> fields, string prefix)
    {
        fields.Property(f => f.Label).HasColumnName(prefix + "label").HasMaxLength(AddressRules.LabelMaxLength);
        fields.Property(f => f.RecipientName).HasColumnName(prefix + "recipient_name").HasMaxLength(AddressRules.NameMaxLength);
        fields.Property(f => f.Phone).HasColumnName(prefix + "phone").HasMaxLength(AddressRules.PhoneMaxLength);
        fields.Property(f => f.Line1).HasColumnName(prefix + "line1").HasMaxLength(AddressRules.LineMaxLength);
        fields.Property(f => f.Line2).HasColumnName(prefix + "line2").HasMaxLength(AddressRules.LineMaxLength);
        fields.Property(f => f.City).HasColumnName(prefix + "city").HasMaxLength(AddressRules.PlaceMaxLength);
        fields.Property(f => f.Region).HasColumnName(prefix + "region").HasMaxLength(AddressRules.PlaceMaxLength);
        fields.Property(f => f.RegionName).HasColumnName(prefix + "region_name").HasMaxLength(AddressRules.PlaceMaxLength);
        fields.Property(f => f.Country).HasColumnName(prefix + "country").HasMaxLength(2);
        fields.Property(f => f.PostalCode).HasColumnName(prefix + "postal_code").HasMaxLength(AddressRules.PostalCodeMaxLength);
        fields.Property(f => f.Instructions).HasColumnName(prefix + "instructions").HasMaxLength(AddressRules.InstructionsMaxLength);
    }
}
