using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Routes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HolderName",
                table: "RequestTransitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Step",
                table: "RequestTransitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeName",
                table: "ConfirmationRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeUserId",
                table: "ConfirmationRequests",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CurrentStep",
                table: "ConfirmationRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeldSinceUtc",
                table: "ConfirmationRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RouteId",
                table: "ConfirmationRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SanctionReason",
                table: "ConfirmationRequests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StepDueOn",
                table: "ConfirmationRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApprovalRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalRoutes_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_AssigneeUserId",
                table: "ConfirmationRequests",
                column: "AssigneeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_RouteId",
                table: "ConfirmationRequests",
                column: "RouteId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRoutes_DepartmentId_Version",
                table: "ApprovalRoutes",
                columns: new[] { "DepartmentId", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ConfirmationRequests_ApprovalRoutes_RouteId",
                table: "ConfirmationRequests",
                column: "RouteId",
                principalTable: "ApprovalRoutes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConfirmationRequests_ApprovalRoutes_RouteId",
                table: "ConfirmationRequests");

            migrationBuilder.DropTable(
                name: "ApprovalRoutes");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_AssigneeUserId",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_RouteId",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "HolderName",
                table: "RequestTransitions");

            migrationBuilder.DropColumn(
                name: "Step",
                table: "RequestTransitions");

            migrationBuilder.DropColumn(
                name: "AssigneeName",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "CurrentStep",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "HeldSinceUtc",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "RouteId",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "SanctionReason",
                table: "ConfirmationRequests");

            migrationBuilder.DropColumn(
                name: "StepDueOn",
                table: "ConfirmationRequests");
        }
    }
}
