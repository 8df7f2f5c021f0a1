using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Audit;

/// <summary><c>?ordering=created_at</c> or <c>-created_at</c> (the default: newest first); ties broken by id the same way.</summary>
public static class AuditOrdering
{
    public const string Newest = "-created_at";
    public const string Oldest = "created_at";

    public static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, string? ordering, ValidationErrors errors)
    {
        switch (string.IsNullOrWhiteSpace(ordering) ? Newest : ordering.Trim())
        {
            case Newest:
                return entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id);
            case Oldest:
                return entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id);
            default:
                errors.Add("ordering", Messages.FormatAuditOrdering(Oldest, Newest));
                return entries;
        }
    }
}
