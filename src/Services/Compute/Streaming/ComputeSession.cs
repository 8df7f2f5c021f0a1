using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.Compute.Engine.Shading;
using Agrovet.Compute.Inspect;
using Agrovet.Compute.Rendering;
using Agrovet.ServiceDefaults.WebSockets;

namespace Agrovet.Compute.Streaming;

/// <summary>
/// One client's socket: reads its messages one by one and answers each render progressively (a coarse preview from the
/// sample, then the full render) on a job of its own. A newer render cancels the job in flight, which stops between
/// blocks, and nothing of a cancelled job is sent afterwards: the client only ever gets the views it still wants.
/// Sends are serialized (one frame at a time) and never cancelled half-way, which would break the socket.
/// </summary>
public sealed class ComputeSession(
    WebSocket socket,
    DatasetStore store,
    ViewRenderer renderer,
    StreamingOptions options,
    JsonSerializerOptions json,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Lock _gate = new();
    private CancellationTokenSource? _render;
    private Task _renderJob = Task.CompletedTask;
    private CancellationTokenSource? _inspect;
    private Task _inspectJob = Task.CompletedTask;
    private IReadOnlyDictionary<string, string?>? _lastView;

    /// <summary>Runs the session until the client closes, the token expires, a limit is broken or the server stops.</summary>
    public async Task RunAsync(ReadyFrame ready, DateTimeOffset? tokenExpiresAt, CancellationToken stopping)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var sessionToken = session.Token;
        var expiry = tokenExpiresAt is { } expires ? CloseAtExpiryAsync(expires, sessionToken) : Task.CompletedTask;
        var buffer = ArrayPool<byte>.Shared.Rent(options.MaxMessageBytes);
        var rate = new MessageRate(options.MessagesPerSecond, options.MessageBurst, time);
        try
        {
            await SendJsonAsync(ready, sessionToken);
            while (socket.State == WebSocketState.Open && !sessionToken.IsCancellationRequested)
            {
                var (type, length, tooBig) = await ReceiveAsync(buffer, options.MaxMessageBytes, sessionToken);
                if (type == WebSocketMessageType.Close)
                {
                    break;
                }
                if (tooBig)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, Messages.FormatMessageTooBig(options.MaxMessageBytes), sessionToken);
                    await PeerClose.AwaitAsync(socket, buffer, TimeSpan.FromSeconds(2), time);
                    break;
                }
                if (!rate.TryTake())
                {
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, Messages.FormatTooManyMessages(options.MessagesPerSecond.ToString("0.#", CultureInfo.InvariantCulture), options.MessageBurst), sessionToken);
                    await PeerClose.AwaitAsync(socket, buffer, TimeSpan.FromSeconds(2), time);
                    break;
                }
                if (type == WebSocketMessageType.Binary)
                {
                    await SendJsonAsync(ClientMessageReader.Error(null, "binary_not_accepted", Messages.BinaryTitle, Messages.BinaryDetail), sessionToken);
                    continue;
                }
                await HandleAsync(buffer.AsMemory(0, length), sessionToken);
            }
        }
        catch (OperationCanceledException) when (sessionToken.IsCancellationRequested)
        {
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, Messages.ServiceStopping, CancellationToken.None);
        }
        catch (WebSocketException exception)
        {
            logger.LogDebug(exception, "Compute socket ended abruptly");
            await HoldUntilPeerLeavesAsync(stopping);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            CancelRender();
            CancelInspect();
            await session.CancelAsync();
            await Quietly(_renderJob);
            await Quietly(_inspectJob);
            await Quietly(expiry);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "Bye.", CancellationToken.None);
            }
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message, CancellationToken sessionToken)
    {
        var (read, error) = ClientMessageReader.Read(message);
        if (read is null)
        {
            await SendJsonAsync(error!, sessionToken);
            return;
        }
        switch (read.Type)
        {
            case ClientMessageReader.Render:
                await StartRenderAsync(read, sessionToken);
                break;
            case ClientMessageReader.Inspect:
                StartInspect(read, sessionToken);
                break;
            case ClientMessageReader.Cancel:
                CancelRender();
                break;
            default:
                await SendJsonAsync(new PongFrame("pong", read.Id), sessionToken);
                break;
        }
    }

    private async Task StartRenderAsync(ClientMessage message, CancellationToken sessionToken)
    {
        var received = time.GetTimestamp();
        // Whatever this message turns out to be, the view before it is stale now.
        CancelRender();
        if (!ViewRequests.TryParse(store, message.Parameters!, out var lease, out var request, out var errors))
        {
            await SendJsonAsync(ClientMessageReader.Error(message.Id, "invalid_parameters", Messages.InvalidParametersTitle, Messages.InvalidParameters, errors), sessionToken);
            return;
        }
        // Not linked to the session: the session cancels its current job itself when it ends, and a job's source then
        // needs no disposing (it holds no registration on another token).
        var job = new CancellationTokenSource();
        CancellationTokenSource? superseded;
        lock (_gate)
        {
            _lastView = message.Parameters;
            superseded = _render;
            _render = job;
            var previous = _renderJob;
            _renderJob = Task.Run(async () =>
            {
                // One job at a time: the cancelled one stops between blocks, then this one starts.
                await Quietly(previous);
                await RenderJobAsync(message.Id, lease, request, received, job, sessionToken);
            }, CancellationToken.None);
        }
        await CancelQuietlyAsync(superseded);
    }

    private async Task RenderJobAsync(long? id, DatasetLease lease, RenderRequest request, long received, CancellationTokenSource job, CancellationToken sessionToken)
    {
        var token = job.Token;
        try
        {
            if (lease.Dataset.Sample is not null)
            {
                token.ThrowIfCancellationRequested();
                var preview = renderer.Render(lease, ViewRenderer.PreviewOf(request, options.PreviewDivisor), preview: true, token);
                await SendImageAsync(id, "preview", request, preview, received, token, sessionToken);
            }
            if (options.FullRenderDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.FullRenderDelay, time, token);
            }
            token.ThrowIfCancellationRequested();
            var full = await renderer.RenderFullAsync(lease, request, token);
            await SendImageAsync(id, "full", request, full, received, token, sessionToken);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Superseded by a newer view, cancelled by the client, or the session ended: nothing to say.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Render of {Dataset} failed", lease.Dataset.Name);
            if (!token.IsCancellationRequested)
            {
                await SendJsonAsync(ClientMessageReader.Error(id, "render_failed", Messages.RenderFailedTitle, Messages.RenderFailed), sessionToken, token);
            }
        }
        finally
        {
            lease.Dispose();
            lock (_gate)
            {
                if (_render == job)
                {
                    _render = null;
                }
            }
        }
    }

    private void StartInspect(ClientMessage message, CancellationToken sessionToken)
    {
        var job = new CancellationTokenSource();
        CancellationTokenSource? superseded;
        lock (_gate)
        {
            superseded = _inspect;
            _inspect = job;
            var view = message.Parameters ?? _lastView;
            var previous = _inspectJob;
            _inspectJob = Task.Run(async () =>
            {
                await Quietly(previous);
                await InspectJobAsync(message, view, job, sessionToken);
            }, CancellationToken.None);
        }
        superseded?.Cancel();
    }

    private async Task InspectJobAsync(ClientMessage message, IReadOnlyDictionary<string, string?>? view, CancellationTokenSource job, CancellationToken sessionToken)
    {
        var token = job.Token;
        try
        {
            if (view is null)
            {
                await SendJsonAsync(ClientMessageReader.Error(message.Id, "no_view", Messages.NoViewTitle, Messages.NoView), sessionToken, token);
                return;
            }
            if (!ViewRequests.TryParse(store, view, out var lease, out var request, out var errors))
            {
                await SendJsonAsync(ClientMessageReader.Error(message.Id, "invalid_parameters", Messages.InvalidParametersTitle, Messages.InspectInvalid, errors), sessionToken, token);
                return;
            }
            using (lease)
            {
                var query = request.Aggregation;
                var pixelErrors = PixelInspector.Check(message.Px, message.Py, query.Canvas);
                if (pixelErrors.Count > 0)
                {
                    await SendJsonAsync(ClientMessageReader.Error(message.Id, "invalid_parameters", Messages.PixelOffTitle, Messages.PixelOff, pixelErrors), sessionToken, token);
                    return;
                }
                var categories = lease.Dataset.Manifest.Categories;
                var result = await renderer.ReadAggregateAsync(lease, query,
                    grid => PixelInspector.Read(grid, lease.Dataset.Name, query, categories, message.Px!.Value, message.Py!.Value), token);
                await SendJsonAsync(new InspectFrame("inspect", message.Id, result), sessionToken, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
            {
                if (_inspect == job)
                {
                    _inspect = null;
                }
            }
        }
    }

    private async Task SendImageAsync(long? id, string stage, RenderRequest request, RenderResult result, long received,
        CancellationToken job, CancellationToken sessionToken)
    {
        var canvas = request.Aggregation.Canvas;
        var header = new ImageFrameHeader("image", id, stage, request.Dataset, result.Width, result.Height,
            [canvas.XRange.Min, canvas.XRange.Max], [canvas.YRange.Min, canvas.YRange.Max],
            canvas.Projection == Projection.WebMercator ? "mercator" : "linear", request.Aggregation.Reduction.Name(),
            Shader.HowName(request.How), Finite(result.Min), Finite(result.Max), result.Legend, result.BlocksRead,
            result.BlocksTotal, result.RowsScanned,
            new FrameTimings(time.GetElapsedTime(received).TotalMilliseconds, result.AggregateTime.TotalMilliseconds,
                result.ShadeTime.TotalMilliseconds, result.EncodeTime.TotalMilliseconds));
        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, json);
        var frame = new byte[4 + headerBytes.Length + result.Png.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)headerBytes.Length);
        headerBytes.CopyTo(frame.AsSpan(4));
        result.Png.CopyTo(frame.AsSpan(4 + headerBytes.Length));
        await SendAsync(frame, WebSocketMessageType.Binary, sessionToken, job);
    }

    private Task SendJsonAsync<T>(T frame, CancellationToken sessionToken, CancellationToken stale = default) =>
        SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, json), WebSocketMessageType.Text, sessionToken, stale);

    /// <summary>Sends one whole frame, unless <paramref name="stale"/> says its work was superseded meanwhile.</summary>
    private async Task SendAsync(byte[] frame, WebSocketMessageType type, CancellationToken sessionToken, CancellationToken stale)
    {
        await _send.WaitAsync(sessionToken);
        try
        {
            if (stale.IsCancellationRequested || socket.State != WebSocketState.Open)
            {
                return;
            }
            await socket.SendAsync(frame, type, endOfMessage: true, sessionToken);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task<(WebSocketMessageType Type, int Length, bool TooBig)> ReceiveAsync(byte[] buffer, int max, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            var room = Math.Max(1, max - length);
            var target = length < max ? buffer.AsMemory(length, room) : buffer.AsMemory(0, Math.Min(buffer.Length, 4096));
            var result = await socket.ReceiveAsync(target, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, 0, false);
            }
            if (length < max)
            {
                length += result.Count;
            }
            else
            {
                length = max + 1;
            }
            if (length > max)
            {
                // Read no further into the message: the socket closes for it.
                return (result.MessageType, length, true);
            }
            if (result.EndOfMessage)
            {
                return (result.MessageType, length, false);
            }
        }
    }

    private async Task CloseAtExpiryAsync(DateTimeOffset expiresAt, CancellationToken sessionToken)
    {
        var wait = expiresAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, sessionToken);
        }
        await SendJsonAsync(ClientMessageReader.Error(null, "token_expired", Messages.TokenExpiredTitle, Messages.TokenExpired), sessionToken);
        await CloseAsync(WebSocketCloseStatus.PolicyViolation, Messages.TokenExpiredClose, sessionToken);
    }

    /// <summary>
    /// When the socket itself refused a frame (text that is not UTF-8) it sent its close (1007) and gave up. Ending the
    /// request at once takes the connection down right behind that close, and through the gateway the close can then be
    /// lost, the client seeing the connection drop instead. So the connection is held until the peer hangs up (it does
    /// once it has the close), at most two seconds.
    /// </summary>
    private async Task HoldUntilPeerLeavesAsync(CancellationToken peerGone)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), time, peerGone);
        }
        catch (OperationCanceledException)
        {
            // The peer hung up (or the server is stopping).
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, CloseReason.Fit(reason), timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug(exception, "Compute socket could not be closed cleanly");
        }
        finally
        {
            _send.Release();
        }
    }

    private void CancelRender()
    {
        CancellationTokenSource? current;
        lock (_gate)
        {
            current = _render;
            _render = null;
        }
        current?.Cancel();
    }

    private void CancelInspect()
    {
        CancellationTokenSource? current;
        lock (_gate)
        {
            current = _inspect;
            _inspect = null;
        }
        current?.Cancel();
    }

    private static async Task CancelQuietlyAsync(CancellationTokenSource? source)
    {
        if (source is not null)
        {
            await source.CancelAsync();
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Only once <see cref="RunAsync"/> has returned (every job of the session has ended by then).</summary>
    public void Dispose() => _send.Dispose();

    private static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;
}
