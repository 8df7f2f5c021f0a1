namespace Agrovet.Marketplace.Tests;

/// <summary>An order's timeline: every step (placed, shipped with its tracking note, completed, cancelled), who took it and when.</summary>
public sealed class OrderTimelineTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task The_timeline_shows_each_step_who_took_it_and_the_tracking_note()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        using (var shipped = await seller.Client.PostAsJsonAsync($"{AdBodies.Order(order)}ship/", new { tracking_note = "Servientrega 700012345" }, Ct))
        {
            var body = await shipped.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal(2, body.GetProperty("timeline").GetArrayLength());
        }

        using (var completed = await buyer.Client.PostAsync($"{AdBodies.Order(order)}complete/", null, Ct))
        {
            await completed.ShouldBeAsync(HttpStatusCode.OK);
        }

        var timeline = (await buyer.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["placed", "shipped", "completed"], timeline.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(["buyer", "seller", "buyer"], timeline.Select(e => e.GetProperty("role").GetString()));
        Assert.Equal([buyer.Id, seller.Id, buyer.Id], timeline.Select(e => e.GetProperty("by").GetProperty("id").GetInt64()));
        Assert.Equal(seller.Account.Username, timeline[1].GetProperty("by").GetProperty("username").GetString());
        Assert.Equal("Servientrega 700012345", timeline[1].GetProperty("note").GetString());
        Assert.True(timeline[0].GetProperty("at").GetDateTime() <= timeline[2].GetProperty("at").GetDateTime());
    }

    [Fact]
    public async Task Shipping_without_a_body_has_no_note_and_an_admins_cancellation_is_on_the_timeline()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();
        using (var shipped = await seller.Client.PostAsync($"{AdBodies.Order(order)}ship/", null, Ct))
        {
            await shipped.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var cancelled = await admin.Client.PostAsync($"{AdBodies.Order(order)}cancel/", null, Ct))
        {
            await cancelled.ShouldBeAsync(HttpStatusCode.OK);
        }

        var timeline = (await seller.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(string.Empty, timeline[1].GetProperty("note").GetString());
        Assert.Equal(("cancelled", "admin"), (timeline[2].GetProperty("status").GetString(), timeline[2].GetProperty("role").GetString()));
        Assert.Equal(3, (await admin.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task Lists_leave_the_timeline_out_and_strangers_do_not_see_it()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var stranger = await api.SignUpAsync("businessman");
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        var listed = (await buyer.Client.GetJsonAsync(AdBodies.Orders)).GetProperty("results")[0];
        using var strangers = await stranger.Client.GetAsync(AdBodies.Order(order), Ct);
        using var strangerShips = await stranger.Client.PostAsJsonAsync($"{AdBodies.Order(order)}ship/", new { tracking_note = "x" }, Ct);
        using var buyerShips = await buyer.Client.PostAsJsonAsync($"{AdBodies.Order(order)}ship/", new { tracking_note = "x" }, Ct);

        Assert.False(listed.TryGetProperty("timeline", out _));
        await strangers.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await strangerShips.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await buyerShips.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_tracking_note_too_long_or_with_a_NUL_is_named()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        using var tooLong = await seller.Client.PostAsJsonAsync($"{AdBodies.Order(order)}ship/", new { tracking_note = new string('x', 501) }, Ct);
        using var nul = await seller.Client.PostAsync($"{AdBodies.Order(order)}ship/", MarketplaceClient.Json("""{"tracking_note":"guía\u0000"}"""), Ct);

        await tooLong.ShouldHaveFieldErrorAsync("tracking_note");
        await nul.ShouldHaveFieldErrorAsync("tracking_note");
        Assert.Equal("placed", (await buyer.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("es", "No existe ningún pedido con el id 987654321.")]
    [InlineData("en", "No order has id 987654321.")]
    public async Task Shipping_an_unknown_order_is_a_404_in_the_callers_language(string language, string expected)
    {
        var seller = await api.SignUpAsync("businessman");
        seller.Client.InLanguage(language);

        using var response = await seller.Client.PostAsJsonAsync($"{AdBodies.Order(987_654_321)}ship/", new { tracking_note = "x" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
    }
}
