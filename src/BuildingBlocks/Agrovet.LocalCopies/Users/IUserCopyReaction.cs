namespace Agrovet.LocalCopies.Users;

/// <summary>
/// A service's reaction to a change of a user's copy (a deactivated seller's ads leave the listing, a deleted user's
/// profiles go). It runs inside the event's transaction: make changes on the service's DbContext (the same scoped
/// instance) without saving; they commit with the copy and the inbox row, or not at all. Only changes that happened
/// reach it: an event older than the copy, or about a deleted user, changes nothing.
/// </summary>
public interface IUserCopyReaction
{
    Task OnChangedAsync(UserCopyChange change, CancellationToken cancellationToken);
}
