using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Chat.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_change",
                table: "rooms",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "change",
                table: "messages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_messages_room_id_change",
                table: "messages",
                columns: new[] { "room_id", "change" },
                filter: "change > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messages_room_id_change",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "last_change",
                table: "rooms");

            migrationBuilder.DropColumn(
                name: "change",
                table: "messages");
        }
    }
}
