using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Analysis;

/// <summary>
/// Reading a current–voltage (I–V) curve: its reversal (zero-current) potential, the slope conductance dI/dV there and
/// a rectification index, from measured points (a voltage-clamp sweep) or from a model sampled over a voltage grid.
/// </summary>
/// <remarks>
/// <para>
/// Points may come in any order; they are sorted by voltage (the caller's spans are not changed). The curve must cross
/// zero exactly once: a sign change between two neighbouring points, or a point whose current is exactly zero. The
/// crossing is then located by <see cref="IvFit.Interpolation"/> (the line through the two bracketing points) or by a
/// local least-squares polynomial (<see cref="IvFit.Polynomial(int, int)"/>) through the points nearest it, solved by
/// Brent's method within the bracketing segment (or the next one, where the smoothing fit puts the zero just beyond a
/// data crossing that lies next to a point). The least-squares problem is solved by modified Gram–Schmidt QR with
/// one reorthogonalisation on voltages centred on the crossing and scaled to [−1, 1] (Björck, Å. (1996)
/// <i>Numerical Methods for Least Squares Problems</i>, SIAM, §2.4), which keeps a cubic well conditioned.
/// </para>
/// <para>
/// Currents are outward positive (<c>docs/conventions.md</c>); V = φ_in − φ_out. Both whole-cell currents
/// (<see cref="ElectricCurrent"/>, slope in <see cref="Conductance"/>) and current densities (<see cref="CurrentDensity"/>,
/// slope in <see cref="ConductanceDensity"/>) are read. Bad input gets an <see cref="ArgumentException"/> saying what
/// is wrong: fewer than two points, NaN or ∞, a repeated voltage, no crossing (and which sign every current has), or
/// several crossings (and where). Thread-safe; the analyses allocate a sorted copy of the points.
/// </para>
/// </remarks>
public static class IvCurve
{
    /// <summary>The reversal potential of a measured I–V curve of whole-cell (or patch) currents.</summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The currents at them, outward positive; finite; the same length.</param>
    /// <param name="fit">How to locate the crossing; <see cref="IvFit.Interpolation"/> by default.</param>
    /// <returns>The potential at which the current is zero.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, hold fewer than two points, repeat a voltage, or
    /// the currents do not cross zero exactly once; the local fit does not cross zero within the bracketing segment.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage or current is NaN or infinite (named by index).</exception>
    public static ElectricPotential ReversalPotential(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<ElectricCurrent> currents, IvFit fit = default) =>
        ElectricPotential.FromVolts(Read(voltages, MemoryMarshal.Cast<ElectricCurrent, double>(currents), fit, "A").Reversal);

    /// <summary>The reversal potential of a measured I–V curve of current densities.</summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The current densities at them, outward positive; finite; the same length.</param>
    /// <param name="fit">How to locate the crossing; <see cref="IvFit.Interpolation"/> by default.</param>
    /// <returns>The potential at which the current is zero.</returns>
    /// <exception cref="ArgumentException">As for the <see cref="ElectricCurrent"/> overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage or current is NaN or infinite (named by index).</exception>
    public static ElectricPotential ReversalPotential(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<CurrentDensity> currents, IvFit fit = default) =>
        ElectricPotential.FromVolts(Read(voltages, MemoryMarshal.Cast<CurrentDensity, double>(currents), fit, "A/m²").Reversal);

    /// <summary>The slope conductance dI/dV at the reversal potential: the slope of the bracketing segment, or of the local fit at its root.</summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The currents at them, outward positive; finite; the same length.</param>
    /// <param name="fit">How to locate the crossing; <see cref="IvFit.Interpolation"/> by default.</param>
    /// <returns>dI/dV at the reversal (positive for a curve that rises through zero).</returns>
    /// <exception cref="ArgumentException">As for <see cref="ReversalPotential(ReadOnlySpan{ElectricPotential}, ReadOnlySpan{ElectricCurrent}, IvFit)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage or current is NaN or infinite (named by index).</exception>
    public static Conductance SlopeConductance(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<ElectricCurrent> currents, IvFit fit = default) =>
        Conductance.FromSiemens(Read(voltages, MemoryMarshal.Cast<ElectricCurrent, double>(currents), fit, "A").Slope);

