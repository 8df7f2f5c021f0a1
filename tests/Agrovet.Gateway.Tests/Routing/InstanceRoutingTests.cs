using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using Agrovet.Gateway.Routing;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.LocalInfrastructure;
using Agrovet.Testing;
using Yarp.ReverseProxy;

namespace Agrovet.Gateway.Tests.Routing;

/// <summary>
/// Several chat instances behind one gateway: each room's sockets and requests meet on one instance, picked the same
/// way by every gateway (and by the chat benchmark), and an instance that stops answering loses its rooms to the others.
/// Two echo upstreams stand in for two chat instances (each answers with its own name).
/// </summary>
public sealed class InstanceRoutingTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    private static readonly int[] Rooms = [.. Enumerable.Range(1, 24)];

    [Fact]
    public async Task Every_socket_and_request_of_a_room_goes_to_one_instance_and_the_rooms_spread_over_both()
    {
        var instances = new[] { Upstreams.Urls["chat"].ToString(), Upstreams.Urls["forum"].ToString() };
        var gateway = StartGateway(WithChatInstances(instances));
        using var client = gateway.CreatePlainClient();

        var placed = new Dictionary<int, string>();
        foreach (var room in Rooms)
        {
            var expected = instances[RendezvousHash.Pick(room.ToString(CultureInfo.InvariantCulture), instances, static i => i)] == instances[0] ? "chat" : "forum";
            for (var i = 0; i < 2; i++)
            {
                using var response = await client.GetAsync($"/api/chat/rooms/{room}/messages/?before=9", Ct);
                Assert.Equal(expected, (await EchoOf(response)).Service);
            }

            Assert.Equal(expected, await SocketAnswerAsync(gateway, $"/ws/chat/{room}/?token=x"));
            placed[room] = expected;
        }

        Assert.Contains("chat", placed.Values);
        Assert.Contains("forum", placed.Values);
    }

    [Fact]
    public async Task Requests_that_name_no_room_spread_over_the_instances()
    {
        using var client = StartGateway(WithChatInstances(Upstreams.Urls["chat"].ToString(), Upstreams.Urls["forum"].ToString())).CreatePlainClient();

        var answered = new HashSet<string>();
        for (var i = 0; i < 40 && answered.Count < 2; i++)
        {
            using var response = await client.GetAsync("/api/chat/rooms/", Ct);
            answered.Add((await EchoOf(response)).Service);
        }

        Assert.Equal(["chat", "forum"], answered.Order());
    }

    [Fact]
    public async Task The_rooms_of_an_instance_that_stopped_go_to_the_one_still_up()
    {
        var stopped = $"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/";
        using var client = StartGateway(WithChatInstances(Upstreams.Urls["chat"].ToString(), stopped)
            .With("Gateway:Upstreams:InstanceHealthInterval", "00:00:00.200")).CreatePlainClient();

        await Poll.UntilAsync(
            async () =>
            {
                foreach (var room in Rooms)
                {
                    using var response = await client.GetAsync($"/api/chat/rooms/{room}/", Ct);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        return false;
                    }
                }

                return true;
            },
            TimeSpan.FromSeconds(10), "every room to be served by the instance still up", Ct);
    }

    [Fact]
    public async Task A_service_found_by_name_gets_one_destination_per_address_and_keeps_its_name_as_host()
    {
        var chat = Upstreams.Urls["chat"];
        var byName = new UriBuilder(chat) { Host = "localhost" }.Uri;
        var gateway = StartGateway(Settings()
            .With("CHAT_INTERNAL_URL", byName.ToString())
            .With("Gateway:Upstreams:InstancesFromDns:0", "chat"));
        using var client = gateway.CreatePlainClient();

        using var response = await client.GetAsync("/api/chat/rooms/3/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await EchoOf(response);
        Assert.Equal(byName.Authority, echo.Headers["Host"]);
        Assert.True(gateway.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster("chat", out var cluster));
        var addresses = (await Dns.GetHostAddressesAsync("localhost", Ct)).Distinct().Select(a => a.ToString());
        Assert.Equal(addresses.Select(a => $"chat[{a}]").Order(), cluster.Destinations.Keys.Order());
    }

    private GatewaySettings WithChatInstances(params string[] urls)
    {
        var settings = Settings();
        for (var i = 0; i < urls.Length; i++)
        {
            settings.With($"Gateway:Upstreams:Instances:chat:{i}", urls[i]);
        }

        return settings;
    }

    private static async Task<string> SocketAnswerAsync(GatewayApp gateway, string path)
    {
        using var socket = await gateway.ConnectWebSocketAsync(path, Ct);
        await socket.SendAsync(Encoding.UTF8.GetBytes("hi"), WebSocketMessageType.Text, true, Ct);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, Ct);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);
        return Encoding.UTF8.GetString(buffer, 0, received.Count).Split(':')[0];
    }
}
