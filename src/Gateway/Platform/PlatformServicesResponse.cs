namespace Agrovet.Gateway.Platform;

public sealed record PlatformServicesResponse(IReadOnlyList<PlatformService> Services);
