namespace Agrovet.Chat.Messages;

/// <summary>What a write batch learns once its rooms are locked: each room's newest message id, the batch's new ids (ascending), and the messages stored before under the batch's client ids.</summary>
internal sealed record LockedRooms(Dictionary<long, long> LastIds, long[] Ids, List<Message> Earlier);
