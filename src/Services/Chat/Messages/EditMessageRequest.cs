namespace Agrovet.Chat.Messages;

/// <summary>A message's new text.</summary>
public sealed record EditMessageRequest(string? Body);
