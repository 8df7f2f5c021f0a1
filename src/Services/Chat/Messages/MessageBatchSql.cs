using System.Globalization;
using System.Text;
using Npgsql;

namespace Agrovet.Chat.Messages;

/// <summary>
/// The writer's statements. Their text does not depend on how many messages or rooms a batch holds (the values go as
/// arrays), so each connection prepares them once and the server plans them once, instead of parsing and planning a
/// differently sized multi-row <c>INSERT</c> for every batch, which took about a third of its time under load.
/// </summary>
internal static class MessageBatchSql
{
    private const string MessageColumns = "id, room_id, author_id, author_username, body, media_ids, client_id, created_at, edited_at, change, deleted_at";

    /// <summary>
    /// In one round trip: begins the batch's transaction, reads who is an active member of the rooms
    /// (<see cref="Rooms.RoomAccess.ActiveMembers"/>; before the locks, which are not held while it runs), locks the rooms (in id order:
    /// batches on other instances lock them in the same order), takes <paramref name="count"/> message ids from the
    /// sequence (after the locks, so within a room the ids follow the commits) and reads the messages already stored
    /// under one of <paramref name="clientIds"/>.
    /// </summary>
    public static async Task<LockedRooms> LockAsync(
        NpgsqlConnection connection, long[] roomIds, int count, string[] clientIds, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("BEGIN"),
                new(Rooms.RoomAccess.ActiveMembersOfRoomsSql)
                {
                    Parameters = { new NpgsqlParameter<long[]> { TypedValue = roomIds } },
                },
                new("SELECT id, last_message_id FROM rooms WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE")
                {
                    Parameters = { new NpgsqlParameter<long[]> { TypedValue = roomIds } },
                },
                // The sequence looked up once, not once per id (the lookup scans the catalog's dependencies).
                new("WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence('messages', 'id')::regclass AS seq) "
                    + "SELECT nextval(s.seq) FROM s, generate_series(1, $1::integer)")
                {
                    Parameters = { new NpgsqlParameter<int> { TypedValue = count } },
                },
            },
        };
        if (clientIds.Length > 0)
        {
            batch.BatchCommands.Add(new($"SELECT {MessageColumns} FROM messages WHERE room_id = ANY($1::bigint[]) AND client_id = ANY($2::text[])")
            {
                Parameters = { new NpgsqlParameter<long[]> { TypedValue = roomIds }, new NpgsqlParameter<string[]> { TypedValue = clientIds } },
            });
        }

        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var members = new List<(long RoomId, long UserId)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        await reader.NextResultAsync(cancellationToken);
        var lastIds = new Dictionary<long, long>(roomIds.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            lastIds[reader.GetInt64(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken);
        var ids = new long[count];
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        Array.Sort(ids);
        var earlier = new List<Message>();
        if (clientIds.Length > 0)
        {
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                earlier.Add(new Message
                {
                    Id = reader.GetInt64(0),
                    RoomId = reader.GetInt64(1),
                    AuthorId = reader.GetInt64(2),
                    AuthorUsername = reader.GetString(3),
                    Body = reader.GetString(4),
                    MediaIds = [.. reader.GetFieldValue<Guid[]>(5)],
                    ClientId = reader.GetString(6),
                    CreatedAt = reader.GetFieldValue<DateTime>(7),
                    EditedAt = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTime>(8),
                    Change = reader.GetInt64(9),
                    DeletedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTime>(10),
                });
            }
        }

        return new LockedRooms(members.ToLookup(m => m.RoomId, m => m.UserId), lastIds, ids, earlier);
    }

    /// <summary>The statements that insert <paramref name="rows"/> (all created at <paramref name="now"/>) and set their rooms' newest ids.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Insert(List<Message> rows, IReadOnlyDictionary<long, long> newestIds, DateTime now)
    {
        var count = rows.Count;
        var ids = new long[count];
        var rooms = new long[count];
        var authors = new long[count];
        var usernames = new string[count];
        var bodies = new string[count];
        var media = new string[count];
        var clientIds = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            ids[i] = row.Id;
            rooms[i] = row.RoomId;
            authors[i] = row.AuthorId;
            usernames[i] = row.AuthorUsername;
            bodies[i] = row.Body;
            media[i] = ArrayLiteral(row.MediaIds);
            clientIds[i] = row.ClientId;
        }

        yield return new NpgsqlBatchCommand(
            $"INSERT INTO messages ({MessageColumns}) "
            + "SELECT m.id, m.room_id, m.author_id, m.author_username, m.body, m.media_ids::uuid[], m.client_id, $8, NULL, 0, NULL "
            + "FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[]) "
            + "AS m(id, room_id, author_id, author_username, body, media_ids, client_id)")
        {
            Parameters =
            {
                new NpgsqlParameter<long[]> { TypedValue = ids },
                new NpgsqlParameter<long[]> { TypedValue = rooms },
                new NpgsqlParameter<long[]> { TypedValue = authors },
                new NpgsqlParameter<string[]> { TypedValue = usernames },
                new NpgsqlParameter<string[]> { TypedValue = bodies },
                new NpgsqlParameter<string[]> { TypedValue = media },
                new NpgsqlParameter<string?[]> { TypedValue = clientIds },
                new NpgsqlParameter<DateTime> { TypedValue = now },
            },
        };
        yield return new NpgsqlBatchCommand(
            "UPDATE rooms AS r SET last_message_id = u.last_id, last_activity_at = $3 "
            + "FROM unnest($1::bigint[], $2::bigint[]) AS u(id, last_id) WHERE r.id = u.id")
        {
            Parameters =
            {
                new NpgsqlParameter<long[]> { TypedValue = [.. newestIds.Keys] },
                new NpgsqlParameter<long[]> { TypedValue = [.. newestIds.Values] },
                new NpgsqlParameter<DateTime> { TypedValue = now },
            },
        };
    }

    /// <summary>A <c>uuid[]</c> as its text form (<c>{a,b}</c>): arrays of differing lengths cannot travel as one two-dimensional array.</summary>
    private static string ArrayLiteral(List<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return "{}";
        }

        var text = new StringBuilder(2 + (ids.Count * 37));
        text.Append('{');
        for (var i = 0; i < ids.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(ids[i].ToString("D", CultureInfo.InvariantCulture));
        }

        return text.Append('}').ToString();
    }
}
