using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Agrovet.Security.Tests.Platform;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>One caller's attempt at one operation: the stage (a fresh resource, the caller's account) and the request built from the table's row.</summary>
public sealed partial class AccessAttempt(SecurityPlatform platform, Accounts accounts, ApiOperation operation, AccessRow row, string caller)
{
    public static readonly IReadOnlyList<string> RoleCallers = ["anonymous", .. Accounts.Roles];

    public string Caller => caller;

    public bool Allowed => row.Allowed.Contains(caller, StringComparer.Ordinal);

    /// <summary>Everyone the matrix tries <paramref name="row"/> with: anonymous, each role, and on a resource its owner, a non-owner and its relations.</summary>
    public static IReadOnlyList<string> CallersOf(AccessRow row) =>
        row.Resource is { } kind && ResourceKinds.RelationsOf.TryGetValue(kind, out var relations)
            ? [.. RoleCallers, "owner", "non-owner", .. relations]
            : RoleCallers;

    /// <summary>Sets the stage, sends the request and answers the status, the media type and the body.</summary>
    public async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync()
    {
        var (user, prepared) = await PrepareAsync();
        using var request = prepared.ToMessage();
        using var anonymous = user is null ? platform.CreateClient() : null;
        using var response = await (user?.Client ?? anonymous!).SendAsync(request, Ct);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Sets the stage (a fresh resource, the caller's account) and builds the row's request; null for an anonymous caller.</summary>
    public async Task<(SignedInUser? Caller, PreparedRequest Request)> PrepareAsync()
    {
        var resource = row.Resource is { } kind ? await ResourceKinds.CreateAsync(kind, accounts) : null;
        var user = caller switch
        {
            "anonymous" => null,
            "owner" => resource!.Owner,
            "non-owner" => resource!.NonOwner,
            _ when Accounts.Roles.Contains(caller) => row.FreshCallers ? await accounts.SignUpAsync(caller) : accounts.OfRole(caller),
            _ => resource!.Relations[caller],
        };

        var pathValues = new Dictionary<string, string>();
        foreach (var parameter in operation.ParametersIn("path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var template = row.Path?.GetValueOrDefault(name)
                ?? (resource?.Values.ContainsKey(name) == true ? "{" + name + "}" : "{id}");
            pathValues[name] = Uri.EscapeDataString(await FillAsync(template, resource, user));
        }

        var query = new List<KeyValuePair<string, string>>();
        foreach (var (name, template) in row.Query ?? new Dictionary<string, string>())
        {
            query.Add(new(Uri.EscapeDataString(name), Uri.EscapeDataString(await FillAsync(template, resource, user))));
        }

        var headers = new Dictionary<string, string>();
        foreach (var (name, template) in row.Headers ?? new Dictionary<string, string>())
        {
            headers[name] = await FillAsync(template, resource, user);
        }

        var body = row.Body is { } bodyTemplate ? await FillNodeAsync(bodyTemplate, resource, user) : null;
        return (user, new PreparedRequest(operation, pathValues, query, headers, body, row.Multipart));
    }

    /// <summary>A copy of <paramref name="node"/> with every <c>{placeholder}</c> filled; a string that is one placeholder of a number becomes the number.</summary>
    private async Task<JsonNode?> FillNodeAsync(JsonNode? node, Resource? resource, SignedInUser? user)
    {
        switch (node)
        {
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    filled[key] = await FillNodeAsync(value, resource, user);
                }

                return filled;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(await FillNodeAsync(item, resource, user));
                }

                return items;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var text = value.GetValue<string>();
                var whole = Placeholder().Match(text);
                if (whole.Success && whole.Length == text.Length && await ValueOfAsync(whole.Groups[1].Value, resource, user) is { } exact && exact.GetValueKind() != System.Text.Json.JsonValueKind.String)
                {
                    return exact.DeepClone();
                }

                return JsonValue.Create(await FillAsync(text, resource, user));
            default:
                return node?.DeepClone();
        }
    }

    private async Task<string> FillAsync(string template, Resource? resource, SignedInUser? user)
    {
        var result = template;
        foreach (Match match in Placeholder().Matches(template))
        {
            var value = await ValueOfAsync(match.Groups[1].Value, resource, user)
                ?? throw new InvalidOperationException($"{operation.OperationId}: access.json uses {{{match.Groups[1].Value}}}, which neither its resource nor Authorization/AccessAttempt.cs knows.");
            result = result.Replace(match.Value, ResourceKinds.Text(value), StringComparison.Ordinal);
        }

        return result;
    }

    private async Task<JsonNode?> ValueOfAsync(string name, Resource? resource, SignedInUser? user)
    {
        if (resource?.Values.TryGetValue(name, out var value) == true)
        {
            return value;
        }

        var self = user ?? accounts.Target;
        return name switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "unique" => "s" + Guid.NewGuid().ToString("N")[..12],
            "target.username" => accounts.Target.Account.Username,
            "target.password" => accounts.Target.Account.Password,
            "target.access" => accounts.Target.AccessToken,
            "fresh.refresh" => (await accounts.SignInAgainAsync(accounts.Target)).RefreshToken,
            "self.refresh" => self.RefreshToken,
            "self.password" => self.Account.Password,
            "shared.community" => accounts.SharedCommunity,
            _ when name.EndsWith(".id", StringComparison.Ordinal) && Accounts.Roles.Contains(name[..^3]) => accounts.OfRole(name[..^3]).Id,
            _ => null,
        };
    }

    [GeneratedRegex(@"\{([a-zA-Z_.]+)\}")]
    private static partial Regex Placeholder();
}
