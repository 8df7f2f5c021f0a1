using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Marketplace.Data.Migrations
{
    /// <inheritdoc />
    public partial class LocalCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_media_owner_id",
                table: "media");

            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "users",
                newName: "event_time");

            migrationBuilder.RenameColumn(
                name: "created_at",
                table: "media",
                newName: "event_time");

            // The copy of users kept the time each event was processed, not the event's own: forget it, so the next
            // event of each user applies (a file's created_at is its media.created time, so the copy of media keeps it).
            migrationBuilder.Sql("UPDATE users SET event_time = '1970-01-01T00:00:00Z';");

            migrationBuilder.AddColumn<bool>(
                name: "is_deleted",
                table: "media",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_deleted",
                table: "media");

            migrationBuilder.RenameColumn(
                name: "event_time",
                table: "users",
                newName: "updated_at");

            migrationBuilder.RenameColumn(
                name: "event_time",
                table: "media",
                newName: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_media_owner_id",
                table: "media",
                column: "owner_id");
        }
    }
}
