namespace OrleansBroker.Cli.Output;

/// <summary>
/// A table as the kafka-* scripts print them: a header row, then one row per line, each column padded with spaces
/// to its widest cell and columns two spaces apart; the last column is not padded.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [headers];

    /// <summary>Adds a row; it must have a cell per header.</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells (got {cells.Length}).", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the header and every row.</summary>
    public void Write(TextWriter output)
    {
        var widths = Enumerable.Range(0, headers.Length).Select(column => _rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in _rows)
        {
            var padded = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(string.Join(Gap, padded));
        }
    }
}
