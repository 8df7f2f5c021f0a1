namespace Agrovet.LocalInfrastructure.Tests;

public sealed class ServerBinariesTests
{
    [Fact]
    public void Missing_postgres_binaries_say_in_one_line_how_to_install_them()
    {
        var missing = Assert.Throws<MissingServerBinariesException>(
            () => ServerBinaries.PostgresBinDirectory(null, "/nonexistent/postgresql"));

        Assert.DoesNotContain('\n', missing.Message);
        Assert.Contains("/nonexistent/postgresql/*/bin", missing.Message);
        Assert.EndsWith("Install them with: sudo apt-get install -y postgresql", missing.Message);
        Assert.Equal("postgresql", missing.PackageName);
    }

    [Fact]
    public void A_missing_redis_server_says_in_one_line_how_to_install_it()
    {
        var missing = Assert.Throws<MissingServerBinariesException>(
            () => ServerBinaries.RedisServerPath(null, "/nonexistent/bin", "/nonexistent/redis-server"));

        Assert.DoesNotContain('\n', missing.Message);
        Assert.EndsWith("Install it with: sudo apt-get install -y redis-server", missing.Message);
        Assert.Equal("redis-server", missing.PackageName);
    }

    [Fact]
    public void A_configured_postgres_directory_without_binaries_is_reported()
    {
        using var empty = TestDirectory.Create("bin");

        var missing = Assert.Throws<MissingServerBinariesException>(
            () => ServerBinaries.PostgresBinDirectory(empty.Path, "/usr/lib/postgresql"));

        Assert.Contains(ServerBinaries.PostgresBinEnvironmentVariable, missing.Message);
    }

    [Fact]
    public void The_newest_installed_postgres_is_chosen()
    {
        using var installRoot = TestDirectory.Create("pgroot");
        foreach (var version in new[] { "9.6", "16", "15" })
        {
            FakePostgresBin(installRoot.Combine(version));
        }

        Assert.Equal(installRoot.Combine("16/bin"), ServerBinaries.PostgresBinDirectory(null, installRoot.Path));
    }

    [Fact]
    public void Redis_server_is_found_on_the_path()
    {
        var found = ServerBinaries.RedisServerPath(null, "/nonexistent/bin:/usr/bin", "/nonexistent/redis-server");

        Assert.Equal("/usr/bin/redis-server", found);
    }

    private static void FakePostgresBin(string versionDirectory)
    {
        var bin = Path.Combine(versionDirectory, "bin");
        Directory.CreateDirectory(bin);
        foreach (var program in new[] { "initdb", "postgres" })
        {
            var path = Path.Combine(bin, program);
            File.WriteAllText(path, "#!/bin/sh\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
