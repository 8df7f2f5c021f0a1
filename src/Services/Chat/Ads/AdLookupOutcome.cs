namespace Agrovet.Chat.Ads;

/// <summary>What looking an ad up came to.</summary>
public abstract record AdLookupOutcome
{
    private AdLookupOutcome()
    {
    }

    public sealed record Found(AdCopy Ad) : AdLookupOutcome;

    public sealed record NotFound : AdLookupOutcome;

    /// <summary>The ad had to be asked about and the marketplace did not answer.</summary>
    public sealed record Unavailable : AdLookupOutcome;
}
