using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ContainsSecret",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContainsSecret",
                table: "OutboxMessages");
        }
    }
}
