namespace WuzhenSite.Liquid;

/// <summary>
/// A template could not be parsed or rendered. Carries the template file and the 1-based line and column
/// of the offending markup; <see cref="Exception.Message"/> starts with "file:line:column: " so it can be
/// printed as is, and <see cref="Reason"/> holds the bare explanation.
/// </summary>
public sealed class LiquidException : Exception
{
    /// <summary>Creates an exception for the given template position.</summary>
    public LiquidException(string fileName, int line, int column, string reason, Exception? innerException = null)
        : base($"{fileName}:{line}:{column}: {reason}", innerException)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The template's file name, as given to <see cref="LiquidParser.Parse"/>.</summary>
    public string FileName { get; }

    /// <summary>1-based line of the offending markup.</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-16 code units) of the offending markup.</summary>
    public int Column { get; }

    /// <summary>What is wrong and, where it applies, what was expected; without the position prefix.</summary>
    public string Reason { get; }
}
