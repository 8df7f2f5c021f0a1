using Agrovet.EventBus;
using Agrovet.LocalCopies;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Agrovet.Marketplace.Addresses;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Orders;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Data;

public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options) : DbContext(options)
{
    public DbSet<Ad> Ads => Set<Ad>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<UserCopy> Users => Set<UserCopy>();

    public DbSet<MediaCopy> Media => Set<MediaCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
        modelBuilder.AddUserCopies();
        modelBuilder.AddMediaCopies();
        modelBuilder.AddEventBusTables();
    }
}
