using Agrovet.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Auth.Tests;

public sealed class SocketTicketTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task A_signed_in_caller_gets_a_short_ticket_that_stands_for_their_access_token_once()
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsync(AuthApi.SocketTicket, null, Ct);
        var body = await response.ShouldBeAsync(HttpStatusCode.OK);

        var ticket = body.GetProperty("ticket").GetString()!;
        Assert.Equal(22, ticket.Length);
        Assert.Equal(30, body.GetProperty("expires_in").GetInt32());
        var tickets = api.Services.GetRequiredService<SocketTickets>();
        Assert.Equal(user.AccessToken, await tickets.RedeemAsync(ticket, Ct));
        Assert.Null(await tickets.RedeemAsync(ticket, Ct));
    }

    [Fact]
    public async Task Anonymous_callers_and_garbage_tokens_get_no_ticket()
    {
        using var anonymous = api.CreateClient();
        using var response = await anonymous.PostAsync(AuthApi.SocketTicket, null, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var garbage = api.CreateClient().WithBearer("not.a.token");
        using var refused = await garbage.PostAsync(AuthApi.SocketTicket, null, Ct);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Malformed_and_unknown_tickets_redeem_for_nothing()
    {
        var tickets = api.Services.GetRequiredService<SocketTickets>();

        Assert.Null(await tickets.RedeemAsync(string.Empty, Ct));
        Assert.Null(await tickets.RedeemAsync("short", Ct));
        Assert.Null(await tickets.RedeemAsync("AAAAAAAAAAAAAAAAAAAAAA", Ct));
        Assert.Null(await tickets.RedeemAsync("!!!!!!!!!!!!!!!!!!!!!!", Ct));
    }
}
