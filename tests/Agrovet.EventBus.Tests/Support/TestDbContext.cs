using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>A service's database: accounts it owns (the producer side) and copies it keeps from events (the consumer side).</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AccountCopy> AccountCopies => Set<AccountCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddEventBusTables();
        modelBuilder.Entity<Account>().HasIndex(a => a.Username).IsUnique();

        // Deliberately not unique: a duplicate effect must be visible, not refused.
        modelBuilder.Entity<AccountCopy>().HasIndex(c => c.EventId);
    }
}
