using System.Net.Http.Headers;

namespace Agrovet.Media.Tests;

/// <summary>What no client should send is refused as problem+json that says where and why, by the app or by Kestrel before it.</summary>
public sealed class HostileInput(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    public static TheoryData<string> MalformedRequests => [.. MalformedRequest.Names];

    [Fact]
    public async Task A_NUL_in_any_string_field_or_query_parameter_of_the_API_is_a_400_naming_it()
    {
        using var anonymous = api.ClientFor(null);
        var cases = await OpenApiProbe.NulCasesAsync(anonymous, Ct);
        var user = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        using var userClient = api.ClientFor(user);
        using var adminClient = api.ClientFor(admin);

        await OpenApiProbe.AssertAllRefusedAsync(cases, [userClient, adminClient], Ct);
    }

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task A_malformed_request_is_refused_as_problem_json(string name)
    {
        var request = MalformedRequest.For(Uploads.Path)[name];

        var response = await RawExchange.SendAsync(api.ServerAddress, request.Bytes, Ct);

        var problem = response.ShouldBeProblem(request.Status);
        if (request.Field is { } field)
        {
            problem.FieldErrors(field);
        }
    }

    [Fact]
    public async Task An_unsatisfiable_range_is_a_416_problem_that_gives_the_size()
    {
        var owner = await api.SignUpAsync();
        using var uploader = api.ClientFor(owner);
        var png = SampleFiles.Png(32, 32);
        var media = await uploader.UploadAsync(png, "calf.png", "avatar");
        using var client = api.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{media.Id()}/content");
        request.Headers.Range = new RangeHeaderValue(png.Length + 10, null);

        using var response = await client.SendAsync(request, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Contains($"{png.Length} bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal($"bytes */{png.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Theory]
    [InlineData("cow\u202Egnp.exe")]
    [InlineData("\u2067cow.png\u2069")]
    public async Task A_file_name_with_a_text_direction_control_is_refused_saying_which(string fileName)
    {
        var owner = await api.SignUpAsync();
        using var uploader = api.ClientFor(owner);
        using var form = Uploads.Form(SampleFiles.Png(8, 8), fileName, "avatar");

        using var response = await uploader.PostAsync(Uploads.Path, form, Ct);

        var message = Assert.Single(await response.ShouldHaveFieldErrorAsync("file"));
        Assert.Contains("text-direction character U+20", message, StringComparison.Ordinal);
    }
}
