using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Agrovet.Bench.Compute;

/// <summary>
/// The service's latency as a client sees it: a render.png request (aggregate, shade, encode, HTTP), and over
/// /ws/compute the time to the preview and to the full render of a new view, for the whole dataset and a 1% view.
/// Every run asks for a slightly different view, so no response or aggregate is served from a cache.
/// </summary>
internal static class ServiceBenchmark
{
    private const double OnePercentCentreX = -61.0;
    private const double OnePercentCentreY = -34.0;

    /// <param name="url">The gateway, or the compute service itself.</param>
    /// <param name="authUrl">Where to sign in (/api/auth/login/): the gateway.</param>
    public static async Task RunAsync(Uri url, Uri authUrl, string username, string password, string dataset, string agg, int runs, Action<string> line)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        var token = await SignInAsync(authUrl, username, password);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var described = await http.GetFromJsonAsync<JsonDocument>($"/compute/datasets/{Uri.EscapeDataString(dataset)}/")
            ?? throw new InvalidOperationException($"{url} has no dataset {dataset}.");
        var bounds = described.RootElement.GetProperty("bounds");
        var whole = (X: (bounds.GetProperty("min_lon").GetDouble(), bounds.GetProperty("max_lon").GetDouble()),
            Y: (bounds.GetProperty("min_lat").GetDouble(), bounds.GetProperty("max_lat").GetDouble()));
        var rows = described.RootElement.GetProperty("rows").GetInt64();
        var halfWidth = (whole.X.Item2 - whole.X.Item1) * 0.05;
        var halfHeight = (whole.Y.Item2 - whole.Y.Item1) * 0.05;
        var onePercent = (X: (OnePercentCentreX - halfWidth, OnePercentCentreX + halfWidth), Y: (OnePercentCentreY - halfHeight, OnePercentCentreY + halfHeight));
        var views = new[] { ("whole dataset", whole), ("1% of its area (Pampa Húmeda)", onePercent) };

        line($"## Through the service ({url}), {dataset}: {rows:N0} rows, 800×600, agg={agg}, eq_hist with fire");
        line("");
        line("Each run asks for a new view (the range shifted by a millionth), so nothing comes from a cache; wall times as the client sees them.");
        line("");
        line("| view | request | client, median (best, worst) | server: aggregate | shade | encode | PNG bytes |");
        line("|---|---|---|---|---|---|---|");
        foreach (var (name, view) in views)
        {
            line(await RestAsync(http, dataset, agg, name, view, runs));
        }
        line("");

