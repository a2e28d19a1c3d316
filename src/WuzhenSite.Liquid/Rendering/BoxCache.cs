namespace WuzhenSite.Liquid.Rendering;

/// <summary>Pre-boxed small integers and booleans, so loop counters and sizes do not allocate on every access.</summary>
internal static class BoxCache
{
    private const int Min = -128;
    private const int Max = 1024;

    private static readonly object[] Ints = CreateInts();

    public static readonly object True = true;

    public static readonly object False = false;

    public static object Int(int value) =>
        value is >= Min and < Max ? Ints[value - Min] : value;

    /// <summary>Integer results are handed out as int when they fit (what hosts expect), long otherwise.</summary>
    public static object Integer(long value) =>
        value is >= Min and < Max ? Ints[value - Min] : value is >= int.MinValue and <= int.MaxValue ? (int)value : value;

    public static object Bool(bool value) => value ? True : False;

    private static object[] CreateInts()
    {
        var ints = new object[Max - Min];
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = i + Min;
        }

        return ints;
    }
}
