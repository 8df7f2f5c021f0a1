using Agrovet.Regions;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Marketplace.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "adds",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "region_name",
                table: "addresses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_region_name",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Ads: the free text becomes a division code where it names exactly one division (ignoring case and accents),
            // and then reads as that division's name; text that names none, or a name of several countries ("Córdoba"),
            // stays as written with a null code (README, "Regions").
            migrationBuilder.Sql(RegionMatchSql.SetCodes("adds", "region", "region_code"));
            migrationBuilder.Sql(RegionMatchSql.SetNames("adds", "region_code", "region"));

            // Addresses and the orders' copies of them: the region is matched within the address's country; it becomes the
            // code, and region_name the division's name, or the text as written where it names no division of that country.
            migrationBuilder.Sql("UPDATE addresses SET region_name = region;");
            migrationBuilder.Sql(RegionMatchSql.SetCodes("addresses", "region", "region", "country"));
            migrationBuilder.Sql(RegionMatchSql.SetNames("addresses", "region", "region_name"));
            migrationBuilder.Sql("UPDATE orders SET delivery_region_name = delivery_region;");
            migrationBuilder.Sql(RegionMatchSql.SetCodes("orders", "delivery_region", "delivery_region", "delivery_country"));
            migrationBuilder.Sql(RegionMatchSql.SetNames("orders", "delivery_region", "delivery_region_name"));

            migrationBuilder.DropIndex(
                name: "ix_adds_listed_region_newest",
                table: "adds");

            migrationBuilder.DropColumn(
                name: "region_key",
                table: "adds");

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_region_newest",
                table: "adds",
                columns: new[] { "region_code", "created_at", "id" },
                descending: new[] { false, true, true },
                filter: "listed")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "price" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE addresses SET region = region_name;");
            migrationBuilder.Sql("UPDATE orders SET delivery_region = delivery_region_name;");

            migrationBuilder.DropIndex(
                name: "ix_adds_listed_region_newest",
                table: "adds");

            migrationBuilder.DropColumn(
                name: "delivery_region_name",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "adds");

            migrationBuilder.DropColumn(
                name: "region_name",
                table: "addresses");

            migrationBuilder.AddColumn<string>(
                name: "region_key",
                table: "adds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE adds SET region_key = lower(btrim(region));");

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_region_newest",
                table: "adds",
                columns: new[] { "region_key", "created_at", "id" },
                descending: new[] { false, true, true },
                filter: "listed")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "price" });
        }
    }
}
