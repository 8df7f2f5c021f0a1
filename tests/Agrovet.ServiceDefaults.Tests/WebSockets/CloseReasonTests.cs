using System.Text;
using Agrovet.ServiceDefaults.WebSockets;

namespace Agrovet.ServiceDefaults.Tests.WebSockets;

public sealed class CloseReasonTests
{
    [Fact]
    public void A_short_reason_is_kept_as_it_is()
    {
        Assert.Equal("Sesión vencida: vuelve a iniciar sesión.", CloseReason.Fit("Sesión vencida: vuelve a iniciar sesión."));
    }

    [Fact]
    public void A_long_accented_reason_is_cut_at_a_whole_character_within_123_bytes()
    {
        var reason = string.Concat(Enumerable.Repeat("cañón ", 30)) + "🐄";

        var fitted = CloseReason.Fit(reason);

        Assert.InRange(Encoding.UTF8.GetByteCount(fitted), CloseReason.MaxBytes - 3, CloseReason.MaxBytes);
        Assert.StartsWith(fitted, reason, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(fitted[^1]));
    }
}
