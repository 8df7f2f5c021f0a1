using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Forum.Data.Migrations
{
    /// <inheritdoc />
    public partial class RankingFunctionsInlined : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // forum_hot read the epoch with extract(epoch FROM timestamptz), which is STABLE, so the planner could not
            // inline it into an IMMUTABLE function's caller: every vote parsed and planned its body again.
            migrationBuilder.Sql(Agrovet.Forum.Rankings.RankingSql.CreateFunctionsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier bodies computed the same values; the inlinable ones stay.
        }
    }
}
