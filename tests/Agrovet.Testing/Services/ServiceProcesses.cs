using Agrovet.LocalInfrastructure;

namespace Agrovet.Testing;

/// <summary>Starts a service's build output as a real process, the way the launcher does: its setup verbs first, then the server.</summary>
internal static class ServiceProcesses
{
    /// <summary>
    /// Runs each of <paramref name="verbs"/> (<c>migrate</c>, ...) to completion, then starts the server and returns it
    /// once <c>/health/ready</c> at <paramref name="url"/> answers; throws with the log's tail when anything fails.
    /// </summary>
    public static async Task<DotnetProcess> StartAsync(
        string name,
        string assembly,
        IReadOnlyList<string> verbs,
        IReadOnlyDictionary<string, string> environment,
        Uri url,
        TestDirectory logs,
        CancellationToken cancellationToken)
    {
        foreach (var verb in verbs)
        {
            await using var setup = DotnetProcess.Start(name, assembly, [verb], environment, logs.Combine($"{name}.{verb}.log"));
            await setup.WaitForExitAsync(cancellationToken);
            if (setup.ExitCode != 0)
            {
                throw new InvalidOperationException($"{name} {verb} failed (exit {setup.ExitCode}):\n{setup.LogTail(30)}");
            }
        }

        var process = DotnetProcess.Start(name, assembly, [], environment, logs.Combine($"{name}.log"));
        try
        {
            await WaitUntilReadyAsync(name, process, url, cancellationToken);
            return process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitUntilReadyAsync(string name, DotnetProcess process, Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Poll.UntilAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{name} exited during start-up (exit {process.ExitCode}):\n{process.LogTail(30)}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri(url, "/health/ready"), cancellationToken);
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // A slow answer (a busy machine, start-up JIT) is not a failure: ask again until the deadline.
                    return false;
                }
            },
            TimeSpan.FromSeconds(60),
            $"the {name} service to become ready",
            cancellationToken);
    }
}
