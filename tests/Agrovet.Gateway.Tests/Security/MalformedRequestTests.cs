using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Security;

/// <summary>Requests Kestrel refuses before the gateway's pipeline runs answer problem+json like the rest.</summary>
public sealed class MalformedRequestTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    public static TheoryData<string> MalformedRequests => [.. MalformedRequest.Names];

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task A_malformed_request_is_refused_as_problem_json(string name)
    {
        var gateway = StartGateway();
        var request = MalformedRequest.For("/health/")[name];

        var response = await RawExchange.SendAsync(gateway.BaseAddress, request.Bytes, Ct);

        var problem = response.ShouldBeProblem(request.Status);
        if (request.Field is { } field)
        {
            problem.FieldErrors(field);
        }
    }
}
