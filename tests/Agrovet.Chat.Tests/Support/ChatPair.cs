namespace Agrovet.Chat.Tests.Support;

/// <summary>Two chat instances of one deployment (one database, one Redis), each on its own loopback port.</summary>
public sealed class ChatPair(AuthServerFixture auth) : IAsyncLifetime
{
    private ChatApiFactory? _first;
    private ChatApiFactory? _second;

    public ChatApiFactory First => _first ?? throw new InvalidOperationException("Not started.");

    public ChatApiFactory Second => _second ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _first = new ChatApiFactory(auth);
        await _first.InitializeAsync();
        _second = ChatApiFactory.SharingWith(_first, auth);
        await _second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
    }
}
