using Agrovet.ServiceDefaults.Commands;

namespace Agrovet.Auth.Keys;

/// <summary><c>dotnet Agrovet.Auth.dll rotate-keys</c>: sign with a new key from now on.</summary>
public sealed class RotateKeysCommand : IServiceCommand
{
    public string Name => "rotate-keys";

    public string Description => "create a new signing key; the previous ones stay published until their tokens expire";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var ring = await services.GetRequiredService<SigningKeyStore>().RotateAsync(cancellationToken);
        Console.WriteLine($"Signing with key {ring.SigningKid}; {ring.Jwks.Keys.Count} key(s) published.");
        return 0;
    }
}
