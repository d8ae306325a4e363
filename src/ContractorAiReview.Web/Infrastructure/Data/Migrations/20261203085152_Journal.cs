using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Journal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_RequestId",
                table: "JournalEntries",
                column: "RequestId");

            // Defence in depth: the database itself refuses to change or remove a journal entry. Whoever can drop the
            // trigger can still edit the file, and the chain is what shows it (JournalVerification).
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalEntries_NoUpdate BEFORE UPDATE ON JournalEntries
                BEGIN SELECT RAISE(ABORT, 'Journal entries are append-only.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER JournalEntries_NoDelete BEFORE DELETE ON JournalEntries
                BEGIN SELECT RAISE(ABORT, 'Journal entries are append-only.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER JournalEntries_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER JournalEntries_NoUpdate;");
            migrationBuilder.DropTable(
                name: "JournalEntries");
        }
    }
}
