namespace Agrovet.Forum.Moderation;

/// <summary><c>{action: "remove" | "dismiss"}</c>: remove the reported item, or keep it and close the report.</summary>
public sealed record ResolveReportRequest(string? Action);
