namespace Agrovet.Media.Files;

/// <summary>An uploaded file's metadata; its bytes are in storage under <see cref="StorageKey"/>.</summary>
public sealed class MediaFile
{
    public const int MaxOriginalNameLength = 255;

    public Guid Id { get; init; }

    public long OwnerId { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public required string Purpose { get; init; }

    public bool IsPublic { get; init; }

    /// <summary>The name the uploader gave, for display and downloads only; never part of a path.</summary>
    public required string OriginalName { get; init; }

    public required string StorageKey { get; init; }

    public string? ThumbnailKey { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Strong validator: the bytes of an id never change, and the size guards against a replaced object.</summary>
    public string ETag => $"\"{Id:N}-{Size:x}\"";

    /// <summary>Public files are anyone's to read; private ones their owner's and administrators'.</summary>
    public bool CanBeReadBy(MediaCaller caller) => IsPublic || CanBeManagedBy(caller);

    public bool CanBeManagedBy(MediaCaller caller) => caller.UserId is { } id && (caller.IsAdmin || id == OwnerId);
}
