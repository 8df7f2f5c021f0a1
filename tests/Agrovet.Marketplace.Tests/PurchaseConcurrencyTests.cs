using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Tests;

/// <summary>Concurrent buyers never oversell, and concurrent retries of one purchase place one order.</summary>
public sealed class PurchaseConcurrencyTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task Two_hundred_buyers_racing_for_fifty_units_get_exactly_fifty()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.SignUpAsync()));
        var id = await seller.CreateAdIdAsync(("stock", 50));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await buyers[i % buyers.Length].PurchaseAsync(id, new { quantity = 1 }, Guid.NewGuid().ToString());
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            }

            return response.StatusCode;
        }));

        Assert.Equal(50, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(150, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(200, statuses.Length);
        var ad = await seller.Client.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal((0, "sold_out"), (ad.GetProperty("stock").GetInt32(), ad.GetProperty("status").GetString()));
        Assert.Equal(50, await api.InDbAsync(db => db.Orders.Where(o => o.AdId == id).SumAsync(o => o.Quantity, Ct)));
        Assert.Equal(50, await api.InDbAsync(db => db.Orders.CountAsync(o => o.AdId == id, Ct)));
    }

    [Fact]
    public async Task Fifty_concurrent_retries_of_one_purchase_place_one_order()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 100));
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await buyer.PurchaseAsync(id, new { quantity = 3 }, key);
            return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(1, await api.InDbAsync(db => db.Orders.CountAsync(o => o.AdId == id, Ct)));
        Assert.Equal(97, (await seller.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Concurrent_retries_for_the_last_units_still_answer_with_the_one_order()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 2));
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await buyer.PurchaseAsync(id, new { quantity = 2 }, key);
            return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(0, (await seller.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Edits_racing_purchases_neither_deadlock_nor_lose_a_sale()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 1000));

        var purchases = Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await buyer.PurchaseAsync(id);
            return response.StatusCode;
        });
        var edits = Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = $"Vaca Holstein, lote {i}" }, Ct);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(purchases.Concat(edits));

        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(960, (await seller.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }
}
