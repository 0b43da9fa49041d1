using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;
using ScottPlot;

namespace Membrane.Biophysics.Plotting;

/// <summary>The one figure of recorded variables against time, for a simulation's recording and a ready model's run alike.</summary>
public static partial class Figures
{
    /// <summary>
    /// Recorded variables against time, one panel per kind of quantity (potentials; concentrations in the millimolar
    /// range; those in the micromolar range; volumes; pH; free energies; gates; …), stacked over a shared time axis.
    /// Each panel's axis names what it shows and its unit (mV, mM, µM, pL, kJ/mol, …); the legends name each series
    /// ("V, ischaemia"). A ready model's run: <c>Figures.Traces(run.Series, run.ModelName)</c>; a simulation's:
    /// <c>Figures.Traces(recording.Series)</c>.
    /// </summary>
    /// <param name="series">The series; their own time axes (a simulation's share one, a model's scenarios each their own).</param>
    /// <param name="title">A title over the top panel; none when null.</param>
    /// <returns>The figure; at least 250 px of height per panel reads well.</returns>
    /// <exception cref="ArgumentException">There is no series.</exception>
    public static Figure Traces(IEnumerable<ITimeSeries> series, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = series.ToList();
        Guard.NotEmpty(all.Count, nameof(series), "at least one recorded series");

        foreach (var s in all)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(series));
        }

        var lastTime = all.Max(s => s.Times[^1].Seconds);
        var (secondsPerUnit, timeUnit) = TimeUnit(lastTime);
        var groups = Panels(all);
        var panels = new Multiplot();
        panels.RemovePlot(panels.GetPlot(0)); // a new Multiplot holds one empty plot
        // Legends sit right of the data, outside it; every panel gets the same margins so that their time axes line up.
        var legendWidth = 60 + (8 * all.Max(s => s.Name.Length));
        foreach (var group in groups)
        {
            var plot = NewPlot();
            var unit = DisplayUnit.For(group[0].SiUnit, group.Max(LargestMagnitude));
            foreach (var trace in group)
            {
                var t = trace.Times.Select(x => x.Seconds / secondsPerUnit).ToArray();
                var y = Enumerable.Range(0, t.Length).Select(i => unit.From(trace.SiValue(i))).ToArray();
                var line = plot.Add.Scatter(t, y);
                line.MarkerSize = t.Length == 1 ? 5 : 0;
                line.LineWidth = 2;
                line.LegendText = trace.Name;
            }

            var quantities = group.Select(s => Quantity(s.Name)).Distinct(StringComparer.Ordinal);
            var label = AxisLabel(string.Join(", ", quantities), unit);
            plot.YLabel(label.Length <= 30 ? label : AxisLabel(DisplayUnit.Kind(group[0].SiUnit), unit)); // a long list would not fit beside a panel
            plot.XLabel($"t ({timeUnit})");
            plot.ShowLegend(Edge.Right);
            plot.Layout.Fixed(new PixelPadding(80, legendWidth, 45, panels.Count() == 0 ? 40 : 10));
            panels.AddPlot(plot);
        }

        var plots = panels.GetPlots();
        if (title is not null)
        {
            plots[0].Title(title);
        }

        panels.SharedAxes.ShareX(plots);
        return new Figure(panels);
    }

    // The panels: the series of one quantity ("V" of every scenario) stay together; quantities of one SI unit share a
    // panel when their largest values are within a factor of 10 ([Na⁺]i with [K⁺]o, but [Ca²⁺]i of a few µM on its own,
    // and 20 mM beside 440 mM would be flat); a quantity that stays at zero joins any panel of its unit. In order of first appearance.
    private static List<List<ITimeSeries>> Panels(IReadOnlyList<ITimeSeries> series)
    {
        var quantities = series.GroupBy(s => (s.SiUnit, Quantity(s.Name))).Select(g => (Series: g.ToList(), Largest: g.Max(LargestMagnitude))).ToList();
        var panels = new List<(List<ITimeSeries> Series, string Unit, double Largest)>();
        foreach (var (members, largest) in quantities.OrderByDescending(q => q.Largest))
        {
            var unit = members[0].SiUnit;
            var index = panels.FindIndex(p => p.Unit == unit && (largest == 0 || p.Largest <= 10 * largest));
            if (index < 0)
            {
                panels.Add((new List<ITimeSeries>(members), unit, largest));
            }
            else
            {
                panels[index].Series.AddRange(members);
            }
        }

        var order = series.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        return panels.Select(p => p.Series.OrderBy(s => order[s]).ToList()).OrderBy(p => order[p[0]]).ToList();
    }

    private static string AxisLabel(string quantities, DisplayUnit unit) => unit.Symbol is "pH" or "1" ? quantities : $"{quantities} ({unit})"; // pH is its own unit; a pure number has none

    // The recorded quantity without its scenario: "V, ischaemia" → "V".
    private static string Quantity(string seriesName)
    {
        var comma = seriesName.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? seriesName : seriesName[..comma];
    }

    private static double LargestMagnitude(ITimeSeries series)
    {
        double largest = 0;
        for (var i = 0; i < series.Times.Count; i++)
        {
            largest = Math.Max(largest, DisplayUnit.Magnitude(series.SiValue(i)));
        }

        return largest;
    }

    private static (double SecondsPerUnit, string Unit) TimeUnit(double lastSeconds) => lastSeconds switch
    {
        < 2 => (1e-3, "ms"),
        < 300 => (1, "s"),
        < 3 * 3600 => (60, "min"),
        _ => (3600, "h"),
    };
}
