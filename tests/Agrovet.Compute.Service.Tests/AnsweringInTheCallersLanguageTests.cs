namespace Agrovet.Compute.Service.Tests;

/// <summary>
/// The analytics service answers in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request
/// without the header (the product's first language), English for <c>en-*</c>; problems, the engine's parameter
/// errors and the WebSocket's error frames alike.
/// </summary>
public sealed class AnsweringInTheCallersLanguageTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    [Theory]
    [InlineData("es-CO", "No encontrado", "No existe el conjunto de datos «no-existe»; los conjuntos de datos se listan en /compute/datasets/.")]
    [InlineData(null, "No encontrado", "No existe el conjunto de datos «no-existe»; los conjuntos de datos se listan en /compute/datasets/.")]
    [InlineData("en-US", "Not found", "There is no dataset 'no-existe'; the datasets are listed at /compute/datasets/.")]
    public async Task An_unknown_dataset_is_explained_in_the_callers_language(string? acceptLanguage, string title, string detail)
    {
        var member = await api.SignUpAsync();
        member.Client.InLanguage(acceptLanguage);

        using var response = await member.Client.GetAsync("/compute/datasets/no-existe/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("es-CO", "z debe ser un nivel de zoom de 0 a 24.")]
    [InlineData(null, "z debe ser un nivel de zoom de 0 a 24.")]
    [InlineData("en-US", "z must be a zoom level from 0 to 24.")]
    public async Task A_zoom_off_the_map_is_explained_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var member = await api.SignUpAsync();
        member.Client.InLanguage(acceptLanguage);

        using var response = await member.Client.GetAsync($"/compute/tiles/{SampleDatasets.CropYields}/30/0/0.png", Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("z"));
    }

    [Theory]
    [InlineData("es-CO", "«rainbow» no es un mapa de colores; use uno de estos: ")]
    [InlineData(null, "«rainbow» no es un mapa de colores; use uno de estos: ")]
    [InlineData("en-US", "'rainbow' is not a colormap; use one of: ")]
    public async Task An_unknown_colormap_is_explained_by_the_engine_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var member = await api.SignUpAsync();
        member.Client.InLanguage(acceptLanguage);

        using var response = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&cmap=rainbow", Ct);

        Assert.StartsWith(expected, Assert.Single(await response.ShouldHaveFieldErrorAsync("cmap")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-CO", "No es un objeto", "Un mensaje es un objeto JSON con un \"type\": render, inspect, cancel o ping.")]
    [InlineData(null, "No es un objeto", "Un mensaje es un objeto JSON con un \"type\": render, inspect, cancel o ping.")]
    [InlineData("en-US", "Not an object", "A message is a JSON object with a \"type\": render, inspect, cancel or ping.")]
    public async Task A_socket_message_that_is_not_an_object_is_explained_in_the_language_it_connected_with(string? acceptLanguage, string title, string detail)
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct, acceptLanguage);
        await socket.ReceiveFrameAsync();

        await socket.SendTextAsync("[1, 2]");
        var error = await socket.ReceiveFrameAsync();

        Assert.Equal("invalid_message", error.Code);
        Assert.Equal(title, error.Json.GetProperty("title").GetString());
        Assert.Equal(detail, error.Json.GetProperty("detail").GetString());
    }
}
