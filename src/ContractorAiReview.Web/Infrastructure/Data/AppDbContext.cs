using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>One SQLite database for the domain and ASP.NET Core Identity. Used one context per operation (IDbContextFactory).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign cookies and tokens, shared by every instance (encrypted outside Development).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Contractor> Contractors => Set<Contractor>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ConfirmationRequest> Requests => Set<ConfirmationRequest>();
    public DbSet<RequestTransition> RequestTransitions => Set<RequestTransition>();
    public DbSet<Domain.Routing.ApprovalRoute> ApprovalRoutes => Set<Domain.Routing.ApprovalRoute>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<DeliverableConsent> DeliverableConsents => Set<DeliverableConsent>();
    public DbSet<Catalogue.CatalogueRevision> CatalogueRevisions => Set<Catalogue.CatalogueRevision>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();
    public DbSet<Notifications.ReminderLog> ReminderLogs => Set<Notifications.ReminderLog>();

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
