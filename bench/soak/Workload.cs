using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.Testing;

namespace Agrovet.Bench.Soak;

/// <summary>
/// What people do on the platform, through the gateway, in proportions like a day's: browse and search the market,
/// open ads, buy, read the forum, post and vote, chat, and look at the analytics (a render). <see cref="SetUpAsync"/>
/// makes the sellers, ads, buyers, a community and a chat room first.
/// </summary>
internal sealed class Workload(Func<HttpClient> newClient)
{
    public const long InitialStock = 1_000_000;

    private static readonly string[] Words = ["vaca", "semillas", "tractor", "novillo", "alfalfa", "ordeñadora"];

    private static readonly (string Name, int Weight)[] Mix =
    [
        ("browse", 22), ("search", 14), ("ad", 14), ("buy", 8), ("feed", 10), ("post", 4), ("vote", 10), ("chat", 12), ("render", 6),
    ];

    private readonly List<long> _ads = [];
    private readonly List<SignedInUser> _buyers = [];
    private readonly ConcurrentBag<long> _posts = [];
    private readonly ConcurrentDictionary<long, long> _bought = new();
    private HttpClient _anonymous = null!;
    private string _community = string.Empty;
    private long _room;
    private long _chatSent;
    private long _postsCreated;

    public IReadOnlyList<long> AdIds => _ads;

    /// <summary>Units bought per ad (201 answers).</summary>
    public IReadOnlyDictionary<long, long> Bought => _bought;

    public long ChatMessagesSent => Interlocked.Read(ref _chatSent);

    public long PostsCreated => Interlocked.Read(ref _postsCreated);

    public long Room => _room;

