using System.Text.RegularExpressions;
using Agrovet.Regions;

namespace Agrovet.Marketplace.Tests;

/// <summary>
/// The data of regions.json checked against ISO 3166-2 as reviewed (README of Agrovet.Regions): how many first-level
/// divisions each country has, and that codes are well formed, unique and belong to their country.
/// </summary>
public sealed partial class RegionCatalogTests
{
    /// <summary>Divisions per country, as ISO 3166-2 lists them (see the comments for what each count is made of).</summary>
    public static TheoryData<string, int> DivisionCounts => new()
    {
        { "AR", 24 }, // Ciudad Autónoma de Buenos Aires (C) + 23 provinces
        { "BO", 9 }, // departments
        { "BR", 27 }, // Distrito Federal (DF) + 26 states
        { "CL", 16 }, // regions, Ñuble (NB) included
        { "CO", 33 }, // Bogotá, Distrito Capital (DC) + 32 departments
        { "CR", 7 }, // provinces
        { "CU", 16 }, // 15 provinces + Isla de la Juventud (99)
        { "DO", 32 }, // Distrito Nacional (01) + 31 provinces; the regions DO-33..42 left out
        { "EC", 24 }, // provinces
        { "GT", 22 }, // departments, numeric codes 01..22
        { "HN", 18 }, // departments
        { "MX", 32 }, // Ciudad de México (CMX) + 31 states
        { "NI", 17 }, // 15 departments + the autonomous regions Costa Caribe Norte (AN) and Sur (AS)
        { "PA", 14 }, // 10 provinces + the comarcas indígenas Emberá (EM), Guna Yala (KY), Ngäbe-Buglé (NB), Naso Tjër Di (NT)
        { "PE", 26 }, // 24 regions + El Callao (CAL) + Municipalidad Metropolitana de Lima (LMA)
        { "PY", 18 }, // Asunción (ASU) + 17 departments
        { "SV", 14 }, // departments
        { "UY", 19 }, // departments
        { "VE", 25 }, // Distrito Capital (A) + 23 states + Dependencias Federales (W)
    };

    [Theory]
    [MemberData(nameof(DivisionCounts))]
    public void Each_country_has_the_divisions_iso_3166_2_lists(string country, int divisions) =>
        Assert.Equal(divisions, RegionCatalog.FindCountry(country)!.Divisions.Count);

    [Fact]
    public void The_catalog_has_exactly_the_countries_reviewed() =>
        Assert.Equal(
            DivisionCounts.Select(row => row.Data.Item1).Order(StringComparer.Ordinal),
            RegionCatalog.Countries.Select(c => c.Code).Order(StringComparer.Ordinal));

    [Fact]
    public void Division_codes_are_well_formed_unique_and_of_their_own_country()
    {
        var codes = RegionCatalog.Countries.SelectMany(c => c.Divisions.Select(d => (Country: c.Code, d.Code))).ToList();

        Assert.All(codes, c => Assert.Matches(DivisionCode(), c.Code));
        Assert.All(codes, c => Assert.StartsWith(c.Country + "-", c.Code, StringComparison.Ordinal));
        Assert.All(codes, c => Assert.InRange(c.Code.Length, 4, RegionCatalog.CodeMaxLength));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("PE-LMA", "Municipalidad Metropolitana de Lima")]
    [InlineData("CL-NB", "Ñuble")]
    [InlineData("VE-W", "Dependencias Federales")]
    [InlineData("NI-AN", "Costa Caribe Norte")]
    [InlineData("NI-AS", "Costa Caribe Sur")]
    [InlineData("PA-NT", "Naso Tjër Di")]
    [InlineData("GT-16", "Alta Verapaz")]
    [InlineData("MX-CMX", "Ciudad de México")]
    [InlineData("PY-ASU", "Asunción")]
    public void Divisions_that_were_easy_to_miss_are_there(string code, string name) =>
        Assert.Equal(name, RegionCatalog.FindDivision(code)?.Name);

    [Theory]
    [InlineData("GT-AV", "GT-16")]
    [InlineData("gt-qc", "GT-14")]
    [InlineData("Lima Metropolitana", "PE-LMA")]
    [InlineData("RACCN", "NI-AN")]
    public void Old_codes_and_other_spellings_match_their_division_but_are_not_codes(string text, string code)
    {
        Assert.Equal(code, RegionCatalog.Match(text)?.Code);
        Assert.Null(RegionCatalog.FindDivision(text));
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex DivisionCode();
}
