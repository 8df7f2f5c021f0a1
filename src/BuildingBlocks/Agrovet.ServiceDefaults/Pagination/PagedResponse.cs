using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Agrovet.ServiceDefaults.Pagination;

/// <summary>The list shape of the whole API: <c>{count, next, previous, results}</c>, links absolute as DRF writes them.</summary>
public sealed record PagedResponse<T>(long Count, string? Next, string? Previous, IReadOnlyList<T> Results)
{
    public static PagedResponse<T> Create(HttpRequest request, PageRequest page, long count, IReadOnlyList<T> results)
    {
        var hasNext = (long)page.Page * page.PageSize < count;
        return new PagedResponse<T>(
            count,
            hasNext ? Link(request, page.Page + 1) : null,
            page.Page > 1 ? Link(request, page.Page - 1) : null,
            results);
    }

    private static string Link(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            foreach (var value in values)
            {
                builder.Add(key, value ?? string.Empty);
            }
        }

        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
    }
}