    /// <summary>The slope conductance density dI/dV at the reversal potential.</summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The current densities at them, outward positive; finite; the same length.</param>
    /// <param name="fit">How to locate the crossing; <see cref="IvFit.Interpolation"/> by default.</param>
    /// <returns>dI/dV at the reversal.</returns>
    /// <exception cref="ArgumentException">As for the <see cref="ElectricCurrent"/> overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage or current is NaN or infinite (named by index).</exception>
    public static ConductanceDensity SlopeConductance(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<CurrentDensity> currents, IvFit fit = default) =>
        ConductanceDensity.FromSiemensPerSquareMeter(Read(voltages, MemoryMarshal.Cast<CurrentDensity, double>(currents), fit, "A/m²").Slope);

    /// <summary>
    /// The rectification index: the ratio of the chord conductances I(V)/(V − E_rev) at a positive and a negative test
    /// potential, e.g. +40 and −60 mV as for AMPA receptors (Kamboj, S. K., Swanson, G. T. and Cull-Candy, S. G. (1995)
    /// <i>J. Physiol.</i> 486, 297–303). 1 for an ohmic channel, &gt; 1 for outward, &lt; 1 for inward rectification.
    /// </summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The currents at them, outward positive; finite; the same length.</param>
    /// <param name="positive">The test potential above the reversal (e.g. +40 mV), within the measured range.</param>
    /// <param name="negative">The test potential below the reversal (e.g. −60 mV), within the measured range.</param>
    /// <param name="fit">How to locate the reversal; the currents at the test potentials are interpolated linearly between the measured points.</param>
    /// <returns>[I(V₊)/(V₊ − E)] / [I(V₋)/(V₋ − E)].</returns>
    /// <exception cref="ArgumentException">As for <see cref="ReversalPotential(ReadOnlySpan{ElectricPotential}, ReadOnlySpan{ElectricCurrent}, IvFit)"/>; or a test potential is outside the measured range or on the wrong side of the reversal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage, current or test potential is NaN or infinite.</exception>
    public static double RectificationIndex(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<ElectricCurrent> currents, ElectricPotential positive, ElectricPotential negative, IvFit fit = default) =>
        Rectification(voltages, MemoryMarshal.Cast<ElectricCurrent, double>(currents), positive, negative, fit, "A");

    /// <summary>The rectification index of an I–V curve of current densities (see the <see cref="ElectricCurrent"/> overload).</summary>
    /// <param name="voltages">The membrane potentials; finite and distinct, at least two, in any order.</param>
    /// <param name="currents">The current densities at them, outward positive; finite; the same length.</param>
    /// <param name="positive">The test potential above the reversal (e.g. +40 mV), within the measured range.</param>
    /// <param name="negative">The test potential below the reversal (e.g. −60 mV), within the measured range.</param>
    /// <param name="fit">How to locate the reversal.</param>
    /// <returns>[I(V₊)/(V₊ − E)] / [I(V₋)/(V₋ − E)].</returns>
    /// <exception cref="ArgumentException">As for the <see cref="ElectricCurrent"/> overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage, current or test potential is NaN or infinite.</exception>
    public static double RectificationIndex(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<CurrentDensity> currents, ElectricPotential positive, ElectricPotential negative, IvFit fit = default) =>
        Rectification(voltages, MemoryMarshal.Cast<CurrentDensity, double>(currents), positive, negative, fit, "A/m²");

    /// <summary>An evenly spaced voltage grid from <paramref name="start"/> to <paramref name="stop"/> inclusive.</summary>
    /// <param name="start">The first potential; finite.</param>
    /// <param name="stop">The last potential; finite and different from <paramref name="start"/>.</param>
    /// <param name="count">How many potentials; ≥ 2.</param>
    /// <returns>Vₖ = start + (stop − start)·k/(count − 1); the last is exactly <paramref name="stop"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, the bounds are equal, or count &lt; 2.</exception>
    public static ElectricPotential[] Grid(ElectricPotential start, ElectricPotential stop, int count)
    {
        Guard.Finite(start, nameof(start));
        Guard.Finite(stop, nameof(stop));
        Guard.AtLeast(count, 2, nameof(count), "points");

        if (start == stop)
        {
            throw Guard.Fail(nameof(stop), stop, "different from start");
        }

        var grid = new ElectricPotential[count];
        for (var k = 0; k < count - 1; k++)
        {
            grid[k] = ElectricPotential.FromVolts(start.Volts + ((stop.Volts - start.Volts) * k / (count - 1)));
        }

        grid[count - 1] = stop;
        return grid;
    }

