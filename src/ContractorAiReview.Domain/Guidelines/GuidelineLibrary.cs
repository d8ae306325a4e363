using System.Text.Json;

namespace ContractorAiReview.Domain.Guidelines;

/// <summary>The guideline versions found under a templates folder, keyed by "name/version".</summary>
public sealed class GuidelineLibrary
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Guideline> _byKey;

    public GuidelineLibrary(IEnumerable<Guideline> guidelines)
    {
        _byKey = guidelines.ToDictionary(g => g.Key, StringComparer.Ordinal);
        if (_byKey.Count == 0)
        {
            throw new InvalidOperationException("No guideline version was found.");
        }
    }

    /// <summary>The version new requests are filed under: the newest issued.</summary>
    public Guideline Current => _byKey.Values.OrderByDescending(g => g.IssuedOn).First();

    public IReadOnlyCollection<Guideline> All => _byKey.Values;

    public Guideline Get(string key) =>
        _byKey.TryGetValue(key, out var guideline)
            ? guideline
            : throw new KeyNotFoundException($"Guideline version '{key}' is not in the templates folder.");

    /// <summary>How people know a version: its title and edition (… 第1.1版), never the key; an unknown key stays as it is.</summary>
    public string TitleOf(string key) =>
        _byKey.TryGetValue(key, out var guideline) ? $"{guideline.Title} {guideline.Version}" : key;

    /// <summary>The edition alone (第1.1版), where a list has no room for the title; an unknown key stays as it is.</summary>
    public string EditionOf(string key) => _byKey.TryGetValue(key, out var guideline) ? guideline.Version : key;

    public static GuidelineLibrary LoadFrom(string templatesRoot)
    {
        var files = Directory.GetFiles(templatesRoot, "guideline.json", SearchOption.AllDirectories);
        return new GuidelineLibrary(files.Select(Parse));
    }

    public static Guideline Parse(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Guideline>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no guideline.");
    }
}
