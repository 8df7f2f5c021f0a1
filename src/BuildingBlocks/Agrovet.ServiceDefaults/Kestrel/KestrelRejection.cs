namespace Agrovet.ServiceDefaults.Kestrel;

/// <summary>A request Kestrel refused before the app ran: its status, Kestrel's reason and the request's trace identifier.</summary>
internal sealed record KestrelRejection(int Status, string Reason, string? TraceId);
