using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>The effect of a service without a database: each copy is written at once, in a transaction of its own.</summary>
public sealed class AccountCopyStore(string postgres)
{
    public async Task AddAsync(AccountCopy copy, CancellationToken cancellationToken)
    {
        await using var db = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(postgres).UseSnakeCaseNamingConvention().Options);
        db.AccountCopies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
    }
}
