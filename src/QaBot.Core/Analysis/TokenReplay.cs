using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace QaBot.Core.Analysis;

/// <summary>
/// Replays tokens analyzed once into Lucene: a field built from it is not analyzed again, and the
/// indexer can reuse the same tokens for several fields (the title in each passage) and read their
/// positions (where each sentence starts) without a second pass.
/// </summary>
public sealed class TokenReplay : TokenStream
{
    private IReadOnlyList<IndexToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _next;
    private int _lastPosition;

    /// <param name="tokens">The tokens, in position order.</param>
    public TokenReplay(IReadOnlyList<IndexToken> tokens)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Replays <paramref name="tokens"/> from the next <see cref="Reset"/> on, instead of the tokens before.</summary>
    public void Replay(IReadOnlyList<IndexToken> tokens) => _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _increment.PositionIncrement = token.Position - _lastPosition;
        _offset.SetOffset(token.Start, token.End);
        _lastPosition = token.Position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _lastPosition = -1;
    }

    public override void End()
    {
        base.End();
        var end = _tokens.Count == 0 ? 0 : _tokens[^1].End;
        _offset.SetOffset(end, end);
    }
}
