using System.Net.Sockets;
using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>Turns YARP's forwarding failures (an empty 502 by default) into problem+json that says what to do.</summary>
public static class UpstreamProblems
{
    /// <summary>The answer for a failed forward, or null when nobody is left to read one (the client went away).</summary>
    public static ProblemHttpResult? For(IForwarderErrorFeature failure, string service, int statusCode) => failure.Error switch
    {
        ForwarderError.NoAvailableDestinations => Unreachable(service),
        ForwarderError.Request when IsConnectFailure(failure.Exception) => Unreachable(service),
        ForwarderError.RequestTimedOut when IsConnectFailure(failure.Exception) => Unreachable(service),
        ForwarderError.RequestTimedOut => TypedResults.Problem(
            $"The {service} service did not answer in time. Try again; if it keeps happening, check its logs.",
            statusCode: StatusCodes.Status504GatewayTimeout,
            title: "Gateway timeout"),
        ForwarderError.RequestBodyClient when statusCode == StatusCodes.Status413PayloadTooLarge => TypedResults.Problem(
            "The request body is larger than this endpoint accepts. Send a smaller body.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large"),
        ForwarderError.RequestBodyClient => TypedResults.Problem(
            "The request body could not be read completely.",
            statusCode: statusCode >= 400 ? statusCode : StatusCodes.Status400BadRequest,
            title: "Bad request"),
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled => null,
        ForwarderError.Request or ForwarderError.RequestCreation or ForwarderError.RequestBodyDestination or ForwarderError.ResponseHeaders
            => TypedResults.Problem(
                $"The {service} service gave an answer the gateway could not pass on. Check its logs.",
                statusCode: StatusCodes.Status502BadGateway,
                title: "Bad gateway"),
        _ => null,
    };

    private static ProblemHttpResult Unreachable(string service) => TypedResults.Problem(
        $"The {service} service is not reachable right now. Start it (./agrovet up) or check its logs.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Service unavailable");

    /// <summary>Refused, unresolvable or timed-out connections: the service is not there, as opposed to slow or broken.</summary>
    private static bool IsConnectFailure(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }:
                case SocketException:
                case TimeoutException timeout when timeout.Message.Contains("ConnectTimeout", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
