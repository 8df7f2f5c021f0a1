namespace Agrovet.AppHost.Platform;

/// <summary>Where the launcher tells what it is doing: the terminal for <c>./agrovet up</c>, the test log in tests.</summary>
public interface IPlatformReporter
{
    void Step(string message);

    void Done(string message);

    void Warn(string message);
}
