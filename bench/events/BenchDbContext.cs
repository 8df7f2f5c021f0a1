using Agrovet.EventBus;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Bench.Events;

/// <summary>Both services' database shape: signups raise events (producer), copies are the consumer's effect.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<Signup> Signups => Set<Signup>();

    public DbSet<SignupCopy> SignupCopies => Set<SignupCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddEventBusTables();
}
