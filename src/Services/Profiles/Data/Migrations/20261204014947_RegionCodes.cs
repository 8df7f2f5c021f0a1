using Agrovet.Regions;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Profiles.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "profiles",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true,
                collation: "C");

            // The free text becomes a division code where it names exactly one division (ignoring case and accents), and
            // then reads as that division's name; text that names none, or a name of several countries ("Córdoba"), stays
            // as written with a null code. Regions served: each entry that names one division becomes its code; others
            // stay as written (README, "Regions").
            migrationBuilder.Sql(RegionMatchSql.SetCodes("profiles", "region", "region_code"));
            migrationBuilder.Sql(RegionMatchSql.SetNames("profiles", "region_code", "region"));
            migrationBuilder.Sql(RegionMatchSql.ReplaceInArray("profiles", "regions_served"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "region_code",
                table: "profiles");
        }
    }
}
