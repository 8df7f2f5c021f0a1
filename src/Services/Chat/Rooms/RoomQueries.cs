using Agrovet.Chat.Data;
using Agrovet.Data.Pagination;
using Agrovet.ServiceDefaults.Pagination;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Rooms;

/// <summary>The read side of rooms: the caller's list by last activity, one room, the unread badge.</summary>
public sealed class RoomQueries(ChatDbContext db)
{
    public async Task<PagedResponse<RoomResponse>> ListAsync(long userId, string? kind, PageRequest page, HttpRequest request, CancellationToken cancellationToken)
    {
        var mine = db.ActiveMembers().Where(m => m.UserId == userId).Join(db.Rooms, m => m.RoomId, r => r.Id, (m, r) => new { m, r });
        if (kind is not null)
        {
            mine = mine.Where(x => x.r.Kind == kind);
        }

        var ordered = mine.OrderByDescending(x => x.r.LastActivityAt).ThenByDescending(x => x.r.Id).Select(x => x.r.Id);
        var result = await page.ReadAsync(request, mine, ordered, cancellationToken);
        var rooms = await ReadAsync(result.Results, userId, cancellationToken);
        return new PagedResponse<RoomResponse>(result.Count, result.Next, result.Previous, rooms);
    }

    public async Task<RoomResponse?> FindAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        await ReadAsync([roomId], userId, cancellationToken) is [var room, ..] ? room : null;

    public async Task<UnreadResponse> UnreadAsync(long userId, CancellationToken cancellationToken)
    {
        var counts = await db.ActiveMembers()
            .Where(m => m.UserId == userId)
            .Select(m => db.Messages.LongCount(x => x.RoomId == m.RoomId && x.Id > m.ReadUpTo && x.AuthorId != userId && x.DeletedAt == null))
            .Where(n => n > 0)
            .ToListAsync(cancellationToken);
        return new UnreadResponse(counts.Sum(), counts.Count);
    }

    /// <summary>The rooms in <paramref name="ids"/>' order, as <paramref name="userId"/> (a member) sees them.</summary>
    private async Task<IReadOnlyList<RoomResponse>> ReadAsync(IReadOnlyList<long> ids, long userId, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Rooms.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                Room = r,
                ReadUpTo = r.Members.Where(m => m.UserId == userId).Select(m => m.ReadUpTo).FirstOrDefault(),
                Ad = db.Ads.Where(a => a.Id == r.AdId).Select(a => new AdRef(a.Id, a.Title, a.SellerId, a.Status)).FirstOrDefault(),
                Last = db.Messages.Where(x => x.Id == r.LastMessageId)
                    .Select(x => new { x.Id, x.AuthorId, x.AuthorUsername, x.Body, MediaCount = x.MediaIds.Count, x.DeletedAt, x.CreatedAt })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var unread = await db.Members.AsNoTracking()
            .Where(m => ids.Contains(m.RoomId) && m.UserId == userId)
            .Select(m => new
            {
                m.RoomId,
                Count = db.Messages.LongCount(x => x.RoomId == m.RoomId && x.Id > m.ReadUpTo && x.AuthorId != userId && x.DeletedAt == null),
            })
            .ToDictionaryAsync(x => x.RoomId, x => x.Count, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Where(m => ids.Contains(m.RoomId))
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId)
            .Select(m => new { m.RoomId, m.UserId, Username = db.Users.Where(u => u.Id == m.UserId).Select(u => u.Username).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var membersByRoom = members.ToLookup(m => m.RoomId, m => new UserRef(m.UserId, m.Username ?? string.Empty));
        var byId = rows.ToDictionary(r => r.Room.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var row = byId[id];
            var r = row.Room;
            var last = row.Last is { } m
                ? new MessagePreview(m.Id, new UserRef(m.AuthorId, m.AuthorUsername), m.DeletedAt is null ? MessagePreview.Cut(m.Body) : string.Empty,
                    m.DeletedAt is null ? m.MediaCount : 0, m.DeletedAt is not null, m.CreatedAt)
                : null;
            return new RoomResponse(r.Id, r.Kind, r.Name, r.OwnerId, row.Ad, [.. membersByRoom[id]], last,
                unread.GetValueOrDefault(id), row.ReadUpTo, r.LastActivityAt, r.CreatedAt);
        }).ToList();
    }
}
