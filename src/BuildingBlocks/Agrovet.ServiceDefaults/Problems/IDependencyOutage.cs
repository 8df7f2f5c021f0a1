namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// Recognises a failure that means a dependency is away for a while (its database restarting, Redis unreachable) rather
/// than a bug: such a request is answered 503 problem+json with <c>Retry-After</c> instead of 500. Each building block
/// that owns a client registers its own (Agrovet.Data for Npgsql); ServiceDefaults registers Redis's.
/// </summary>
public interface IDependencyOutage
{
    /// <summary>True when <paramref name="exception"/> itself (its inner exceptions are asked separately) says the dependency is away.</summary>
    bool IsOutage(Exception exception);
}
