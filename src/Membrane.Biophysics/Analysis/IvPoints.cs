using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Analysis;

/// <summary>
/// Measured I–V points: membrane potentials and the currents at them (outward positive), in the order they were
/// recorded, as <see cref="IvCurve.ReadCsv"/> reads them. Deconstructs into copies of the two arrays, which the
/// <see cref="IvCurve"/> methods take as spans: <c>var (voltages, currents) = IvCurve.ReadCsv(…);</c>.
/// </summary>
/// <remarks>Immutable (it holds its own copies) and thread-safe. Every value is finite; there is at least one point.</remarks>
public sealed class IvPoints
{
    private readonly ElectricPotential[] _voltages;
    private readonly ElectricCurrent[] _currents;

    /// <summary>Copies the points.</summary>
    /// <param name="voltages">The membrane potentials; finite.</param>
    /// <param name="currents">The currents at them, outward positive; finite; as many as <paramref name="voltages"/>.</param>
    /// <exception cref="ArgumentException">No points, or the two spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite (named with its index).</exception>
    public IvPoints(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<ElectricCurrent> currents)
    {
        if (voltages.Length == 0 || voltages.Length != currents.Length)
        {
            throw Guard.Invalid(nameof(currents), string.Create(CultureInfo.InvariantCulture, $"{currents.Length} currents for {voltages.Length} voltages"), "one current per voltage, at least one");
        }

        for (var k = 0; k < voltages.Length; k++)
        {
            Guard.Finite(voltages[k], nameof(voltages), k);
            Guard.Finite(currents[k], nameof(currents), k);
        }

        _voltages = voltages.ToArray();
        _currents = currents.ToArray();
    }

    /// <summary>The membrane potentials, in recorded order.</summary>
    public IReadOnlyList<ElectricPotential> Voltages => _voltages;

    /// <summary>The currents, outward positive, one per voltage.</summary>
    public IReadOnlyList<ElectricCurrent> Currents => _currents;

    /// <summary>The number of points.</summary>
    public int Count => _voltages.Length;

    /// <summary>Copies of the voltages and currents, for the span-taking <see cref="IvCurve"/> methods.</summary>
    /// <param name="voltages">A new array of the membrane potentials.</param>
    /// <param name="currents">A new array of the currents.</param>
    public void Deconstruct(out ElectricPotential[] voltages, out ElectricCurrent[] currents)
    {
        voltages = (ElectricPotential[])_voltages.Clone();
        currents = (ElectricCurrent[])_currents.Clone();
    }

    /// <summary>How many points and the voltages they span, e.g. "33 I–V points from -120 mV to 40 mV".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count} I–V points from {_voltages[0]} to {_voltages[^1]}");
}
