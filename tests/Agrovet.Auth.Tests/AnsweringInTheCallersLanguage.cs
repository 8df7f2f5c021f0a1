using System.Text;

namespace Agrovet.Auth.Tests;

/// <summary>
/// Problems are written in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without
/// the header (the product's first language), English for <c>en-*</c>. Roles are listed with the names people know
/// them by; a value of the wrong type is named by its JSON field, never with the serializer's developer text.
/// </summary>
public sealed class AnsweringInTheCallersLanguage(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Theory]
    [InlineData("es-AR", "No se pueden registrar cuentas de administrador. Elija una de estas: consumer (Productor), specialist (Especialista), businessman (Empresa/Vendedor).", "Escriba un correo electrónico válido, como nombre@ejemplo.com.")]
    [InlineData(null, "No se pueden registrar cuentas de administrador. Elija una de estas: consumer (Productor), specialist (Especialista), businessman (Empresa/Vendedor).", "Escriba un correo electrónico válido, como nombre@ejemplo.com.")]
    [InlineData("en-US", "Administrator accounts cannot be registered. Choose one of: consumer (Producer), specialist (Specialist), businessman (Business/Seller).", "Enter a valid email address.")]
    public async Task A_bad_registration_is_explained_in_the_callers_language(string? acceptLanguage, string role, string email)
    {
        using var client = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await client.PostAsJsonAsync(AuthApi.Register, new { username = "ana.gomez", email = "not-an-email", password = "Campo-Verde-2026", role = "admin" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([role], problem.FieldErrors("role"));
        Assert.Equal([email], problem.FieldErrors("email"));
    }

    [Theory]
    [InlineData("es", "El token de renovación no es válido. Inicie sesión de nuevo.")]
    [InlineData(null, "El token de renovación no es válido. Inicie sesión de nuevo.")]
    [InlineData("en", "The refresh token is not valid. Sign in again.")]
    public async Task A_refresh_token_that_is_not_valid_is_explained_in_the_callers_language(string? acceptLanguage, string expected)
    {
        using var client = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = "garbage" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("es-CO", "El campo «username» debe ser texto (entre comillas).")]
    [InlineData(null, "El campo «username» debe ser texto (entre comillas).")]
    [InlineData("en-GB", "The field 'username' must be text (in quotes).")]
    public async Task A_value_of_the_wrong_type_names_its_field_in_the_callers_language(string? acceptLanguage, string expected)
    {
        using var client = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await client.PostAsync(AuthApi.Login, new StringContent("{\"username\": 42, \"password\": \"x\"}", Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([expected], problem.FieldErrors("username"));
        Assert.DoesNotContain("System.", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Usuario o contraseña incorrectos.")]
    [InlineData("en", "Wrong username or password.")]
    public async Task Wrong_credentials_are_explained_in_the_callers_language(string acceptLanguage, string expected)
    {
        using var client = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await client.PostAsJsonAsync(AuthApi.Login, new { username = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "Whatever-2026" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
    }
}
