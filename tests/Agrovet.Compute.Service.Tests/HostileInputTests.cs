namespace Agrovet.Compute.Service.Tests;

/// <summary>Text no client should send is a 400 that names the parameter, never a crash of a render.</summary>
public sealed class HostileInputTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    [Fact]
    public async Task A_NUL_in_any_string_query_parameter_of_the_API_is_a_400_naming_it()
    {
        using var anonymous = api.CreatePlainClient();
        var cases = await OpenApiProbe.NulCasesAsync(anonymous, Ct);
        var member = await api.SignUpAsync();

        Assert.Contains(cases, c => c.ToString().Contains("x_range", StringComparison.Ordinal));
        await OpenApiProbe.AssertAllRefusedAsync(cases, [member.Client], Ct);
    }
}
