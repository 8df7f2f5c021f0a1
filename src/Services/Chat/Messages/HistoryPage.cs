namespace Agrovet.Chat.Messages;

/// <summary>One page of history, newest first; <c>next</c> is the link to older messages (null at the beginning).</summary>
public sealed record HistoryPage(string? Next, IReadOnlyList<MessageResponse> Results);
