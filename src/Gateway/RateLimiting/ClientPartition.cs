using System.Net;
using System.Net.Sockets;

namespace Agrovet.Gateway.RateLimiting;

/// <summary>
/// Who a request counts against: the connection's address (X-Forwarded-For is only believed from trusted proxies,
/// see Gateway:TrustedProxies). IPv6 clients count per /64, the block one household or host usually holds.
/// </summary>
public static class ClientPartition
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
