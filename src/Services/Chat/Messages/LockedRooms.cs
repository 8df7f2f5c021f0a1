namespace Agrovet.Chat.Messages;

/// <summary>
/// What a write batch learns as it locks its rooms: their active members (read just before the locks), each room's
/// newest message id, the batch's new ids (ascending), and the messages stored before under the batch's client ids.
/// </summary>
internal sealed record LockedRooms(ILookup<long, long> Members, Dictionary<long, long> LastIds, long[] Ids, List<Message> Earlier);
