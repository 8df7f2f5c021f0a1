namespace Agrovet.Forum.Communities;

public sealed record AddModeratorRequest(long? UserId);
