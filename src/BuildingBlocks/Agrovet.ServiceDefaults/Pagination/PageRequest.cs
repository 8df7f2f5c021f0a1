using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.ServiceDefaults.Pagination;

/// <summary><c>?page=</c> (1-based) and <c>?page_size=</c> (default 20, at most 100), checked.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Rows to skip; a page far past the end (offset over int range) simply skips everything.</summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);

    public static PageRequest Parse(int? page, int? pageSize, ValidationErrors errors)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultSize;
        if (p < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (size is < 1 or > MaxSize)
        {
            errors.Add("page_size", $"Choose a page size from 1 to {MaxSize}.");
        }

        return new PageRequest(Math.Max(p, 1), Math.Clamp(size, 1, MaxSize));
    }
}
