using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StandardProcessingDays",
                table: "Departments",
                type: "INTEGER",
                nullable: false,
                // Hand-set: existing departments get the usual 10 business days, not 0.
                defaultValue: 10);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDueOn",
                table: "ConfirmationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResubmitBy",
                table: "ConfirmationRequests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StandardProcessingDays",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "DecisionDueOn",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "ResubmitBy",
                table: "ConfirmationRequests");
        }
    }
}
