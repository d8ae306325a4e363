using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionContentText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
