using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Profiles.Data.Migrations
{
    /// <inheritdoc />
    public partial class LocalCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "users",
                newName: "event_time");

            migrationBuilder.AddColumn<DateTime>(
                name: "event_time",
                table: "media",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "event_time",
                table: "media");

            migrationBuilder.RenameColumn(
                name: "event_time",
                table: "users",
                newName: "updated_at");
        }
    }
}
