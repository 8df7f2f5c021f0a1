using Bogus;

namespace Agrovet.Compute.Tests;

/// <summary>
/// Random rows over a box, with what trips aggregation up mixed in: points exactly on the box's edges and corners,
/// points a hair outside, NaN and infinite coordinates and values.
/// </summary>
public static class RandomObservations
{
    public static readonly GeoBounds Box = new(-70, -50, -40, -20);
    public const uint FirstTime = 1_600_000_000;
    public const int Categories = 6;
    public static readonly string[] CategoryNames = ["maize", "soybean", "wheat", "coffee", "rice", "cattle"];

    public static List<Observation> Create(int count, int seed)
    {
        var random = new Randomizer(seed);
        var rows = new List<Observation>(count);
        float[] xEdges = [(float)Box.MinLongitude, (float)Box.MaxLongitude, -60f, -55.5f];
        float[] yEdges = [(float)Box.MinLatitude, (float)Box.MaxLatitude, -30f, -25.25f];
        for (var i = 0; i < count; i++)
        {
            var x = (float)random.Double(Box.MinLongitude - 1, Box.MaxLongitude + 1);
            var y = (float)random.Double(Box.MinLatitude - 1, Box.MaxLatitude + 1);
            var roll = random.Int(0, 99);
            if (roll < 8)
            {
                x = random.ArrayElement(xEdges);
            }
            else if (roll < 16)
            {
                y = random.ArrayElement(yEdges);
            }
            else if (roll < 19)
            {
                x = random.ArrayElement(xEdges);
                y = random.ArrayElement(yEdges);
            }
            else if (roll < 21)
            {
                x = MathF.BitIncrement((float)Box.MaxLongitude);
            }
            else if (roll < 23)
            {
                y = MathF.BitDecrement((float)Box.MinLatitude);
            }
            else if (roll < 25)
            {
                x = random.ArrayElement([float.NaN, float.PositiveInfinity, float.NegativeInfinity]);
            }
            else if (roll < 27)
            {
                y = random.ArrayElement([float.NaN, float.PositiveInfinity, float.NegativeInfinity]);
            }
            var value = random.Int(0, 99) switch
            {
                < 3 => float.NaN,
                < 5 => random.Bool() ? float.PositiveInfinity : float.NegativeInfinity,
                _ => (float)random.Double(-50, 250),
            };
            rows.Add(new Observation(x, y, value, (ushort)random.Int(0, Categories - 1), FirstTime + (uint)random.Int(0, 10_000_000)));
        }
        return rows;
    }

    public static Dataset Write(string folder, IReadOnlyList<Observation> rows, int blockSize, int sampleEvery = 0)
    {
        DatasetWriter.Write(folder, new DatasetDescription
        {
            Name = System.IO.Path.GetFileName(folder),
            Title = "Random rows",
            Categories = CategoryNames,
            ValueColumn = "price",
        }, new ArrayObservationSource(rows), blockSize, sampleEvery);
        return Dataset.Open(folder);
    }
}
