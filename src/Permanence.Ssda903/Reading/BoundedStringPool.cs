namespace Permanence.Ssda903.Reading;

/// <summary>
/// One string instance per distinct short value (codes, dates, postcodes): a national return
/// repeats "X1", "U3" and each date tens of thousands of times, and sharing them roughly halves
/// what the reader allocates and what validation then keeps alive. Bounded so that a garbage
/// file of unique values cannot grow it without limit; values beyond the bound are just not pooled.
/// </summary>
internal sealed class BoundedStringPool
{
    private const int MaxLength = 16;
    private const int MaxEntries = 200_000;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public BoundedStringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(char[] buffer, int offset, int length)
    {
        var span = buffer.AsSpan(offset, length);
        if (length == 0)
        {
            return string.Empty;
        }
        if (length > MaxLength)
        {
            return new string(span);
        }
        if (lookup.TryGetValue(span, out var pooled))
        {
            return pooled;
        }
        var value = new string(span);
        if (pool.Count < MaxEntries)
        {
            pool[value] = value;
        }
        return value;
    }
}
