namespace Agrovet.Testing;

/// <summary>
/// The language test clients ask for. Every client the shared hosts create sends <c>Accept-Language: en</c>
/// (<see cref="Default"/>), so assertions read the English messages; a test of the Spanish answers (or of the answer
/// without the header) says so with <see cref="InLanguage"/>.
/// </summary>
public static class TestLanguage
{
    public const string Default = "en";

    /// <summary>Makes <paramref name="client"/> send <c>Accept-Language: <paramref name="language"/></c>, or none for null.</summary>
    public static HttpClient InLanguage(this HttpClient client, string? language)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }
}
