using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Marketplace.Paging;

public static class PageOffsets
{
    /// <summary>Rows before the page, as a long: <c>(page - 1) * page_size</c> overflows an int for absurd pages.</summary>
    public static long Offset(this PageRequest page) => (long)(page.Page - 1) * page.PageSize;

    /// <summary>The page starts past the last of <paramref name="count"/> rows, so it is empty without asking.</summary>
    public static bool IsPast(this PageRequest page, long count) => page.Offset() >= count;
}
