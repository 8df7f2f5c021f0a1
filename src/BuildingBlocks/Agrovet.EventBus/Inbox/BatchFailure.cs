using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Inbox;

/// <summary>
/// A batch that failed with <paramref name="Exception"/>: <paramref name="Completed"/> took effect before it (none when
/// the batch is one transaction), <paramref name="Failed"/> is the delivery whose handlers failed (null when the failure
/// was not theirs), and <paramref name="CountsAsAttempt"/> tells whether that failure used up one of its attempts.
/// </summary>
internal sealed record BatchFailure(IReadOnlyList<Delivery> Completed, Delivery? Failed, Exception Exception, bool CountsAsAttempt);
