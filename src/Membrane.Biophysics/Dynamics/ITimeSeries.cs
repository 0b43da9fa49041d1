using System.Collections.Generic;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// One recorded variable sampled at known times — V, a gate, [K⁺]o, the lumen's pH, a cell's volume — as the
/// untyped view a table, a plot or a command-line tool reads: its name, the SI unit of its values, and the values in
/// SI. <see cref="TimeSeries{TQuantity}"/> (a quantity) and <see cref="TimeSeries"/> (a plain number, e.g. a gate's
/// open fraction) are the typed ones; the series of one <see cref="Recording"/> share one time axis.
/// </summary>
public interface ITimeSeries
{
    /// <summary>What was recorded, e.g. "[K⁺]o" or "V, ischaemia".</summary>
    string Name { get; }

    /// <summary>The symbol of the SI unit of <see cref="SiValue"/>, e.g. "mol/m³"; "1" for a pure number.</summary>
    string SiUnit { get; }

    /// <summary>The sample times, from the start of the run, non-decreasing.</summary>
    IReadOnlyList<Duration> Times { get; }

    /// <summary>The number of samples.</summary>
    int Count { get; }

    /// <summary>The sample at <paramref name="index"/> in <see cref="SiUnit"/>.</summary>
    /// <param name="index">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The value.</returns>
    double SiValue(int index);
}
