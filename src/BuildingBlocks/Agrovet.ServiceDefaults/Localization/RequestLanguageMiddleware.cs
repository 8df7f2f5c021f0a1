using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Agrovet.ServiceDefaults.Localization;

/// <summary>
/// Answers each request in its language (<see cref="AgrovetCultures.FromAcceptLanguage(string?)"/>): the UI culture,
/// which picks the .resx, for the rest of the pipeline, and <c>Content-Language</c> on the answer. The formatting
/// culture is left alone: with invariant globalization it is the invariant culture in every thread.
/// </summary>
/// <remarks>
/// In place of the framework's request localization, which on every request allocates a feature, a provider result and
/// the header's parsed list, and sets both cultures. Here the header is read in place and only the UI culture is set,
/// inside an async method so that the change ends with the request (threads start with the invariant UI culture, so
/// in practice every request sets it; one already in its language, as in a nested pipeline, does not).
/// </remarks>
internal sealed class RequestLanguageMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var culture = AgrovetCultures.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
        context.Response.Headers.ContentLanguage = culture.Name;
        return ReferenceEquals(CultureInfo.CurrentUICulture, culture) ? next(context) : InLanguageAsync(context, culture);
    }

    private async Task InLanguageAsync(HttpContext context, CultureInfo culture)
    {
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }
}
