using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Agrovet.Forum.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorsInTablesOfTheirOwn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Votes rewrite a post's or comment's row; its search vector and GIN index move to tables of their own,
            // filled by triggers when the text is written, so a vote no longer re-inserts every word into the index.
            migrationBuilder.CreateTable(
                name: "comment_search",
                columns: table => new
                {
                    comment_id = table.Column<long>(type: "bigint", nullable: false),
                    vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_search", x => x.comment_id);
                    table.ForeignKey(
                        name: "fk_comment_search_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_search",
                columns: table => new
                {
                    post_id = table.Column<long>(type: "bigint", nullable: false),
                    vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_search", x => x.post_id);
                    table.ForeignKey(
                        name: "fk_post_search_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("INSERT INTO post_search (post_id, vector) SELECT id, search_vector FROM posts;");
            migrationBuilder.Sql("INSERT INTO comment_search (comment_id, vector) SELECT id, search_vector FROM comments;");

            migrationBuilder.Sql("""
                CREATE FUNCTION forum_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO post_search (post_id, vector) VALUES (NEW.id,
                        setweight(to_tsvector('agrovet_es'::regconfig, coalesce(NEW.title, '')), 'A') ||
                        setweight(to_tsvector('agrovet_en'::regconfig, coalesce(NEW.title, '')), 'A') ||
                        setweight(to_tsvector('agrovet_es'::regconfig, coalesce(NEW.body, '')), 'B') ||
                        setweight(to_tsvector('agrovet_en'::regconfig, coalesce(NEW.body, '')), 'B'))
                    ON CONFLICT (post_id) DO UPDATE SET vector = EXCLUDED.vector;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER posts_search AFTER INSERT OR UPDATE OF title, body ON posts
                    FOR EACH ROW EXECUTE FUNCTION forum_post_search();

                CREATE FUNCTION forum_comment_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO comment_search (comment_id, vector) VALUES (NEW.id,
                        setweight(to_tsvector('agrovet_es'::regconfig, coalesce(NEW.body, '')), 'B') ||
                        setweight(to_tsvector('agrovet_en'::regconfig, coalesce(NEW.body, '')), 'B'))
                    ON CONFLICT (comment_id) DO UPDATE SET vector = EXCLUDED.vector;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER comments_search AFTER INSERT OR UPDATE OF body ON comments
                    FOR EACH ROW EXECUTE FUNCTION forum_comment_search();
                """);

            migrationBuilder.DropIndex(
                name: "ix_posts_media_ids",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_posts_search_vector",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_comments_search_vector",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "comments");

            migrationBuilder.CreateIndex(
                name: "ix_posts_media_ids",
                table: "posts",
                column: "media_ids",
                filter: "media_ids <> '{}'")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_comment_search_vector",
                table: "comment_search",
                column: "vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_post_search_vector",
                table: "post_search",
                column: "vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER posts_search ON posts;
                DROP FUNCTION forum_post_search();
                DROP TRIGGER comments_search ON comments;
                DROP FUNCTION forum_comment_search();
                """);

            migrationBuilder.DropTable(
                name: "comment_search");

            migrationBuilder.DropTable(
                name: "post_search");

            migrationBuilder.DropIndex(
                name: "ix_posts_media_ids",
                table: "posts");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "posts",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('agrovet_es'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('agrovet_en'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('agrovet_es'::regconfig, coalesce(body, '')), 'B') || setweight(to_tsvector('agrovet_en'::regconfig, coalesce(body, '')), 'B')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "comments",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('agrovet_es'::regconfig, coalesce(body, '')), 'B') || setweight(to_tsvector('agrovet_en'::regconfig, coalesce(body, '')), 'B')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_media_ids",
                table: "posts",
                column: "media_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_posts_search_vector",
                table: "posts",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_comments_search_vector",
                table: "comments",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
