namespace ContractorAiReview.Documents.Fonts;

/// <summary>
/// Per-thread buffers for saving and rewriting a document: rendering is synchronous, so each thread renders one
/// document at a time and can keep its buffers for the next one instead of growing new ones by doubling. A buffer
/// that grew past <see cref="MaxKept"/> (a very long document) is not kept.
/// </summary>
internal static class ReusableBuffers
{
    public const int Saved = 0;
    public const int Output = 1;
    public const int Compressed = 2;
    public const int Program = 3;

    private const int MaxKept = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream?[]? t_buffers;

    /// <summary>The thread's buffer in <paramref name="slot"/>, emptied. Valid until the next call for the same slot on this thread.</summary>
    public static MemoryStream Get(int slot)
    {
        var buffers = t_buffers ??= new MemoryStream?[4];
        var buffer = buffers[slot];
        if (buffer is null || buffer.Capacity > MaxKept)
        {
            buffer = buffers[slot] = new MemoryStream(64 * 1024);
        }

        buffer.SetLength(0);
        return buffer;
    }
}
