using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Agrovet.LocalInfrastructure;
using static Agrovet.Testing.TestCancellation;

namespace Agrovet.Testing;

/// <summary>
/// The real media service as a separate process (its own fresh database and storage directory) trusting
/// <paramref name="auth"/>'s tokens and sharing its Redis and event streams, so its <c>media.*</c> events reach the
/// services under test and theirs reach it. The test project must reference src/Services/Media with
/// <c>ReferenceOutputAssembly="false"</c>. Dispose to stop it.
/// </summary>
public sealed class MediaServer : IAsyncDisposable
{
    public const string UploadPath = "/api/media/";

    private readonly DotnetProcess _process;
    private readonly TestDirectory _directory;

    private MediaServer(DotnetProcess process, TestDirectory directory, Uri url)
    {
        _process = process;
        _directory = directory;
        Url = url;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41235 — pass it to the service under test as <c>MEDIA_INTERNAL_URL</c>.</summary>
    public Uri Url { get; }

    /// <summary>Starts a media service that raises its events on the auth service's streams, where services under test hear them.</summary>
    public static Task<MediaServer> StartAsync(AuthServer auth, CancellationToken cancellationToken = default) =>
        StartAsync(auth, auth?.StreamKeyPrefix, cancellationToken);

    /// <summary>
    /// Starts a media service whose events go to streams of its own, so services under test never hear of its uploads
    /// and must ask about each one (the path for a file the events have not brought yet).
    /// </summary>
    public static Task<MediaServer> StartUnheardAsync(AuthServer auth, CancellationToken cancellationToken = default) =>
        StartAsync(auth, TestInfrastructure.CreateRedisKeyPrefix("unheard-media"), cancellationToken);

    private static async Task<MediaServer> StartAsync(AuthServer auth, string? streamKeyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("media", cancellationToken);
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var directory = TestDirectory.Create("media-server");
        var assembly = RepoPaths.ServiceAssembly("src/Services/Media", "Agrovet.Media");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = database,
            ["ConnectionStrings__Redis"] = auth.RedisConnectionString,
            ["AUTH_INTERNAL_URL"] = auth.Url.ToString(),
            ["EventBus__StreamKeyPrefix"] = streamKeyPrefix ?? auth.StreamKeyPrefix,
            ["EventBus__ConsumerGroup"] = $"media-{Guid.NewGuid():N}",
            ["Media__StorageRoot"] = directory.Combine("files"),
            ["AGROVET_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            ["LOG_FORMAT"] = "text",
        };

        var process = await ServiceProcesses.StartAsync("media", assembly, ["migrate"], environment, url, directory, cancellationToken);
        return new MediaServer(process, directory, url);
    }

    /// <summary>A client of this media service sending <paramref name="user"/>'s token.</summary>
    public HttpClient ClientFor(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) }.InLanguage(TestLanguage.Default).WithBearer(user.AccessToken);
    }

    /// <summary>Uploads a file as <paramref name="user"/> and returns its id.</summary>
    public async Task<Guid> UploadAsync(SignedInUser user, byte[] file, string fileName, string purpose)
    {
        using var client = ClientFor(user);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(purpose), "purpose" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName },
        };
        using var response = await client.PostAsync(UploadPath, form, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public async Task DeleteAsync(SignedInUser user, Guid id)
    {
        using var client = ClientFor(user);
        using var response = await client.DeleteAsync($"{UploadPath}{id}/", Ct);
        await response.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    public string LogTail(int lines = 30) => _process.LogTail(lines);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }
}
