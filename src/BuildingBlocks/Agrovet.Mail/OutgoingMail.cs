namespace Agrovet.Mail;

/// <summary>One message to one person: plain text, with an optional HTML alternative, in <paramref name="Language"/> (a BCP 47 tag).</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null, string? Language = null);
