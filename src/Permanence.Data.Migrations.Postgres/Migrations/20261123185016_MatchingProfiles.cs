using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Permanence.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MatchingProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "CentreLatitude",
                table: "organisations",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "CentreLongitude",
                table: "organisations",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AvoidOwnLocalAuthority",
                table: "children",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FirstLanguage",
                table: "children",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchingNeeds",
                table: "children",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Religion",
                table: "children",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EarlyPermanenceApproved",
                table: "approval_reviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NeedsCanMeet",
                table: "approval_reviews",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EarlyPermanenceApproved",
                table: "adopter_households",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EthnicityCodes",
                table: "adopter_households",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "adopter_households",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "adopter_households",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LivesInLocalAuthorityId",
                table: "adopter_households",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "adopter_households",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RangeNeedsCanMeet",
                table: "adopter_households",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Religion",
                table: "adopter_households",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_adopter_households_lives_in_la",
                table: "adopter_households",
                column: "LivesInLocalAuthorityId");

            migrationBuilder.AddForeignKey(
                name: "FK_adopter_households_organisations_LivesInLocalAuthorityId",
                table: "adopter_households",
                column: "LivesInLocalAuthorityId",
                principalTable: "organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_adopter_households_organisations_LivesInLocalAuthorityId",
                table: "adopter_households");

            migrationBuilder.DropIndex(
                name: "ix_adopter_households_lives_in_la",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "CentreLatitude",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "CentreLongitude",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "AvoidOwnLocalAuthority",
                table: "children");

            migrationBuilder.DropColumn(
                name: "FirstLanguage",
                table: "children");

            migrationBuilder.DropColumn(
                name: "MatchingNeeds",
                table: "children");

            migrationBuilder.DropColumn(
                name: "Religion",
                table: "children");

            migrationBuilder.DropColumn(
                name: "EarlyPermanenceApproved",
                table: "approval_reviews");

            migrationBuilder.DropColumn(
                name: "NeedsCanMeet",
                table: "approval_reviews");

            migrationBuilder.DropColumn(
                name: "EarlyPermanenceApproved",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "EthnicityCodes",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "LivesInLocalAuthorityId",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "RangeNeedsCanMeet",
                table: "adopter_households");

            migrationBuilder.DropColumn(
                name: "Religion",
                table: "adopter_households");
        }
    }
}
