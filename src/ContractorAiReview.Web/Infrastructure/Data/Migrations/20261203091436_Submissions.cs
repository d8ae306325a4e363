using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Submissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReturnItems",
                table: "RequestTransitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnItems",
                table: "ConfirmationRequests",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "RequestSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuidelineVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestSubmissions_ConfirmationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ConfirmationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestSubmissions_RequestId_SubmittedAtUtc",
                table: "RequestSubmissions",
                columns: new[] { "RequestId", "SubmittedAtUtc" });

            // What was sent is never changed: the database refuses it too (the journal shows it if the trigger is dropped).
            migrationBuilder.Sql("""
                CREATE TRIGGER RequestSubmissions_NoUpdate BEFORE UPDATE ON RequestSubmissions
                BEGIN SELECT RAISE(ABORT, 'Submissions are immutable.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER RequestSubmissions_NoDelete BEFORE DELETE ON RequestSubmissions
                BEGIN SELECT RAISE(ABORT, 'Submissions are immutable.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER RequestSubmissions_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER RequestSubmissions_NoUpdate;");
            migrationBuilder.DropTable(
                name: "RequestSubmissions");

            migrationBuilder.DropColumn(
                name: "ReturnItems",
                table: "RequestTransitions");

            migrationBuilder.DropColumn(
                name: "ReturnItems",
                table: "ConfirmationRequests");
        }
    }
}
