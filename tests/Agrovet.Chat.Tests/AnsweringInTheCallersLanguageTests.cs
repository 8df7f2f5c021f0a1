using System.Net.WebSockets;
using System.Text;

namespace Agrovet.Chat.Tests;

/// <summary>
/// The chat answers in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without the
/// header (the product's first language), English for <c>en-*</c>; problems, field errors and the reasons a WebSocket
/// is closed with alike.
/// </summary>
public sealed class AnsweringInTheCallersLanguageTests(ChatApiFactory api) : IClassFixture<ChatApiFactory>
{
    private const long NoSuchRoom = 987_654_321;

    [Theory]
    [InlineData("es-CO", "No encontrado", "No existe ninguna sala con el id 987654321.")]
    [InlineData(null, "No encontrado", "No existe ninguna sala con el id 987654321.")]
    [InlineData("en-US", "Not found", "No room has id 987654321.")]
    public async Task An_unknown_room_is_explained_in_the_callers_language(string? acceptLanguage, string title, string detail)
    {
        var ana = await api.SignUpAsync();
        ana.Client.InLanguage(acceptLanguage);

        using var response = await ana.Client.GetAsync($"{ChatApi.Rooms}{NoSuchRoom}/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("es-CO", "Elija un límite de 1 a 100.")]
    [InlineData(null, "Elija un límite de 1 a 100.")]
    [InlineData("en-US", "Choose a limit from 1 to 100.")]
    public async Task A_history_limit_out_of_range_is_explained_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var (ana, room) = await RoomAsync();
        ana.Client.InLanguage(acceptLanguage);

        using var response = await ana.Client.GetAsync($"{ChatApi.Rooms}{room}/messages/?limit=0", Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("limit"));
    }

    [Theory]
    [InlineData("es-CO", "Mensaje mal formado: envíe un objeto JSON con un \"type\" (message, edit, delete, read, typing, ping).")]
    [InlineData(null, "Mensaje mal formado: envíe un objeto JSON con un \"type\" (message, edit, delete, read, typing, ping).")]
    [InlineData("en-US", "Malformed frame: send a JSON object with a \"type\" (message, edit, delete, read, typing, ping).")]
    public async Task A_socket_closed_for_a_malformed_frame_says_why_in_the_language_it_connected_with(string? acceptLanguage, string expected)
    {
        var (ana, room) = await RoomAsync();
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (acceptLanguage is not null)
        {
            socket.Options.SetRequestHeader("Accept-Language", acceptLanguage);
        }

        await socket.ConnectAsync(api.SocketUri(room, ana.AccessToken), Ct);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{}"), WebSocketMessageType.Text, true, Ct);

        var buffer = new byte[64 * 1024];
        while ((await socket.ReceiveAsync(buffer, Ct)).MessageType != WebSocketMessageType.Close)
        {
        }

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
        Assert.Equal(expected, socket.CloseStatusDescription);
    }

    private async Task<(SignedInUser Owner, long Room)> RoomAsync()
    {
        var ana = await api.SignUpAsync();
        var ben = await api.SignUpAsync();
        await api.KnowsAsync(ana);
        await api.KnowsAsync(ben);
        return (ana, (await ana.Client.OpenDirectAsync(ben.Id)).Id());
    }
}
