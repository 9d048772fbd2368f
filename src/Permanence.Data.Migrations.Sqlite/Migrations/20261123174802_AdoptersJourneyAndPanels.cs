using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Permanence.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdoptersJourneyAndPanels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnquirySource",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "FastTrack",
                table: "adopter_households",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IndependentReviewRequestDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformationPackSentDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InitialVisitDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LinkedDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeReason",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PanelDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelRecommendation",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreparationTrainingCompletedDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RangeHealthNeeds",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RangeHeritageConsiderations",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RangeLocation",
                table: "adopter_households",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RangeMaximumAgeYears",
                table: "adopter_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RangeMaximumChildren",
                table: "adopter_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RangeMinimumAgeYears",
                table: "adopter_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RangeMinimumChildren",
                table: "adopter_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RangeSiblingGroups",
                table: "adopter_households",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisterReferralDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationOfInterestDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportCompletedDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StageOneCompletedDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StageOneStartDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StageTwoStartDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetPanelDate",
                table: "adopter_households",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "adopter_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adopter_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adopter_checks_adopter_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "adopter_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_adopter_checks_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "adopter_pauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adopter_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adopter_pauses_adopter_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "adopter_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_adopter_pauses_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "approval_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinimumChildren = table.Column<int>(type: "INTEGER", nullable: false),
                    MaximumChildren = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumAgeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    MaximumAgeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    SiblingGroups = table.Column<bool>(type: "INTEGER", nullable: false),
                    HealthNeeds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HeritageConsiderations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approval_reviews_adopter_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "adopter_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_approval_reviews_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "panel_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panel_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_panel_meetings_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Independent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SocialWorkYearsQualified = table.Column<int>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panel_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_panel_members_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RecommendationNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panel_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_panel_agenda_items_adopter_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "adopter_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_panel_agenda_items_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_panel_agenda_items_panel_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "panel_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "panel_attendance",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningOrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panel_attendance", x => new { x.MeetingId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_panel_attendance_organisations_OwningOrganisationId",
                        column: x => x.OwningOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_panel_attendance_panel_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "panel_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_panel_attendance_panel_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "panel_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "bank_holidays",
                columns: new[] { "Date", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), "New Year's Day" },
                    { new DateOnly(2024, 3, 29), "Good Friday" },
                    { new DateOnly(2024, 4, 1), "Easter Monday" },
                    { new DateOnly(2024, 5, 6), "Early May bank holiday" },
                    { new DateOnly(2024, 5, 27), "Spring bank holiday" },
                    { new DateOnly(2024, 8, 26), "Summer bank holiday" },
                    { new DateOnly(2024, 12, 25), "Christmas Day" },
                    { new DateOnly(2024, 12, 26), "Boxing Day" },
                    { new DateOnly(2025, 1, 1), "New Year's Day" },
                    { new DateOnly(2025, 4, 18), "Good Friday" },
                    { new DateOnly(2025, 4, 21), "Easter Monday" },
                    { new DateOnly(2025, 5, 5), "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), "Christmas Day" },
                    { new DateOnly(2025, 12, 26), "Boxing Day" },
                    { new DateOnly(2026, 1, 1), "New Year's Day" },
                    { new DateOnly(2026, 4, 3), "Good Friday" },
                    { new DateOnly(2026, 4, 6), "Easter Monday" },
                    { new DateOnly(2026, 5, 4), "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), "Christmas Day" },
                    { new DateOnly(2026, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2027, 1, 1), "New Year's Day" },
                    { new DateOnly(2027, 3, 26), "Good Friday" },
                    { new DateOnly(2027, 3, 29), "Easter Monday" },
                    { new DateOnly(2027, 5, 3), "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), "Christmas Day (substitute day)" },
                    { new DateOnly(2027, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2028, 1, 3), "New Year's Day (substitute day)" },
                    { new DateOnly(2028, 4, 14), "Good Friday" },
                    { new DateOnly(2028, 4, 17), "Easter Monday" },
                    { new DateOnly(2028, 5, 1), "Early May bank holiday" },
                    { new DateOnly(2028, 5, 29), "Spring bank holiday" },
                    { new DateOnly(2028, 8, 28), "Summer bank holiday" },
                    { new DateOnly(2028, 12, 25), "Christmas Day" },
                    { new DateOnly(2028, 12, 26), "Boxing Day" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_adopter_checks_HouseholdId",
                table: "adopter_checks",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_adopter_checks_OwningOrganisationId",
                table: "adopter_checks",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_adopter_pauses_HouseholdId",
                table: "adopter_pauses",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_adopter_pauses_OwningOrganisationId",
                table: "adopter_pauses",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_reviews_HouseholdId",
                table: "approval_reviews",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_reviews_OwningOrganisationId",
                table: "approval_reviews",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_agenda_items_HouseholdId",
                table: "panel_agenda_items",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_agenda_items_MeetingId",
                table: "panel_agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_agenda_items_OwningOrganisationId",
                table: "panel_agenda_items",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_attendance_MemberId",
                table: "panel_attendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_attendance_OwningOrganisationId",
                table: "panel_attendance",
                column: "OwningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "ix_panel_meetings_owner_date",
                table: "panel_meetings",
                columns: new[] { "OwningOrganisationId", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_panel_members_OwningOrganisationId",
                table: "panel_members",
                column: "OwningOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adopter_checks");

            migrationBuilder.DropTable(
                name: "adopter_pauses");

            migrationBuilder.DropTable(
                name: "approval_reviews");

            migrationBuilder.DropTable(
                name: "bank_holidays");

            migrationBuilder.DropTable(
                name: "panel_agenda_items");

            migrationBuilder.DropTable(
                name: "panel_attendance");

            migrationBuilder.DropTable(
                name: "panel_meetings");

            migrationBuilder.DropTable(
                name: "panel_members");

            migrationBuilder.DropColumn(
                name: "DecisionDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "EndedDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "EnquirySource",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "FastTrack",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "IndependentReviewRequestDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "InformationPackSentDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "InitialVisitDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "LastReviewDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "LinkedDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "OutcomeReason",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "PanelDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "PanelRecommendation",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "PreparationTrainingCompletedDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeHealthNeeds",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeHeritageConsiderations",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeLocation",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeMaximumAgeYears",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeMaximumChildren",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeMinimumAgeYears",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeMinimumChildren",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeSiblingGroups",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RegisterReferralDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RegistrationOfInterestDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "ReportCompletedDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "StageOneCompletedDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "StageOneStartDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "StageTwoStartDate",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "TargetPanelDate",
                table: "adopter_households");
        }
    }
}
