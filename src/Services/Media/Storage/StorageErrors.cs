namespace Agrovet.Media.Storage;

/// <summary>What a failed write to the file store means.</summary>
public static class StorageErrors
{
    // .NET reports the errno as the HResult of an IOException on Unix; Windows uses HRESULTs of its own error codes.
    private const int NoSpaceLeftOnDevice = 28; // ENOSPC
    private const int DiskQuotaExceeded = 122; // EDQUOT
    private const int WindowsDiskFull = unchecked((int)0x80070070); // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL

    /// <summary>True when the store has no room left: the disk is full or the account's quota is used up.</summary>
    public static bool IsOutOfSpace(IOException exception) =>
        exception.HResult is NoSpaceLeftOnDevice or DiskQuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull;
}
