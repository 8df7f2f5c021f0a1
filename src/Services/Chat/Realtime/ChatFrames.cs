using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Agrovet.Chat.Messages;
using Agrovet.ServiceDefaults.Json;

namespace Agrovet.Chat.Realtime;

/// <summary>Frames to and from JSON with the platform's rules (snake_case; strings checked for NUL and bad Unicode).</summary>
public static class ChatFrames
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Pong { get; } = "{\"type\":\"pong\"}"u8.ToArray();

    public static byte[] Serialize(MessageResponse message) => JsonSerializer.SerializeToUtf8Bytes(message, Info<MessageResponse>());

    public static byte[] Serialize<T>(T frame) => JsonSerializer.SerializeToUtf8Bytes(frame, Info<T>());

    /// <summary>The frame, or null when it is not a JSON object of the expected shape.</summary>
    public static IncomingFrame? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, Info<IncomingFrame>());
        }
        catch (Exception e) when (e is JsonException or UnacceptableTextException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.Apply(options);
        options.TypeInfoResolverChain.Insert(0, ChatJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }
}
