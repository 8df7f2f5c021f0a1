using Agrovet.Contracts.Users;

namespace Agrovet.EventBus.Tests.Support;

public sealed class Account
{
    public long Id { get; set; }

    public required string Username { get; set; }

    public required string Email { get; set; }

    public required string Role { get; set; }

    public DateTime DateJoined { get; set; }

    public UserCreated Created() => new(Id, Username, Email, Role, IsActive: true, new DateTimeOffset(DateJoined, TimeSpan.Zero));
}
