using System.Globalization;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A process named by pid and start time, so that a recorded owner is not mistaken for a later process that reused
/// its pid. Text form: "pid starttime".
/// </summary>
public readonly record struct ProcessIdentity(int Pid, long StartTime)
{
    public static ProcessIdentity Current => Of(Environment.ProcessId)
        ?? throw new InvalidOperationException("Cannot read this process's start time from /proc.");

    /// <summary>The identity of a running process, or null when it is gone.</summary>
    public static ProcessIdentity? Of(int pid) =>
        ProcessInspection.StartTime(pid) is { } startTime ? new ProcessIdentity(pid, startTime) : null;

    /// <summary>True while this very process (same pid, same start time) is running.</summary>
    public bool IsAlive => ProcessSignals.IsAlive(Pid) && ProcessInspection.StartTime(Pid) == StartTime;

    public static bool TryParse(string? text, out ProcessIdentity identity)
    {
        identity = default;
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 } ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var startTime))
        {
            return false;
        }

        identity = new ProcessIdentity(pid, startTime);
        return true;
    }

    public override string ToString() =>
        $"{Pid.ToString(CultureInfo.InvariantCulture)} {StartTime.ToString(CultureInfo.InvariantCulture)}";
}
