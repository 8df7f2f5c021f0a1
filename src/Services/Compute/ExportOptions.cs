namespace Agrovet.Compute;

/// <summary>The export of the platform's own activity into datasets (section <c>Compute:Export</c>).</summary>
public sealed class ExportOptions
{
    /// <summary>False in a process that must not consume events or rebuild datasets (benchmarks, some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each activity dataset is rebuilt when it has new records.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>First rebuild after start (records kept in Redis from before are exported soon).</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Prefix of the Redis keys holding the records (one hash per activity dataset) and the ads' regions.</summary>
    public string KeyPrefix { get; set; } = "agrovet:compute:";
}
