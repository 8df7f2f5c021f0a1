using System.Text.Json.Serialization.Metadata;

namespace Agrovet.Contracts.Events;

/// <summary>
/// An event record that crosses service boundaries. Each one names its type ("user.created"), the topic it is
/// published on and its source-generated JSON contract, so producers and consumers need no other registration.
/// </summary>
public interface IIntegrationEvent<TSelf>
    where TSelf : IIntegrationEvent<TSelf>
{
    static abstract string EventType { get; }

    static abstract string Topic { get; }

    static abstract JsonTypeInfo<TSelf> JsonTypeInfo { get; }
}
