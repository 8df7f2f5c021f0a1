using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Forum.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxDataText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "data",
                table: "outbox_messages",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // EF's AlterColumn would leave out the USING clause, without which text does not convert to jsonb.
            migrationBuilder.Sql("ALTER TABLE outbox_messages ALTER COLUMN data TYPE jsonb USING data::jsonb;");
        }
    }
}
