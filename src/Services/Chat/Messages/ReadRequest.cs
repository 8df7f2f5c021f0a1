namespace Agrovet.Chat.Messages;

/// <summary>"I have read up to this message" (a marker never moves back).</summary>
public sealed record ReadRequest(long? MessageId);
