namespace Agrovet.Chat.Rooms;

/// <summary>
/// A room to open: <c>{"kind": "direct", "user_id": 7}</c> (found again if it exists), <c>{"kind": "group", "name":
/// "Cooperative", "member_ids": [7, 8]}</c>, or <c>{"kind": "ad", "ad_id": 42}</c> (you and the ad's seller; found again).
/// </summary>
public sealed record CreateRoomRequest(string? Kind, long? UserId, string? Name, List<long>? MemberIds, long? AdId);
