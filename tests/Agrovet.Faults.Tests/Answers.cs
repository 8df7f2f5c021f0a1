using System.Collections.Concurrent;
using System.Net;

namespace Agrovet.Faults.Tests;

/// <summary>What a load got back: each answer's status and content type, and the ids of what it created.</summary>
public sealed class Answers
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? MediaType, string Body)> _all = new();
    private readonly ConcurrentQueue<long> _created = new();

    public int Count => _all.Count;

    public IReadOnlyList<long> Created => [.. _created];

    public int CountOf(HttpStatusCode status) => _all.Count(a => a.Status == status);

    public void Add(HttpStatusCode status, string? mediaType, string body, long? createdId)
    {
        _all.Enqueue((status, mediaType, body));
        if (createdId is { } id)
        {
            _created.Enqueue(id);
        }
    }

    /// <summary>The <c>trace_id</c> of every answer <see cref="Unclean"/> lists that carries one.</summary>
    public IReadOnlyList<string> UncleanTraceIds(params HttpStatusCode[] fine) =>
    [
        .. Unclean(fine)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, "\"trace_id\":\"([0-9a-f]+)\""))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value),
    ];

    /// <summary>Every answer that is neither one of <paramref name="fine"/> nor a 503 problem+json, described.</summary>
    public IReadOnlyList<string> Unclean(params HttpStatusCode[] fine) =>
    [
        .. _all
            .Where(a => !fine.Contains(a.Status) && !(a.Status == HttpStatusCode.ServiceUnavailable && a.MediaType == "application/problem+json"))
            .Select(a => $"{(int)a.Status} {a.MediaType}: {a.Body[..Math.Min(a.Body.Length, 1000)]}"),
    ];
}
