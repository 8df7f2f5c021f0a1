using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Threading.Channels;
using Agrovet.Chat.Data;
using Agrovet.Chat.Messages;
using Agrovet.Chat.Rooms;
using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Problems;
using Agrovet.ServiceDefaults.WebSockets;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// One client's WebSocket to one room. Two loops: the receive loop reads, size-checks, rate-limits and carries out the
/// client's frames one at a time; the send loop writes this connection's queue (bounded: a client that lets it fill up
/// is cut off with 4000 instead of slowing the room) and keeps the room's messages in order, exactly once: a message
/// whose predecessor this client has not had is preceded by the missing ones, read from the database; a repeat is dropped.
/// </summary>
public sealed partial class ChatConnection
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(3);
    private static readonly long TypingEvery = TimeSpan.FromSeconds(2).Ticks;

    private readonly WebSocket _socket;
    private readonly ConnectionServices _services;
    private readonly Channel<ChatEvent> _queue;
    private readonly CultureInfo _language = CultureInfo.CurrentUICulture;
    private long _lastDelivered;
    private long _lastChange;
    private int _closing;
    private int _closeCode;
    private string _closeReason = string.Empty;
    private double _frameAllowance;
    private long _allowanceAt;
    private long _typingAt;

    public ChatConnection(WebSocket socket, ConnectionServices services, long roomId, UserRef user, ConnectionToken token)
    {
        _socket = socket;
        _services = services;
        RoomId = roomId;
        User = user;
        Token = token;
        _queue = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(services.Options.SendQueueFrames)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _frameAllowance = services.Options.FrameBurst;
        _allowanceAt = services.Time.GetTimestamp();
    }

    public long RoomId { get; }

    public UserRef User { get; }

    public ConnectionToken Token { get; }

    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Queues a frame for this client; a full queue cuts the client off (it is not reading).</summary>
    public void Enqueue(ChatEvent e)
    {
        if (!_queue.Writer.TryWrite(e) && !IsClosing)
        {
            Close(CloseCodes.TooSlow, () => Texts.TooSlow);
        }
    }

    /// <summary>
    /// Ends the connection with <paramref name="code"/>: the frames still queued are dropped, the close is sent, and the
    /// socket is aborted if the client does not answer it in time. The <paramref name="reason"/> is written in this
    /// client's language, whoever closes it (another user's request, a timer).
    /// </summary>
    public void Close(int code, Func<string> reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _closeCode = code;
        _closeReason = CloseReason.Fit(InClientsLanguage(reason));
        _queue.Writer.TryComplete();
        _ = AbortUnlessClosedAsync();
    }

    /// <param name="since">The last message id the client has (reconnect), or null for a fresh start.</param>
    /// <param name="sinceChange">The last change number (edit or delete) the client has, or null: no changes replayed.</param>
    public async Task RunAsync(long? since, long? sinceChange, CancellationToken aborted)
    {
        // What this method holds lives as long as the connection: the start-up's state is kept in StartAsync's.
        await _services.Hub.AttachAsync(this);
        try
        {
            var sending = await StartAsync(since, sinceChange, aborted);
            await ReceiveLoopAsync(aborted);
            Close(_socket.CloseStatus is { } status ? (int)status : (int)WebSocketCloseStatus.NormalClosure, () => Texts.Bye);
            await sending;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer went away.
        }
        finally
        {
            Close(CloseCodes.GoingAway, () => Texts.Bye);
            _services.Hub.Detach(this);
            if (await _services.Hub.WentOfflineAsync(RoomId, User.Id))
            {
                await _services.Hub.PublishAsync(ChatEvent.Transient(RoomId, ChatFrames.Serialize(new PresenceFrame("presence", RoomId, User, false))));
            }
        }
    }

    /// <summary>Announces the user, then starts the send loop with the hello frame; returns the send loop.</summary>
    private async Task<Task> StartAsync(long? since, long? sinceChange, CancellationToken aborted)
    {
        long lastId;
        long lastChange;
        await using (var scope = _services.Scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
            var room = await db.Rooms.Where(r => r.Id == RoomId).Select(r => new { r.LastMessageId, r.LastChange }).FirstAsync(aborted);
            (lastId, lastChange) = (room.LastMessageId, room.LastChange);
        }

        // Everything after `since` is replayed; without it, the client starts from now (history is REST's). The
        // edits and deletes after `since_change` of the messages up to `since` follow (later messages are replayed
        // as they are now, so their changes would come twice).
        _lastDelivered = Math.Min(since ?? lastId, lastId);
        var changesOf = sinceChange is null ? 0 : _lastDelivered;
        _lastChange = Math.Min(sinceChange ?? lastChange, lastChange);
        if (await _services.Hub.CameOnlineAsync(RoomId, User.Id))
        {
            await _services.Hub.PublishAsync(ChatEvent.Transient(RoomId, ChatFrames.Serialize(new PresenceFrame("presence", RoomId, User, true))));
        }

        var hello = ChatFrames.Serialize(new HelloFrame("hello", RoomId, User, await _services.Hub.OnlineAsync(RoomId), lastId, lastChange));
        return SendLoopAsync(GreetAsync(hello, lastId, lastChange, changesOf, aborted), aborted);
    }

    private async Task SendLoopAsync(Task greeting, CancellationToken aborted)
    {
        try
        {
            await greeting;
            var reader = _queue.Reader;
            // No registration on the request's token while idle: Close completes the queue, which ends the wait.
            while (await reader.WaitToReadAsync(CancellationToken.None) && !IsClosing)
            {
                while (!IsClosing && reader.TryRead(out var e))
                {
                    if (e.IsSequenced)
                    {
                        if (e.MessageId <= _lastDelivered)
                        {
                            continue;
                        }

                        if (e.PreviousId > _lastDelivered)
                        {
                            await FillGapAsync(e.MessageId, aborted);
                        }

                        _lastDelivered = e.MessageId;
                    }
                    else if (e.Change > 0)
                    {
                        if (e.Change <= _lastChange)
                        {
                            continue;
                        }

                        if (e.Change > _lastChange + 1)
                        {
                            await FillChangesAsync(e.Change, long.MaxValue, aborted);
                        }

                        _lastChange = e.Change;
                    }

                    await SendAsync(e.Frame);
                    ChatTelemetry.Delivered(e.HandedOverAt);
                }
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)_closeCode, _closeReason, aborted);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    /// <summary>The hello frame and the replay: a task of its own, so that the send loop's state does not hold the hello.</summary>
    private async Task GreetAsync(byte[] hello, long replayUpTo, long changesUpTo, long changesOf, CancellationToken aborted)
    {
        await SendAsync(hello);
        await FillGapAsync(replayUpTo + 1, aborted);
        await FillChangesAsync(changesUpTo + 1, changesOf, aborted);
    }

    /// <summary>Sends the room's messages after the last one delivered and before <paramref name="before"/>, in order.</summary>
    private async Task FillGapAsync(long before, CancellationToken aborted)
    {
        while (_lastDelivered + 1 < before && !IsClosing)
        {
            List<Message> missing;
            await using (var scope = _services.Scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
                var after = _lastDelivered;
                missing = await db.Messages.AsNoTracking()
                    .Where(m => m.RoomId == RoomId && m.Id > after && m.Id < before)
                    .OrderBy(m => m.Id)
                    .Take(200)
                    .ToListAsync(aborted);
            }

            if (missing.Count == 0)
            {
                return;
            }

            foreach (var message in missing)
            {
                await SendAsync(ChatFrames.Serialize(MessageResponse.From(message)));
                _lastDelivered = message.Id;
            }
        }
    }

    /// <summary>
    /// Writes one frame. Without a token: the socket takes its synchronous path (a cancelable send registers on the token
    /// and runs a state machine for every frame), and a send that never completes (a peer that stopped reading) is ended
    /// by <see cref="Close"/>, which aborts the socket.
    /// </summary>
    private ValueTask SendAsync(byte[] frame) =>
        _socket.SendAsync(frame, WebSocketMessageType.Text, WebSocketMessageFlags.EndOfMessage, CancellationToken.None);

    private async Task ReceiveLoopAsync(CancellationToken aborted)
    {
        var max = _services.Options.MaxFrameBytes;
        // After this side's Close the loop goes on reading (and dropping) until the client's Close: ending the
        // connection with its frames unread would reset it, and the client would see a broken pipe, not the close code.
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            // Wait for the next frame without holding a buffer, nor a registration on the request's token: an idle
            // connection costs no receive memory. A closed or aborted socket ends the wait.
            var first = await _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
            if (first.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(max + 1);
            try
            {
                var count = 0;
                var result = first;
                while (!result.EndOfMessage)
                {
                    if (count > max)
                    {
                        break;
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(count, max + 1 - count), aborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    count += result.Count;
                }

                if (IsClosing)
                {
                    continue;
                }

                if (count > max)
                {
                    Close(CloseCodes.TooBig, () => Texts.FormatFrameTooBig(AgrovetCultures.Number(max)));
                    continue;
                }

                if (result.MessageType != WebSocketMessageType.Text)
                {
                    Close(CloseCodes.PolicyViolation, () => Texts.TextFramesOnly);
                    continue;
                }

                if (!TakeFrameAllowance())
                {
                    Close(CloseCodes.PolicyViolation, () => Texts.FormatTooManyFrames(_services.Options.FramesPerSecond));
                    continue;
                }

                await HandleAsync(buffer.AsMemory(0, count), aborted);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private bool TakeFrameAllowance()
    {
        var options = _services.Options;
        var now = _services.Time.GetTimestamp();
        var elapsed = _services.Time.GetElapsedTime(_allowanceAt, now).TotalSeconds;
        _allowanceAt = now;
        _frameAllowance = Math.Min(options.FrameBurst, _frameAllowance + (elapsed * options.FramesPerSecond));
        if (_frameAllowance < 1)
        {
            return false;
        }

        _frameAllowance -= 1;
        return true;
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8, CancellationToken aborted)
    {
        var frame = ChatFrames.Parse(utf8.Span);
        if (frame?.Type is null)
        {
            Close(CloseCodes.PolicyViolation, () => Texts.MalformedFrame);
            return;
        }

        switch (frame.Type)
        {
            case "message":
                await SendMessageAsync(frame, aborted);
                break;
            case "typing":
                var now = _services.Time.GetUtcNow().UtcTicks;
                if (now - _typingAt >= TypingEvery)
                {
                    _typingAt = now;
                    await _services.Hub.PublishAsync(ChatEvent.Transient(RoomId, ChatFrames.Serialize(new TypingFrame("typing", RoomId, User))));
                }

                break;
            case "read" or "edit" or "delete":
                await ChangeAsync(frame, aborted);
                break;
            case "ping":
                Enqueue(ChatEvent.Transient(RoomId, ChatFrames.Pong));
                break;
            default:
                Close(CloseCodes.PolicyViolation, () => Texts.FormatUnknownFrameType(Shorten(frame.Type)));
                break;
        }
    }

    private async Task SendMessageAsync(IncomingFrame frame, CancellationToken aborted)
    {
        var errors = new ValidationErrors();
        var mediaIds = MessageRules.MediaIds(frame.MediaIds, errors);
        var body = MessageRules.Body(frame.Body, mediaIds.Count > 0, errors);
        var clientId = MessageRules.ClientId(frame.ClientId, errors);
        if (errors.IsEmpty && mediaIds.Count > 0)
        {
            await using var scope = _services.Scopes.CreateAsyncScope();
            var media = scope.ServiceProvider.GetRequiredService<MediaLookup>();
            if (!await MessageImages.CheckAsync(media, User.Id, mediaIds, Token.BearerHeader(), errors, aborted))
            {
                Error("unavailable", Texts.ImagesUnavailable, frame.ClientId);
                return;
            }
        }

        if (!errors.IsEmpty)
        {
            Error("invalid", string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))), frame.ClientId);
            return;
        }

        var pending = new PendingMessage(RoomId, User.Id, User.Username, body, mediaIds, clientId);
        await _services.Writer.EnqueueAsync(pending, aborted);
        _ = AnswerAsync(pending);
    }

    private async Task AnswerAsync(PendingMessage pending)
    {
        switch (await pending.Stored)
        {
            case SendOutcome.Stored { Repeated: true } repeated:
                Enqueue(ChatEvent.Transient(RoomId, ChatFrames.Serialize(repeated.Message)));
                break;
            case SendOutcome.NotMember:
                Close(CloseCodes.NoLongerMember, () => Texts.NoLongerMember);
                break;
            case SendOutcome.Failed:
                Error("not_stored", Texts.NotStored, pending.ClientId);
                break;
        }
    }

    private async Task ChangeAsync(IncomingFrame frame, CancellationToken aborted)
    {
        if (frame.MessageId is not { } messageId)
        {
            Error("invalid", Texts.FormatFrameNeedsMessageId(frame.Type), frame.ClientId);
            return;
        }

        await using var scope = _services.Scopes.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<MessageChanges>();
        var outcome = frame.Type switch
        {
            "read" => await changes.MarkReadAsync(RoomId, User, messageId, aborted),
            "edit" => await changes.EditAsync(RoomId, messageId, User.Id, frame.Body, aborted),
            _ => await changes.DeleteAsync(RoomId, messageId, User.Id, admin: null, aborted),
        };
        switch (outcome)
        {
            case MessageChangeOutcome.Done:
                break;
            case MessageChangeOutcome.NotMember:
                Close(CloseCodes.NoLongerMember, () => Texts.NoLongerMember);
                break;
            case MessageChangeOutcome.Refused refused:
                Error(refused.Code, refused.Detail, frame.ClientId);
                break;
        }
    }

    private void Error(string code, string detail, string? clientId) =>
        Enqueue(ChatEvent.Transient(RoomId, ChatFrames.Serialize(new ErrorFrame("error", code, detail, clientId))));

    /// <summary>A text in the language this client connected with, for the frames and closes others cause.</summary>
    private string InClientsLanguage(Func<string> text)
    {
        var current = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = _language;
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }

    /// <summary>
    /// Sends, in change order, the edits and deletes after the last one delivered and before <paramref name="before"/>
    /// of the room's messages up to <paramref name="ofMessagesUpTo"/>. A change later superseded by another of the same
    /// message is not in the database any more: the later one (sent in its turn) carries the message as it is now.
    /// </summary>
    private async Task FillChangesAsync(long before, long ofMessagesUpTo, CancellationToken aborted)
    {
        while (_lastChange + 1 < before && !IsClosing)
        {
            List<Message> changed;
            await using (var scope = _services.Scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
                var after = _lastChange;
                changed = await db.Messages.AsNoTracking()
                    .Where(m => m.RoomId == RoomId && m.Change > after && m.Change < before && m.Id <= ofMessagesUpTo)
                    .OrderBy(m => m.Change)
                    .Take(200)
                    .ToListAsync(aborted);
            }

            if (changed.Count == 0)
            {
                _lastChange = before - 1;
                return;
            }

            foreach (var message in changed)
            {
                await SendAsync(ChatFrames.Serialize(MessageResponse.From(message, message.IsDeleted ? MessageResponse.Removed : MessageResponse.Edited)));
                _lastChange = message.Change;
            }
        }
    }

    private async Task AbortUnlessClosedAsync()
    {
        await Task.Delay(CloseGrace, _services.Time);
        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30];
}
