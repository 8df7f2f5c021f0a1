using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Marketplace.Users;

public sealed class UserCopyConfiguration : IEntityTypeConfiguration<UserCopy>
{
    public void Configure(EntityTypeBuilder<UserCopy> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Username).HasMaxLength(150);
        builder.Property(u => u.Role).HasMaxLength(20);
    }
}
