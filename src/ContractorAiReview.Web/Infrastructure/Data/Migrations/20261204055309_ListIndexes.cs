using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_ContractorId",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_DepartmentId",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_ContractorId",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Event_Id",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_ActorUserId_Trigger_RequestId",
                table: "RequestTransitions",
                columns: new[] { "ActorUserId", "Trigger", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CreatedAtUtc",
                table: "OutboxMessages",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ContractorId_FiscalYear",
                table: "Contracts",
                columns: new[] { "ContractorId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DepartmentId_FiscalYear",
                table: "Contracts",
                columns: new[] { "DepartmentId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_ContractorId_CreatedAtUtc",
                table: "ConfirmationRequests",
                columns: new[] { "ContractorId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_AssigneeUserId_StepDueOn",
                table: "ConfirmationRequests",
                columns: new[] { "DepartmentId", "Status", "AssigneeUserId", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_StepDueOn_DecisionDueOn",
                table: "ConfirmationRequests",
                columns: new[] { "DepartmentId", "Status", "StepDueOn", "DecisionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_SubmittedAtUtc",
                table: "ConfirmationRequests",
                columns: new[] { "DepartmentId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_DepartmentId_SubmittedAtUtc",
                table: "ConfirmationRequests",
                columns: new[] { "DepartmentId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Event_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "Event", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestTransitions_ActorUserId_Trigger_RequestId",
                table: "RequestTransitions");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_CreatedAtUtc",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_CreatedAtUtc",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ContractorId_FiscalYear",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_DepartmentId_FiscalYear",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_ContractorId_CreatedAtUtc",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_AssigneeUserId_StepDueOn",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_StepDueOn_DecisionDueOn",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status_SubmittedAtUtc",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_ConfirmationRequests_DepartmentId_SubmittedAtUtc",
                table: "ConfirmationRequests");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Event_OccurredAtUtc",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ContractorId",
                table: "Contracts",
                column: "ContractorId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DepartmentId",
                table: "Contracts",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_ContractorId",
                table: "ConfirmationRequests",
                column: "ContractorId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmationRequests_DepartmentId_Status",
                table: "ConfirmationRequests",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Event_Id",
                table: "AuditEntries",
                columns: new[] { "Event", "Id" });
        }
    }
}
