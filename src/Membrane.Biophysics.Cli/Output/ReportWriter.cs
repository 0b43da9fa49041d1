using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Membrane.Biophysics.Cli.Output;

/// <summary>Writes a <see cref="Report"/> as text, JSON or CSV. Numbers always use the invariant culture.</summary>
internal static class ReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Report report, OutputFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(report, output);
                break;
            case OutputFormat.Csv when report.Table is { } table:
                WriteCsv(table, output);
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', report.Fields.Select(f => Quote(f.Key))));
                output.WriteLine(string.Join(',', report.Fields.Select(f => Quote(Raw(f.Value)))));
                break;
            default:
                WriteText(report, output);
                break;
        }
    }

    /// <summary>A table as CSV: a header of the column keys, then one line per row.</summary>
    public static void WriteCsv(Table table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Join(',', table.Columns.Select(Quote)));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(v => Quote(Raw(v)))));
        }
    }

    private static void WriteText(Report report, TextWriter output)
    {
        var width = report.Fields.Count == 0 ? 0 : report.Fields.Max(f => f.Label.Length);
        foreach (var f in report.Fields)
        {
            if (f.Text is { } text)
            {
                output.WriteLine($"{f.Label.PadRight(width)}  {text}");
                continue;
            }

            var value = f.Value switch
            {
                null => "none",
                double d => d.ToString(f.TextFormat, Invariant),
                bool b => b ? "yes" : "no",
                IFormattable x => x.ToString(null, Invariant),
                _ => f.Value.ToString(),
            };
            output.WriteLine(f.Value is null || f.Unit.Length == 0 ? $"{f.Label.PadRight(width)}  {value}" : $"{f.Label.PadRight(width)}  {value} {f.Unit}");
        }

        if (report.Table is { } table)
        {
            output.WriteLine();
            output.WriteLine(string.Join('\t', table.Columns));
            foreach (var row in table.Rows)
            {
                output.WriteLine(string.Join('\t', row.Select(v => v is double d ? d.ToString("G6", Invariant) : Raw(v))));
            }
        }
    }

    private static void WriteJson(Report report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var f in report.Fields)
            {
                json.WritePropertyName(f.Key);
                WriteJsonValue(json, f.Value);
            }

            if (report.Table is { } table)
            {
                json.WriteStartArray(table.Key);
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        json.WritePropertyName(table.Columns[c]);
                        WriteJsonValue(json, row[c]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(Significant(d));
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, Invariant));
                break;
        }
    }

    // Numbers for scripts: 15 significant digits, all a double holds reliably, so that unit conversions print
    // 100 nM as 0.0001 mM rather than 9.999999999999999E-05; empty for a missing value.
    private static string Raw(object? value) => value switch
    {
        null => "",
        double d => Significant(d).ToString("R", Invariant),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, Invariant) ?? "",
    };

    private static double Significant(double d) =>
        double.IsFinite(d) ? double.Parse(d.ToString("G15", Invariant), Invariant) : d;

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
