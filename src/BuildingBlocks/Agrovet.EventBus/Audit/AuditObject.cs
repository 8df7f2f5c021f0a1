namespace Agrovet.EventBus.Audit;

/// <summary>
/// What an audit entry is about: its <see cref="Type"/> (one of <c>AuditObjectTypes</c>), its id as the web admin
/// links to it, and how it reads to a person (a title, a username, a file name) when it may be gone later.
/// </summary>
public sealed record AuditObject(string Type, string Id, string Repr);
