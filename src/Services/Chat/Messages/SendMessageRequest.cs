namespace Agrovet.Chat.Messages;

/// <summary>A message to send: text, images (ids of your uploads), and optionally your own id for it (a resend stores it once).</summary>
public sealed record SendMessageRequest(string? Body, List<Guid>? MediaIds, string? ClientId);
