using Agrovet.AppHost.Platform;

namespace Agrovet.Bench.Soak;

/// <summary>The platform's start-up steps, on the console.</summary>
internal sealed class SoakReporter : IPlatformReporter
{
    public void Step(string message) => Console.WriteLine("→ " + message);

    public void Done(string message) => Console.WriteLine("✓ " + message);

    public void Warn(string message) => Console.WriteLine("! " + message);
}
