namespace Agrovet.Forum.Moderation;

public sealed record ReportRequest(string? Reason);
