using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// One recorded quantity of a ready model, sampled at known times: [K⁺]o, V, the lumen's pH, the cell's volume.
/// The untyped view a command-line tool or a plot reads (name, SI unit, values in SI); <see cref="TimeSeries{TQuantity}"/>
/// is the typed one.
/// </summary>
public interface ITimeSeries
{
    /// <summary>What was recorded, e.g. "[K⁺]o".</summary>
    string Name { get; }

    /// <summary>The symbol of the SI unit of <see cref="SiValue"/>, e.g. "mol/m³".</summary>
    string SiUnit { get; }

    /// <summary>The sample times, from the start of the run.</summary>
    IReadOnlyList<Duration> Times { get; }

    /// <summary>The sample at <paramref name="index"/> in <see cref="SiUnit"/>.</summary>
    /// <param name="index">0 … Times.Count − 1.</param>
    /// <returns>The value.</returns>
    double SiValue(int index);
}

/// <summary>
/// A quantity recorded over time by a ready model: the times and the typed values, with the extremes a question about
/// the run usually asks for. Immutable and thread-safe; the arrays it was built from are copied.
/// </summary>
/// <typeparam name="TQuantity">The quantity recorded.</typeparam>
public sealed class TimeSeries<TQuantity> : ITimeSeries
    where TQuantity : struct, IQuantity<TQuantity>
{
    private readonly Duration[] _times;
    private readonly TQuantity[] _values;

    /// <summary>Creates a series.</summary>
    /// <param name="name">What was recorded; not empty.</param>
    /// <param name="times">The sample times, non-decreasing; copied.</param>
    /// <param name="values">One value per time; copied.</param>
    /// <exception cref="ArgumentException">The name is empty, the lengths differ, there is no sample, or the times decrease.</exception>
    public TimeSeries(string name, ReadOnlySpan<Duration> times, ReadOnlySpan<TQuantity> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (times.Length != values.Length || times.IsEmpty)
        {
            throw new ArgumentException($"{nameof(values)} must hold one value per time (at least one); there were {times.Length} times and {values.Length} values.", nameof(values));
        }

        for (int i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{nameof(times)} must not decrease; times[{i}] = {times[i]} follows {times[i - 1]}."), nameof(times));
            }
        }

        Name = name;
        _times = times.ToArray();
        _values = values.ToArray();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string SiUnit => TQuantity.SiUnit;

    /// <inheritdoc/>
    public IReadOnlyList<Duration> Times => _times;

    /// <summary>The recorded values, one per time.</summary>
    public IReadOnlyList<TQuantity> Values => _values;

    /// <summary>The number of samples.</summary>
    public int Count => _values.Length;

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <param name="index">0 … Count − 1.</param>
    public TQuantity this[int index] => _values[index];

    /// <summary>The first sample.</summary>
    public TQuantity Initial => _values[0];

    /// <summary>The last sample.</summary>
    public TQuantity Final => _values[^1];

    /// <summary>The largest sample (the first, where several are equal).</summary>
    public TQuantity Maximum => _values[IndexOfMaximum()];

    /// <summary>The time of <see cref="Maximum"/>.</summary>
    public Duration TimeOfMaximum => _times[IndexOfMaximum()];

    /// <summary>The smallest sample (the first, where several are equal).</summary>
    public TQuantity Minimum => _values[IndexOfMinimum()];

    /// <inheritdoc/>
    public double SiValue(int index) => _values[index].SiValue;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Count} samples over {_times[^1] - _times[0]}, from {Initial} to {Final}, max {Maximum}");

    private int IndexOfMaximum()
    {
        int best = 0;
        for (int i = 1; i < _values.Length; i++)
        {
            if (_values[i] > _values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private int IndexOfMinimum()
    {
        int best = 0;
        for (int i = 1; i < _values.Length; i++)
        {
            if (_values[i] < _values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
