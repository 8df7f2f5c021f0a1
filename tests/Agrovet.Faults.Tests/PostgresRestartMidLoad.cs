using System.Net;
using System.Text.Json;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>PostgreSQL stops (fast shutdown: sessions terminated, transactions rolled back) and starts again while sellers publish ads.</summary>
public sealed class PostgresRestartMidLoad(FaultPlatform platform)
{
    private const int Writers = 4;

    [Fact]
    public async Task Services_recover_from_a_PostgreSQL_restart_mid_load_and_requests_in_flight_fail_with_503_and_no_partial_write()
    {
        var seller = await platform.SignUpAsync("businessman");
        await Ads.CreateWhenKnownAsync(seller, "Antes del reinicio", Ct);
        var answers = new Answers();
        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, Writers).Select(w => Task.Run(() => PublishAdsAsync(seller.Client, w, answers, stopLoad.Token), Ct)).ToList();

        await Poll.UntilAsync(() => answers.Count >= 20, TimeSpan.FromSeconds(60), "the load to get going", Ct);
        await platform.Platform.Postgres!.StopAsync(Ct);
        var beforeOutage = answers.Count;
        await Poll.UntilAsync(() => answers.Count >= beforeOutage + 10, TimeSpan.FromSeconds(60), "requests answered while PostgreSQL is down", Ct);
        await platform.Platform.Postgres!.StartAsync(Ct);

        // The same processes write again: no service was restarted.
        var afterOutage = answers.CountOf(HttpStatusCode.Created);
        await Poll.UntilAsync(() => answers.CountOf(HttpStatusCode.Created) >= afterOutage + 10, TimeSpan.FromSeconds(90), "ads published again after the restart", Ct);
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);

        var unclean = answers.Unclean(HttpStatusCode.Created);
        Assert.True(
            unclean.Count == 0,
            string.Join('\n', unclean.Concat(answers.UncleanTraceIds(HttpStatusCode.Created).SelectMany(platform.LogLinesOf))));
        Assert.True(answers.CountOf(HttpStatusCode.ServiceUnavailable) > 0, "Some requests should have met the outage.");
        await ThereIsNoPartialWriteAsync(seller, answers);
        await platform.WaitUntilReadyAsync(Ct);
        var newcomer = await platform.SignUpAsync("businessman"); // auth writes, and marketplace takes its event
        await Ads.CreateWhenKnownAsync(newcomer, "Después del reinicio", Ct);
    }

    private async Task ThereIsNoPartialWriteAsync(SignedInUser seller, Answers answers)
    {
        var stored = await platform.CountAsync(
            "marketplace", "SELECT count(*) FROM adds WHERE seller_id = @seller AND title LIKE 'Carga %'", p => p.AddWithValue("seller", seller.Id), Ct);
        var withoutEvent = await platform.CountAsync(
            "marketplace",
            "SELECT count(*) FROM adds a WHERE a.seller_id = @seller AND NOT EXISTS "
            + "(SELECT 1 FROM outbox_messages o WHERE o.type = 'add.created' AND o.subject = a.id::text)",
            p => p.AddWithValue("seller", seller.Id),
            Ct);
        var acknowledged = answers.Created;
        Assert.Equal(0, withoutEvent);
        // An answer lost with its connection may hide a commit, so a 503 may have stored its ad; a 201 always did.
        Assert.InRange(stored, acknowledged.Count, acknowledged.Count + answers.CountOf(HttpStatusCode.ServiceUnavailable));
        foreach (var id in acknowledged)
        {
            using var ad = await platform.Gateway.GetAsync($"/api/adds/{id}/", Ct);
            Assert.Equal(HttpStatusCode.OK, ad.StatusCode);
        }
    }

    private static async Task PublishAdsAsync(HttpClient seller, int writer, Answers answers, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = await Ads.CreateAsync(seller, $"Carga {writer}-{i}", CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                long? id = response.StatusCode == HttpStatusCode.Created ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64() : null;
                answers.Add(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, id);
            }
            catch (HttpRequestException e)
            {
                answers.Add(0, null, e.Message, null);
            }

            if (answers.CountOf(HttpStatusCode.ServiceUnavailable) > 0)
            {
                // While the database is away the answers come at once; pace them so the outage is a few dozen requests.
                await Task.Delay(20, CancellationToken.None);
            }
        }
    }
}
