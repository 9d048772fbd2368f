using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Permanence.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChildId",
                table: "panel_agenda_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MatchLinkId",
                table: "panel_agenda_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "match_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ShortlistedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShortlistedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ShortlistedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PresentedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PresentedAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PresentedArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PresentedApprovalRange = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InterAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    LinkingMeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LinkingMeetingOutcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    LinkingMeetingNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProceedingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PanelAgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PanelDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PanelRecommendation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MatchDecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MatchApproved = table.Column<bool>(type: "INTEGER", nullable: true),
                    MatchDecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MatchDecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IntroductionsStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MovedInDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CloseNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeeStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_match_links_adopter_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "adopter_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_match_links_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_match_links_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "match_link_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchLinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_link_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_match_link_visits_match_links_MatchLinkId",
                        column: x => x.MatchLinkId,
                        principalTable: "match_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_match_link_visits_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_panel_agenda_items_ChildId",
                table: "panel_agenda_items",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_agenda_items_MatchLinkId",
                table: "panel_agenda_items",
                column: "MatchLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_match_link_visits_MatchLinkId",
                table: "match_link_visits",
                column: "MatchLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_match_link_visits_OwningOrganisationId",
                table: "match_link_visits",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "ix_match_links_child_status",
                table: "match_links",
                columns: new[] { "ChildId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_match_links_household_status",
                table: "match_links",
                columns: new[] { "HouseholdId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_match_links_owner_status",
                table: "match_links",
                columns: new[] { "OwningOrganisationId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_panel_agenda_items_children_ChildId",
                table: "panel_agenda_items",
                column: "ChildId",
                principalTable: "children",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_panel_agenda_items_match_links_MatchLinkId",
                table: "panel_agenda_items",
                column: "MatchLinkId",
                principalTable: "match_links",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_panel_agenda_items_children_ChildId",
                table: "panel_agenda_items");

            migrationBuilder.DropForeignKey(
                name: "FK_panel_agenda_items_match_links_MatchLinkId",
                table: "panel_agenda_items");

            migrationBuilder.DropTable(
                name: "match_link_visits");

            migrationBuilder.DropTable(
                name: "match_links");

            migrationBuilder.DropIndex(
                name: "IX_panel_agenda_items_ChildId",
                table: "panel_agenda_items");

            migrationBuilder.DropIndex(
                name: "IX_panel_agenda_items_MatchLinkId",
                table: "panel_agenda_items");

            migrationBuilder.DropColumn(
                name: "ChildId",
                table: "panel_agenda_items");

            migrationBuilder.DropColumn(
                name: "MatchLinkId",
                table: "panel_agenda_items");
        }
    }
}
