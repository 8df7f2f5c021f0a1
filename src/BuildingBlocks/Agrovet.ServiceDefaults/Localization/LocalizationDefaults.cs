using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.ServiceDefaults.Localization;

internal static class LocalizationDefaults
{
    /// <summary>
    /// The UI culture (which .resx answers) is es or en from <c>Accept-Language</c>, Spanish without it; the formatting
    /// culture stays invariant, so numbers and dates in messages and logs do not change.
    /// </summary>
    public static IServiceCollection AddAgrovetLocalization(this IServiceCollection services) => services.AddLocalization();

    /// <summary>First in the pipeline, so that everything after it, error handlers included, answers in the request's language.</summary>
    public static IApplicationBuilder UseAgrovetLocalization(this IApplicationBuilder app) => app.UseMiddleware<RequestLanguageMiddleware>();
}
