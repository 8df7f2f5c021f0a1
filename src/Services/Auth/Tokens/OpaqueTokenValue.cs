using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Agrovet.Auth.Tokens;

/// <summary>Values of refresh and password-reset tokens: 256 random bits as base64url; only their SHA-256 is stored.</summary>
public static class OpaqueTokenValue
{
    private const int Bytes = 32;
    private const int EncodedLength = 43;

    public static (string Token, byte[] Hash) Create()
    {
        Span<byte> value = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(value);
        return (Base64Url.EncodeToString(value), SHA256.HashData(value));
    }

    public static bool TryHash(string token, out byte[] hash)
    {
        Span<byte> value = stackalloc byte[Bytes];
        if (token.Length != EncodedLength
            || Base64Url.DecodeFromChars(token, value, out _, out var written) != OperationStatus.Done
            || written != Bytes)
        {
            hash = [];
            return false;
        }

        hash = SHA256.HashData(value);
        return true;
    }
}
