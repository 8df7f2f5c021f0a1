namespace Agrovet.Media.Uploads;

/// <summary>
/// Decides a file's type from its first bytes ("magic numbers"), never from its name or the content type the client
/// claims: a renamed executable is not an image however it is called.
/// </summary>
public static class FileSignatures
{
    /// <summary>Bytes to read before deciding (WebM names its doc type within its first few dozen bytes).</summary>
    public const int HeadLength = 64;

    public static FileType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return FileType.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return FileType.WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileType.Pdf;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return head[8..12].SequenceEqual("qt  "u8) ? FileType.QuickTime : FileType.Mp4;
        }
        // EBML header; Matroska and WebM share it and differ in the DocType element.
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) && head.IndexOf("webm"u8) > 0)
        {
            return FileType.WebM;
        }

        return null;
    }
}
