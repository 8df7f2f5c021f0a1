namespace Agrovet.Forum.Tests;

/// <summary>
/// The forum answers in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without the
/// header (the product's first language), English for <c>en-*</c>; problem titles and details and field errors alike.
/// </summary>
public sealed class AnsweringInTheCallersLanguageTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Theory]
    [InlineData("es-CO", "No encontrado", "No existe ninguna comunidad con la dirección «no-existe-esta».")]
    [InlineData(null, "No encontrado", "No existe ninguna comunidad con la dirección «no-existe-esta».")]
    [InlineData("en-US", "Not found", "No community has the address 'no-existe-esta'.")]
    public async Task An_unknown_community_is_explained_in_the_callers_language(string? acceptLanguage, string title, string detail)
    {
        using var anonymous = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await anonymous.GetAsync(ForumClient.Community("no-existe-esta"), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("es-CO", "Busque con type=posts o type=comments.")]
    [InlineData(null, "Busque con type=posts o type=comments.")]
    [InlineData("en-US", "Search type=posts or type=comments.")]
    public async Task A_search_of_an_unknown_type_is_explained_in_the_callers_language(string? acceptLanguage, string expected)
    {
        using var anonymous = api.CreateClient().InLanguage(acceptLanguage);

        using var response = await anonymous.GetAsync($"{ForumClient.Api}/search/?q=terneros&type=users", Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("type"));
    }

    [Theory]
    [InlineData("es-CO", "Acceso denegado", "Solo los moderadores de esta comunidad y los administradores ven sus reportes.")]
    [InlineData(null, "Acceso denegado", "Solo los moderadores de esta comunidad y los administradores ven sus reportes.")]
    [InlineData("en-US", "Forbidden", "Only this community's moderators and admins see its reports.")]
    public async Task A_member_opening_the_moderation_queue_is_told_why_not_in_their_language(string? acceptLanguage, string title, string detail)
    {
        var owner = await api.SignUpAsync();
        var slug = await owner.CreateCommunityAsync();
        var member = await api.SignUpAsync();
        member.Client.InLanguage(acceptLanguage);

        using var response = await member.Client.GetAsync($"{ForumClient.Community(slug)}reports/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }
}
