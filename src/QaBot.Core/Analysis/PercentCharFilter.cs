using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace QaBot.Core.Analysis;

/// <summary>
/// Reads "%" as " percent" (so "80%" and "80 percent" index alike). Texts without "%" (nearly all) pass
/// through untouched and with unchanged offsets; only a text holding one goes through Lucene's mapping
/// filter, which looks every character up in its map and made most of the analyzer's time.
/// </summary>
internal sealed class PercentCharFilter : CharFilter
{
    private static readonly NormalizeCharMap PercentMap = BuildPercentMap();

    private readonly string _text;
    private readonly MappingCharFilter? _mapping;
    private int _at;

    public PercentCharFilter(TextReader input)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // Analyzed texts are passages, titles and questions: small enough to read whole.
        // Lucene's reusable string reader answers null, not "", for an empty text.
        _text = input.ReadToEnd() ?? string.Empty;
        _mapping = _text.Contains('%', StringComparison.Ordinal) ? new MappingCharFilter(PercentMap, new StringReader(_text)) : null;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_mapping is not null)
        {
            return _mapping.Read(buffer, index, count);
        }

        var n = Math.Min(count, _text.Length - _at);
        if (n <= 0)
        {
            return 0;
        }

        _text.CopyTo(_at, buffer, index, n);
        _at += n;
        return n;
    }

    protected override int Correct(int currentOff) => _mapping?.CorrectOffset(currentOff) ?? currentOff;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapping?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static NormalizeCharMap BuildPercentMap()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("%", " percent");
        return builder.Build();
    }
}
