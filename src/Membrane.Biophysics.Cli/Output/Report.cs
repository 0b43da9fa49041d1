using System.Collections.Generic;

namespace Membrane.Biophysics.Cli.Output;

/// <summary>
/// One named value of a result. <see cref="Key"/> is the stable field name of the JSON and CSV output (snake case,
/// ending in its unit: <c>potential_mV</c>); <see cref="Label"/> and <see cref="TextFormat"/> are for people.
/// <see cref="Value"/> is a <see cref="double"/>, an <see cref="int"/>, a <see cref="bool"/>, a <see cref="string"/> or null.
/// <see cref="Text"/>, where given, is what the text output prints instead of <see cref="Value"/> (a value already
/// formatted in the unit people read it in, while JSON and CSV carry the number in the key's unit).
/// </summary>
internal sealed record Field(string Key, string Label, object? Value, string Unit = "", string TextFormat = "0.####", string? Text = null);

/// <summary>A table of results: column keys (stable, as for <see cref="Field"/>) and rows of values.</summary>
internal sealed record Table(string Key, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>What a command found: named values and, for sweeps and simulations, a table.</summary>
internal sealed class Report
{
    public List<Field> Fields { get; } = [];

    public Table? Table { get; set; }

    public Report Add(string key, string label, object? value, string unit = "", string textFormat = "0.####", string? text = null)
    {
        Fields.Add(new Field(key, label, value, unit, textFormat, text));
        return this;
    }
}