    public async Task SetUpAsync(int sellers, int adsPerSeller, int buyers, CancellationToken cancellationToken)
    {
        _anonymous = newClient();
        for (var s = 0; s < sellers; s++)
        {
            var seller = await AuthApi.SignUpAsync(newClient, "businessman");
            for (var a = 0; a < adsPerSeller; a++)
            {
                var title = $"{Words[(s * adsPerSeller + a) % Words.Length]} lote {s}-{a}";
                _ads.Add(await CreatedIdAsync(() => seller.Client.PostAsJsonAsync("/api/adds/", new
                {
                    title,
                    description = "Lote de prueba del soak: sano, vacunado y con entrega en la región.",
                    price = "150.00",
                    currency = "USD",
                    stock = InitialStock,
                    category = "livestock/cattle",
                    region = "CO-COR",
                    media_ids = Array.Empty<Guid>(),
                }, cancellationToken), cancellationToken));
            }
        }

        for (var b = 0; b < buyers; b++)
        {
            _buyers.Add(await AuthApi.SignUpAsync(newClient));
        }

        var founder = _buyers[0];
        using (var community = await RetryUntilAsync(
            () => founder.Client.PostAsJsonAsync("/api/foro/communities/", new { name = $"Soak {Guid.NewGuid():N}"[..20], description = "Tambos y praderas" }, cancellationToken),
            HttpStatusCode.Created, cancellationToken))
        {
            _community = (await community.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("slug").GetString()!;
        }

        for (var p = 0; p < 10; p++)
        {
            await PostAsync(_buyers[p % _buyers.Count], cancellationToken);
        }

        using (var room = await RetryUntilAsync(
            () => founder.Client.PostAsJsonAsync("/api/chat/rooms/", new { kind = "group", name = "Soak", member_ids = _buyers.Skip(1).Select(b => b.Id).ToArray() }, cancellationToken),
            HttpStatusCode.Created, cancellationToken))
        {
            _room = (await room.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64();
        }

        // The analytics datasets are generated on compute's first start; wait until one can be rendered.
        using var render = await RetryUntilAsync(() => founder.Client.GetAsync(RenderPath, cancellationToken), HttpStatusCode.OK, cancellationToken, TimeSpan.FromMinutes(5));
    }

    /// <summary>
    /// Signs every buyer in again, as a client does before its access token runs out (10 minutes, and the soak with its
    /// set-up, capacity run and warm-up lasts longer): each buyer's record is swapped for one with a fresh client (a
    /// reference write; a request that still picks the old one sends a token that is minutes from expiring, not past it).
    /// </summary>
    public async Task RenewSignInsAsync(CancellationToken cancellationToken)
    {
        for (var b = 0; b < _buyers.Count; b++)
        {
            var renewed = await AuthApi.SignInAsync(newClient, _buyers[b].Account);
            cancellationToken.ThrowIfCancellationRequested();
            _buyers[b] = renewed;
        }
    }

    /// <summary>One operation of the mix, picked by <paramref name="random"/>.</summary>
    public async Task<Outcome> RunOneAsync(Random random, CancellationToken cancellationToken)
    {
        var pick = random.Next(Mix.Sum(m => m.Weight));
        var operation = Mix.First(m => (pick -= m.Weight) < 0).Name;
        var buyer = _buyers[random.Next(_buyers.Count)];
        var watch = Stopwatch.StartNew();
        try
        {
            var (ok, status) = operation switch
            {
                "browse" => await GetAsync(_anonymous, "/api/adds/?page_size=20", cancellationToken),
                "search" => await GetAsync(_anonymous, $"/api/adds/?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}", cancellationToken),
                "ad" => await GetAsync(_anonymous, $"/api/adds/{_ads[random.Next(_ads.Count)]}/", cancellationToken),
                "buy" => await BuyAsync(buyer, _ads[random.Next(_ads.Count)], cancellationToken),
                "feed" => await GetAsync(_anonymous, $"/api/foro/posts/?community={_community}", cancellationToken),
                "post" => await PostAsync(buyer, cancellationToken),
                "vote" => await VoteAsync(buyer, _posts.ElementAt(random.Next(_posts.Count)), random.Next(2) == 0 ? 1 : -1, cancellationToken),
                "chat" => await ChatAsync(buyer, cancellationToken),
                _ => await GetAsync(buyer.Client, RenderPath, cancellationToken),
            };
            return new Outcome(operation, watch.Elapsed.TotalMilliseconds, ok, status);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Outcome(operation, watch.Elapsed.TotalMilliseconds, false, 0);
        }
    }

    private const string RenderPath = "/compute/render.png?dataset=crop-yields-1m&width=256&height=192";

    private static async Task<(bool, int)> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return (response.StatusCode == HttpStatusCode.OK, (int)response.StatusCode);
    }

    private async Task<(bool, int)> BuyAsync(SignedInUser buyer, long ad, CancellationToken cancellationToken)
    {
        using var purchase = new HttpRequestMessage(HttpMethod.Post, $"/api/adds/{ad}/purchase/") { Content = JsonContent.Create(new { quantity = 1 }) };
        purchase.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await buyer.Client.SendAsync(purchase, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            _bought.AddOrUpdate(ad, 1, (_, n) => n + 1);
        }

        return (response.StatusCode == HttpStatusCode.Created, (int)response.StatusCode);
    }

    private async Task<(bool, int)> PostAsync(SignedInUser author, CancellationToken cancellationToken)
    {
        using var response = await RetryUntilAsync(
            () => author.Client.PostAsJsonAsync("/api/foro/posts/", new { community = _community, title = $"¿Cómo cuidan la pastura en invierno? {Guid.NewGuid():N}"[..48], body = "Cuéntenme qué les funciona." }, cancellationToken),
            HttpStatusCode.Created, cancellationToken, _posts.IsEmpty ? TimeSpan.FromSeconds(60) : TimeSpan.Zero);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            _posts.Add((await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64());
            Interlocked.Increment(ref _postsCreated);
        }

        return (response.StatusCode == HttpStatusCode.Created, (int)response.StatusCode);
    }

    private static async Task<(bool, int)> VoteAsync(SignedInUser voter, long post, int value, CancellationToken cancellationToken)
    {
        using var response = await voter.Client.PostAsJsonAsync($"/api/foro/posts/{post}/react/", new { value }, cancellationToken);
        return (response.StatusCode == HttpStatusCode.OK, (int)response.StatusCode);
    }

    private async Task<(bool, int)> ChatAsync(SignedInUser member, CancellationToken cancellationToken)
    {
        using var response = await member.Client.PostAsJsonAsync(
            $"/api/chat/rooms/{_room}/messages/", new { body = "¿Alguien tiene alfalfa para vender?", client_id = Guid.NewGuid().ToString("N") }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            Interlocked.Increment(ref _chatSent);
        }

        return (response.StatusCode == HttpStatusCode.Created, (int)response.StatusCode);
    }

    private static async Task<long> CreatedIdAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var response = await RetryUntilAsync(send, HttpStatusCode.Created, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64();
    }

    /// <summary>Sends until the answer is <paramref name="wanted"/> (a new user's copy may not have reached the service yet), for at most <paramref name="patience"/> (60 s).</summary>
    private static async Task<HttpResponseMessage> RetryUntilAsync(
        Func<Task<HttpResponseMessage>> send, HttpStatusCode wanted, CancellationToken cancellationToken, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await send();
            if (response.StatusCode == wanted || DateTime.UtcNow >= deadline)
            {
                return response.StatusCode == wanted || patience == TimeSpan.Zero
                    ? response
                    : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: still {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            response.Dispose();
            await Task.Delay(200, cancellationToken);
        }
    }
}
