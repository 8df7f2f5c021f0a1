namespace Agrovet.AppHost.Platform;

/// <summary>Where one more instance of a service listens: its public port and its management port (<c>/metrics</c>, health).</summary>
public sealed record InstancePorts(int Port, int ManagementPort);
