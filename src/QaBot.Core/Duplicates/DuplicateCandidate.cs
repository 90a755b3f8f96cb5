namespace QaBot.Core.Duplicates;

/// <summary>An article as duplicate detection sees it.</summary>
/// <param name="File">The article's corpus file.</param>
/// <param name="Signature">Its MinHash signature.</param>
/// <param name="NoisePerThousandWords">Noise markers the cleaner found, per thousand words: lower is cleaner.</param>
/// <param name="MetadataFields">How many metadata fields are known (title, publisher, date, url, author).</param>
public sealed record DuplicateCandidate(string File, ushort[] Signature, double NoisePerThousandWords, int MetadataFields);
