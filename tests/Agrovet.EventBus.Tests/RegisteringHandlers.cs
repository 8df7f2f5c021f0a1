using Agrovet.Contracts.Users;
using Agrovet.EventBus.Hosting;
using Microsoft.Extensions.Hosting;

namespace Agrovet.EventBus.Tests;

public sealed class RegisteringHandlers
{
    [Fact]
    public void A_topic_is_consumed_through_one_inbox()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddEventHandler<TestDbContext, UserCreated, CopyAccountHandler>();

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddEventHandler<UserCreated, RecordAccountHandler>());

        Assert.Contains("through one inbox", refused.Message, StringComparison.Ordinal);
    }
}
