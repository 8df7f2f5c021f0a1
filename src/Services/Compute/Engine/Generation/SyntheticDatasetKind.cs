namespace Agrovet.Compute.Engine.Generation;

/// <summary>One of the synthetic datasets: what its rows are and how their values spread.</summary>
public sealed record SyntheticDatasetKind(string Name, string Title, string Description, string CategoryColumn,
    string ValueColumn, string ValueUnit, double ValueSpread, double YearlyTrend, IReadOnlyList<CategoryProfile> Categories)
{
    public static readonly SyntheticDatasetKind AnimalHealth = new(
        "animal-health", "Animal-health reports",
        "Reports of animal disease by farms and veterinarians: where, which disease, how many animals affected.",
        "disease", "animals", "head", ValueSpread: 0.9, YearlyTrend: -0.01,
        [
            new("foot-and-mouth disease", 2, 40, 150), new("brucellosis", 10, 6, 200), new("bovine tuberculosis", 7, 4, 60),
            new("mastitis", 18, 3, 300), new("rabies", 3, 2, 100), new("tick fever", 12, 8, 30),
            new("avian influenza", 3, 900, 240), new("newcastle disease", 4, 300, 270), new("classical swine fever", 4, 25, 120),
            new("porcine reproductive syndrome", 5, 30, 330), new("sheep scab", 5, 15, 200), new("leptospirosis", 8, 5, 50),
            new("bovine viral diarrhea", 9, 7, 160), new("anthrax", 1, 3, 20), new("equine encephalitis", 2, 2, 80),
            new("varroa in bees", 7, 12, 290),
        ]);

    public static readonly SyntheticDatasetKind CropYields = new(
        "crop-yields", "Crop yields",
        "Harvests reported per plot: the crop and its yield in tonnes per hectare.",
        "crop", "yield", "t/ha", ValueSpread: 0.28, YearlyTrend: 0.012,
        [
            new("soybean", 22, 3.2, 100), new("maize", 20, 6.5, 120), new("sugarcane", 8, 75, 200), new("wheat", 7, 3.0, 340),
            new("coffee", 6, 1.6, 150), new("rice", 5, 5.5, 90), new("beans", 6, 1.1, 60), new("sorghum", 3, 4.2, 130),
            new("sunflower", 2, 2.0, 30), new("banana", 4, 32, 180), new("cocoa", 2, 0.5, 280), new("potato", 4, 21, 110),
            new("cotton", 2, 4.3, 210), new("avocado", 2, 10, 240), new("grapes", 2, 11, 60), new("oil palm", 2, 16, 300),
            new("barley", 1, 3.1, 350), new("cassava", 2, 14, 170),
        ]);

    public static readonly SyntheticDatasetKind Market = new(
        "market", "Market transactions",
        "Sales at farm gates, fairs and the marketplace: the product and its price in US dollars per unit.",
        "product", "price", "USD", ValueSpread: 0.25, YearlyTrend: 0.045,
        [
            new("steer (head)", 14, 850, 120), new("dairy cow (head)", 6, 1400, 150), new("raw milk (litre)", 12, 0.42, 200),
            new("maize (tonne)", 12, 210, 130), new("soybean (tonne)", 13, 420, 110), new("wheat (tonne)", 6, 260, 350),
            new("green coffee (60 kg bag)", 6, 185, 160), new("eggs (dozen)", 6, 2.1, 10), new("broiler (kg)", 6, 1.9, 300),
            new("pig (head)", 5, 210, 60), new("sheep (head)", 3, 140, 280), new("fertiliser (tonne)", 4, 520, 250),
            new("veterinary vaccine (dose)", 4, 3.5, 90), new("seed maize (bag)", 3, 160, 230),
        ]);

    public static readonly IReadOnlyList<SyntheticDatasetKind> All = [AnimalHealth, CropYields, Market];
}
