namespace Agrovet.Profiles.Profiles;

/// <summary>What creating, editing or deleting a profile came to.</summary>
public abstract record ProfileChangeOutcome
{
    private ProfileChangeOutcome()
    {
    }

    /// <summary>Saved (for a deletion: deleted), with its event and any audit entry.</summary>
    public sealed record Saved(Profile Profile) : ProfileChangeOutcome;

    /// <summary>The user has a profile of this kind already.</summary>
    public sealed record AlreadyHasOne : ProfileChangeOutcome;

    /// <summary>The profile was deleted meanwhile.</summary>
    public sealed record Gone : ProfileChangeOutcome;
}
