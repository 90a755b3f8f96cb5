namespace QaBot.Core.Search;

/// <summary>
/// The best <c>k</c> documents seen so far, in a binary min-heap whose root is the weakest. Ties go to
/// the lower document id, as in Lucene, so documents must be offered in increasing id order.
/// </summary>
internal sealed class TopScores(int capacity)
{
    private readonly float[] _scores = new float[capacity];
    private readonly int[] _docs = new int[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == _scores.Length;

    /// <summary>The score a document must beat to enter; 0 until the heap is full.</summary>
    public float Threshold => IsFull ? _scores[0] : 0f;

    /// <summary>Adds the document if it beats the weakest; true when it entered.</summary>
    public bool Offer(int doc, float score)
    {
        if (!IsFull)
        {
            _scores[Count] = score;
            _docs[Count] = doc;
            SiftUp(Count++);
            return true;
        }

        if (!Weaker(_scores[0], _docs[0], score, doc))
        {
            return false;
        }

        _scores[0] = score;
        _docs[0] = doc;
        SiftDown(0);
        return true;
    }

    public IEnumerable<(int Doc, float Score)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (_docs[i], _scores[i]);
        }
    }

    /// <summary>The best first; equal scores by document id.</summary>
    public static List<(int Doc, float Score)> Merge(IEnumerable<TopScores> parts, int k)
    {
        var all = parts.SelectMany(p => p.Entries()).ToList();
        all.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return all.Count > k ? all.GetRange(0, k) : all;
    }

    // Lower score is weaker; at equal scores the higher document id is.
    private static bool Weaker(float score, int doc, float otherScore, int otherDoc) =>
        score < otherScore || (score == otherScore && doc > otherDoc);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Weaker(_scores[i], _docs[i], _scores[parent], _docs[parent]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var weakest = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < Count && Weaker(_scores[left], _docs[left], _scores[weakest], _docs[weakest]))
            {
                weakest = left;
            }

            if (right < Count && Weaker(_scores[right], _docs[right], _scores[weakest], _docs[weakest]))
            {
                weakest = right;
            }

            if (weakest == i)
            {
                return;
            }

            Swap(i, weakest);
            i = weakest;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
