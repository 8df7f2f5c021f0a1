using System.Buffers;
using Agrovet.Media.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Media.Uploads;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload part by part straight off the request body: text fields into
/// <see cref="UploadForm"/>, the <c>file</c> part through a fixed buffer into storage. Whatever the file's size, only
/// the buffer is in memory; the type is decided from the first bytes before anything is written, and the size limit is
/// checked as the bytes arrive.
/// </summary>
public sealed class MultipartUpload(string boundary, Stream body, IMediaStorage storage, MediaOptions options)
{
    public const string FileField = "file";
    public const string PurposeField = "purpose";
    public const string IsPublicField = "is_public";

    private const int ReaderBufferSize = 64 * 1024;
    // Under the large-object threshold (85,000 bytes): pooled copy buffers stay in the small-object heap, where a
    // collection can compact them, instead of pinning the process's footprint in the large-object heap.
    private const int CopyBufferSize = 64 * 1024;
    private const int MaxFieldLength = 1024;

    public UploadForm Form { get; } = new();

    /// <summary>The file part, once read; the caller disposes its staged object (which discards it unless committed).</summary>
    public ReceivedFile? File { get; private set; }

    /// <summary>The boundary of a multipart/form-data content type, or null when the request is something else.</summary>
    public static string? BoundaryOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary);
        return boundary.Length is > 0 and <= 70 ? boundary.Value : null;
    }

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body, ReaderBufferSize)
        {
            HeadersCountLimit = 16,
            HeadersLengthLimit = 16 * 1024,
            BodyLengthLimit = options.LargestFile + CopyBufferSize,
        };
        while (await NextSectionAsync(reader, cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                throw new UploadRejectedException("body", Messages.PartNeedsDisposition);
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            switch (name)
            {
                case FileField:
                    await ReadFileAsync(section, disposition, cancellationToken);
                    break;
                case PurposeField:
                    Form.Purpose = PurposeDefaults.Canonical(await ReadFieldAsync(section, name, cancellationToken));
                    break;
                case IsPublicField:
                    Form.IsPublic = await ReadFieldAsync(section, name, cancellationToken);
                    break;
                default:
                    await ReadFieldAsync(section, name ?? "body", cancellationToken); // Unknown fields are read past and ignored.
                    break;
            }
        }
    }

    private async Task ReadFileAsync(MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken cancellationToken)
    {
        if (File is not null)
        {
            throw new UploadRejectedException(FileField, Messages.OneFilePerUpload);
        }

        var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        var originalName = FileNames.Validate(fileName);
        // While the purpose is unknown (it may come after the file) the largest limit applies; the exact one is checked at the end.
        var purpose = Form.Purpose is { } named && options.Purposes.TryGetValue(named, out var known) ? known : null;
        var limit = purpose?.MaxBytes ?? options.LargestFile;

        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            var head = await ReadBodyAsync(section.Body, buffer.AsMemory(0, FileSignatures.HeadLength), FileSignatures.HeadLength, cancellationToken);
            if (head == 0)
            {
                throw new UploadRejectedException(FileField, Messages.FileEmpty);
            }

            var type = FileSignatures.Detect(buffer.AsSpan(0, head))
                ?? throw new UploadRejectedException(FileField, Messages.FormatFileTypeNotAccepted(string.Join(", ", FileType.All.Select(t => t.Description))));
            if (purpose?.Categories is { } categories && !categories.Contains(type.Category))
            {
                throw new UploadRejectedException(FileField, Messages.FormatFileWrongCategory(type.Description, Form.Purpose, MediaCategory.DescribeAll(categories)));
            }

            var id = Guid.CreateVersion7();
            var staged = await storage.BeginAsync(StorageKeys.Content(id), cancellationToken);
            File = new ReceivedFile(id, originalName, type, 0, staged);
            long size = head;
            await staged.Content.WriteAsync(buffer.AsMemory(0, head), cancellationToken);
            while (true)
            {
                var read = await ReadBodyAsync(section.Body, buffer, 1, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                size += read;
                if (size > limit)
                {
                    throw TooLarge(limit);
                }

                await staged.Content.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            File = File with { Size = size };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public UploadRejectedException TooLarge(long limit) =>
        new(FileField, Form.Purpose is null
            ? Messages.FormatFileTooLarge(AgrovetCultures.Number(limit))
            : Messages.FormatFileTooLargeForPurpose(AgrovetCultures.Number(limit), Form.Purpose), tooLarge: true);

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldLength + 1];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await ReadBodyAsync(section.Body, buffer.AsMemory(length), 1, cancellationToken);
            if (read == 0)
            {
                return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
            }

            length += read;
        }

        throw new UploadRejectedException(name, Messages.FormatFieldTooLong(MaxFieldLength));
    }

    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Malformed(e);
        }
    }

    /// <summary>Reads at least <paramref name="minimum"/> bytes unless the part ends first; 0 at its end.</summary>
    private static async Task<int> ReadBodyAsync(Stream part, Memory<byte> buffer, int minimum, CancellationToken cancellationToken)
    {
        try
        {
            return await part.ReadAtLeastAsync(buffer, minimum, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Malformed(e);
        }
    }

    // Kestrel's own refusals (body over the limit, 413) are BadHttpRequestExceptions and keep their status; a body that
    // ends early or breaks the multipart syntax is the client's error.
    private static bool IsMalformed(Exception e) => e is InvalidDataException || (e is IOException && e is not BadHttpRequestException);

    private static UploadRejectedException Malformed(Exception e) =>
        new("body", e is InvalidDataException
            ? Messages.FormatNotMultipart(e.Message)
            : Messages.UploadCutShort);
}
