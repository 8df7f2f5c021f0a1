using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Agrovet.ServiceDefaults.Localization;

/// <summary>
/// The request's language from <c>Accept-Language</c>, any regional variant mapped to its language (es-CO → es,
/// en-GB → en), which the framework's provider leaves to the culture data that invariant globalization does not have.
/// </summary>
internal sealed class AcceptLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = AgrovetCultures.Match(httpContext.Request.Headers.AcceptLanguage.ToString());
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture.Name));
    }
}
