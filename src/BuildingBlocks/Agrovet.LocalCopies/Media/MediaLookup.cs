using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Agrovet.LocalCopies.Media;

/// <summary>
/// The one policy for the files a request attaches (an avatar, an ad's photos, a post's images): the local copy
/// answers; an id it has not heard of (the file was uploaded a moment ago and its <c>media.created</c> is still on its
/// way) is asked about at the media service, once, over internal HTTP with the caller's own token and the resilient
/// client. A deleted file is gone, without asking. If the media service has to be asked and does not answer, the
/// lookup is <see cref="MediaLookupOutcome.Unavailable"/> (the endpoint answers 503, <see cref="MediaLookupProblems"/>).
/// </summary>
public sealed class MediaLookup
{
    private readonly DbContext _db;
    private readonly MediaServiceClient _client;
    private readonly ILogger<MediaLookup> _logger;

    internal MediaLookup(DbContext db, MediaServiceClient client, ILogger<MediaLookup> logger)
    {
        _db = db;
        _client = client;
        _logger = logger;
    }

    public async Task<MediaLookupOutcome> FindAsync(IReadOnlyCollection<Guid> ids, string? authorization, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        var copies = wanted.Length == 0
            ? []
            : await _db.Set<MediaCopy>().AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(cancellationToken);
        var found = copies.Where(m => !m.IsDeleted).ToDictionary(m => m.Id, m => new MediaFacts(m.Id, m.OwnerId, m.ContentType));
        var unheardOf = wanted.Except(copies.Select(m => m.Id)).ToList();
        if (unheardOf.Count == 0)
        {
            return new MediaLookupOutcome.Found(found);
        }

        try
        {
            var asked = await Task.WhenAll(unheardOf.Select(id => _client.FindAsync(id, authorization, cancellationToken)));
            foreach (var metadata in asked.OfType<MediaMetadata>())
            {
                found[metadata.Id] = new MediaFacts(metadata.Id, metadata.Owner, metadata.ContentType);
            }

            return new MediaLookupOutcome.Found(found);
        }
        catch (MediaServiceUnavailableException e)
        {
            _logger.LogWarning(e, "Could not look up {Count} file(s) at the media service", unheardOf.Count);
            return new MediaLookupOutcome.Unavailable();
        }
    }
}
