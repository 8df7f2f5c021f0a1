using System.Net.WebSockets;

namespace Agrovet.Compute.Service.Tests;

public sealed class SocketLimitTests(StrictComputeFactory api) : IClassFixture<StrictComputeFactory>
{
    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_socket_with_1009()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        var ready = await socket.ReceiveFrameAsync();
        Assert.Equal(1024, ready.Json.GetProperty("limits").GetProperty("max_message_bytes").GetInt32());

        await socket.SendTextAsync($$"""{"type":"ping","id":1,"padding":"{{new string('x', 2000)}}"}""");
        var close = await socket.ReceiveFrameAsync();

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, close.CloseStatus);
        Assert.Contains("1024", close.CloseDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_faster_than_allowed_closes_the_socket_with_1008()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        for (var i = 0; i < 10; i++)
        {
            await socket.SendJsonAsync(new { type = "ping", id = i });
        }
        var frames = await socket.ReceiveUntilAsync(f => f.CloseStatus is not null);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, frames[^1].CloseStatus);
        Assert.InRange(frames.Count(f => f.Type == "pong"), 1, 5);
    }

    [Fact]
    public async Task One_account_may_hold_only_so_many_sockets_the_next_is_a_429_before_the_upgrade()
    {
        var member = await api.SignUpAsync();
        using var first = await api.ConnectAsync(member.AccessToken, Ct);
        using var second = await api.ConnectAsync(member.AccessToken, Ct);
        await first.ReceiveFrameAsync();
        await second.ReceiveFrameAsync();

        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(new Uri($"ws://{api.ServerAddress.Authority}/ws/compute?token={member.AccessToken}"), Ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.HttpStatusCode);

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);
        await Poll.UntilAsync(async () =>
        {
            using var fourth = new ClientWebSocket();
            try
            {
                await fourth.ConnectAsync(new Uri($"ws://{api.ServerAddress.Authority}/ws/compute?token={member.AccessToken}"), Ct);
                return true;
            }
            catch (WebSocketException)
            {
                return false;
            }
        }, ComputeApiFactory.Patience, "a socket to be allowed again once one was closed", Ct);
    }
}
