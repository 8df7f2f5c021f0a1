using Agrovet.Contracts.Events;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Outbox;
using Agrovet.EventBus.Redis;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>
/// Each test gets its own database (schema created) and its own stream key prefix on the shared Redis, starts the
/// service hosts it needs, and looks at the outcome through the database and Redis directly.
/// </summary>
public abstract class EventBusTest(TestInfrastructureAssemblyFixture fixture) : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly Lock FakerGate = new();

    private readonly List<ServiceHost> _hosts = [];
    private ConnectionMultiplexer? _redis;
    private int _accounts;

    protected TestInfrastructure Infrastructure => fixture.Infrastructure;

    protected string Postgres { get; private set; } = string.Empty;

    /// <summary>The Redis the test's services and its own checks use: the shared server, or a cluster in the variants.</summary>
    protected string RedisConnectionString { get; private set; } = string.Empty;

    protected string StreamKeyPrefix { get; } = TestInfrastructure.CreateRedisKeyPrefix("events");

    protected IDatabase Redis => (_redis ?? throw new InvalidOperationException("Not initialized.")).GetDatabase();

    protected string UserStream => StreamKeyPrefix + Topics.UserEvents;

    protected RedisStreamsTransport Transport { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        Postgres = await Infrastructure.CreateDatabaseAsync(GetType().Name, Ct);
        await using (var db = NewDbContext())
        {
            await db.Database.EnsureCreatedAsync(Ct);
        }

        RedisConnectionString = await ChooseRedisAsync();
        _redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        Transport = new RedisStreamsTransport(_redis, Options.Create(new EventBusOptions { StreamKeyPrefix = StreamKeyPrefix }));
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Which Redis the test runs on; the "OnARedisCluster" variants return the test Redis Cluster.</summary>
    protected virtual Task<string> ChooseRedisAsync() => Task.FromResult(Infrastructure.RedisConnectionString);

    protected async Task<ServiceHost> StartServiceAsync(ServiceHostSpec spec)
    {
        var host = await ServiceHost.StartAsync(
            spec, Postgres, RedisConnectionString, StreamKeyPrefix, TestContext.Current.TestOutputHelper, Ct);
        _hosts.Add(host);
        return host;
    }

    protected TestDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(Postgres).UseSnakeCaseNamingConvention().Options);

    /// <summary>New accounts with unique names; <paramref name="poison"/> ones are refused by the consumer.</summary>
    protected List<Account> NewAccounts(int count, bool poison = false) =>
        NewAccounts(count, poison ? CopyAccountHandler.PoisonPrefix : string.Empty);

    /// <summary>New accounts whose unique names start with <paramref name="prefix"/>.</summary>
    protected List<Account> NewAccounts(int count, string prefix)
    {
        // Bogus shares one Random: writers on several threads take turns.
        lock (FakerGate)
        {
            return AccountFaker(prefix).Generate(count);
        }
    }

    private Faker<Account> AccountFaker(string prefix) =>
        new Faker<Account>()
            .CustomInstantiator(f =>
            {
                var n = Interlocked.Increment(ref _accounts);
                var name = $"{prefix}{f.Internet.UserName()}_{n}";
                return new Account
                {
                    Username = name,
                    Email = $"{name}@{f.Internet.DomainName()}",
                    Role = f.PickRandom("consumer", "specialist", "businessman"),
                    DateJoined = DateTime.SpecifyKind(f.Date.Recent(30), DateTimeKind.Utc),
                };
            });

    /// <summary>
    /// Registers accounts the way the auth service does: the rows first (for their ids), then their <c>user.created</c>
    /// events, in one transaction that commits or rolls back.
    /// </summary>
    protected static async Task RegisterAsync(ServiceHost host, IReadOnlyList<Account> accounts, bool commit = true)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync(Ct);
        foreach (var account in accounts)
        {
            db.Outbox().Raise(account.Created(), account.Id);
        }

        await db.SaveChangesAsync(Ct);
        if (commit)
        {
            await transaction.CommitAsync(Ct);
        }
        else
        {
            await transaction.RollbackAsync(Ct);
        }
    }

    protected async Task<int> CountCopiesAsync()
    {
        await using var db = NewDbContext();
        return await db.AccountCopies.CountAsync(Ct);
    }

    /// <summary>Events whose effect was applied more than once (should be none).</summary>
    protected async Task<int> CountDuplicateEffectsAsync()
    {
        await using var db = NewDbContext();
        return await db.AccountCopies.GroupBy(c => c.EventId).CountAsync(g => g.Count() > 1, Ct);
    }

    protected async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = NewDbContext();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(Ct);
    }

    protected Task UntilCopiesAsync(int expected, TimeSpan? patience = null) =>
        Poll.UntilAsync(async () => await CountCopiesAsync() >= expected, patience ?? Patience, $"{expected} account copies", Ct);

    protected async Task<int> CountUnsentAsync()
    {
        await using var db = NewDbContext();
        return await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null, Ct);
    }

    protected async Task<long> PendingAsync()
    {
        var groups = await Redis.StreamGroupInfoAsync(UserStream);
        return groups.Single(g => g.Name == ServiceHost.ConsumerGroup).PendingMessageCount;
    }
}
