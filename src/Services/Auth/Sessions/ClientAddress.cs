using System.Net;

namespace Agrovet.Auth.Sessions;

/// <summary>The caller's address as the forwarded-headers middleware settled it (the gateway's X-Forwarded-For).</summary>
public static class ClientAddress
{
    public static IPAddress? Of(HttpContext http) =>
        http.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : http.Connection.RemoteIpAddress;
}
