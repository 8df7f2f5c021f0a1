using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Bogus;

namespace Agrovet.EndToEnd.Tests;

public sealed class LaunchingThePlatform
{
    [Fact]
    public async Task A_new_user_registers_and_reads_their_account_through_the_gateway_and_stopping_leaves_no_process()
    {
        var ct = TestContext.Current.CancellationToken;
        var fixture = new PlatformFixture();
        IReadOnlyList<int> processes;
        try
        {
            await fixture.InitializeAsync();
            var gateway = fixture.Gateway;
            processes = fixture.Platform.ProcessIds;
            Assert.True(processes.Count >= 4, $"expected postgres, redis, the services and the gateway; got {processes.Count} processes");

            var faker = new Faker();
            var username = "e2e_" + faker.Random.AlphaNumeric(10);
            var password = "Correct-horse-" + faker.Random.AlphaNumeric(6);
            using var register = await gateway.PostAsJsonAsync("/api/auth/register/", new { username, email = $"{username}@example.org", password, role = "consumer" }, ct);
            Assert.Equal(HttpStatusCode.Created, register.StatusCode);

            using var login = await gateway.PostAsJsonAsync("/api/auth/login/", new { username, password }, ct);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(ct);
            var access = tokens.GetProperty("access").GetString();

            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me/");
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
            using var meResponse = await gateway.SendAsync(me, ct);
            Assert.Equal(HttpStatusCode.OK, meResponse.StatusCode);
            var account = await meResponse.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.Equal(username, account.GetProperty("username").GetString());
            Assert.Equal("consumer", account.GetProperty("role").GetString());

            using var health = await gateway.GetAsync("/health/", ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            await AssertTheApiReferenceAndMetricsAsync(fixture.Platform, gateway, ct);
        }
        finally
        {
            await fixture.DisposeAsync();
        }

        Assert.All(processes, pid => Assert.False(ProcessSignals.IsAlive(pid), $"process {pid} is still running after stop"));
        Assert.Empty(ChildrenOf(Environment.ProcessId));
    }

    /// <summary>
    /// The gateway serves every started service's own OpenAPI document and lists only the started services; each
    /// process serves the document committed in docs/openapi; each process serves /metrics on its management port and never on its public one.
    /// </summary>
    private static async Task AssertTheApiReferenceAndMetricsAsync(LocalPlatform platform, HttpClient gateway, CancellationToken ct)
    {
        using var services = await gateway.GetAsync("/api/platform/services", ct);
        var listed = (await services.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(["auth", "media", "profiles"], listed.Select(s => s.GetProperty("name").GetString()));
        Assert.All(listed, s => Assert.True(s.GetProperty("available").GetBoolean()));

        using var document = await gateway.GetAsync("/api/docs/auth.json", ct);
        Assert.True(
            document.StatusCode == HttpStatusCode.OK,
            $"/api/docs/auth.json answered {(int)document.StatusCode}; the gateway's log ends:\n{LogTail(platform, "gateway")}");
        var openApi = await document.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("Agrovet auth API", openApi.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains(openApi.GetProperty("paths").EnumerateObject(), path => path.Name.StartsWith("/api/auth/login", StringComparison.Ordinal));
        Assert.Equal("/", openApi.GetProperty("servers")[0].GetProperty("url").GetString());

        using var page = await gateway.GetAsync("/api/docs/", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var management = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var service in platform.Services)
        {
            // What each running process serves is what the repository keeps (docs/openapi, from its openapi verb).
            var served = await management.GetStringAsync(new Uri(platform.UrlOf(service), "/openapi/v1.json"), ct);
            Assert.Null(CommittedDocuments.DifferenceFrom(service, served, $"the running {service.Name} service serves"));

            using var metrics = await management.GetAsync(new Uri(platform.ManagementUrlOf(service), "/metrics"), ct);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.Contains($"service_name=\"{service.Name}\"", await metrics.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            using var hidden = await management.GetAsync(new Uri(platform.UrlOf(service), "/metrics"), ct);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
    }

    private static string LogTail(LocalPlatform platform, string service) =>
        string.Join('\n', File.ReadLines(Path.Combine(platform.Options.StateDirectory, "logs", $"{service}.log")).TakeLast(20));

    /// <summary>Services the launcher started carry AGROVET_PARENT_PID=&lt;launcher pid&gt; in their environment.</summary>
    private static List<int> ChildrenOf(int launcherPid)
    {
        var marker = $"AGROVET_PARENT_PID={launcherPid}\0";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == launcherPid)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(dir, "environ"));
                if (environment.Contains(marker, StringComparison.Ordinal) && ProcessSignals.IsAlive(pid))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
