using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Journal;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Journal;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// One database for the domain and ASP.NET Core Identity: SQLite (this type, and the migrations in Migrations/) or
/// PostgreSQL (<see cref="PostgreSqlAppDbContext"/>, the same model with its own migrations). Used one context per
/// operation (IDbContextFactory, <see cref="AppDbContextFactory"/>).
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's own type: EF Core finds a context's migrations by its exact type.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The keys that sign cookies and tokens, shared by every instance (encrypted outside Development).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Contractor> Contractors => Set<Contractor>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ConfirmationRequest> Requests => Set<ConfirmationRequest>();
    public DbSet<RequestTransition> RequestTransitions => Set<RequestTransition>();
    public DbSet<RequestSubmission> RequestSubmissions => Set<RequestSubmission>();
    public DbSet<Domain.Routing.ApprovalRoute> ApprovalRoutes => Set<Domain.Routing.ApprovalRoute>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<DeliverableConsent> DeliverableConsents => Set<DeliverableConsent>();
    public DbSet<Catalogue.CatalogueRevision> CatalogueRevisions => Set<Catalogue.CatalogueRevision>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();
    public DbSet<Notifications.ReminderLog> ReminderLogs => Set<Notifications.ReminderLog>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Guidelines.GuidelineAdoption> GuidelineAdoptions => Set<Guidelines.GuidelineAdoption>();
    public DbSet<Requests.Attachments.AttachmentFile> AttachmentFiles => Set<Requests.Attachments.AttachmentFile>();

    /// <summary>
    /// Saves, and journals what the save added that the journal records (<see cref="JournalRecords"/>), in one
    /// transaction: the rows first (so they have their ids), then their entries at the head of the chain. The head is
    /// read inside the transaction, which SQLite opens with <c>BEGIN IMMEDIATE</c>: one writer at a time, across
    /// processes too, so two saves never chain onto the same entry.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var recorded = AddedRowsTheJournalRecords();
        if (recorded.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            return await SaveAndJournalAsync(recorded, acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAndJournalAsync(recorded, acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The journal needs the asynchronous save (it reads the chain's head); nothing in the app saves synchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        AddedRowsTheJournalRecords().Count > 0
            ? throw new InvalidOperationException("Rows the journal records are saved with SaveChangesAsync.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    private List<object> AddedRowsTheJournalRecords() =>
        ChangeTracker.Entries().Where(e => e.State == EntityState.Added && JournalRecords.IsRecorded(e.Entity)).Select(e => e.Entity).ToList();

    private async Task<int> SaveAndJournalAsync(List<object> recorded, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        await LockJournalHeadAsync(ct);
        var head = await JournalEntries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var link = head is null ? ((long, string)?)null : (head.Sequence, head.Hash);
        foreach (var row in recorded)
        {
            var record = JournalRecords.Of(row)!;
            var entry = JournalEntry.Append(link, record.OccurredAtUtc, record.Kind, record.Source, record.RequestId, record.Content);
            JournalEntries.Add(entry);
            link = (entry.Sequence, entry.Hash);
        }

        await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        return saved;
    }

    /// <summary>
    /// Holds the chain's head for the rest of the transaction, so a second writer waits for this one to commit before
    /// it reads the head. SQLite needs nothing here: its write transaction already admits one writer at a time.
    /// </summary>
    protected virtual Task LockJournalHeadAsync(CancellationToken ct) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no DateTimeOffset type: store UTC ticks so ordering and comparison happen in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
