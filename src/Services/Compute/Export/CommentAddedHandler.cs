using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>Records a forum comment for the forum-activity dataset, placed by its author; keyed by the event's id (idempotent).</summary>
public sealed class CommentAddedHandler(ActivityStore store) : IEventHandler<CommentAdded>
{
    public Task HandleAsync(CommentAdded @event, EventContext context, CancellationToken cancellationToken) =>
        store.RecordAsync(ActivityDatasets.ForumActivity, context.EventId.ToString("N"),
            new ActivityRecord(null, null, "comment", 1, @event.CreatedAt.ToUnixTimeSeconds(), @event.AuthorId));
}
