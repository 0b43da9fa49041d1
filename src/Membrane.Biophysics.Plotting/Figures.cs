using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using ScottPlot;

namespace Membrane.Biophysics.Plotting;

/// <summary>
/// Figures of the core library's results: I–V curves with the reversal potential marked, E_ion against concentration,
/// voltage and concentration traces of a simulation, and Poisson–Nernst–Planck profiles. Axes carry the quantity and
/// its unit; the conventions are the library's (V = φ_in − φ_out, outward current positive). Values are computed by the
/// core (e.g. <see cref="Nernst.Potential(Ion, IonGradient, Temperature, Constants.ConstantSet?)"/>); this class only draws.
/// </summary>
public static partial class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string SansFont = "DejaVu Sans";

    /// <summary>An I–V curve of whole-cell currents, with the zero-current line and the reversal potential marked.</summary>
    /// <param name="voltages">The clamp potentials.</param>
    /// <param name="currents">The currents, outward positive; as many as <paramref name="voltages"/>.</param>
    /// <param name="reversal">The reversal potential to mark (e.g. from <c>IvCurve.ReversalPotential</c>); null for none.</param>
    /// <param name="title">A title; none when null.</param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static Figure IvCurve(IReadOnlyList<ElectricPotential> voltages, IReadOnlyList<ElectricCurrent> currents, ElectricPotential? reversal, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(currents);
        var (scale, unit) = CurrentUnit(currents.Count == 0 ? 0 : currents.Max(c => Math.Abs(c.Amperes)));
        return Iv(voltages, currents.Select(c => c.Amperes / scale).ToArray(), $"I ({unit}, outward +)", reversal, title);
    }

    /// <summary>An I–V curve of current densities (µA/cm²), with the zero-current line and the reversal potential marked.</summary>
    /// <param name="voltages">The potentials.</param>
    /// <param name="currents">The current densities, outward positive; as many as <paramref name="voltages"/>.</param>
    /// <param name="reversal">The reversal potential to mark; null for none.</param>
    /// <param name="title">A title; none when null.</param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static Figure IvCurve(IReadOnlyList<ElectricPotential> voltages, IReadOnlyList<CurrentDensity> currents, ElectricPotential? reversal, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(currents);
        return Iv(voltages, currents.Select(c => c.MicroamperesPerSquareCentimeter).ToArray(), "I (µA/cm², outward +)", reversal, title);
    }

    /// <summary>
    /// The Nernst potential of an ion against its outside concentration (log axis), at a fixed inside concentration:
    /// a straight line of slope (RT/zF) ln 10 per decade.
    /// </summary>
    /// <param name="ion">The ion.</param>
    /// <param name="inside">The fixed inside concentration; &gt; 0.</param>
    /// <param name="outside">The outside concentrations to plot, each &gt; 0, at least two.</param>
    /// <param name="temperature">The temperature; &gt; 0 K.</param>
    /// <exception cref="ArgumentException">Fewer than two concentrations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A concentration ≤ 0 or a bad temperature (from <see cref="Nernst"/>).</exception>
    public static Figure NernstPotential(Ion ion, Concentration inside, IReadOnlyList<Concentration> outside, Temperature temperature)
    {
        ArgumentNullException.ThrowIfNull(ion);
        ArgumentNullException.ThrowIfNull(outside);
        if (outside.Count < 2)
        {
            throw Guard.Invalid(nameof(outside), $"{Guard.Format(outside.Count)} concentrations", "at least 2 concentrations");
        }

        var e = outside.Select(c => Nernst.Potential(ion, new IonGradient(inside, c), temperature).Millivolts).ToArray();
        var x = outside.Select(c => Math.Log10(c.Millimolar)).ToArray();
        var plot = NewPlot();
        var line = plot.Add.Scatter(x, e);
        line.MarkerSize = 0;
        line.LineWidth = 2;
        var slope = Nernst.SlopePerDecade(ion.Valence, temperature).Millivolts;
        line.LegendText = string.Create(Invariant, $"E_{Bare(ion)}, [{ion.Symbol}]ᵢ = {inside.Millimolar:G4} mM: {slope:+0.0;−0.0} mV per decade");
        var zero = plot.Add.HorizontalLine(0);
        zero.LineColor = Colors.Gray;
        zero.LineWidth = 1;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = v => Math.Pow(10, v).ToString("G4", Invariant),
        };
        plot.XLabel(string.Create(Invariant, $"[{ion.Symbol}]ₒ (mM, log scale)"));
        plot.YLabel(string.Create(Invariant, $"E_{Bare(ion)} (mV)"));
        plot.Title(string.Create(Invariant, $"Nernst potential of {ion.Symbol} at {temperature.DegreesCelsius:0.##} °C"));
        plot.ShowLegend(Alignment.UpperLeft);
        return new Figure(plot);
    }

    /// <summary>The membrane potential of a simulation against time: <see cref="Traces"/> of its V.</summary>
    /// <param name="recording">The recording (from <c>Simulation.Run</c>).</param>
    /// <param name="title">A title; none when null.</param>
    /// <exception cref="InvalidOperationException">The recording holds no membrane potential.</exception>
    public static Figure VoltageTrace(Recording recording, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return Traces([recording.Voltage], title);
    }

    /// <summary>
    /// The concentrations a simulation recorded against time: <see cref="Traces"/> of each ion's inside and outside
    /// concentration, in panels by size (mM beside mM, µM on their own).
    /// </summary>
    /// <param name="recording">The recording; it must have recorded at least one ion (a model with ion pools).</param>
    /// <param name="title">A title; none when null.</param>
    /// <exception cref="ArgumentException">No concentrations were recorded.</exception>
    public static Figure ConcentrationTraces(Recording recording, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        if (recording.Ions.Count == 0)
        {
            throw Guard.Invalid(nameof(recording), "a recording of none", "a recording of concentrations (a model with ion pools)");
        }

        return Traces(recording.Ions.SelectMany(ion => new[] { recording.SeriesNamed(Recording.InsideName(ion)), recording.SeriesNamed(Recording.OutsideName(ion)) }), title);
    }

    /// <summary>
    /// A steady Poisson–Nernst–Planck solution across a layer: each species' concentration (left axis, mM) and the
    /// electric potential (right axis, mV) against position (nm) from the inside (x = 0) to the outside.
    /// </summary>
    /// <param name="solution">The solution (from <c>PoissonNernstPlanck.SteadyState</c>).</param>
    /// <param name="speciesNames">A name for each species, in the order they were solved; as many as the solution has.</param>
    /// <param name="title">A title; none when null.</param>
    /// <exception cref="ArgumentException">The number of names differs from the number of species.</exception>
    public static Figure PnpProfile(PnpSolution solution, IReadOnlyList<string> speciesNames, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(speciesNames);
        Guard.Count(solution.Concentrations.Count, speciesNames.Count, nameof(speciesNames), "one name for each species");

        var plot = NewPlot();
        var x = solution.Positions.Select(p => p.Nanometers).ToArray();
        for (var s = 0; s < speciesNames.Count; s++)
        {
            var line = plot.Add.Scatter(x, solution.Concentrations[s].Select(c => c.Millimolar).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = speciesNames[s] + " (mM, left axis)";
        }

        var phi = plot.Add.Scatter(x, solution.Potential.Select(p => p.Millivolts).ToArray());
        phi.MarkerSize = 0;
        phi.LineWidth = 2;
        phi.LinePattern = LinePattern.Dashed;
        phi.Color = Colors.Black;
        phi.LegendText = "φ (mV, right axis)";
        phi.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "φ (mV)";
        plot.XLabel("x (nm), inside at 0");
        plot.YLabel("c (mM)");
        plot.ShowLegend(Alignment.UpperCenter);
        SetTitle(plot, title);
        return new Figure(plot);
    }

    private static Figure Iv(IReadOnlyList<ElectricPotential> voltages, double[] currents, string currentLabel, ElectricPotential? reversal, string? title)
    {
        ArgumentNullException.ThrowIfNull(voltages);
        if (voltages.Count != currents.Length || voltages.Count == 0)
        {
            throw Guard.Invalid(nameof(voltages), $"{Guard.Format(voltages.Count)} voltages for {Guard.Format(currents.Length)} currents", "voltages that match the currents one to one, at least one point");
        }

        var plot = NewPlot();
        var v = voltages.Select(x => x.Millivolts).ToArray();
        var order = Enumerable.Range(0, v.Length).OrderBy(k => v[k]).ToArray();
        var points = plot.Add.Scatter(order.Select(k => v[k]).ToArray(), order.Select(k => currents[k]).ToArray());
        points.LineWidth = 1.5f;
        points.MarkerSize = 7;
        points.LegendText = "I–V";
        var zero = plot.Add.HorizontalLine(0);
        zero.LineColor = Colors.Gray;
        zero.LineWidth = 1;
        if (reversal is { } e)
        {
            var line = plot.Add.VerticalLine(e.Millivolts);
            line.LineColor = Colors.Red;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5f;
            var marker = plot.Add.Marker(e.Millivolts, 0);
            marker.Color = Colors.Red;
            marker.Size = 12;
            marker.Shape = MarkerShape.OpenCircle;
            marker.LegendText = string.Create(Invariant, $"E_rev = {e.Millivolts:0.0} mV");
        }

        plot.XLabel("V (mV) = φ_in − φ_out");
        plot.YLabel(currentLabel);
        plot.ShowLegend(Alignment.UpperLeft);
        SetTitle(plot, title);
        return new Figure(plot);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        // DejaVu Sans (Debian's fonts-dejavu-core, which .ci/run installs) has every glyph of the labels (µ, φ, ², ᵢ, ₒ);
        // where it is missing, SkiaSharp falls back to the system default font.
        plot.Font.Set(SansFont);
        return plot;
    }

    private static void SetTitle(Plot plot, string? title)
    {
        if (!string.IsNullOrEmpty(title))
        {
            plot.Title(title);
        }
    }

    private static string Bare(Ion ion) => ion.Symbol.TrimEnd('⁺', '⁻', '²', '³');

    private static (double Scale, string Unit) CurrentUnit(double maxAmperes) => maxAmperes switch
    {
        < 1e-9 => (1e-12, "pA"),
        < 1e-6 => (1e-9, "nA"),
        < 1e-3 => (1e-6, "µA"),
        _ => (1, "A"),
    };
}
