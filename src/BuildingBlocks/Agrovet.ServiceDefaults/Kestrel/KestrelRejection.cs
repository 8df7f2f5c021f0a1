using System.Globalization;

namespace Agrovet.ServiceDefaults.Kestrel;

/// <summary>
/// A request Kestrel refused before the app ran: its status, Kestrel's reason, the request's trace identifier and the
/// language to answer in (from its Accept-Language when Kestrel had read that far).
/// </summary>
internal sealed record KestrelRejection(int Status, string Reason, string? TraceId, CultureInfo Culture);