        line("| view | WebSocket | first preview, median (best, worst) | full render, median (best, worst) | server: full since the message |");
        line("|---|---|---|---|---|");
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(WebSocketUrl(url), $"/ws/compute?token={Uri.EscapeDataString(token)}"), CancellationToken.None);
        await ReceiveAsync(socket);
        var id = 0L;
        foreach (var (name, view) in views)
        {
            var preview = new List<double>();
            var full = new List<double>();
            var serverFull = new List<double>();
            for (var run = -2; run < runs; run++)
            {
                id++;
                var clock = Stopwatch.StartNew();
                await SendAsync(socket, id, dataset, agg, Shifted(view, id));
                double? previewAt = null;
                while (true)
                {
                    var (header, _) = await ReceiveAsync(socket);
                    if (header.GetProperty("type").GetString() != "image" || header.GetProperty("id").GetInt64() != id)
                    {
                        continue;
                    }
                    if (header.GetProperty("stage").GetString() == "preview")
                    {
                        previewAt = clock.Elapsed.TotalMilliseconds;
                        continue;
                    }
                    if (run >= 0)
                    {
                        preview.Add(previewAt ?? double.NaN);
                        full.Add(clock.Elapsed.TotalMilliseconds);
                        serverFull.Add(header.GetProperty("timings").GetProperty("since_request_ms").GetDouble());
                    }
                    break;
                }
            }
            line($"| {name} | render | {Describe(preview)} | {Describe(full)} | {Median(serverFull):F1} ms |");
        }

        // A user panning: 20 views sent at once; what counts is when the last one's full render is there.
        var panned = new List<double>();
        var fullsSent = new List<int>();
        for (var run = -1; run < runs; run++)
        {
            // A socket may send 30 messages a second in bursts of 60: each round's 20 is one burst, and the budget refills
            // before the next (once renders got fast, back-to-back rounds ran past it and the service closed the socket).
            await Task.Delay(TimeSpan.FromSeconds(1));
            var clock = Stopwatch.StartNew();
            var first = id + 1;
            for (var step = 0; step < 20; step++)
            {
                id++;
                var shift = (onePercent.X.Item2 - onePercent.X.Item1) * 0.02 * step;
                await SendAsync(socket, id, dataset, agg, ((onePercent.X.Item1 + shift, onePercent.X.Item2 + shift), onePercent.Y));
            }
            var fulls = 0;
            while (true)
            {
                var (header, _) = await ReceiveAsync(socket);
                if (header.GetProperty("type").GetString() != "image" || header.GetProperty("id").GetInt64() < first
                    || header.GetProperty("stage").GetString() != "full")
                {
                    continue;
                }
                fulls++;
                if (header.GetProperty("id").GetInt64() == id)
                {
                    break;
                }
            }
            if (run >= 0)
            {
                panned.Add(clock.Elapsed.TotalMilliseconds);
                fullsSent.Add(fulls);
            }
        }
        line($"| 1% view, panned 20 times at once | 20 renders | — | last view's full render {Describe(panned)} | {fullsSent.Order().ElementAt(fullsSent.Count / 2)} full render(s) sent of 20 (median) |");
        line("");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private static async Task<string> RestAsync(HttpClient http, string dataset, string agg, string name, ((double, double) X, (double, double) Y) view, int runs)
    {
        var client = new List<double>();
        var aggregate = new List<double>();
        var shade = new List<double>();
        var encode = new List<double>();
        long bytes = 0;
        for (var run = -2; run < runs; run++)
        {
            var query = Query(dataset, agg, Shifted(view, 1_000 + run));
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"/compute/render.png?{query}");
            var png = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (run < 0)
            {
                continue;
            }
            client.Add(elapsed);
            bytes = png.Length;
            var timing = ServerTiming(response);
            aggregate.Add(timing.GetValueOrDefault("aggregate", double.NaN));
            shade.Add(timing.GetValueOrDefault("shade", double.NaN));
            encode.Add(timing.GetValueOrDefault("encode", double.NaN));
        }
        return $"| {name} | GET render.png | {Describe(client)} | {Median(aggregate):F1} ms | {Median(shade):F1} ms | {Median(encode):F1} ms | {bytes:N0} |";
    }

    private static async Task<string> SignInAsync(Uri authUrl, string username, string password)
    {
        using var http = new HttpClient { BaseAddress = authUrl };
        using var response = await http.PostAsJsonAsync("/api/auth/login/", new { username, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using var tokens = await response.Content.ReadFromJsonAsync<JsonDocument>() ?? throw new InvalidOperationException("No tokens.");
        return tokens.RootElement.GetProperty("access").GetString()!;
    }

    private static ((double, double) X, (double, double) Y) Shifted(((double, double) X, (double, double) Y) view, long run)
    {
        var shift = (view.X.Item2 - view.X.Item1) * 1e-6 * (run % 1_000);
        return ((view.X.Item1 + shift, view.X.Item2 + shift), view.Y);
    }

    private static Dictionary<string, object> Parameters(string dataset, string agg, ((double, double) X, (double, double) Y) view) => new()
    {
        ["dataset"] = dataset,
        ["agg"] = agg,
        ["how"] = "eq_hist",
        ["cmap"] = "fire",
        ["width"] = 800,
        ["height"] = 600,
        ["x_range"] = new[] { view.X.Item1, view.X.Item2 },
        ["y_range"] = new[] { view.Y.Item1, view.Y.Item2 },
    };

    private static string Query(string dataset, string agg, ((double, double) X, (double, double) Y) view) =>
        string.Join('&', Parameters(dataset, agg, view).Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value switch
        {
            double[] range => string.Join(',', range.Select(value => value.ToString("R", CultureInfo.InvariantCulture))),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var text => text.ToString()!,
        })}"));

    private static Task SendAsync(ClientWebSocket socket, long id, string dataset, string agg, ((double, double) X, (double, double) Y) view) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["type"] = "render", ["id"] = id, ["params"] = Parameters(dataset, agg, view) }),
            WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next frame: a binary image frame's header and PNG, or a text frame (PNG empty).</summary>
    private static async Task<(JsonElement Header, byte[] Png)> ReceiveAsync(ClientWebSocket socket)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The service closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
            }
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }
            var bytes = message.ToArray();
            if (result.MessageType == WebSocketMessageType.Text)
            {
                var text = JsonDocument.Parse(bytes).RootElement.Clone();
                return text.GetProperty("type").GetString() == "error"
                    ? throw new InvalidOperationException($"The service answered an error: {Encoding.UTF8.GetString(bytes)}")
                    : (text, []);
            }
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes);
            return (JsonDocument.Parse(bytes.AsMemory(4, length)).RootElement.Clone(), bytes[(4 + length)..]);
        }
    }

    private static Dictionary<string, double> ServerTiming(HttpResponseMessage response)
    {
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return stages;
        }
        foreach (var entry in values.SelectMany(value => value.Split(',')))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            var duration = parts.Skip(1).FirstOrDefault(part => part.StartsWith("dur=", StringComparison.Ordinal));
            if (duration is not null && double.TryParse(duration[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            {
                stages[parts[0]] = milliseconds;
            }
        }
        return stages;
    }

    private static Uri WebSocketUrl(Uri url) => new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws" }.Uri;

    private static double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);

    private static string Describe(List<double> values) =>
        values.Count == 0 ? "—" : $"{Median(values):F1} ms ({values.Min():F1}, {values.Max():F1})";
}
