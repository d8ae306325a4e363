using PdfSharp.Fonts;

namespace ContractorAiReview.Documents.Fonts;

/// <summary>Serves the two IPAex faces from the assembly's resources; every document uses only these.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Gothic = "IPAexGothic";
    public const string Mincho = "IPAexMincho";

    public static readonly EmbeddedFontResolver Instance = new();

    // With a compact character map (see CmapIndex): PDFsharp looks up every character drawn or measured in it.
    private static readonly Lazy<byte[]> GothicBytes = new(() => CmapIndex.WithCompactBmpMap(Load("ipaexg.ttf")));
    private static readonly Lazy<byte[]> MinchoBytes = new(() => CmapIndex.WithCompactBmpMap(Load("ipaexm.ttf")));
    private static readonly Lazy<FontSubsetCompactor.Source?> GothicSource = new(() => FontSubsetCompactor.Source.TryParse(GothicBytes.Value));
    private static readonly Lazy<FontSubsetCompactor.Source?> MinchoSource = new(() => FontSubsetCompactor.Source.TryParse(MinchoBytes.Value));

    private EmbeddedFontResolver()
    {
    }

    // IPAex has no bold or italic faces; headings use the Gothic face instead of bold.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName switch
        {
            Gothic => new FontResolverInfo(Gothic),
            Mincho => new FontResolverInfo(Mincho),
            _ => null,
        };

    public byte[]? GetFont(string faceName) =>
        faceName switch
        {
            Gothic => GothicBytes.Value,
            Mincho => MinchoBytes.Value,
            _ => null,
        };

    /// <summary>The face's font program parsed once per process, for compacting the subsets of every document.</summary>
    public static FontSubsetCompactor.Source? Source(string faceName) =>
        faceName switch
        {
            Gothic => GothicSource.Value,
            Mincho => MinchoSource.Value,
            _ => null,
        };

    private static byte[] Load(string file)
    {
        var name = $"ContractorAiReview.Documents.Fonts.{file}";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
