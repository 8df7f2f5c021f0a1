using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.ServiceDefaults.Localization;

internal static class LocalizationDefaults
{
    /// <summary>
    /// Request localization: the UI culture (which .resx answers) is es or en from <c>Accept-Language</c>, Spanish
    /// without it; the formatting culture stays invariant, so numbers and dates in messages and logs do not change.
    /// </summary>
    public static IServiceCollection AddAgrovetLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, AgrovetCultures.Default);
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [.. AgrovetCultures.Supported];
            o.FallBackToParentCultures = false;
            o.FallBackToParentUICultures = false;
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders = [new AcceptLanguageCultureProvider()];
        });
        return services;
    }
}
