using System.Security.Cryptography;
using System.Text;

namespace QaBot.Bot.Interactions;

/// <summary>
/// The questions behind recent answers, keyed by a short hash that fits in a custom_id. Bounded: the
/// oldest entries go first, and a button on a very old answer asks the user to ask again.
/// </summary>
internal sealed class QuestionCache
{
    public const int DefaultCapacity = 2048;

    private readonly int _capacity;
    private readonly Dictionary<string, string> _questions = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public QuestionCache(int capacity = DefaultCapacity)
    {
        _capacity = capacity;
    }

    public int Count
    {
        get { lock (_lock) { return _questions.Count; } }
    }

    /// <summary>Remembers <paramref name="question"/> and returns its 16-character key.</summary>
    public string Put(string question)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)).AsSpan(0, 8));
        lock (_lock)
        {
            if (_questions.TryAdd(key, question))
            {
                _order.Enqueue(key);
                while (_order.Count > _capacity)
                {
                    _questions.Remove(_order.Dequeue());
                }
            }
        }

        return key;
    }

    public string? Get(string key)
    {
        lock (_lock)
        {
            return _questions.GetValueOrDefault(key);
        }
    }
}
