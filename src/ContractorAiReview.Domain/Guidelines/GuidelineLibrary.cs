using System.Text.Json;

namespace ContractorAiReview.Domain.Guidelines;

/// <summary>The guideline versions found under a templates folder, keyed by "name/version".</summary>
public sealed class GuidelineLibrary
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Guideline> _byKey;
    private volatile Guideline? _adopted;

    public GuidelineLibrary(IEnumerable<Guideline> guidelines)
    {
        _byKey = guidelines.ToDictionary(g => g.Key, StringComparer.Ordinal);
        if (_byKey.Count == 0)
        {
            throw new InvalidOperationException("No guideline version was found.");
        }
    }

    /// <summary>
    /// The version new requests and changes are filed under: the one an administrator made current (<see cref="Adopt"/>),
    /// else the first issued. A newer version in the templates folder waits until it is adopted.
    /// </summary>
    public Guideline Current => _adopted ?? _byKey.Values.OrderBy(g => g.IssuedOn).ThenBy(g => g.Key, StringComparer.Ordinal).First();

    /// <summary>Makes <paramref name="key"/> the current version (the administrator's decision, kept in the database).</summary>
    public void Adopt(string key) => _adopted = Get(key);

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

    public static GuidelineLibrary LoadFrom(string templatesRoot) => LoadFrom([templatesRoot]);

    /// <summary>Every guideline.json below the folders, in any depth.</summary>
    public static GuidelineLibrary LoadFrom(IEnumerable<string> folders) =>
        new(folders.SelectMany(folder => Directory.GetFiles(folder, "guideline.json", SearchOption.AllDirectories)).Select(Parse));

    public static Guideline Parse(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Guideline>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no guideline.");
    }
}
