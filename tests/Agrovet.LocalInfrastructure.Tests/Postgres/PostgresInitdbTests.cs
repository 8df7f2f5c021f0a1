namespace Agrovet.LocalInfrastructure.Tests;

public sealed class PostgresInitdbTests
{

    [Fact]
    public async Task A_data_directory_with_files_but_no_cluster_is_refused_with_how_to_fix_it()
    {
        using var directory = TestDirectory.Create("pg-initdb");
        await File.WriteAllTextAsync(Path.Combine(directory.Path, "notes.txt"), "not a cluster", Ct);
        await using var cluster = NewCluster(directory.Path);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.InitializeIfNeededAsync(Ct));

        Assert.Contains("holds no PostgreSQL cluster", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Remove it or choose another data directory", refused.Message, StringComparison.Ordinal);
        Assert.False(cluster.IsInitialized);
    }

    [Fact]
    public async Task A_cluster_is_started_only_once_it_was_initialized()
    {
        using var directory = TestDirectory.Create("pg-initdb");
        await using var cluster = NewCluster(Path.Combine(directory.Path, "data"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.StartAsync(Ct));

        Assert.Contains(nameof(PostgresCluster.InitializeIfNeededAsync), refused.Message, StringComparison.Ordinal);
        Assert.Null(cluster.ProcessId);
    }

    private static PostgresCluster NewCluster(string dataDirectory) => new(new PostgresClusterOptions
    {
        DataDirectory = dataDirectory,
        Port = FreePort.Next(),
        SuperuserPassword = "initdb-test-password",
        Durable = false,
        StopWhenProcessExits = Environment.ProcessId,
    });
}
