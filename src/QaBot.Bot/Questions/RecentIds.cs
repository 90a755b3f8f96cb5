namespace QaBot.Bot.Questions;

/// <summary>
/// The ids of recently handled messages and interactions, so an event replayed after a RESUME (or sent
/// twice) is handled once. Bounded: the oldest ids are forgotten first.
/// </summary>
internal sealed class RecentIds
{
    public const int DefaultCapacity = 10_000;

    private readonly int _capacity;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public RecentIds(int capacity = DefaultCapacity)
    {
        _capacity = capacity;
    }

    public int Count
    {
        get { lock (_lock) { return _ids.Count; } }
    }

    /// <summary>True the first time an id is seen, false for a repeat.</summary>
    public bool TryAdd(string id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            while (_order.Count > _capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
