using System.Globalization;
using System.Runtime.InteropServices;

namespace Agrovet.LocalInfrastructure;

/// <summary>A Unix account that a server runs as when the current process is root.</summary>
internal sealed record SystemAccount(string Name, uint UserId, uint GroupId)
{
    private static readonly string[] SetprivLocations = ["/usr/bin/setpriv", "/bin/setpriv"];

    internal static bool CurrentProcessIsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Looks the account up in /etc/passwd.</summary>
    internal static SystemAccount? Find(string name)
    {
        if (!File.Exists("/etc/passwd"))
        {
            return null;
        }

        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var fields = line.Split(':');
            if (fields.Length > 3 && fields[0] == name &&
                uint.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) &&
                uint.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var gid))
            {
                return new SystemAccount(name, uid, gid);
            }
        }

        return null;
    }

    /// <summary>Makes this account the owner of the directory and everything in it (symlinks are not followed).</summary>
    internal void TakeOwnership(string directory)
    {
        ChangeOwner(directory);
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
        }))
        {
            ChangeOwner(entry);
        }
    }

    internal void ChangeOwner(string path)
    {
        if (NativeMethods.LChown(path, UserId, GroupId) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"Could not give {path} to the {Name} user (errno {errno}).");
        }
    }

    /// <summary>The setpriv prefix that runs a program as this account (setpriv execs, so the pid stays the same).</summary>
    internal IReadOnlyList<string> RunAsPrefix()
    {
        var setpriv = SetprivLocations.FirstOrDefault(File.Exists)
            ?? throw new MissingServerBinariesException(
                "setpriv not found (needed to run PostgreSQL as the postgres user when running as root). Install it with: sudo apt-get install -y util-linux",
                "util-linux");
        return
        [
            setpriv,
            $"--reuid={UserId.ToString(CultureInfo.InvariantCulture)}",
            $"--regid={GroupId.ToString(CultureInfo.InvariantCulture)}",
            "--init-groups",
            "--",
        ];
    }
}
