using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Auth.Users;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const string UniqueUsernameIndex = "ux_users_normalized_username";
    public const string UniqueEmailIndex = "ux_users_normalized_email";

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).UseIdentityByDefaultColumn();
        builder.Property(u => u.Username).HasMaxLength(150);
        // Bytewise: uniqueness and ordering of the normalized forms do not depend on the server's locale.
        builder.Property(u => u.NormalizedUsername).HasMaxLength(150).UseCollation("C");
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254).UseCollation("C");
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.HasIndex(u => u.NormalizedUsername).IsUnique().HasDatabaseName(UniqueUsernameIndex);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName(UniqueEmailIndex);
        builder.HasIndex(u => u.DateJoined);
    }
}
