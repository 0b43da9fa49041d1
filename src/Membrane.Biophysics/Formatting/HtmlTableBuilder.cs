using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Formatting;

/// <summary>
/// Writes one HTML table: a caption, a header row (each header names its unit) and rows of cells, every text escaped
/// and every number in the invariant culture. Long tables are thinned to at most a given number of evenly spaced rows,
/// the first and the last always among them, and the caption says so.
/// </summary>
internal sealed class HtmlTableBuilder
{
    private readonly StringBuilder _html = new();
    private readonly int _columns;

    private HtmlTableBuilder(string caption, IReadOnlyList<string> headers)
    {
        _columns = headers.Count;
        _html.Append("<table class=\"membrane-biophysics\">");
        if (caption.Length > 0)
        {
            _html.Append("<caption>").Append(Escape(caption)).Append("</caption>");
        }

        _html.Append("<thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(Escape(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
    }

    /// <summary>Starts a table of <paramref name="rowCount"/> rows, at most <paramref name="maxRows"/> of which will be shown.</summary>
    /// <param name="caption">What the table shows; how many rows are shown is added when it is thinned.</param>
    /// <param name="headers">The column headers, with units, e.g. "V (mV)".</param>
    /// <param name="rowCount">How many rows the data has.</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <param name="shown">The indices of the rows to write, in order.</param>
    public static HtmlTableBuilder Start(string caption, IReadOnlyList<string> headers, int rowCount, int maxRows, out IReadOnlyList<int> shown)
    {
        Guard.AtLeast(maxRows, 2, nameof(maxRows), detail: " (the first and the last row)");

        var indices = new List<int>();
        // With a stride s the rows 0, s, 2s, … number ⌊(n − 1)/s⌋ + 1, and the last may add one: s = ⌈(n − 1)/(maxRows − 2)⌉ keeps both within maxRows.
        var spans = Math.Max(maxRows - 2, 1);
        var stride = rowCount <= maxRows ? 1 : (rowCount - 1 + spans - 1) / spans;
        for (var k = 0; k < rowCount; k += stride)
        {
            indices.Add(k);
        }

        if (rowCount > 0 && indices[^1] != rowCount - 1)
        {
            indices.Add(rowCount - 1);
        }

        shown = indices;
        if (stride > 1)
        {
            caption = string.Create(CultureInfo.InvariantCulture, $"{caption} — {indices.Count} of {rowCount} rows shown: one in {stride}, and the last");
        }

        return new HtmlTableBuilder(caption, headers);
    }

    /// <summary>Starts a table whose rows are all shown.</summary>
    public static HtmlTableBuilder Start(string caption, IReadOnlyList<string> headers) => new(caption, headers);

    /// <summary>Adds a row; <paramref name="cells"/> must have one cell per header.</summary>
    public HtmlTableBuilder Row(params ReadOnlySpan<string> cells)
    {
        if (cells.Length != _columns)
        {
            throw new InvalidOperationException($"A row has {cells.Length} cells for {_columns} headers.");
        }

        _html.Append("<tr>");
        foreach (var cell in cells)
        {
            _html.Append("<td>").Append(Escape(cell)).Append("</td>");
        }

        _html.Append("</tr>");
        return this;
    }

    /// <summary>The finished table.</summary>
    public override string ToString() => _html.ToString() + "</tbody></table>";

    /// <summary>A number in the invariant culture with 6 significant digits.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Escapes the five characters HTML gives meaning to; every other character (µ, ², ⁺, Δ) stays as it is.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
