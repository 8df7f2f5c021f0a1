using System.Globalization;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Media.Files;

/// <summary>
/// What a file listing asks for, checked: <c>?owner=</c> (a user id; null lists everyone's), <c>?purpose=</c> (a
/// purpose or one of its aliases) and <c>?ordering=</c> (<see cref="Orderings"/>, default newest first).
/// </summary>
public sealed record MediaListFilter(long? OwnerId, string? Purpose, string Ordering)
{
    public const string NewestFirst = "-created_at";

    public static readonly IReadOnlyList<string> Orderings = ["created_at", NewestFirst, "size", "-size"];

    public static MediaListFilter Parse(string? owner, string? purpose, string? ordering, MediaOptions options, ValidationErrors errors)
    {
        long? ownerId = null;
        if (!string.IsNullOrWhiteSpace(owner))
        {
            if (long.TryParse(owner.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ownerId = id;
            }
            else
            {
                errors.Add("owner", Messages.OwnerMustBeId);
            }
        }

        string? purposeName = null;
        if (!string.IsNullOrWhiteSpace(purpose))
        {
            purposeName = PurposeDefaults.Canonical(purpose.Trim());
            if (!options.Purposes.ContainsKey(purposeName))
            {
                var known = options.Purposes.Keys.Concat(PurposeDefaults.Aliases.Keys).Order(StringComparer.Ordinal);
                errors.Add("purpose", Messages.FormatChooseOneOf(string.Join(", ", known)));
            }
        }

        var order = string.IsNullOrWhiteSpace(ordering) ? NewestFirst : ordering.Trim();
        if (!Orderings.Contains(order))
        {
            errors.Add("ordering", Messages.FormatOrderByOneOf(string.Join(", ", Orderings)));
        }

        return new MediaListFilter(ownerId, purposeName, order);
    }

    public IQueryable<MediaFile> Filter(IQueryable<MediaFile> files)
    {
        if (OwnerId is { } ownerId)
        {
            files = files.Where(f => f.OwnerId == ownerId);
        }

        if (Purpose is { } purpose)
        {
            files = files.Where(f => f.Purpose == purpose);
        }

        return files;
    }

    /// <summary>Each order ends on the id, so pages never overlap; every one has an index (see MediaFileConfiguration).</summary>
    public IOrderedQueryable<MediaFile> Sort(IQueryable<MediaFile> files) => Ordering switch
    {
        "created_at" => files.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id),
        "size" => files.OrderBy(f => f.Size).ThenBy(f => f.Id),
        "-size" => files.OrderByDescending(f => f.Size).ThenByDescending(f => f.Id),
        _ => files.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id),
    };
}
