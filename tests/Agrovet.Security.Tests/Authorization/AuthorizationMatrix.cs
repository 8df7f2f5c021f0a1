using System.Collections.Concurrent;
using System.Net;
using Agrovet.Security.Tests.Platform;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>
/// Every operation of every service's document × every caller (anonymous, each role, and on a resource its owner, a
/// non-owner of the same role and the resource's moderator, member or seller), each against a resource created for
/// that attempt, compared with Authorization/access.json.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrix(SecurityPlatform platform)
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    [Fact]
    public void Every_operation_in_the_documents_has_a_row_and_every_row_an_operation()
    {
        var table = AccessTable.Load();
        var documented = ApiDocuments.Operations;
        var missing = documented.Where(o => !table.Operations.ContainsKey(o.OperationId)).ToList();
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} operation(s) of docs/openapi have no row in tests/Agrovet.Security.Tests/{AccessTable.FileName}: "
            + string.Join(", ", missing)
            + ". Add a row keyed by the operationId: \"allowed\" lists who may call it (anonymous, consumer, specialist, businessman, admin; "
            + "with a \"resource\" also owner, non-owner and the resource's relations), \"resource\" names what it acts on "
            + "(Authorization/ResourceKinds.cs), \"body\"/\"path\"/\"query\" make a request that succeeds for those allowed.");
        var stale = table.Operations.Keys.Except(documented.Select(o => o.OperationId), StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, $"{AccessTable.FileName} has rows for operations no document has (renamed or removed? run ./agrovet openapi): {string.Join(", ", stale)}");

        var unknownCallers = table.Operations
            .SelectMany(r => r.Value.Allowed.Except(AccessAttempt.CallersOf(r.Value), StringComparer.Ordinal).Select(c => $"{r.Key}: '{c}'"))
            .ToList();
        Assert.True(unknownCallers.Count == 0, $"Rows allow callers the matrix does not try (a relation needs a resource that has it): {string.Join(", ", unknownCallers)}");
    }

    [Fact]
    public async Task No_caller_is_allowed_what_the_table_refuses_them_and_none_is_refused_what_it_allows()
    {
        var table = AccessTable.Load();
        var accounts = await platform.AccountsAsync();
        var attempts = ApiDocuments.Operations
            .Where(o => table.Operations.ContainsKey(o.OperationId))
            .SelectMany(o => AccessAttempt.CallersOf(table.Operations[o.OperationId]).Select(c => (Operation: o, Caller: c)))
            .ToList();
        var failures = new ConcurrentBag<string>();
        var unexpectedAllows = 0;
        await Parallel.ForEachAsync(attempts, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (attempt, _) =>
        {
            var row = table.Operations[attempt.Operation.OperationId];
            var access = new AccessAttempt(platform, accounts, attempt.Operation, row, attempt.Caller);
            HttpStatusCode status;
            string? mediaType;
            string body;
            try
            {
                (status, mediaType, body) = await access.SendAsync();
            }
            catch (InvalidOperationException e)
            {
                failures.Add($"{attempt.Operation} as {attempt.Caller}: {e.Message}");
                return;
            }

            var refused = Refusals.Contains(status);
            var what = $"{attempt.Operation} as {attempt.Caller}: {(int)status} {Shorten(body)}";
            if ((int)status >= 500)
            {
                failures.Add($"server error: {what}");
            }
            else if (access.Allowed && refused && !(status == HttpStatusCode.NotFound && row.Resource is null))
            {
                failures.Add($"unexpected refusal (allowed by the table): {what}");
            }
            else if (!access.Allowed && !refused)
            {
                Interlocked.Increment(ref unexpectedAllows);
                failures.Add($"UNEXPECTED ALLOW: {what}");
            }
            else if (refused && mediaType != ProblemAssertions.ProblemContentType)
            {
                failures.Add($"refusal not problem+json ({mediaType}): {what}");
            }
            else if (!access.Allowed && attempt.Caller == "anonymous" && status != (row.Hidden ? HttpStatusCode.NotFound : HttpStatusCode.Unauthorized))
            {
                failures.Add($"anonymous refused without {(row.Hidden ? 404 : 401)}: {what}");
            }
        });

        TestContext.Current.SendDiagnosticMessage($"Authorization matrix: {table.Operations.Count} operations, {attempts.Count} operation × caller attempts, {unexpectedAllows} unexpected allows.");
        TestContext.Current.TestOutputHelper?.WriteLine($"{attempts.Count} operation × caller attempts over {table.Operations.Count} operations");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {attempts.Count} attempts differ from {AccessTable.FileName} ({unexpectedAllows} unexpected allows):\n{string.Join('\n', failures.Order(StringComparer.Ordinal))}");
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
