using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>Records a forum post for the forum-activity dataset, placed by its author; keyed by the event's id (idempotent).</summary>
public sealed class PostCreatedHandler(ActivityStore store) : IEventHandler<PostCreated>
{
    public Task HandleAsync(PostCreated @event, EventContext context, CancellationToken cancellationToken) =>
        store.RecordAsync(ActivityDatasets.ForumActivity, context.EventId.ToString("N"),
            new ActivityRecord(null, null, "post", 1, @event.CreatedAt.ToUnixTimeSeconds(), @event.AuthorId));
}
