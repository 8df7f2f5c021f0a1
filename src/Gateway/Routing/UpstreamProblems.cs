using System.Net.Sockets;
using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>Turns YARP's forwarding failures (an empty 502 by default) into problem+json that says what to do, in the request's language.</summary>
public static class UpstreamProblems
{
    /// <summary>The answer for a failed forward, or null when nobody is left to read one (the client went away).</summary>
    public static ProblemHttpResult? For(IForwarderErrorFeature failure, string service, int statusCode) => failure.Error switch
    {
        ForwarderError.NoAvailableDestinations => Unreachable(service),
        ForwarderError.Request when IsConnectFailure(failure.Exception) => Unreachable(service),
        ForwarderError.RequestTimedOut when IsConnectFailure(failure.Exception) => Unreachable(service),
        ForwarderError.RequestTimedOut => TypedResults.Problem(
            Messages.FormatUpstreamTimeout(service),
            statusCode: StatusCodes.Status504GatewayTimeout,
            title: SharedMessages.TitleGatewayTimeout),
        ForwarderError.RequestBodyClient when statusCode == StatusCodes.Status413PayloadTooLarge => TypedResults.Problem(
            Messages.UpstreamBodyTooLarge,
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: SharedMessages.TitlePayloadTooLarge),
        ForwarderError.RequestBodyClient => TypedResults.Problem(
            Messages.UpstreamBodyIncomplete,
            statusCode: statusCode >= 400 ? statusCode : StatusCodes.Status400BadRequest,
            title: SharedMessages.TitleBadRequest),
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled => null,
        ForwarderError.Request or ForwarderError.RequestCreation or ForwarderError.RequestBodyDestination or ForwarderError.ResponseHeaders
            => TypedResults.Problem(
                Messages.FormatUpstreamBadAnswer(service),
                statusCode: StatusCodes.Status502BadGateway,
                title: SharedMessages.TitleBadGateway),
        _ => null,
    };

    private static ProblemHttpResult Unreachable(string service) => TypedResults.Problem(
        Messages.FormatUpstreamUnreachable(service),
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: SharedMessages.TitleServiceUnavailable);

    /// <summary>Refused, unresolvable or timed-out connections: the service is not there, as opposed to slow or broken.</summary>
    private static bool IsConnectFailure(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }:
                // A reset of a pooled connection the service had open is not "unreachable": only a refused or
                // unroutable connection is.
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostNotFound or SocketError.TimedOut }:
                case TimeoutException timeout when timeout.Message.Contains("ConnectTimeout", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
