using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractorAiReview.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Requests filed before snapshots were kept: what they hold now is what was last sent, unless the contractor
            // may have edited it since (a draft, or a returned request), which gets its snapshot at its next filing.
            // Status 0 = Draft, 2 = Returned, as stored when this migration was written.
            migrationBuilder.Sql("""
                INSERT INTO RequestSubmissions (RequestId, "Trigger", SubmittedAtUtc, SubmittedByUserId, SubmittedByName, GuidelineVersion, Content)
                SELECT r.Id, t."Trigger", t.OccurredAtUtc, t.ActorUserId, t.ActorName, r.GuidelineVersion, r.Content
                FROM ConfirmationRequests r
                JOIN RequestTransitions t ON t.Id = (
                    SELECT t2.Id FROM RequestTransitions t2
                    WHERE t2.RequestId = r.Id AND t2."Trigger" IN ('Submit', 'Resubmit')
                    ORDER BY t2.OccurredAtUtc DESC, t2.Id DESC LIMIT 1)
                WHERE r.Status NOT IN (0, 2)
                  AND NOT EXISTS (SELECT 1 FROM RequestSubmissions s WHERE s.RequestId = r.Id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The snapshots stay: the triggers refuse their removal, and they are what was sent.
        }
    }
}
