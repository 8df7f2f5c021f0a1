using MimeKit;

namespace Agrovet.Auth.Tests;

/// <summary>The folder the auth service's file mail sender writes to, read as a person's mailbox.</summary>
public sealed class MailFolder(TestDirectory directory) : IDisposable
{
    public string Path => directory.Path;

    /// <summary>Every message sent to <paramref name="address"/>, oldest first (the file names start with the time).</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Directory.EnumerateFiles(Path, "*.eml").Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The latest message sent to <paramref name="address"/>; fails when none was.</summary>
    public MimeMessage LatestTo(string address)
    {
        var messages = To(address);
        Assert.NotEmpty(messages);
        return messages[^1];
    }

    public void Dispose() => directory.Dispose();
}
