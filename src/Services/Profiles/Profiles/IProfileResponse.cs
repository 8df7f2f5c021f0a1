namespace Agrovet.Profiles.Profiles;

/// <summary>The JSON shape of one kind of profile, made from the entity and its (loaded) user.</summary>
public interface IProfileResponse<TSelf>
    where TSelf : IProfileResponse<TSelf>
{
    static abstract ProfileKind ProfileKind { get; }

    static abstract TSelf From(Profile profile);
}
