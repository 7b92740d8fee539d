namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>
/// A table obk printed (a header line, then rows with space-aligned columns), read by the header's column positions,
/// so a cell that is not where its header is shows up as a wrong value.
/// </summary>
internal sealed class ObkTable
{
    private readonly (string Name, int Start)[] _columns;

    private ObkTable(string header, IReadOnlyList<string> rows)
    {
        var columns = new List<(string, int)>();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] != ' ' && (i == 0 || header[i - 1] == ' '))
            {
                var end = header.IndexOf(' ', i);
                columns.Add((header[i..(end < 0 ? header.Length : end)], i));
            }
        }

        _columns = [.. columns];
        Rows = [.. rows.Select(Cells)];
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Headers => [.. _columns.Select(column => column.Name)];

    /// <summary>Each row as column name to cell text.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Reads stdout lines whose first line is the header.</summary>
    public static ObkTable Parse(IReadOnlyList<string> lines)
    {
        Assert.NotEmpty(lines);
        return new ObkTable(lines[0], [.. lines.Skip(1)]);
    }

    private IReadOnlyDictionary<string, string> Cells(string row)
    {
        var cells = new Dictionary<string, string>();
        for (var i = 0; i < _columns.Length; i++)
        {
            var (name, start) = _columns[i];
            var end = i + 1 < _columns.Length ? _columns[i + 1].Start : row.Length;
            Assert.True(start == 0 || row.Length <= start || row[start - 1] == ' ', $"Column {name} is not aligned in '{row}'.");
            cells[name] = start >= row.Length ? "" : row[start..Math.Min(end, row.Length)].Trim();
        }

        return cells;
    }
}
