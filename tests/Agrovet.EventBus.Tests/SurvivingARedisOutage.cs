using Agrovet.Contracts.Events;
using Agrovet.LocalInfrastructure;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests;

public sealed class SurvivingARedisOutage(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    private TestDirectory? _directory;
    private RedisServer? _redis;

    private RedisServer DedicatedRedis => _redis ?? throw new InvalidOperationException("Not initialized.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _directory = TestDirectory.Create("redis-outage");
        _redis = new RedisServer(new RedisServerOptions
        {
            DataDirectory = _directory.Path,
            Port = FreePort.Next(),
            Persistent = true,
            StopWhenProcessExits = Environment.ProcessId,
        });
        await _redis.StartAsync(Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _directory?.Dispose();
    }

    [Fact]
    public async Task Events_raised_while_Redis_is_down_are_all_delivered_once_it_is_back()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("profiles") { Redis = DedicatedRedis.ConnectionString });
        await RegisterAsync(service, NewAccounts(100));
        await UntilCopiesAsync(100);

        await DedicatedRedis.StopAsync(Ct);
        for (var i = 0; i < 10; i++)
        {
            await RegisterAsync(service, NewAccounts(10));
        }

        Assert.Equal(100, await CountUnsentAsync());

        await DedicatedRedis.StartAsync(Ct);
        await UntilCopiesAsync(200);
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "every row to be marked sent", Ct);

        Assert.Equal(200, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        await using var client = await ConnectionMultiplexer.ConnectAsync(DedicatedRedis.ConnectionString);
        Assert.True(await client.GetDatabase().StreamLengthAsync(StreamKeyPrefix + Topics.UserEvents) >= 200, "The stream kept what was published before the restart.");
    }
}
