using Agrovet.Auth.Audit;
using Agrovet.Auth.Keys;
using Agrovet.Auth.PasswordReset;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.EventBus;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Data;

public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuthDbContext).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
