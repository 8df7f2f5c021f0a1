namespace Agrovet.Mail;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS from the first byte on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>Plain connection upgraded with STARTTLS; refused when the server does not offer it.</summary>
    StartTls,

    /// <summary>No TLS (a relay on the same host or network only).</summary>
    None,
}
