using System.Security.Cryptography;

namespace Agrovet.LocalInfrastructure.Tests;

/// <summary>A PostgreSQL cluster of one test (or test class), in its own directory, removed on dispose.</summary>
public sealed class ThrowawayCluster : IAsyncLifetime
{
    private readonly TestDirectory _directory = TestDirectory.Create("pg");

    public ThrowawayCluster()
    {
        Cluster = NewCluster(FreePort.Next());
    }

    public PostgresCluster Cluster { get; }

    public string DataDirectory => _directory.Combine("data");

    public string Password { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Another instance over the same data directory, as a second launcher run would create.</summary>
    public PostgresCluster NewCluster(int port) => new(new PostgresClusterOptions
    {
        DataDirectory = DataDirectory,
        Port = port,
        SuperuserPassword = Password,
        Durable = false,
        StopWhenProcessExits = Environment.ProcessId,
    });

    public async ValueTask InitializeAsync()
    {
        await Cluster.InitializeIfNeededAsync(Ct);
        await Cluster.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await PostgresCluster.StopLeftoverServerAsync(DataDirectory);
        _directory.Dispose();
    }
}
