using System.Text.Json;
using System.Text.Json.Nodes;
using ContractorAiReview.Domain.Catalogue;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Catalogue;

/// <summary>A catalogue fact as the form edits it: a value (null: not known) and the key of its source.</summary>
public sealed class FactInput<T>
{
    public T? Value { get; set; }
    public string? Source { get; set; }

    public bool HasValue => Value is not null && (Value is not string text || text.Length > 0);
}

/// <summary>
/// One entry of the AI service catalogue, edited in a form. It reads from and writes into the catalogue's JSON, so the
/// store keeps saving whole revisions and the domain's parser stays the one judge of what a catalogue may say.
/// </summary>
public sealed class CatalogueEntryForm
{
    /// <summary>The key of a source the administrator adds on the same screen.</summary>
    public const string NewSourceKey = "__new";

    // Options are built once: System.Text.Json caches its metadata per options instance.
    private static readonly JsonSerializerOptions ReadOptions = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Indented, and Japanese kept as it is, so the stored revision reads like the shipped file.</summary>
    private static readonly JsonSerializerOptions WriteOptions =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Id { get; set; } = "";
    public string ServiceName { get; set; } = "";
    public string Plan { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Aliases { get; set; } = "";
    public IReadOnlyCollection<AiModality> Modalities { get; set; } = [];
    public FactInput<TermsType?> TermsType { get; set; } = new();
    public FactInput<bool?> TrainsOnInputByDefault { get; set; } = new();
    public FactInput<bool?> OptOutAvailable { get; set; } = new();
    public FactInput<TrainingDataCuration?> TrainingDataProvenance { get; set; } = new();
    public FactInput<bool?> IsSearchEngineWithAiAnswers { get; set; } = new();
    public FactInput<string> DataLocation { get; set; } = new();
    public string? Note { get; set; }

    public string? NewSourceTitle { get; set; }
    public string? NewSourceUrl { get; set; }
    public DateTime? NewSourceCheckedOn { get; set; }
    public bool NewSourceSecondary { get; set; }

    public IEnumerable<(string Name, bool HasValue, string? Source)> Facts =>
    [
        (nameof(TermsType), TermsType.HasValue, TermsType.Source),
        (nameof(TrainsOnInputByDefault), TrainsOnInputByDefault.HasValue, TrainsOnInputByDefault.Source),
        (nameof(OptOutAvailable), OptOutAvailable.HasValue, OptOutAvailable.Source),
        (nameof(TrainingDataProvenance), TrainingDataProvenance.HasValue, TrainingDataProvenance.Source),
        (nameof(IsSearchEngineWithAiAnswers), IsSearchEngineWithAiAnswers.HasValue, IsSearchEngineWithAiAnswers.Source),
        (nameof(DataLocation), DataLocation.HasValue, DataLocation.Source),
    ];

    public bool UsesNewSource => Facts.Any(f => f.HasValue && f.Source == NewSourceKey);

    /// <summary>The entry with this id in the catalogue's JSON, as a form.</summary>
    public static CatalogueEntryForm FromJson(string catalogueJson, string id)
    {
        var service = Services(JsonNode.Parse(catalogueJson)!).Single(s => (string?)s!["id"] == id)!;
        return new CatalogueEntryForm
        {
            Id = id,
            ServiceName = (string?)service["serviceName"] ?? "",
            Plan = (string?)service["plan"] ?? "",
            Provider = (string?)service["provider"] ?? "",
            Aliases = string.Join("\n", service["aliases"]?.AsArray().Select(a => (string?)a) ?? []),
            Modalities = Enum.TryParse<AiModality>((string?)service["modalities"], out var modalities)
                ? AiModalities.InFormOrder.Where(m => modalities.HasFlag(m)).ToList()
                : [],
            TermsType = Read<TermsType?>(service, "termsType"),
            TrainsOnInputByDefault = Read<bool?>(service, "trainsOnInputByDefault"),
            OptOutAvailable = Read<bool?>(service, "optOutAvailable"),
            TrainingDataProvenance = Read<TrainingDataCuration?>(service, "trainingDataProvenance"),
            IsSearchEngineWithAiAnswers = Read<bool?>(service, "isSearchEngineWithAiAnswers"),
            DataLocation = Read<string>(service, "dataLocation"),
            Note = (string?)service["note"],
        };
    }

    /// <summary>The catalogue's JSON with this entry in place of <paramref name="originalId"/> (or added), and a new source if one is used.</summary>
    public string ApplyTo(string catalogueJson, string? originalId, DateOnly today)
    {
        var root = JsonNode.Parse(catalogueJson)!.AsObject();
        var sourceKeys = new Dictionary<string, string>();
        if (UsesNewSource)
        {
            var sources = root["sources"]?.AsObject() ?? (JsonObject)(root["sources"] = new JsonObject());
            var key = $"admin-{today:yyyyMMdd}-{sources.Count + 1}";
            sources[key] = new JsonObject
            {
                ["title"] = NewSourceTitle!.Trim(),
                ["url"] = string.IsNullOrWhiteSpace(NewSourceUrl) ? null : NewSourceUrl.Trim(),
                ["checkedOn"] = DateOnly.FromDateTime(NewSourceCheckedOn!.Value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["secondary"] = NewSourceSecondary,
            };
            sourceKeys[NewSourceKey] = key;
        }

        var modalities = Modalities.Aggregate(AiModality.None, (all, m) => all | m);
        var entry = new JsonObject
        {
            ["id"] = Id.Trim(),
            ["serviceName"] = ServiceName.Trim(),
            ["plan"] = Plan.Trim(),
            ["provider"] = Provider.Trim(),
            ["aliases"] = new JsonArray([.. Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => (JsonNode?)a)]),
            ["modalities"] = modalities.ToString(),
            ["termsType"] = Write(TermsType, v => v?.ToString(), sourceKeys),
            ["trainsOnInputByDefault"] = Write(TrainsOnInputByDefault, v => v, sourceKeys),
            ["optOutAvailable"] = Write(OptOutAvailable, v => v, sourceKeys),
            ["trainingDataProvenance"] = Write(TrainingDataProvenance, v => v?.ToString(), sourceKeys),
            ["isSearchEngineWithAiAnswers"] = Write(IsSearchEngineWithAiAnswers, v => v, sourceKeys),
            ["dataLocation"] = Write(DataLocation, v => string.IsNullOrWhiteSpace(v) ? null : v.Trim(), sourceKeys),
            ["note"] = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        };
        var services = Services(root);
        var index = originalId is null ? -1 : services.ToList().FindIndex(s => (string?)s!["id"] == originalId);
        if (index >= 0)
        {
            services[index] = entry;
        }
        else
        {
            services.Add(entry);
        }

        return root.ToJsonString(WriteOptions);
    }

    /// <summary>The sources a fact can name: key, title and the date it was checked.</summary>
    public static IReadOnlyList<(string Key, string Label)> SourcesIn(string catalogueJson) =>
    [
        .. (JsonNode.Parse(catalogueJson)!["sources"]?.AsObject() ?? [])
            .Select(s => (s.Key, $"{(string?)s.Value!["title"]}（{(string?)s.Value["checkedOn"] ?? "—"}）")),
    ];

    public static IReadOnlyList<string> IdsIn(string catalogueJson) =>
        [.. Services(JsonNode.Parse(catalogueJson)!).Select(s => (string?)s!["id"] ?? "")];

    private static JsonArray Services(JsonNode root) => root["services"]!.AsArray();

    private static FactInput<T> Read<T>(JsonNode service, string name)
    {
        var fact = service[name];
        var value = fact?["value"];
        return new FactInput<T>
        {
            Value = value is null ? default : value.Deserialize<T>(ReadOptions),
            Source = (string?)fact?["source"],
        };
    }

    private static JsonObject Write<T, TJson>(FactInput<T> fact, Func<T?, TJson?> value, Dictionary<string, string> sourceKeys)
    {
        var written = value(fact.Value);
        return written is null
            ? new JsonObject { ["value"] = null }
            : new JsonObject
            {
                ["value"] = JsonValue.Create(written),
                ["source"] = fact.Source is { } key && sourceKeys.TryGetValue(key, out var added) ? added : fact.Source,
            };
    }
}

/// <summary>The entry form's one validator: names required, a fact with a value needs its source, a new source its title and date.</summary>
public sealed class CatalogueEntryFormValidator : AbstractValidator<CatalogueEntryForm>
{
    public CatalogueEntryFormValidator(IStringLocalizer<Strings> l, IReadOnlyCollection<string> takenIds)
    {
        RuleFor(f => f.Id).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"])
            .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage(_ => l["Catalogue.IdFormat"])
            .Must(id => !takenIds.Contains(id.Trim())).WithMessage(_ => l["Catalogue.IdTaken"]);
        RuleFor(f => f.ServiceName).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.Plan).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.Provider).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.Modalities).Must(m => m.Any()).WithMessage(_ => l["Validation.ModalityRequired"]);
        RuleFor(f => f.TermsType.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.TermsType.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.TrainsOnInputByDefault.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.TrainsOnInputByDefault.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.OptOutAvailable.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.OptOutAvailable.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.TrainingDataProvenance.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.TrainingDataProvenance.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.IsSearchEngineWithAiAnswers.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.IsSearchEngineWithAiAnswers.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.DataLocation.Source).Must(s => !string.IsNullOrEmpty(s)).When(f => f.DataLocation.HasValue).WithMessage(_ => l["Catalogue.SourceRequired"]);
        RuleFor(f => f.NewSourceTitle).Must(v => !string.IsNullOrWhiteSpace(v)).When(f => f.UsesNewSource).WithMessage(_ => l["Validation.Required"]);
        RuleFor(f => f.NewSourceCheckedOn).NotNull().When(f => f.UsesNewSource).WithMessage(_ => l["Validation.Required"]);
    }
}
