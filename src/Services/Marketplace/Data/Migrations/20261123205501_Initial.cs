using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Agrovet.Marketplace.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // search_vector is generated with these configurations, so they must exist before the table.
            migrationBuilder.Sql(Agrovet.Marketplace.Search.TextSearch.CreateConfigurationsSql);

            migrationBuilder.CreateSequence(
                name: "order_ids",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "adds",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    seller_id = table.Column<long>(type: "bigint", nullable: false),
                    seller_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    seller_active = table.Column<bool>(type: "boolean", nullable: false),
                    title = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    stock = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    category_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, computedColumnSql: "split_part(category, '/', 1)", stored: true, collation: "C"),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    media_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    listed = table.Column<bool>(type: "boolean", nullable: false, computedColumnSql: "status <> 'withdrawn' AND seller_active", stored: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "setweight(to_tsvector('agrovet_es'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('agrovet_en'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('agrovet_es'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('agrovet_en'::regconfig, coalesce(description, '')), 'B')", stored: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adds", x => x.id);
                    table.CheckConstraint("ck_adds_price_not_negative", "price >= 0");
                    table.CheckConstraint("ck_adds_status", "status IN ('active', 'sold_out', 'withdrawn')");
                    table.CheckConstraint("ck_adds_stock_not_negative", "stock >= 0");
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 85);

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "media",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<long>(type: "bigint", nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    traceparent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    ad_id = table.Column<long>(type: "bigint", nullable: false),
                    ad_title = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    seller_id = table.Column<long>(type: "bigint", nullable: false),
                    seller_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    buyer_id = table.Column<long>(type: "bigint", nullable: false),
                    buyer_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.CheckConstraint("ck_orders_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_orders_status", "status IN ('placed', 'shipped', 'completed', 'cancelled')");
                    table.ForeignKey(
                        name: "fk_orders_adds_ad_id",
                        column: x => x.ad_id,
                        principalTable: "adds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adds_in_stock_newest",
                table: "adds",
                columns: new[] { "created_at", "id" },
                descending: new bool[0],
                filter: "listed AND status = 'active'");

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_category_newest",
                table: "adds",
                columns: new[] { "category", "created_at", "id" },
                descending: new[] { false, true, true },
                filter: "listed")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "price" });

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_category_root_newest",
                table: "adds",
                columns: new[] { "category_root", "created_at", "id" },
                descending: new[] { false, true, true },
                filter: "listed")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "price" });

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_newest",
                table: "adds",
                columns: new[] { "created_at", "id" },
                descending: new bool[0],
                filter: "listed");

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_price",
                table: "adds",
                columns: new[] { "price", "id" },
                filter: "listed");

            migrationBuilder.CreateIndex(
                name: "ix_adds_listed_region_newest",
                table: "adds",
                columns: new[] { "region_key", "created_at", "id" },
                descending: new[] { false, true, true },
                filter: "listed")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "price" });

            migrationBuilder.CreateIndex(
                name: "ix_adds_media_ids",
                table: "adds",
                column: "media_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_adds_newest",
                table: "adds",
                columns: new[] { "created_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_adds_search_vector",
                table: "adds",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_adds_seller_newest",
                table: "adds",
                columns: new[] { "seller_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_adds_status_newest",
                table: "adds",
                columns: new[] { "status", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_media_owner_id",
                table: "media",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_ad_id",
                table: "orders",
                column: "ad_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_buyer_newest",
                table: "orders",
                columns: new[] { "buyer_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_orders_newest",
                table: "orders",
                columns: new[] { "created_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_orders_seller_newest",
                table: "orders",
                columns: new[] { "seller_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ux_orders_buyer_idempotency_key",
                table: "orders",
                columns: new[] { "buyer_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "id",
                filter: "sent_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "media");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "adds");

            migrationBuilder.DropSequence(
                name: "order_ids");

            migrationBuilder.Sql(Agrovet.Marketplace.Search.TextSearch.DropConfigurationsSql);
        }
    }
}
