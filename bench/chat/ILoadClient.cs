namespace Agrovet.Bench.Chat;

/// <summary>One connection of the rate ladder: a member of one room that sends stamped messages and logs what it receives.</summary>
internal interface ILoadClient
{
    Task SendAsync(CancellationToken cancellationToken);

    Task CloseAsync();
}
