namespace QaBot.Core.Corpus.Decoding;

/// <summary>Bytes turned into text, or why they could not be (the file is binary).</summary>
internal sealed record DecodedText(string? Text, string? Problem, string EncodingName);
