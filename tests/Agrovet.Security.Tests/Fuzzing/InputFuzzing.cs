using System.Collections.Concurrent;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Agrovet.Security.Tests.Authorization;
using Agrovet.Security.Tests.Platform;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>
/// Hostile input for every operation of every service's document, sent through the gateway by a caller the access
/// table allows (so the request reaches the operation's own checks): never a 5xx, every refusal problem+json, every
/// process still running afterwards. Deterministic: the cases come from a fixed seed (AGROVET_FUZZ_SEED overrides it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class InputFuzzing(SecurityPlatform platform)
{
    public const int DefaultSeed = 20_261_203;

    /// <summary>Cases per operation: enough to reach every kind of hostile value over the runs of a week, few enough for CI.</summary>
    private const int CasesPerOperation = 14;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("AGROVET_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;

    [Fact]
    public async Task No_hostile_input_to_any_operation_gets_a_server_error_or_a_refusal_that_is_not_problem_json()
    {
        var table = AccessTable.Load();
        var accounts = await platform.AccountsAsync();
        TestContext.Current.SendDiagnosticMessage($"Input fuzzing seed: {Seed} (AGROVET_FUZZ_SEED={Seed} repeats this run)");
        TestContext.Current.TestOutputHelper?.WriteLine($"seed {Seed}");
        var processes = platform.Platform.ProcessIds;
        var failures = new ConcurrentBag<string>();
        var tried = 0;
        var operations = ApiDocuments.Operations.Where(o => table.Operations.ContainsKey(o.OperationId)).ToList();
        await Parallel.ForEachAsync(operations, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (operation, _) =>
        {
            var row = table.Operations[operation.OperationId];
            SignedInUser? caller;
            PreparedRequest accepted;
            try
            {
                (caller, accepted) = await new AccessAttempt(platform, accounts, operation, row, CallerFor(row)).PrepareAsync();
            }
            catch (InvalidOperationException e)
            {
                failures.Add($"{operation}: {e.Message}");
                return;
            }

            var random = new Random(Seed ^ StableHash(operation.OperationId));
            // A client of its own, so a connection hostile input spoiled is never one the stage is set with.
            using var client = platform.CreateClient();
            if (caller is not null)
            {
                client.WithBearer(caller.AccessToken);
            }

            foreach (var fuzz in FuzzCases.For(accepted, random, CasesPerOperation))
            {
                Interlocked.Increment(ref tried);
                if (await FailureOfAsync(client, fuzz) is { } failure)
                {
                    failures.Add($"{fuzz}: {failure}");
                }
            }
        });

        var stopped = processes.Where(pid => !ProcessSignals.IsAlive(pid)).ToList();
        TestContext.Current.SendDiagnosticMessage($"Input fuzzing: {tried} hostile requests over {operations.Count} operations, {failures.Count} failures.");
        TestContext.Current.TestOutputHelper?.WriteLine($"{tried} hostile requests over {operations.Count} operations");
        Assert.True(stopped.Count == 0, $"Processes {string.Join(", ", stopped)} stopped during the fuzzing (seed {Seed}).");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {tried} hostile requests (seed {Seed}) were answered with a server error or a refusal that is not problem+json:\n{string.Join('\n', failures.Order(StringComparer.Ordinal))}");
    }

    /// <summary>Whom the fuzzer sends as, the first of these the table allows: a resource's owner, an administrator, any other.</summary>
    private static readonly string[] Preferred = ["owner", "admin", "consumer", "specialist", "businessman", "moderator", "member", "seller", "non-owner", "anonymous"];

    private static string CallerFor(AccessRow row) => Preferred.FirstOrDefault(c => row.Allowed.Contains(c)) ?? "anonymous";

    private static async Task<string?> FailureOfAsync(HttpClient client, FuzzCase fuzz)
    {
        using var request = fuzz.Request.ToMessage();

        // Hostile input may leave a connection unusable (a refused upload is not read to its end): never reuse one.
        request.Headers.ConnectionClose = true;

        // A body over the gateway's limit is refused before it is read; asking first lets the client see the 413.
        request.Headers.ExpectContinue = fuzz.What == FuzzCases.OversizedBody;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, Ct);
        }
        catch (HttpRequestException e)
        {
            return $"the connection failed: {e.Message}";
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
            {
                return $"{status} {Shorten(await response.Content.ReadAsStringAsync(Ct))}";
            }

            return status >= 400 && mediaType != ProblemAssertions.ProblemContentType
                ? $"{status} refused as {mediaType ?? "no content type"}: {Shorten(await response.Content.ReadAsStringAsync(Ct))}"
                : null;
        }
    }

    /// <summary>FNV-1a: the same number for the same operation on every run and machine (string.GetHashCode is randomized).</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
