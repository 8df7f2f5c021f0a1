using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// An operation id for an endpoint that has no name (<c>.WithName</c>): its method and path, so it is unique by
/// construction (<c>GET /api/adds/{id}/</c> → <c>getAddsById</c>).
/// </summary>
internal static class OperationIds
{
    public static string From(ApiDescription description)
    {
        var id = new StringBuilder((description.HttpMethod ?? "any").ToLowerInvariant());
        foreach (var segment in (description.RelativePath ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "api")
            {
                continue;
            }

            var parameter = segment.StartsWith('{');
            var name = parameter ? segment.Trim('{', '}').Split(':')[0] : segment;
            id.Append(parameter ? "By" : string.Empty);
            foreach (var word in name.Split('-', '_', '.'))
            {
                if (word.Length > 0)
                {
                    id.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
                }
            }
        }

        return id.ToString();
    }
}
