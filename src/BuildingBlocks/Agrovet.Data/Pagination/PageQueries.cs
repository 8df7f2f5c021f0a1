using Agrovet.ServiceDefaults.Pagination;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Data.Pagination;

/// <summary>
/// How every list endpoint reads one page (<c>{count, next, previous, results}</c>): the exact count of the matches,
/// then the page's rows of the ordered query by skip/take — not read at all when the page starts past the end, which
/// is an empty page, never an error — with the next/previous links of <see cref="PagedResponse{T}"/>.
/// </summary>
public static class PageQueries
{
    /// <param name="page">The checked <c>?page=&amp;page_size=</c>.</param>
    /// <param name="request">The request, whose URL (with its other query parameters) the links repeat.</param>
    /// <param name="matches">What is counted: the filtered rows, unordered.</param>
    /// <param name="ordered">The same rows in the list's order (ties broken by id), already in the answer's shape.</param>
    public static Task<PagedResponse<TRow>> ReadAsync<TMatch, TRow>(
        this PageRequest page, HttpRequest request, IQueryable<TMatch> matches, IQueryable<TRow> ordered, CancellationToken cancellationToken) =>
        page.ReadAsync(request, matches, ordered, static row => row, cancellationToken);

    /// <param name="map">Turns a row read into the answer's shape (for shapes a query cannot project to).</param>
    public static async Task<PagedResponse<TResult>> ReadAsync<TMatch, TRow, TResult>(
        this PageRequest page,
        HttpRequest request,
        IQueryable<TMatch> matches,
        IQueryable<TRow> ordered,
        Func<TRow, TResult> map,
        CancellationToken cancellationToken)
    {
        var count = await matches.LongCountAsync(cancellationToken);
        var rows = page.StartsPast(count) ? [] : await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return PagedResponse<TResult>.Create(request, page, count, rows.ConvertAll(row => map(row)));
    }
}
