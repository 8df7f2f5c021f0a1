using System.Linq.Expressions;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Admin;

/// <summary><c>?ordering=username,-date_joined</c> as DRF's OrderingFilter reads it; ties always broken by id.</summary>
public static class UserOrdering
{
    public static readonly IReadOnlyList<string> Fields = ["id", "username", "email", "role", "is_active", "date_joined", "last_login"];

    public static IQueryable<User> Apply(IQueryable<User> users, string? ordering, ValidationErrors errors)
    {
        IOrderedQueryable<User>? ordered = null;
        var terms = string.IsNullOrWhiteSpace(ordering) ? [] : ordering.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var term in terms)
        {
            var descending = term.StartsWith('-');
            var field = descending ? term[1..] : term;
            ordered = field switch
            {
                "id" => By(users, ordered, u => u.Id, descending),
                "username" => By(users, ordered, u => u.NormalizedUsername, descending),
                "email" => By(users, ordered, u => u.NormalizedEmail, descending),
                "role" => By(users, ordered, u => u.Role, descending),
                "is_active" => By(users, ordered, u => u.IsActive, descending),
                "date_joined" => By(users, ordered, u => u.DateJoined, descending),
                "last_login" => By(users, ordered, u => u.LastLogin, descending),
                _ => Unknown(field, ordered, errors),
            };
        }

        return ordered is null ? users.OrderBy(u => u.Id) : ordered.ThenBy(u => u.Id);
    }

    private static IOrderedQueryable<User> By<TKey>(IQueryable<User> users, IOrderedQueryable<User>? ordered, Expression<Func<User, TKey>> key, bool descending) =>
        (ordered, descending) switch
        {
            (null, false) => users.OrderBy(key),
            (null, true) => users.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };

    private static IOrderedQueryable<User>? Unknown(string field, IOrderedQueryable<User>? ordered, ValidationErrors errors)
    {
        errors.Add("ordering", Messages.FormatCannotOrderBy(field, string.Join(", ", Fields)));
        return ordered;
    }
}
