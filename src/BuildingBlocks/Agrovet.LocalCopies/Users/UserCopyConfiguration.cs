using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.LocalCopies.Users;

internal sealed class UserCopyConfiguration : IEntityTypeConfiguration<UserCopy>
{
    public const string Table = "users";

    public void Configure(EntityTypeBuilder<UserCopy> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Username).HasMaxLength(150);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Ignore(u => u.IsVisible);
    }
}
