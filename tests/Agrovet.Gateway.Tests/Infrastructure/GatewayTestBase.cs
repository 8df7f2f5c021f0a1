using System.Net.Http.Json;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>Gives a test class the echo upstreams, the shared servers, and gateways it starts and disposes.</summary>
public abstract class GatewayTestBase(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams) : IAsyncDisposable
{
    private readonly List<GatewayApp> _gateways = [];
    private readonly List<DirectoryInfo> _directories = [];

    protected EchoUpstreams Upstreams => upstreams;


    protected GatewaySettings Settings() => new(upstreams, infrastructure.Infrastructure);

    protected GatewayApp StartGateway(GatewaySettings? settings = null)
    {
        var gateway = new GatewayApp(settings ?? Settings());
        _gateways.Add(gateway);
        _ = gateway.BaseAddress;
        return gateway;
    }

    /// <summary>A fresh directory, removed after the test.</summary>
    protected DirectoryInfo CreateTemporaryDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("agrovet-gateway-test-");
        _directories.Add(directory);
        return directory;
    }

    protected static async Task<EchoedRequest> EchoOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<EchoedRequest>(Ct))!;

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        foreach (var directory in _directories)
        {
            directory.Delete(recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
