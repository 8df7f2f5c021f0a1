using System.Globalization;

namespace Agrovet.Gateway.RateLimiting;

/// <summary>Counts each request against its client's policy and answers 429 with <c>Retry-After</c> once the budget is spent.</summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, RedisRateLimiter limiter, RateLimitPolicySelector policies)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsInfrastructure(context.Request.Path))
        {
            await next(context);
            return;
        }

        RateLimitTelemetry.EnsureStarted();
        var policy = policies.For(context.Request);
        var decision = await limiter.AcquireAsync(policy, ClientPartition.Of(context.Connection.RemoteIpAddress));
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        RateLimitTelemetry.Reject(policy);
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            Messages.FormatRateLimited(policy.PermitLimit, policy.Window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture), seconds),
            statusCode: StatusCodes.Status429TooManyRequests,
            title: SharedMessages.TitleTooManyRequests).ExecuteAsync(context);
    }

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
