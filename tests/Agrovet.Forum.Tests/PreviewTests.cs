using System.Text;

namespace Agrovet.Forum.Tests;

/// <summary>The compose preview: Markdown rendered by the renderer publishing uses, to signed-in users, with a post body's limits.</summary>
public sealed class PreviewTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    private const string Preview = $"{ForumClient.Api}/preview/";

    [Fact]
    public async Task A_preview_renders_the_Markdown_exactly_as_publishing_it_does()
    {
        var farmer = await api.SignUpAsync();
        var slug = await farmer.CreateCommunityAsync();
        const string markdown = "Mis **terneros** tienen diarrea.\n\n- uno\n- dos\n\nVer [INTA](https://inta.gob.ar/vacunas)";

        var preview = await PreviewAsync(farmer.Client, markdown);
        var post = await farmer.CreatePostAsync(slug, "Terneros con diarrea", markdown);

        Assert.Contains("<strong>terneros</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("<li>dos</li>", preview, StringComparison.Ordinal);
        Assert.Equal(post.GetProperty("body_html").GetString(), preview);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public async Task A_preview_of_scripts_and_javascript_links_comes_back_inert(string markdown)
    {
        var user = await api.SignUpAsync();

        var html = await PreviewAsync(user.Client, $"Hola {markdown}");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task An_empty_text_previews_as_nothing()
    {
        var user = await api.SignUpAsync();

        Assert.Equal(string.Empty, await PreviewAsync(user.Client, string.Empty));
    }

    [Fact]
    public async Task An_anonymous_preview_is_a_401()
    {
        using var anonymous = api.CreateClient();

        using var response = await anonymous.PostAsJsonAsync(Preview, new { body = "Hola" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{}", "Send the Markdown to preview as body")]
    [InlineData("""{"body": null}""", "Send the Markdown to preview as body")]
    [InlineData("""{"body": 5}""", "The field 'body' must be text")]
    [InlineData("""{"body": ["a"]}""", "The field 'body' must be text")]
    [InlineData("""{"body": "a\u0000b"}""", "NUL")]
    [InlineData("""{"body": "ab\ud800cd"}""", "Unicode")]
    [InlineData("""{"body": "ab\udc00"}""", "Unicode")]
    public async Task A_missing_wrong_typed_or_unreadable_body_is_a_400_naming_it(string json, string expected)
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsync(Preview, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Contains(expected, Assert.Single(await response.ShouldHaveFieldErrorAsync("body")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_body_is_a_400()
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsync(Preview, new StringContent(string.Empty, Encoding.UTF8, "application/json"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("es-CO", "Escriba un texto de 40.000 caracteres como máximo (tiene 40.001).")]
    [InlineData(null, "Escriba un texto de 40.000 caracteres como máximo (tiene 40.001).")]
    [InlineData("en-US", "Keep the text under 40,000 characters (it has 40,001).")]
    public async Task A_text_longer_than_a_post_body_is_refused_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var user = await api.SignUpAsync();
        user.Client.InLanguage(acceptLanguage);

        using var response = await user.Client.PostAsJsonAsync(Preview, new { body = new string('a', 40_001) }, Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("body"));
    }

    [Theory]
    [InlineData("es-CO", "Envíe en body el Markdown que quiere previsualizar (un texto vacío no muestra nada).")]
    [InlineData("en-US", "Send the Markdown to preview as body (an empty text previews as nothing).")]
    public async Task A_missing_text_is_explained_in_the_callers_language(string acceptLanguage, string expected)
    {
        var user = await api.SignUpAsync();
        user.Client.InLanguage(acceptLanguage);

        using var response = await user.Client.PostAsync(Preview, new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("body"));
    }

    [Fact]
    public async Task A_text_of_exactly_a_post_bodys_limit_is_previewed()
    {
        var user = await api.SignUpAsync();

        var html = await PreviewAsync(user.Client, new string('a', 40_000));

        Assert.Contains(new string('a', 40_000), html, StringComparison.Ordinal);
    }

    private static async Task<string> PreviewAsync(HttpClient client, string markdown)
    {
        using var response = await client.PostAsJsonAsync(Preview, new { body = markdown }, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("body_html").GetString()!;
    }
}
