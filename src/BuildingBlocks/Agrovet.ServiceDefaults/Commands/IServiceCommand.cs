namespace Agrovet.ServiceDefaults.Commands;

/// <summary>
/// A verb a service runs instead of serving (<c>dotnet Agrovet.Auth.dll migrate</c>): used by the launcher and
/// container entrypoints. Returns the process exit code.
/// </summary>
public interface IServiceCommand
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
