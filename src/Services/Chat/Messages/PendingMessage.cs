namespace Agrovet.Chat.Messages;

/// <summary>A checked message waiting for <see cref="MessageWriter"/> to store it (then it is broadcast).</summary>
public sealed class PendingMessage(long roomId, long authorId, string authorUsername, string body, List<Guid> mediaIds, string? clientId)
{
    private readonly TaskCompletionSource<SendOutcome> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long RoomId { get; } = roomId;

    public long AuthorId { get; } = authorId;

    public string AuthorUsername { get; } = authorUsername;

    public string Body { get; } = body;

    public List<Guid> MediaIds { get; } = mediaIds;

    public string? ClientId { get; } = clientId;

    public Task<SendOutcome> Stored => _stored.Task;

    /// <summary>When it was read and checked (<see cref="ChatTelemetry.Timestamp"/>): where its wait for a write batch starts.</summary>
    public long ReceivedAt { get; } = ChatTelemetry.Timestamp();

    internal void Complete(SendOutcome outcome) => _stored.TrySetResult(outcome);
}
