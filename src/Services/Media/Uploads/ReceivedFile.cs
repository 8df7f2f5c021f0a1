using Agrovet.Media.Storage;

namespace Agrovet.Media.Uploads;

/// <summary>A file part that has been streamed into storage (staged, not yet committed).</summary>
public sealed record ReceivedFile(Guid Id, string OriginalName, FileType Type, long Size, IStagedObject Staged);
