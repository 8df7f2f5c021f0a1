namespace Agrovet.Media;

/// <summary>The limits of one upload purpose. Null properties take the purpose's default.</summary>
public sealed class PurposeOptions
{
    public long? MaxBytes { get; set; }

    /// <summary>Kinds of file accepted: <c>image</c>, <c>video</c>, <c>document</c>.</summary>
    public string[]? Categories { get; set; }

    /// <summary>Whether a file is public when the upload does not say (<c>is_public</c>).</summary>
    public bool? PublicByDefault { get; set; }
}