    /// <summary>
    /// A model I–V curve: the total current density of a membrane description at each voltage. A single channel is a
    /// one-branch description: <c>MembraneCurrents.Empty.WithGhk(ion)</c> or <c>.WithOhmic(g, E)</c>.
    /// </summary>
    /// <param name="model">The currents of the membrane.</param>
    /// <param name="voltages">The potentials to sample, e.g. from <see cref="Grid"/>; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>I(Vₖ) for each voltage, outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A voltage is not finite; T ≤ 0 K.</exception>
    /// <exception cref="ArgumentException">A voltage-dependent current of the model returned NaN or ∞.</exception>
    public static CurrentDensity[] FromModel(MembraneCurrents model, ReadOnlySpan<ElectricPotential> voltages, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var currents = new CurrentDensity[voltages.Length];
        model.TotalCurrents(voltages, temperature, currents, constants);
        return currents;
    }

    /// <summary>
    /// Reads a two-column voltage-clamp sweep ("V, I" per line) in units the caller gives, e.g. mV and pA. Columns are
    /// separated by a comma, a semicolon or a tab; numbers use the invariant culture (a decimal point). One header line
    /// that is not two numbers is skipped; blank lines and lines starting with '#' are ignored.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="voltageUnit">What 1 in the first column means, e.g. <c>ElectricPotential.FromMillivolts(1)</c>.</param>
    /// <param name="currentUnit">What 1 in the second column means, e.g. <c>ElectricCurrent.FromPicoamperes(1)</c>.</param>
    /// <returns>The voltages and currents, in file order (deconstruct it: <c>var (voltages, currents) = IvCurve.ReadCsv(…)</c>).</returns>
    /// <exception cref="FormatException">A line (named by number) is not two numbers, other than a first header line; or the text has no data line.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A unit is zero, NaN or infinite; or a value is infinite once scaled by its unit.</exception>
    public static IvPoints ReadCsv(TextReader reader, ElectricPotential voltageUnit, ElectricCurrent currentUnit)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!(double.IsFinite(voltageUnit.Volts) && voltageUnit.Volts != 0))
        {
            throw Guard.Fail(nameof(voltageUnit), voltageUnit, "a finite non-zero potential, e.g. 1 mV");
        }

        if (!(double.IsFinite(currentUnit.Amperes) && currentUnit.Amperes != 0))
        {
            throw Guard.Fail(nameof(currentUnit), currentUnit, "a finite non-zero current, e.g. 1 pA");
        }

        var voltages = new List<ElectricPotential>();
        var currents = new List<ElectricCurrent>();
        var lineNumber = 0;
        var sawContent = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var fields = text.Split([',', ';', '\t']);
            if (fields.Length == 2 &&
                double.TryParse(fields[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) &&
                double.TryParse(fields[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var i))
            {
                voltages.Add(voltageUnit * v);
                currents.Add(currentUnit * i);
            }
            else if (sawContent)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"I–V data line {lineNumber} must be two numbers (voltage, current) separated by a comma, semicolon or tab; was \"{line}\"."));
            }

            sawContent = true;
        }

        if (voltages.Count == 0)
        {
            throw new FormatException("The I–V text has no data line (voltage, current).");
        }

        return new IvPoints(voltages.ToArray(), currents.ToArray());
    }

    private readonly record struct Readout(double Reversal, double Slope);

    private static double Rectification(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<double> currents, ElectricPotential positive, ElectricPotential negative, IvFit fit, string unit)
    {
        Guard.Finite(positive, nameof(positive));
        Guard.Finite(negative, nameof(negative));
        var readout = Read(voltages, currents, fit, unit, out var v, out var c);
        var e = readout.Reversal;
        if (!(positive.Volts > e))
        {
            throw Guard.Invalid(nameof(positive), positive, $"above the reversal potential {Guard.Format(ElectricPotential.FromVolts(e))}");
        }

        if (!(negative.Volts < e))
        {
            throw Guard.Invalid(nameof(negative), negative, $"below the reversal potential {Guard.Format(ElectricPotential.FromVolts(e))}");
        }

        var gPositive = Interpolate(v, c, positive.Volts, nameof(positive)) / (positive.Volts - e);
        var gNegative = Interpolate(v, c, negative.Volts, nameof(negative)) / (negative.Volts - e);
        return gPositive / gNegative;
    }

    private static double Interpolate(double[] v, double[] c, double at, string parameterName)
    {
        if (at < v[0] || at > v[^1])
        {
            throw Guard.Invalid(parameterName, ElectricPotential.FromVolts(at), Invariant($"within the measured voltages, {v[0] * 1e3} … {v[^1] * 1e3} mV"));
        }

        var k = Array.BinarySearch(v, at);
        if (k >= 0)
        {
            return c[k];
        }

        var hi = ~k;
        var lo = hi - 1;
        return c[lo] + ((c[hi] - c[lo]) * (at - v[lo]) / (v[hi] - v[lo]));
    }

    private static Readout Read(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<double> currents, IvFit fit, string unit) =>
        Read(voltages, currents, fit, unit, out _, out _);

    private static Readout Read(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<double> currents, IvFit fit, string unit, out double[] v, out double[] c)
    {
        Guard.SameLength(voltages.Length, currents.Length, nameof(currents));
        var n = voltages.Length;
        if (n < 2)
        {
            throw Guard.Invalid(nameof(voltages), Invariant($"{n} point"), "at least 2 points, to find a zero crossing");
        }

        v = new double[n];
        c = new double[n];
        for (var k = 0; k < n; k++)
        {
            Guard.Finite(voltages[k], nameof(voltages), k);
            if (!double.IsFinite(currents[k]))
            {
                throw Guard.Fail(Guard.Element(nameof(currents), k), Invariant($"{currents[k]} {unit}"), "a finite current");
            }

            v[k] = voltages[k].Volts;
            c[k] = currents[k];
        }

        Array.Sort(v, c);
        for (var k = 1; k < n; k++)
        {
            if (v[k] == v[k - 1])
            {
                throw Guard.Invalid(nameof(voltages), Invariant($"a list in which {v[k] * 1e3} mV occurs more than once"), "distinct");
            }
        }

        var (segment, atPoint) = Crossing(v, c, unit);
        var linear = Linear(v, c, segment, atPoint);
        return fit.IsInterpolation ? linear : Polynomial(v, c, segment, atPoint, linear.Reversal, fit);
    }

    /// <summary>The one crossing: a segment (k, k+1) with a sign change (atPoint false), or a point k with zero current (atPoint true).</summary>
    private static (int Index, bool AtPoint) Crossing(double[] v, double[] c, string unit)
    {
        var found = new List<(int Index, bool AtPoint)>();
        for (var k = 0; k < v.Length; k++)
        {
            if (c[k] == 0)
            {
                found.Add((k, true));
            }
            else if (k + 1 < v.Length && c[k + 1] != 0 && (c[k] > 0) != (c[k + 1] > 0))
            {
                found.Add((k, false));
            }
        }

        if (found.Count == 1)
        {
            return found[0];
        }

        if (found.Count == 0)
        {
            var sign = c[0] > 0 ? "outward (positive)" : "inward (negative)";
            throw Guard.Invalid(
                "currents",
                Invariant($"a set in which every current is {sign}, from {c[0]} {unit} at {v[0] * 1e3} mV to {c[^1]} {unit} at {v[^1] * 1e3} mV, so the reversal potential lies outside the measured voltages"),
                "currents that cross zero once");
        }

        var where = new StringBuilder();
        foreach (var (index, atPoint) in found)
        {
            where.Append(where.Length == 0 ? string.Empty : "; ")
                 .Append(atPoint ? Invariant($"zero at {v[index] * 1e3} mV") : Invariant($"between {v[index] * 1e3} and {v[index + 1] * 1e3} mV"));
        }

        throw Guard.Invalid("currents", Invariant($"a set that crosses {found.Count} times: {where}"), "currents that cross zero once");
    }

    private static Readout Linear(double[] v, double[] c, int index, bool atPoint)
    {
        if (atPoint)
        {
            int lo = Math.Max(index - 1, 0), hi = Math.Min(index + 1, v.Length - 1);
            return new Readout(v[index], (c[hi] - c[lo]) / (v[hi] - v[lo]));
        }

        var slope = (c[index + 1] - c[index]) / (v[index + 1] - v[index]);
        return new Readout(v[index] - (c[index] * (v[index + 1] - v[index]) / (c[index + 1] - c[index])), slope);
    }

    private static Readout Polynomial(double[] v, double[] c, int index, bool atPoint, double estimate, IvFit fit)
    {
        var n = v.Length;
        if (fit.Points > n)
        {
            throw Guard.Invalid(nameof(fit), Invariant($"a {fit}, which needs {fit.Points}"), Invariant($"a fit that uses at most the {n} measured points"));
        }

        // The fit.Points points nearest the linear estimate form a contiguous window of the sorted voltages.
        int lo = index, hi = atPoint ? index : index + 1;
        while (hi - lo + 1 < fit.Points)
        {
            var takeLow = hi == n - 1 || (lo > 0 && estimate - v[lo - 1] <= v[hi + 1] - estimate);
            if (takeLow)
            {
                lo--;
            }
            else
            {
                hi++;
            }
        }

        var m = hi - lo + 1;
        var scale = Math.Max(estimate - v[lo], v[hi] - estimate);
        var x = new double[m];
        var y = new double[m];
        for (var k = 0; k < m; k++)
        {
            x[k] = (v[lo + k] - estimate) / scale;
            y[k] = c[lo + k];
        }

        var coefficients = LeastSquares.Polynomial(x, y, fit.Degree);
        var p = new PolynomialFunction(coefficients);

        // Bracket: the segment that holds the sign change, or the neighbours of the zero point.
        var a = (v[atPoint ? Math.Max(index - 1, lo) : index] - estimate) / scale;
        var b = (v[atPoint ? Math.Min(index + 1, hi) : index + 1] - estimate) / scale;
        double fa = p.Evaluate(a), fb = p.Evaluate(b);
        if (atPoint && fa != 0 && fb != 0 && (fa > 0) == (fb > 0))
        {
            // A touching zero: take the fit's value at the point itself as one end.
            b = (v[index] - estimate) / scale;
            fb = p.Evaluate(b);
        }

        if (fa != 0 && fb != 0 && (fa > 0) == (fb > 0))
        {
            // A smoothing fit may place the zero just beyond the data's bracket when the data cross next to a point
            // (e.g. 5e-5 mV below it): look one interval further on each side, within the window.
            double below = (v[Math.Max(index - 1, lo)] - estimate) / scale;
            double above = (v[Math.Min(index + 2, hi)] - estimate) / scale;
            double fBelow = p.Evaluate(below), fAbove = p.Evaluate(above);
            if ((fBelow > 0) != (fa > 0) || fBelow == 0)
            {
                (b, fb, a, fa) = (a, fa, below, fBelow);
            }
            else if ((fAbove > 0) != (fb > 0) || fAbove == 0)
            {
                (a, fa, b, fb) = (b, fb, above, fAbove);
            }
        }

        if (fa != 0 && fb != 0 && (fa > 0) == (fb > 0))
        {
            throw Guard.Invalid(
                nameof(fit),
                Invariant($"a {fit}, which does not cross zero between {(estimate + (a * scale)) * 1e3} and {(estimate + (b * scale)) * 1e3} mV"),
                "a fit that crosses zero where the data do (use fewer points or a lower degree)");
        }

        var root = BrentRoot.Find(ref p, a, fa, b, fb, 1e-15, "I–V polynomial root");
        return new Readout(estimate + (root * scale), p.Derivative(root) / scale);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly struct PolynomialFunction(double[] coefficients) : IRealFunction
    {
        public double Evaluate(double x)
        {
            var sum = 0.0;
            for (var j = coefficients.Length - 1; j >= 0; j--)
            {
                sum = (sum * x) + coefficients[j];
            }

            return sum;
        }

        public double Derivative(double x)
        {
            var sum = 0.0;
            for (var j = coefficients.Length - 1; j >= 1; j--)
            {
                sum = (sum * x) + (j * coefficients[j]);
            }

            return sum;
        }
    }
}
