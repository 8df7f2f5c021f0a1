using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Agrovet.Marketplace.Data.Migrations
{
    /// <inheritdoc />
    public partial class CheckoutAddressesAndTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "delivery_address_id",
                table: "orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_city",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_country",
                table: "orders",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_instructions",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_label",
                table: "orders",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_line1",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_line2",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_method",
                table: "orders",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "pickup");

            migrationBuilder.AddColumn<string>(
                name: "delivery_phone",
                table: "orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_postal_code",
                table: "orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_recipient_name",
                table: "orders",
                type: "character varying(120)",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "delivery_region",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "payment_method",
                table: "orders",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "agreed");

            migrationBuilder.CreateTable(
                name: "addresses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    instructions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_addresses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "order_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<long>(type: "bigint", nullable: true),
                    actor_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_events_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_delivery_method",
                table: "orders",
                sql: "delivery_method IN ('pickup', 'delivery')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_orders_payment_method",
                table: "orders",
                sql: "payment_method IN ('cash_on_delivery', 'bank_transfer', 'agreed')");

            migrationBuilder.CreateIndex(
                name: "ix_addresses_user",
                table: "addresses",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_events_order",
                table: "order_events",
                columns: new[] { "order_id", "at", "id" });

            // Orders placed before the timeline was kept: their buyer placed them; the step to their current status is
            // known by its time only (who took it was not recorded).
            migrationBuilder.Sql("""
                INSERT INTO order_events (order_id, status, actor_id, actor_username, actor_role, note, at)
                SELECT id, 'placed', buyer_id, buyer_username, 'buyer', '', created_at FROM orders;
                INSERT INTO order_events (order_id, status, actor_id, actor_username, actor_role, note, at)
                SELECT id, status, NULL, '', NULL, '', updated_at FROM orders WHERE status <> 'placed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "addresses");

            migrationBuilder.DropTable(
                name: "order_events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_delivery_method",
                table: "orders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_orders_payment_method",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_address_id",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_city",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_country",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_instructions",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_label",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_line1",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_line2",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_method",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_phone",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_postal_code",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_recipient_name",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "delivery_region",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "payment_method",
                table: "orders");
        }
    }
}
