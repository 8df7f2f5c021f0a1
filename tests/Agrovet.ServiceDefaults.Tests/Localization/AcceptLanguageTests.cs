using Agrovet.ServiceDefaults.Localization;

namespace Agrovet.ServiceDefaults.Tests.Localization;

public sealed class AcceptLanguageTests
{
    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-CO", "es")]
    [InlineData("es-419,es;q=0.9", "es")]
    [InlineData("en", "en")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("fr-FR,en;q=0.8,es;q=0.5", "en")]
    [InlineData("es;q=0.4, en;q=0.9", "en")]
    [InlineData("pt-BR,es;q=0.7,en;q=0.3", "es")]
    [InlineData(" en ; q=0.5 ,fr", "en")]
    [InlineData("en;q=abc, es;q=0.1", "es")]
    [InlineData("es;Q=0.2;level=1, en;q=0.3", "en")]
    public void A_request_is_answered_in_the_language_it_prefers_among_spanish_and_english(string header, string expected) =>
        Assert.Equal(expected, AgrovetCultures.FromAcceptLanguage(header).Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr, de;q=0.5")]
    [InlineData("*")]
    [InlineData(";;;=")]
    [InlineData("en;q=1.5, fr")]
    [InlineData(",,,")]
    public void A_request_that_names_neither_language_is_answered_in_spanish(string? header) =>
        Assert.Equal("es", AgrovetCultures.FromAcceptLanguage(header).Name);

    [Fact]
    public void A_language_refused_with_q_zero_is_not_chosen() =>
        Assert.Equal("es", AgrovetCultures.FromAcceptLanguage("en;q=0, fr").Name);
}
