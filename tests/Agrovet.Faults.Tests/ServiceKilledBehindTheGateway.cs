using System.Diagnostics;
using System.Net;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>A service process dies (SIGKILL) while the gateway keeps taking its requests.</summary>
public sealed class ServiceKilledBehindTheGateway(FaultPlatform platform)
{

    [Fact]
    public async Task The_gateway_answers_503_problem_json_for_a_killed_service_and_serves_it_again_when_it_returns()
    {
        using (var before = await platform.Gateway.GetAsync("/api/adds/", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await platform.Platform.StopServiceAsync("marketplace", kill: true);
        try
        {
            var watch = Stopwatch.StartNew();
            using var down = await platform.Gateway.GetAsync("/api/adds/", Ct);
            TestContext.Current.SendDiagnosticMessage($"503 for the killed marketplace after {watch.Elapsed.TotalMilliseconds:0} ms");
            var problem = await down.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

            // Other services behind the same gateway are untouched.
            using var other = await platform.Gateway.GetAsync(AuthApi.Jwks, Ct);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        finally
        {
            await platform.Platform.StartServiceAsync("marketplace", Ct);
        }

        using var after = await platform.Gateway.GetAsync("/api/adds/", Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
