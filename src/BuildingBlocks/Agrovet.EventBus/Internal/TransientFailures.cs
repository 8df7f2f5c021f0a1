using Npgsql;
using StackExchange.Redis;

namespace Agrovet.EventBus.Internal;

/// <summary>
/// Failures of the infrastructure (database or Redis unreachable, timed out, serialization conflicts) as opposed to
/// failures of a handler: the former are retried without counting towards dead-lettering.
/// </summary>
internal static class TransientFailures
{
    public static bool IsInfrastructure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case NpgsqlException { IsTransient: true }:
                case RedisConnectionException:
                case RedisTimeoutException:
                    return true;
            }
        }

        return false;
    }
}
