namespace WuzhenSite.Liquid.Parsing;

/// <summary>Turns source offsets into 1-based line and column numbers (binary search over line starts).</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string source, string fileName)
    {
        FileName = fileName;
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            // \r\n counts once (the \n ends the line); a lone \r also ends a line.
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string FileName { get; }

    public SourceLocation Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(FileName, index + 1, offset - _lineStarts[index] + 1);
    }

    public LiquidException Error(int offset, string reason) => Locate(offset).Error(reason);
}
