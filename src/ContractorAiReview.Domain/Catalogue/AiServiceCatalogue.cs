using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.Domain.Catalogue;

/// <summary>
/// The AI service catalogue read from seed-data/ai-services.json. The file names each source once under
/// <c>sources</c>; facts refer to a source by key, and a fact without a source is unknown.
/// </summary>
public sealed class AiServiceCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, AiServiceEntry> _byId;
    private readonly Dictionary<string, List<AiServiceEntry>> _byName;

    public AiServiceCatalogue(IEnumerable<AiServiceEntry> entries)
    {
        Entries = entries.ToList();
        _byId = new Dictionary<string, AiServiceEntry>(StringComparer.Ordinal);
        _byName = new Dictionary<string, List<AiServiceEntry>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!_byId.TryAdd(entry.Id, entry))
            {
                throw new InvalidDataException($"Catalogue entry id '{entry.Id}' appears twice.");
            }

            // Plans of one service share its name ("ChatGPT"), and an alias may be listed on several plans ("Copilot"):
            // such a name matches several entries and the contractor is asked to pick the plan.
            foreach (var name in entry.Aliases.Append(entry.ServiceName).Append(entry.Id).Select(NormalizeName).Distinct())
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    public IReadOnlyList<AiServiceEntry> Entries { get; }

    public AiServiceEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The entries a typed service name may mean, ignoring case, full/half width and spacing: one when the name or
    /// an alias names one plan, several when it names a service with several plans, none when it is not catalogued.
    /// </summary>
    public IReadOnlyList<AiServiceEntry> MatchName(string? typedName)
    {
        if (string.IsNullOrWhiteSpace(typedName))
        {
            return [];
        }

        return _byName.TryGetValue(NormalizeName(typedName), out var list) ? list : [];
    }

    /// <summary>
    /// Entries whose name, plan or an alias contains what the contractor has typed so far, for picking an entry in the
    /// form; exact name matches first.
    /// </summary>
    public IReadOnlyList<AiServiceEntry> Suggest(string? typed, int max = 10)
    {
        var key = NormalizeName(typed ?? "");
        if (key.Length == 0)
        {
            return [];
        }

        var exact = MatchName(typed);
        return exact
            .Concat(Entries.Where(e => e.Aliases.Append(e.ServiceName).Append($"{e.ServiceName} {e.Plan}")
                .Any(name => NormalizeName(name).Contains(key, StringComparison.Ordinal))))
            .Distinct()
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// The catalogue's services whose name or an alias is closest to a name it does not know (a misspelling, another
    /// transcription), nearest first: one entry per service, at most <paramref name="max"/>, none when nothing is near.
    /// </summary>
    public IReadOnlyList<AiServiceEntry> Closest(string? typedName, int max = 3)
    {
        var key = NormalizeName(typedName ?? "");
        if (key.Length < 3)
        {
            return [];
        }

        // Near: at most a third of the name differs (ChatGTP → ChatGPT is 2 of 7), and never more than 4 edits.
        var allowed = Math.Min(4, Math.Max(1, key.Length / 3));
        return _byName
            .Select(pair => (Name: pair.Key, Entries: pair.Value, Distance: Quickenshtein.Levenshtein.GetDistance(key, pair.Key)))
            .Where(m => m.Distance <= allowed)
            .OrderBy(m => m.Distance).ThenBy(m => m.Name, StringComparer.Ordinal)
            .SelectMany(m => m.Entries)
            .DistinctBy(e => e.ServiceName)
            .Take(max)
            .ToList();
    }

    /// <summary>Every plan of the service an entry belongs to (ChatGPT: the individual and the business plans).</summary>
    public IReadOnlyList<AiServiceEntry> PlansOf(AiServiceEntry entry) =>
        [.. Entries.Where(e => NormalizeName(e.ServiceName) == NormalizeName(entry.ServiceName))];

    /// <summary>
    /// Case-, width-, kana- and punctuation-insensitive form of a service name: "ＣｈａｔＧＰＴ Plus" → "chatgptplus",
    /// 「ちゃっとGPT」 and 「チャットGPT」 alike; the long-vowel mark is dropped too, since it is spelt both ways (コパイロット / コーパイロット).
    /// </summary>
    public static string NormalizeName(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c == 'ー')
            {
                continue;
            }

            if (c is >= 'ぁ' and <= 'ゖ')
            {
                builder.Append((char)(c + ('ァ' - 'ぁ'))); // hiragana as katakana
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static AiServiceCatalogue Load(string path) => Parse(File.ReadAllText(path));

    public static AiServiceCatalogue Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The catalogue file is empty.");
        var sources = file.Sources ?? [];
        return new AiServiceCatalogue(file.Services.Select(s => s.ToEntry(sources)));
    }

    private sealed record CatalogueFile(Dictionary<string, SourceDto>? Sources, List<EntryDto> Services);

    private sealed record SourceDto(string Title, string? Url, DateOnly? CheckedOn, bool Secondary);

    private sealed record FactDto<T>(T? Value, string? Source);

    private sealed record EntryDto(
        string Id,
        string ServiceName,
        string Plan,
        string Provider,
        List<string>? Aliases,
        AiModality Modalities,
        FactDto<TermsType?>? TermsType,
        FactDto<bool?>? TrainsOnInputByDefault,
        FactDto<bool?>? OptOutAvailable,
        FactDto<TrainingDataCuration?>? TrainingDataProvenance,
        FactDto<bool?>? IsSearchEngineWithAiAnswers,
        FactDto<string>? DataLocation,
        string? Note)
    {
        public AiServiceEntry ToEntry(Dictionary<string, SourceDto> sources) => new(
            Id,
            ServiceName,
            Plan,
            Provider,
            Aliases ?? [],
            Modalities,
            ToFact(TermsType, sources),
            ToFact(TrainsOnInputByDefault, sources),
            ToFact(OptOutAvailable, sources),
            ToFact(TrainingDataProvenance, sources),
            ToFact(IsSearchEngineWithAiAnswers, sources),
            ToFact(DataLocation, sources),
            Note);

        private Fact<T> ToFact<T>(FactDto<T>? dto, Dictionary<string, SourceDto> sources)
        {
            if (dto is null || dto.Value is null)
            {
                return Fact<T>.Unknown();
            }

            // A value without a source would be a guess: refuse the file rather than show it as a fact.
            if (dto.Source is null || !sources.TryGetValue(dto.Source, out var source))
            {
                throw new InvalidDataException($"A fact of '{Id}' has a value but no known source ('{dto.Source}').");
            }

            return new Fact<T>(dto.Value, new FactSource(source.Title, source.Url, source.CheckedOn, source.Secondary));
        }
    }
}
