namespace Agrovet.Media.Uploads;

public readonly record struct ImageSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}
