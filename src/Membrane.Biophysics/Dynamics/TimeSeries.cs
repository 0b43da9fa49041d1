using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A quantity recorded over time: the times and the typed values, with the extremes a question about the run usually
/// asks for. Immutable and thread-safe; the public constructor copies what it is given, while the series a
/// <see cref="Recorder"/> makes share one time axis.
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
        : this(name, SeriesChecks.Times(times, values.Length, nameof(values)), values.ToArray())
    {
    }

    private TimeSeries(string name, Duration[] times, TQuantity[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _times = times;
        _values = values;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string SiUnit => TQuantity.SiUnit;

    /// <inheritdoc/>
    public IReadOnlyList<Duration> Times => _times;

    /// <summary>The recorded values, one per time.</summary>
    public IReadOnlyList<TQuantity> Values => _values;

    /// <inheritdoc/>
    public int Count => _values.Length;

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <param name="index">0 … Count − 1.</param>
    public TQuantity this[int index] => _values[index];

    /// <summary>The first sample.</summary>
    public TQuantity Initial => _values[0];

    /// <summary>The last sample.</summary>
    public TQuantity Final => _values[^1];

    /// <summary>The largest sample (the first, where several are equal).</summary>
    public TQuantity Maximum => _values[SeriesChecks.IndexOfExtreme<TQuantity>(_values, largest: true)];

    /// <summary>The time of <see cref="Maximum"/>.</summary>
    public Duration TimeOfMaximum => _times[SeriesChecks.IndexOfExtreme<TQuantity>(_values, largest: true)];

    /// <summary>The smallest sample (the first, where several are equal).</summary>
    public TQuantity Minimum => _values[SeriesChecks.IndexOfExtreme<TQuantity>(_values, largest: false)];

    /// <inheritdoc/>
    public double SiValue(int index) => _values[index].SiValue;

    /// <summary>A series over <paramref name="times"/>, an axis others may share; neither array is copied.</summary>
    internal static TimeSeries<TQuantity> OnAxis(string name, Duration[] times, TQuantity[] values) => new(name, times, values);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Count} samples over {_times[^1] - _times[0]}, from {Initial} to {Final}, max {Maximum}");
}

/// <summary>
/// A plain number recorded over time, with the unit it is counted in: a gate's open fraction ("1"), the H⁺ a pump
/// moves per second ("s⁻¹"), a K⁺/Na⁺ ratio. Immutable and thread-safe, as <see cref="TimeSeries{TQuantity}"/>.
/// </summary>
public sealed class TimeSeries : ITimeSeries
{
    private readonly Duration[] _times;
    private readonly double[] _values;

    /// <summary>Creates a series.</summary>
    /// <param name="name">What was recorded; not empty.</param>
    /// <param name="unit">The unit of the values as a symbol, "1" for a pure number; not empty.</param>
    /// <param name="times">The sample times, non-decreasing; copied.</param>
    /// <param name="values">One value per time; copied.</param>
    /// <exception cref="ArgumentException">The name or unit is empty, the lengths differ, there is no sample, or the times decrease.</exception>
    public TimeSeries(string name, string unit, ReadOnlySpan<Duration> times, ReadOnlySpan<double> values)
        : this(name, unit, SeriesChecks.Times(times, values.Length, nameof(values)), values.ToArray())
    {
    }

    private TimeSeries(string name, string unit, Duration[] times, double[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Name = name;
        SiUnit = unit;
        _times = times;
        _values = values;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string SiUnit { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Duration> Times => _times;

    /// <summary>The recorded values, one per time.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <inheritdoc/>
    public int Count => _values.Length;

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <param name="index">0 … Count − 1.</param>
    public double this[int index] => _values[index];

    /// <summary>The first sample.</summary>
    public double Initial => _values[0];

    /// <summary>The last sample.</summary>
    public double Final => _values[^1];

    /// <inheritdoc/>
    public double SiValue(int index) => _values[index];

    /// <summary>A series over <paramref name="times"/>, an axis others may share; neither array is copied.</summary>
    internal static TimeSeries OnAxis(string name, string unit, Duration[] times, double[] values) => new(name, unit, times, values);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {Count} samples over {_times[^1] - _times[0]}, from {Initial:G6} to {Final:G6}{(SiUnit == "1" ? string.Empty : " " + SiUnit)}");
}

/// <summary>The checks and searches the two series share.</summary>
internal static class SeriesChecks
{
    /// <summary>A copy of <paramref name="times"/> after checking it has one time per value, at least one, non-decreasing.</summary>
    public static Duration[] Times(ReadOnlySpan<Duration> times, int values, string valuesName)
    {
        if (times.Length != values || times.IsEmpty)
        {
            throw Guard.Invalid(valuesName, $"{Guard.Format(values)} values for {Guard.Format(times.Length)} times", "one value per time (at least one)");
        }

        for (var i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1])
            {
                throw Guard.Invalid(nameof(times), string.Create(CultureInfo.InvariantCulture, $"a list in which times[{i}] = {times[i]} follows {times[i - 1]}"), "times that do not decrease");
            }
        }

        return times.ToArray();
    }

    /// <summary>The index of the largest (or smallest) value, the first where several are equal.</summary>
    public static int IndexOfExtreme<T>(T[] values, bool largest)
        where T : IComparable<T>
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            var order = values[i].CompareTo(values[best]);
            if (largest ? order > 0 : order < 0)
            {
                best = i;
            }
        }

        return best;
    }
}
