namespace Agrovet.Mail;

/// <summary>A message could not be written or handed to the mail server.</summary>
public sealed class MailNotSentException : Exception
{
    public MailNotSentException()
    {
    }

    public MailNotSentException(string message)
        : base(message)
    {
    }

    public MailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
