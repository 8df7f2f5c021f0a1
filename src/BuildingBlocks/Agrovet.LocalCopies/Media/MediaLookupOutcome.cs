namespace Agrovet.LocalCopies.Media;

/// <summary>What a <see cref="MediaLookup"/> came to.</summary>
public abstract record MediaLookupOutcome
{
    private MediaLookupOutcome()
    {
    }

    /// <summary>The files that exist (for the caller); an id missing from <see cref="Files"/> names no file.</summary>
    public sealed record Found(IReadOnlyDictionary<Guid, MediaFacts> Files) : MediaLookupOutcome;

    /// <summary>An id had to be asked about and the media service did not answer: nothing can be said of it.</summary>
    public sealed record Unavailable : MediaLookupOutcome;
}
