namespace Agrovet.Bench.Seed;

/// <summary>The ids written: the made-up ads are <see cref="FirstId"/>..<see cref="LastId"/>; the big-stock ad is <see cref="StockAdId"/>.</summary>
public sealed record SeededAds(int Count, long FirstId, long LastId, long StockAdId);
