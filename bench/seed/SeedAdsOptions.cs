namespace Agrovet.Bench.Seed;

/// <summary>
/// How many made-up ads to write, for which seller ids (<see cref="Sellers"/> consecutive ids from
/// <see cref="FirstSellerId"/>, named <c>{username}</c>, <c>{username}_1</c>, ...), from which random seed.
/// </summary>
public sealed record SeedAdsOptions(int Count, long FirstSellerId, string SellerUsername, int Sellers = 1, int Seed = 20261123);
