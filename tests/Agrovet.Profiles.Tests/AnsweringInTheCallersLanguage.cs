namespace Agrovet.Profiles.Tests;

/// <summary>
/// Problems are written in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without
/// the header (the product's first language), English for <c>en-*</c>; a value of the wrong type is named by its
/// JSON field, never with the serializer's developer text.
/// </summary>
public sealed class AnsweringInTheCallersLanguage(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Theory]
    [InlineData("es-MX", "El campo «herd_size» debe ser un número entero.", "Cuerpo de la solicitud no válido")]
    [InlineData(null, "El campo «herd_size» debe ser un número entero.", "Cuerpo de la solicitud no válido")]
    [InlineData("en", "The field 'herd_size' must be a whole number.", "Invalid request body")]
    public async Task A_herd_size_that_is_not_a_number_is_explained_in_the_callers_language(string? acceptLanguage, string expected, string title)
    {
        using var farmer = api.ClientFor(await api.SignUpAsync("consumer")).InLanguage(acceptLanguage);

        using var response = await farmer.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("herd_size", "many")), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([expected], problem.FieldErrors("herd_size"));
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.DoesNotContain("System.", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Este campo es obligatorio.", "Solo las cuentas de tipo Especialista pueden crear un perfil entre los especialistas.")]
    [InlineData(null, "Este campo es obligatorio.", "Solo las cuentas de tipo Especialista pueden crear un perfil entre los especialistas.")]
    [InlineData("en-US", "This field is required.", "Only Specialist accounts can create a profile among the specialists.")]
    public async Task Missing_fields_and_the_wrong_role_are_explained_in_the_callers_language(string? acceptLanguage, string required, string wrongRole)
    {
        using var vet = api.ClientFor(await api.SignUpAsync("specialist")).InLanguage(acceptLanguage);
        using var farmer = api.ClientFor(await api.SignUpAsync("consumer")).InLanguage(acceptLanguage);

        using var missing = await vet.PostAsJsonAsync(ProfilesApi.Specialists, new Dictionary<string, object?>(), Ct);
        using var notAVet = await farmer.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist"), Ct);

        Assert.Equal([required], await missing.ShouldHaveFieldErrorAsync("display_name"));
        var forbidden = await notAVet.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(wrongRole, forbidden.GetProperty("detail").GetString());
    }
}
