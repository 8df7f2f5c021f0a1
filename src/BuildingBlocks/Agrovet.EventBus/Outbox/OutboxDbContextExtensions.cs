using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>The context's outbox: <c>db.Outbox().Raise(new UserCreated(...), user.Id)</c>.</summary>
    public static EventOutbox Outbox(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new EventOutbox(db);
    }
}
