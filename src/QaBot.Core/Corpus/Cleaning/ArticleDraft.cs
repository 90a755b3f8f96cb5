namespace QaBot.Core.Corpus.Cleaning;

/// <summary>An article while it is being cleaned: its lines, the metadata found so far and the noise counted so far.</summary>
internal sealed class ArticleDraft
{
    public ArticleDraft(IEnumerable<SourceLine> lines, MetadataDraft? metadata = null, int noiseMarkers = 0)
    {
        Lines = [.. lines];
        Metadata = metadata ?? new MetadataDraft();
        NoiseMarkers = noiseMarkers;
    }

    public List<SourceLine> Lines { get; }

    public MetadataDraft Metadata { get; }

    public int NoiseMarkers { get; private set; }

    public void CountNoise(int markers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(markers);
        NoiseMarkers += markers;
    }

    /// <summary>Removes every line <paramref name="isNoise"/> picks, counting one noise marker for each.</summary>
    public int RemoveNoise(Predicate<SourceLine> isNoise)
    {
        var removed = Lines.RemoveAll(isNoise);
        NoiseMarkers += removed;
        return removed;
    }
}
