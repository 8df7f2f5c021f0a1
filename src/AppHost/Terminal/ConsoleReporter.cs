using Agrovet.AppHost.Platform;

namespace Agrovet.AppHost.Terminal;

/// <summary>Progress lines for a person at a terminal: "→" while doing, "✓" when done, "!" for warnings.</summary>
internal sealed class ConsoleReporter : IPlatformReporter
{
    private static readonly bool Color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public void Step(string message) => Write("→", message, ConsoleColor.Cyan);

    public void Done(string message) => Write("✓", message, ConsoleColor.Green);

    public void Warn(string message) => Write("!", message, ConsoleColor.Yellow);

    public static void Error(string message)
    {
        if (Color)
        {
            Console.ForegroundColor = ConsoleColor.Red;
        }

        Console.Error.WriteLine($"✗ {message}");
        if (Color)
        {
            Console.ResetColor();
        }
    }

    private static void Write(string mark, string message, ConsoleColor color)
    {
        if (Color)
        {
            Console.ForegroundColor = color;
            Console.Write(mark);
            Console.ResetColor();
            Console.WriteLine($" {message}");
        }
        else
        {
            Console.WriteLine($"{mark} {message}");
        }
    }
}
