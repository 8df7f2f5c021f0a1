using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agrovet.Media.Data.Migrations
{
    /// <inheritdoc />
    public partial class MediaListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_media_files_owner_id_id",
                table: "media_files");

            migrationBuilder.CreateIndex(
                name: "ix_media_files_created",
                table: "media_files",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_files_owner_created",
                table: "media_files",
                columns: new[] { "owner_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_files_owner_size",
                table: "media_files",
                columns: new[] { "owner_id", "size", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_files_purpose_created",
                table: "media_files",
                columns: new[] { "purpose", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_files_purpose_size",
                table: "media_files",
                columns: new[] { "purpose", "size", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_files_size",
                table: "media_files",
                columns: new[] { "size", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_media_files_created",
                table: "media_files");

            migrationBuilder.DropIndex(
                name: "ix_media_files_owner_created",
                table: "media_files");

            migrationBuilder.DropIndex(
                name: "ix_media_files_owner_size",
                table: "media_files");

            migrationBuilder.DropIndex(
                name: "ix_media_files_purpose_created",
                table: "media_files");

            migrationBuilder.DropIndex(
                name: "ix_media_files_purpose_size",
                table: "media_files");

            migrationBuilder.DropIndex(
                name: "ix_media_files_size",
                table: "media_files");

            migrationBuilder.CreateIndex(
                name: "ix_media_files_owner_id_id",
                table: "media_files",
                columns: new[] { "owner_id", "id" });
        }
    }
}
