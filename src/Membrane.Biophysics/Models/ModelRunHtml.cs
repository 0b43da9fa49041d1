using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Models;

namespace Membrane.Biophysics.Formatting;

/// <summary>The HTML table of a ready model's run, kept with the Models layer it shows (Formatting does not name Models).</summary>
public static partial class HtmlTables
{
    /// <summary>
    /// A ready model's run as a table of its headline numbers, one row each (what, <see cref="ModelOutcome.Text"/>: the value
    /// in the unit it is read in, or the words of a result that is not a number), captioned with
    /// the model's name and how many recordings it holds (drawn by the plotting package's <c>Figures.Traces</c>).
    /// </summary>
    /// <param name="run">The run (e.g. from <see cref="ReadyModels.Run(string)"/>).</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static string Table(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = HtmlTableBuilder.Start(
            string.Create(CultureInfo.InvariantCulture, $"{run.ModelName}: headline numbers, {run.Series.Count} recorded series"),
            ["what", "value"]);
        foreach (var outcome in run.Outcomes)
        {
            table.Row(outcome.Name, outcome.Text);
        }

        return table.ToString();
    }

    private static partial void RegisterModelTables(Action<Type, Func<object, string>> register, List<Type> registered)
    {
        register(typeof(ModelRun), value => Table((ModelRun)value));
        registered.Add(typeof(ModelRun));
    }
}
