using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Internal;

/// <summary>The bus's own SQL names its tables as the context's EF model maps them (schema included, quoted).</summary>
internal static class ModelTables
{
    public static string QuotedName<TEntity>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no {typeof(TEntity).Name} table: call modelBuilder.AddEventBusTables().");
        var table = $"\"{entity.GetTableName()}\"";
        return entity.GetSchema() is { } schema ? $"\"{schema}\".{table}" : table;
    }
}
