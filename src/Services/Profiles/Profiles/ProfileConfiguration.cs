using Agrovet.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Profiles.Profiles;

public sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public const string OnePerKindIndex = "ux_profiles_user_id_kind";

    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable("profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityByDefaultColumn();
        builder.Property(p => p.Kind).HasMaxLength(20);
        builder.Property(p => p.DisplayName).HasMaxLength(ProfileRules.DisplayNameMax);
        builder.Property(p => p.Bio).HasMaxLength(ProfileRules.BioMax);
        builder.Property(p => p.Region).HasMaxLength(ProfileRules.NameMax);
        builder.Property(p => p.RegionCode).HasMaxLength(RegionCatalog.CodeMaxLength).UseCollation("C");
        builder.Property(p => p.Specialty).HasMaxLength(ProfileRules.NameMax);
        builder.Property(p => p.LicenseNumber).HasMaxLength(ProfileRules.CodeMax);
        builder.Property(p => p.Company).HasMaxLength(ProfileRules.CompanyMax);
        builder.Property(p => p.TaxId).HasMaxLength(ProfileRules.CodeMax);
        builder.Property(p => p.FarmType).HasMaxLength(ProfileRules.NameMax);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.UserId, p.Kind }).IsUnique().HasDatabaseName(OnePerKindIndex);
        builder.HasIndex(p => new { p.Kind, p.CreatedAt });
        builder.HasIndex(p => p.Avatar);
    }
}
