using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Formatting;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Models;

/// <summary>
/// What any ready model returns through <see cref="ReadyModels"/>: its recorded time series and its headline numbers
/// (<see cref="ModelOutcome"/>: each a number in SI units with its unit, and its text for people), in the same shape for every model, so a command-line tool or a notebook
/// can list, print and plot them without knowing the model. Each model's own result type is the typed view.
/// Immutable and thread-safe. In a notebook it shows as the table of <see cref="ToHtmlTable"/>
/// (<see cref="HtmlTables.Register"/>); the plotting package draws it with <c>Figures.Traces(run.Series, run.ModelName)</c>.
/// </summary>
public sealed class ModelRun : IHtmlTable
{
    private readonly ITimeSeries[] _series;
    private readonly ModelOutcome[] _outcomes;

    /// <summary>Creates a run.</summary>
    /// <param name="modelName">The registry name of the model that ran.</param>
    /// <param name="series">The recordings; copied.</param>
    /// <param name="outcomes">The headline numbers; copied.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    public ModelRun(string modelName, IEnumerable<ITimeSeries> series, IEnumerable<ModelOutcome> outcomes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelName);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(outcomes);
        ModelName = modelName;
        _series = series.ToArray();
        _outcomes = outcomes.ToArray();
        foreach (var s in _series)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(series));
        }

        foreach (var o in _outcomes)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(outcomes));
        }
    }

    /// <summary>The registry name of the model that ran.</summary>
    public string ModelName { get; }

    /// <summary>The recorded time series (each scenario's series named after its scenario).</summary>
    public IReadOnlyList<ITimeSeries> Series => _series;

    /// <summary>The headline numbers.</summary>
    public IReadOnlyList<ModelOutcome> Outcomes => _outcomes;

    /// <summary>The series named <paramref name="name"/>.</summary>
    /// <param name="name">One of the names in <see cref="Series"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException">No series has that name.</exception>
    public ITimeSeries SeriesNamed(string name) =>
        Array.Find(_series, s => s.Name == name)
        ?? throw Guard.Invalid(nameof(name), $"'{name}'", $"one of {string.Join(", ", _series.Select(s => s.Name))}");

    /// <summary>
    /// The headline numbers as an HTML table, one row each (what, <see cref="ModelOutcome.Text"/>: the value in the unit
    /// it is read in, or the words of a result that is not a number), captioned with the model's name and how many
    /// recordings the run holds.
    /// </summary>
    /// <returns>An HTML table.</returns>
    public string ToHtmlTable()
    {
        var table = HtmlTableBuilder.Start(
            string.Create(CultureInfo.InvariantCulture, $"{ModelName}: headline numbers, {_series.Length} recorded series"),
            ["what", "value"]);
        foreach (var outcome in _outcomes)
        {
            table.Row(outcome.Name, outcome.Text);
        }

        return table.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ModelName}: " + string.Join("; ", _outcomes.Select(o => o.ToString()));
}
