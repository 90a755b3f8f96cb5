using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QaBot.Core.Analysis;

/// <summary>
/// Reads news shorthand for magnitudes as words: "989m" becomes "989" then "million", "3.2bn" becomes
/// "3.2" then "billion", so they match text that spells them out.
/// </summary>
public sealed class NumberSuffixFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private string? _pendingWord;
    private State? _pendingState;

    public NumberSuffixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingWord is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pendingWord);
            _increment.PositionIncrement = 1;
            _pendingWord = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var (numberLength, word) = Split(_term.Buffer.AsSpan(0, _term.Length));
        if (word is not null)
        {
            _pendingState = CaptureState();
            _pendingWord = word;
            _term.Length = numberLength;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingWord = null;
        _pendingState = null;
    }

    /// <summary>The length of the number part and the word its suffix stands for, or (0, null).</summary>
    internal static (int NumberLength, string? Word) Split(ReadOnlySpan<char> token)
    {
        var digits = 0;
        while (digits < token.Length && (char.IsAsciiDigit(token[digits]) || (token[digits] == '.' && digits > 0)))
        {
            digits++;
        }

        if (digits == 0 || digits == token.Length || !char.IsAsciiDigit(token[digits - 1]))
        {
            return (0, null);
        }

        var suffix = token[digits..];
        string? word = suffix switch
        {
            "m" or "M" or "mn" or "mln" => "million",
            "bn" or "bln" or "BN" => "billion",
            "tn" or "trn" => "trillion",
            _ => null,
        };
        return word is null ? (0, null) : (digits, word);
    }
}
