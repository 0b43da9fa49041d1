using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// What a run recorded: a set of <see cref="ITimeSeries"/> on one shared time axis (the first sample at the start of
/// the run), and the spike times. A <see cref="Recorder"/> makes one; <see cref="Simulation.Run"/> records, by name,
/// "V", every gate ("Na.m"), "I_clamp" under a voltage clamp, and each ion's "[K⁺]i" and "[K⁺]o", which the typed
/// accessors below read. Immutable and thread-safe.
/// </summary>
public sealed class Recording
{
    /// <summary>The name of the membrane potential's series.</summary>
    public const string VoltageName = "V";

    /// <summary>The name of the clamp current's series.</summary>
    public const string ClampCurrentName = "I_clamp";

    private readonly Duration[] _times;
    private readonly ITimeSeries[] _series;
    private readonly Duration[] _spikes;
    private readonly string[] _gateNames;
    private readonly Ion[] _ions;

    internal Recording(Duration[] times, ITimeSeries[] series, Duration[] spikes, Duration interval, string[] gateNames, Ion[] ions)
    {
        _times = times;
        _series = series;
        _spikes = spikes;
        _gateNames = gateNames;
        _ions = ions;
        Interval = interval;
    }

    /// <summary>The sampling interval.</summary>
    public Duration Interval { get; }

    /// <summary>The sample times, shared by every series.</summary>
    public IReadOnlyList<Duration> Times => _times;

    /// <summary>Every recorded series, in the order they were tracked.</summary>
    public IReadOnlyList<ITimeSeries> Series => _series;

    /// <summary>The times V crossed the spike threshold upward, interpolated linearly within the step (empty when not recorded).</summary>
    public IReadOnlyList<Duration> SpikeTimes => _spikes;

    /// <summary>The series named <paramref name="name"/>.</summary>
    /// <param name="name">One of the names in <see cref="Series"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException">No series has that name.</exception>
    public ITimeSeries SeriesNamed(string name) =>
        Array.Find(_series, s => s.Name == name)
        ?? throw Guard.Invalid(nameof(name), $"'{name}'", $"one of {string.Join(", ", _series.Select(s => s.Name))}");

    /// <summary>The series of a quantity named <paramref name="name"/>.</summary>
    /// <typeparam name="TQuantity">The quantity it records.</typeparam>
    /// <param name="name">Its name.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException">No series has that name, or it records another quantity.</exception>
    public TimeSeries<TQuantity> SeriesNamed<TQuantity>(string name)
        where TQuantity : struct, IQuantity<TQuantity> =>
        SeriesNamed(name) as TimeSeries<TQuantity>
        ?? throw Guard.Invalid(nameof(name), $"'{name}', a series in {SeriesNamed(name).SiUnit}", $"the name of a series of {TQuantity.QuantityName}");

    /// <summary>The membrane potential, V = φ_in − φ_out (the series "V").</summary>
    /// <exception cref="InvalidOperationException">The run did not record V.</exception>
    public TimeSeries<ElectricPotential> Voltage =>
        Array.Find(_series, s => s.Name == VoltageName) as TimeSeries<ElectricPotential>
        ?? throw new InvalidOperationException($"This recording holds no membrane potential (a series named \"{VoltageName}\"); it holds {string.Join(", ", _series.Select(s => s.Name))}.");

    /// <summary>V = φ_in − φ_out at each sample.</summary>
    /// <exception cref="InvalidOperationException">The run did not record V.</exception>
    public IReadOnlyList<ElectricPotential> Voltages => Voltage.Values;

    /// <summary>The gate names, "channel.gate" (e.g. "Na.m"), in the order of the channels and their gates; empty unless a simulation recorded them.</summary>
    public IReadOnlyList<string> GateNames => _gateNames;

    /// <summary>Under a voltage clamp, the ionic current density the clamp supplied at each sample (outward positive); empty otherwise.</summary>
    public IReadOnlyList<CurrentDensity> ClampCurrents =>
        Array.Find(_series, s => s.Name == ClampCurrentName) is TimeSeries<CurrentDensity> clamp ? clamp.Values : [];

    /// <summary>A gate's value at each sample.</summary>
    /// <param name="name">"channel.gate", as in <see cref="GateNames"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">No gate has that name.</exception>
    public IReadOnlyList<double> Gate(string name) =>
        Array.IndexOf(_gateNames, name) >= 0
            ? ((TimeSeries)SeriesNamed(name)).Values
            : throw Guard.Invalid(nameof(name), $"'{name}'", $"one of {string.Join(", ", _gateNames)}");

    /// <summary>The ions whose concentrations were recorded.</summary>
    public IReadOnlyList<Ion> Ions => _ions;

    /// <summary>An ion's inside concentration at each sample (the series "[ion]i").</summary>
    /// <param name="ion">One of <see cref="Ions"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">The ion was not recorded.</exception>
    public IReadOnlyList<Concentration> InsideConcentrations(Ion ion) => SeriesNamed<Concentration>(InsideName(Recorded(ion))).Values;

    /// <summary>An ion's outside concentration at each sample (the series "[ion]o").</summary>
    /// <param name="ion">One of <see cref="Ions"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">The ion was not recorded.</exception>
    public IReadOnlyList<Concentration> OutsideConcentrations(Ion ion) => SeriesNamed<Concentration>(OutsideName(Recorded(ion))).Values;

    /// <summary>The name of an ion's inside concentration series, e.g. "[K⁺]i".</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The name.</returns>
    public static string InsideName(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return $"[{ion.Symbol}]i";
    }

    /// <summary>The name of an ion's outside concentration series, e.g. "[K⁺]o".</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>The name.</returns>
    public static string OutsideName(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return $"[{ion.Symbol}]o";
    }

    /// <summary>"4001 samples every 0.025 ms over 100 ms; V from -65 mV to 40.1 mV; gates Na.m, Na.h, K.n; 3 spikes", invariant culture.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append(c, $"{_times.Length} samples every {Interval.ToString("G4", c)}");
        text.Append(c, $" over {(_times[^1] - _times[0]).ToString("G4", c)}");
        if (Array.Find(_series, s => s.Name == VoltageName) is TimeSeries<ElectricPotential> v)
        {
            text.Append(c, $"; V from {v.Minimum.ToString("G4", c)} to {v.Maximum.ToString("G4", c)}");
        }

        if (_gateNames.Length > 0)
        {
            text.Append("; gates ").AppendJoin(", ", _gateNames);
        }

        if (ClampCurrents.Count > 0)
        {
            text.Append("; voltage clamp");
        }

        if (_ions.Length > 0)
        {
            text.Append("; concentrations of ").AppendJoin(", ", Array.ConvertAll(_ions, i => i.Symbol));
        }

        var others = _series.Length - (_gateNames.Length + (2 * _ions.Length) + (ClampCurrents.Count > 0 ? 1 : 0) + (Array.Exists(_series, s => s.Name == VoltageName) ? 1 : 0));
        if (others > 0)
        {
            text.Append(c, $"; {others} other series");
        }

        return text.Append(c, $"; {_spikes.Length} spike{(_spikes.Length == 1 ? string.Empty : "s")}").ToString();
    }

    private Ion Recorded(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return Array.IndexOf(_ions, ion) >= 0
            ? ion
            : throw Guard.Invalid(nameof(ion), ion.Name, $"one of the recorded ions ({string.Join(", ", Array.ConvertAll(_ions, i => i.Name))})");
    }
}
