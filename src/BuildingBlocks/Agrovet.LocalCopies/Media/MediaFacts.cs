namespace Agrovet.LocalCopies.Media;

/// <summary>What a service needs to know of a file to accept it as an attachment: whose it is and what type.</summary>
public sealed record MediaFacts(Guid Id, long OwnerId, string ContentType)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
