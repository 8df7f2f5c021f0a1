using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.ServiceDefaults.Pagination;

/// <summary><c>?page=</c> (1-based) and <c>?page_size=</c> (default 20, at most 100), checked.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Rows before the page, as a long: <c>(page - 1) * page_size</c> overflows an int for absurd pages.</summary>
    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>Rows to skip; a page far past the end (offset over int range) simply skips everything.</summary>
    public int Skip => (int)Math.Min(Offset, int.MaxValue);

    /// <summary>The page starts past the last of <paramref name="count"/> rows, so it is empty without reading any.</summary>
    public bool StartsPast(long count) => Offset >= count;

    public static PageRequest Parse(int? page, int? pageSize, ValidationErrors errors)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultSize;
        if (p < 1)
        {
            errors.Add("page", SharedMessages.PageStartsAtOne);
        }

        if (size is < 1 or > MaxSize)
        {
            errors.Add("page_size", SharedMessages.FormatPageSizeRange(MaxSize));
        }

        return new PageRequest(Math.Max(p, 1), Math.Clamp(size, 1, MaxSize));
    }
}
