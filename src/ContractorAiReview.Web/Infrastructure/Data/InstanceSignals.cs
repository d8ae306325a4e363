namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// What an instance keeps in memory from the database and must read again when another instance changes it: the
/// adopted guideline version and the AI service catalogue. The handler that changes it publishes the topic after its
/// commit; on PostgreSQL the relay (<see cref="Notifications.PostgreSqlSignalRelay"/>) passes it to the other
/// instances, which read the database again. On SQLite (one instance) nothing listens.
/// </summary>
public sealed class InstanceSignals
{
    public const string GuidelineAdopted = "guideline-adopted";
    public const string CatalogueSaved = "catalogue-saved";

    public event Action<string>? Published;

    public void Publish(string topic) => Published?.Invoke(topic);
}
