namespace Agrovet.EndToEnd.Tests.Telemetry;

/// <summary>One span as an OTLP receiver got it: the sending service (resource <c>service.name</c>) and the span's ids, name and kind.</summary>
public sealed record ReceivedSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind);
