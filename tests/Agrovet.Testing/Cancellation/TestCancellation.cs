using Xunit;

namespace Agrovet.Testing;

/// <summary>The running test's cancellation token; test projects import it with <c>global using static Agrovet.Testing.TestCancellation;</c>.</summary>
public static class TestCancellation
{
    /// <summary>Cancelled when the running test is stopped or times out.</summary>
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
