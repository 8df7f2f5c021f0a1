namespace Agrovet.Profiles.Tests;

internal static class TestCancellation
{
    /// <summary>Cancelled when the running test is stopped or times out.</summary>
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
