namespace Agrovet.LocalInfrastructure.Tests.Networking;

public sealed class FreePortTests
{
    [Fact]
    public void Ports_for_late_servers_are_free_below_the_ephemeral_range_and_never_handed_out_twice()
    {
        var low = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);

        var ports = Enumerable.Range(0, 200).Select(_ => FreePort.ForLateServer()).ToList();

        Assert.All(ports, port => Assert.InRange(port, 1025, low - 1));
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.True(FreePort.IsFree(port)));
    }
}
