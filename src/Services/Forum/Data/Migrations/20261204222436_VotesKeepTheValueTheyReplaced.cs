using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Forum.Data.Migrations
{
    /// <inheritdoc />
    public partial class VotesKeepTheValueTheyReplaced : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A vote is one upsert that returns the value it replaced; forum_best never fails on the totals an UPDATE
            // computes from a row's older version before it re-reads the current one.
            migrationBuilder.Sql(Agrovet.Forum.Rankings.RankingSql.CreateFunctionsSql);

            migrationBuilder.AddColumn<short>(
                name: "replaced_value",
                table: "post_votes",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.AddColumn<short>(
                name: "replaced_value",
                table: "comment_votes",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "replaced_value",
                table: "post_votes");

            migrationBuilder.DropColumn(
                name: "replaced_value",
                table: "comment_votes");
        }
    }
}
