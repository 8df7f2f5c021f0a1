using Agrovet.Compute.Export;

namespace Agrovet.Compute.Service.Tests;

public sealed class RegionCentroidsTests
{
    [Theory]
    [InlineData("Córdoba", "ARS", "AR")]
    [InlineData("cordoba", "COP", "CO")]
    [InlineData("Córdoba", null, "AR")]
    [InlineData("Córdoba, Colombia", "USD", "CO")]
    [InlineData("Santa Cruz", "BOB", "BO")]
    [InlineData("Santa Cruz - Argentina", null, "AR")]
    [InlineData("  MINAS   GERAIS ", null, "BR")]
    [InlineData("CABA", null, "AR")]
    [InlineData("Bío Bío", null, "CL")]
    [InlineData("Paysandú", "UYU", "UY")]
    [InlineData("Jalisco", "MXN", "MX")]
    [InlineData("Guatemala", "GTQ", "GT")]
    [InlineData("Nowhere-land, Perú", "PEN", "PE")]
    public void A_region_written_as_people_write_it_is_found_in_its_country(string region, string? currency, string country)
    {
        var place = RegionCentroids.Find(region, currency);

        Assert.NotNull(place);
        Assert.Equal(country, place.Country);
        Assert.InRange(place.Longitude, -118.5, -34);
        Assert.InRange(place.Latitude, -56, 33);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData(null)]
    public void An_unknown_region_has_no_place(string? region) => Assert.Null(RegionCentroids.Find(region, "USD"));

    [Fact]
    public void The_table_covers_the_provinces_states_and_departments_of_the_region()
    {
        Assert.True(RegionCentroids.Count > 250, $"{RegionCentroids.Count} regions");
    }
}
