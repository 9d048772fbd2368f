using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Permanence.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChildJourneys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FamilyFinderAllocatedOn",
                table: "children",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyFinderId",
                table: "children",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SiblingGroupId",
                table: "children",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "child_journey_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Routes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EarlyPermanence = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AdoptedByFosterCarers = table.Column<bool>(type: "INTEGER", nullable: false),
                    MovedInWithFosterCarersOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_journey_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_journey_events_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_journey_events_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sibling_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceTogether = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sibling_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sibling_groups_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_children_family_finder",
                table: "children",
                column: "FamilyFinderId");

            migrationBuilder.CreateIndex(
                name: "IX_children_SiblingGroupId",
                table: "children",
                column: "SiblingGroupId");

            migrationBuilder.CreateIndex(
                name: "ix_child_journey_events_child_date",
                table: "child_journey_events",
                columns: new[] { "ChildId", "Date" });

            migrationBuilder.CreateIndex(
                name: "ix_child_journey_events_owner_type_date",
                table: "child_journey_events",
                columns: new[] { "OwningOrganisationId", "Type", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_sibling_groups_OwningOrganisationId",
                table: "sibling_groups",
                column: "OwningOrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_children_AspNetUsers_FamilyFinderId",
                table: "children",
                column: "FamilyFinderId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_children_sibling_groups_SiblingGroupId",
                table: "children",
                column: "SiblingGroupId",
                principalTable: "sibling_groups",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_children_AspNetUsers_FamilyFinderId",
                table: "children");

            migrationBuilder.DropForeignKey(
                name: "FK_children_sibling_groups_SiblingGroupId",
                table: "children");

            migrationBuilder.DropTable(
                name: "child_journey_events");

            migrationBuilder.DropTable(
                name: "sibling_groups");

            migrationBuilder.DropIndex(
                name: "ix_children_family_finder",
                table: "children");

            migrationBuilder.DropIndex(
                name: "IX_children_SiblingGroupId",
                table: "children");

            migrationBuilder.DropColumn(
                name: "FamilyFinderAllocatedOn",
                table: "children");

            migrationBuilder.DropColumn(
                name: "FamilyFinderId",
                table: "children");

            migrationBuilder.DropColumn(
                name: "SiblingGroupId",
                table: "children");
        }
    }
}
