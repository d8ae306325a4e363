using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RouteBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every department that exists gets its first route: its officer checks and decides, as before routes.
            migrationBuilder.Sql(
                "INSERT INTO ApprovalRoutes (DepartmentId, Version, Steps, CreatedAtUtc, CreatedByUserId) " +
                "SELECT Id, 1, '[{\"Title\":\"担当\",\"Holder\":\"DepartmentOfficer\",\"BusinessDays\":' || StandardProcessingDays || '}]', " +
                "CAST(strftime('%s','now') AS INTEGER) * 10000000 + 621355968000000000, 'migration' FROM Departments;");

            // Filed requests finish on it; those waiting for a decision wait, unassigned, at its one step.
            migrationBuilder.Sql(
                "UPDATE ConfirmationRequests SET RouteId = (SELECT r.Id FROM ApprovalRoutes r WHERE r.DepartmentId = ConfirmationRequests.DepartmentId) " +
                "WHERE Status <> 0;");
            migrationBuilder.Sql(
                "UPDATE ConfirmationRequests SET CurrentStep = 0, HeldSinceUtc = SubmittedAtUtc, StepDueOn = DecisionDueOn WHERE Status = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE ConfirmationRequests SET RouteId = NULL, CurrentStep = NULL, HeldSinceUtc = NULL, StepDueOn = NULL;");
            migrationBuilder.Sql("DELETE FROM ApprovalRoutes;");
        }
    }
}
