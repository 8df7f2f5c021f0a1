using Agrovet.LocalInfrastructure;

namespace Agrovet.Testing;

/// <summary>
/// Removes the <see cref="TestDirectory"/> directories of earlier test processes that died without cleaning up,
/// stopping any PostgreSQL or Redis server still running in them.
/// </summary>
internal static class LeftoverSweeper
{
    // A directory without an owner file is being created right now, unless it is older than this.
    private static readonly TimeSpan OwnerlessGrace = TimeSpan.FromMinutes(2);

    internal static async Task SweepAsync(string temporaryRoot)
    {
        if (!Directory.Exists(temporaryRoot))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(temporaryRoot, TestDirectory.Prefix + "*").ToList())
        {
            try
            {
                if (IsOwned(directory))
                {
                    continue;
                }

                await PostgresCluster.StopLeftoverServerAsync(Path.Combine(directory, "data"));
                await PostgresCluster.StopLeftoverServerAsync(directory);
                await RedisServer.StopLeftoverServerAsync(directory);
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Another run is sweeping the same directory, or it cannot be removed; leave it for the next sweep.
            }
        }
    }

    /// <summary>True while the test process that created the directory runs (or may still be writing its owner file).</summary>
    private static bool IsOwned(string directory)
    {
        var ownerFile = Path.Combine(directory, TestDirectory.OwnerFileName);
        if (!File.Exists(ownerFile))
        {
            return DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) < OwnerlessGrace;
        }

        return ProcessIdentity.TryParse(File.ReadAllText(ownerFile), out var owner) && owner.IsAlive;
    }
}
