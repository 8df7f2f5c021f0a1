using Npgsql;
using StackExchange.Redis;

namespace Agrovet.LocalInfrastructure.Tests;

public sealed class TestInfrastructureTests(TestInfrastructureAssemblyFixture fixture)
{
    private readonly TestInfrastructure _infrastructure = fixture.Infrastructure;

    [Fact]
    public async Task The_shared_servers_are_one_per_test_process()
    {
        Assert.Same(_infrastructure, await TestInfrastructure.GetAsync());
        Assert.True(await _infrastructure.Redis.PingAsync(Ct));
        var owner = await File.ReadAllTextAsync(
            Path.Combine(Path.GetDirectoryName(_infrastructure.Postgres.DataDirectory)!, TestDirectory.OwnerFileName), Ct);
        Assert.Equal(ProcessIdentity.Current.ToString(), owner);
        Assert.StartsWith("/tmp/" + TestInfrastructure.PostgresDirectoryPrefix, _infrastructure.Postgres.DataDirectory);
    }

    [Fact]
    public async Task Each_created_database_is_new_and_opened_by_its_own_role()
    {
        var first = await _infrastructure.CreateDatabaseAsync("Marketplace Tests", Ct);
        var second = await _infrastructure.CreateDatabaseAsync("Marketplace Tests", Ct);

        var firstBuilder = new NpgsqlConnectionStringBuilder(first);
        var secondBuilder = new NpgsqlConnectionStringBuilder(second);
        Assert.NotEqual(firstBuilder.Database, secondBuilder.Database);
        Assert.StartsWith("marketplace_tests_", firstBuilder.Database);
        Assert.Equal("127.0.0.1", firstBuilder.Host);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT current_user || '@' || current_database()", connection);
        Assert.Equal($"{firstBuilder.Username}@{firstBuilder.Database}", await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Databases_created_at_the_same_time_are_all_usable()
    {
        var connectionStrings = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => _infrastructure.CreateDatabaseAsync("parallel", Ct)));

        foreach (var connectionString in connectionStrings)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(Ct);
        }

        Assert.Equal(6, connectionStrings.Distinct().Count());
    }

    [Fact]
    public async Task Each_fresh_redis_database_sees_only_its_own_keys()
    {
        await using var first = await ConnectionMultiplexer.ConnectAsync(_infrastructure.CreateRedisDatabaseConnectionString());
        await using var second = await ConnectionMultiplexer.ConnectAsync(_infrastructure.CreateRedisDatabaseConnectionString());

        await first.GetDatabase().StringSetAsync("greeting", "hola");

        Assert.Equal("hola", await first.GetDatabase().StringGetAsync("greeting"));
        Assert.False(await second.GetDatabase().KeyExistsAsync("greeting"));
    }

    [Fact]
    public void Redis_key_prefixes_are_unique()
    {
        var prefix = TestInfrastructure.CreateRedisKeyPrefix("chat");

        Assert.StartsWith("chat:", prefix);
        Assert.EndsWith(":", prefix);
        Assert.NotEqual(prefix, TestInfrastructure.CreateRedisKeyPrefix("chat"));
    }
}
