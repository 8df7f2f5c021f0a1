using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus;

public static class EventBusModelBuilderExtensions
{
    /// <summary>
    /// Adds <c>outbox_messages</c> and <c>inbox_messages</c> to the context's model (call in <c>OnModelCreating</c>,
    /// then add a migration).
    /// </summary>
    public static ModelBuilder AddEventBusTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        return modelBuilder;
    }
}
