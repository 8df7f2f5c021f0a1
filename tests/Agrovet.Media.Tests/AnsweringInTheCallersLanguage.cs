using System.Net.Http.Headers;

namespace Agrovet.Media.Tests;

/// <summary>
/// Problems are written in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without
/// the header (the product's first language), English for <c>en-*</c>.
/// </summary>
public sealed class AnsweringInTheCallersLanguage(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Theory]
    [InlineData("es-CO", "es", "Datos no válidos", "Escriba un id de usuario (un número entero positivo).", "Elija un tamaño de página entre 1 y 100.")]
    [InlineData(null, "es", "Datos no válidos", "Escriba un id de usuario (un número entero positivo).", "Elija un tamaño de página entre 1 y 100.")]
    [InlineData("en-US,en;q=0.9", "en", "Invalid input", "Enter a user id (a positive whole number).", "Choose a page size from 1 to 100.")]
    public async Task A_bad_listing_is_explained_in_the_callers_language(
        string? acceptLanguage, string language, string title, string ownerError, string pageSizeError)
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync()).InLanguage(acceptLanguage);

        using var response = await admin.GetAsync("/api/media/?owner=abc&page_size=0", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal([ownerError], problem.FieldErrors("owner"));
        Assert.Equal([pageSizeError], problem.FieldErrors("page_size"));
        Assert.Equal([language], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task Each_request_on_a_kept_alive_connection_is_answered_in_its_own_language()
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync()).InLanguage(null);
        (string? Language, string Title)[] requests =
            [("en", "Invalid input"), (null, "Datos no válidos"), ("en-GB", "Invalid input"), ("es", "Datos no válidos"), (null, "Datos no válidos")];

        foreach (var (language, title) in requests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/media/?page_size=0");
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            using var response = await admin.SendAsync(request, Ct);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(title, problem.GetProperty("title").GetString());
        }
    }

    [Theory]
    [InlineData("es", "El archivo está vacío. Elija un archivo con contenido.")]
    [InlineData(null, "El archivo está vacío. Elija un archivo con contenido.")]
    [InlineData("en", "The file is empty.")]
    public async Task A_refused_upload_says_why_in_the_callers_language(string? acceptLanguage, string expected)
    {
        using var client = api.ClientFor(await api.SignUpAsync()).InLanguage(acceptLanguage);
        using var form = Uploads.Form([], "empty.png", "avatar");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("file"));
    }

    [Theory]
    [InlineData("es-419", "No autorizado", "Inicie sesión y envíe el token de acceso como 'Authorization: Bearer <token>'.")]
    [InlineData("en-GB", "Unauthorized", "Sign in and send the access token as 'Authorization: Bearer <token>'.")]
    public async Task A_request_without_a_token_is_told_to_sign_in_in_the_callers_language(string acceptLanguage, string title, string detail)
    {
        using var anonymous = api.ClientFor(null).InLanguage(acceptLanguage);

        using var response = await anonymous.GetAsync("/api/media/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(new AuthenticationHeaderValue("Bearer"), Assert.Single(response.Headers.WwwAuthenticate));
    }

    [Fact]
    public async Task A_garbage_token_gets_an_english_challenge_for_programs_and_a_spanish_detail_for_people()
    {
        using var client = api.ClientFor(null).InLanguage("es").WithBearer("garbage");

        using var response = await client.GetAsync("/api/media/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("El token de acceso no es válido. Inicie sesión de nuevo.", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"The token is not valid\"", response.Headers.WwwAuthenticate.ToString());
    }
}
