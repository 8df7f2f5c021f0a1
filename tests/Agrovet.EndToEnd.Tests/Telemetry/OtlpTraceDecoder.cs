namespace Agrovet.EndToEnd.Tests.Telemetry;

/// <summary>
/// Reads the spans out of an OTLP/HTTP <c>ExportTraceServiceRequest</c> (protobuf wire format), only the fields a trace
/// test asks about; the field numbers are those of opentelemetry/proto (collector/trace/v1, trace/v1, common/v1).
/// </summary>
public static class OtlpTraceDecoder
{
    public static List<ReceivedSpan> Decode(ReadOnlySpan<byte> request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var (field, resourceSpans) in LengthDelimited(request))
        {
            if (field == 1)
            {
                ReadResourceSpans(resourceSpans.Span, spans);
            }
        }

        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> message, List<ReceivedSpan> spans)
    {
        var service = string.Empty;
        foreach (var (field, value) in LengthDelimited(message))
        {
            if (field == 1)
            {
                service = ServiceName(value.Span) ?? service;
            }
        }

        foreach (var (field, scopeSpans) in LengthDelimited(message))
        {
            if (field != 2)
            {
                continue;
            }

            var scope = string.Empty;
            foreach (var (scopeField, value) in LengthDelimited(scopeSpans.Span))
            {
                if (scopeField == 1)
                {
                    scope = Text(value.Span, 1) ?? scope;
                }
                else if (scopeField == 2)
                {
                    spans.Add(ReadSpan(service, scope, value.Span));
                }
            }
        }
    }

    /// <summary>Resource.attributes (1) → KeyValue { key (1), value (2): AnyValue { string_value (1) } }.</summary>
    private static string? ServiceName(ReadOnlySpan<byte> resource)
    {
        foreach (var (field, keyValue) in LengthDelimited(resource))
        {
            if (field == 1 && Text(keyValue.Span, 1) == "service.name" && Message(keyValue.Span, 2) is { } anyValue)
            {
                return Text(anyValue.Span, 1);
            }
        }

        return null;
    }

    private static ReceivedSpan ReadSpan(string service, string scope, ReadOnlySpan<byte> span)
    {
        string traceId = string.Empty, spanId = string.Empty, parent = string.Empty, name = string.Empty;
        var kind = SpanKind.Unspecified;
        var reader = new WireReader(span);
        while (reader.Next(out var field, out var wireType))
        {
            if (wireType == 2)
            {
                var value = reader.Bytes();
                switch (field)
                {
                    case 1: traceId = Convert.ToHexStringLower(value); break;
                    case 2: spanId = Convert.ToHexStringLower(value); break;
                    case 4: parent = Convert.ToHexStringLower(value); break;
                    case 5: name = System.Text.Encoding.UTF8.GetString(value); break;
                }
            }
            else if (wireType == 0 && field == 6)
            {
                kind = (SpanKind)reader.Varint();
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return new ReceivedSpan(service, scope, traceId, spanId, parent, name, kind);
    }

    private static string? Text(ReadOnlySpan<byte> message, int wanted) =>
        Message(message, wanted) is { } value ? System.Text.Encoding.UTF8.GetString(value.Span) : null;

    private static ReadOnlyMemory<byte>? Message(ReadOnlySpan<byte> message, int wanted)
    {
        foreach (var (field, value) in LengthDelimited(message))
        {
            if (field == wanted)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The length-delimited fields of a message (sub-messages, strings, bytes), other wire types skipped.</summary>
    private static List<(int Field, ReadOnlyMemory<byte> Value)> LengthDelimited(ReadOnlySpan<byte> message)
    {
        var fields = new List<(int, ReadOnlyMemory<byte>)>();
        var reader = new WireReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            if (wireType == 2)
            {
                fields.Add((field, reader.Bytes().ToArray()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return fields;
    }

    private ref struct WireReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public bool Next(out int field, out int wireType)
        {
            if (_position >= _data.Length)
            {
                field = wireType = 0;
                return false;
            }

            var key = Varint();
            field = (int)(key >> 3);
            wireType = (int)(key & 7);
            return true;
        }

        public ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _data[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        public ReadOnlySpan<byte> Bytes()
        {
            var length = (int)Varint();
            var value = _data.Slice(_position, length);
            _position += length;
            return value;
        }

        public void Skip(int wireType)
        {
            switch (wireType)
            {
                case 0: Varint(); break;
                case 1: _position += 8; break;
                case 2: Bytes(); break;
                case 5: _position += 4; break;
                default: throw new InvalidDataException($"Unsupported protobuf wire type {wireType}.");
            }
        }
    }
}
