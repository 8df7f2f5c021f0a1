namespace Agrovet.Compute.Streaming;

/// <summary>
/// What was wrong with a message (the socket stays open): <c>code</c> for programs (invalid_json, invalid_message,
/// unknown_type, invalid_parameters, binary_not_accepted, no_view, render_failed, token_expired), <c>detail</c> for people,
/// <c>errors</c> by field as in a 400 problem, <c>id</c> the message's own when it had one.
/// </summary>
public sealed record ErrorFrame(string Type, long? Id, string Code, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors);
