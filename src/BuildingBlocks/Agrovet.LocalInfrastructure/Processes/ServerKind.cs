namespace Agrovet.LocalInfrastructure;

/// <summary>
/// What <see cref="LocalServer"/> needs to know of a kind of server: its name in messages, the program named in its log,
/// the pid file it keeps in its data directory and how to tell whether a pid is still such a server there, and how it
/// is stopped: <see cref="StopSignal"/>, a grace period, then <see cref="EscalationSignal"/> (if any) for 5 s, then SIGKILL.
/// </summary>
internal sealed record ServerKind(
    string Name,
    string Program,
    string PidFileName,
    Func<string, int?> ReadPid,
    Func<int, string, bool?> IsServerOf,
    int StopSignal,
    string StopSignalName,
    int? EscalationSignal)
{
    public static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan EscalationGracePeriod = TimeSpan.FromSeconds(5);
}
