using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Records chosen variables at fixed times into one <see cref="Recording"/>, every variable at every sample, on one
/// shared time axis. A variable is tracked by a probe that reads it (<c>() =&gt; simulation.Voltage</c>); a
/// <see cref="Simulation"/> samples the recorder as it advances (<see cref="Simulation.Advance(Duration, Recorder)"/>,
/// <see cref="Simulation.AdvanceQuasiSteady(Duration, double, Recorder)"/>), and any other integrator calls
/// <see cref="Sample"/> at the times <see cref="SampleCount"/> gives.
/// </summary>
/// <remarks>
/// The samples of a run of length T every Δs are at t₀ + kΔs for k = 0 … ⌊T/Δs⌋ (the start included; the end when it
/// falls on the grid, to 10⁻⁹ of a sample): one rule for every driver. Sampling does not allocate once the capacity is
/// reserved (a simulation reserves what a run needs); the probes are evaluated in the order they were tracked.
/// Not thread-safe: a recorder belongs to the run that fills it (its samples live in an internal object, so the
/// recorder's own fields never change).
/// </remarks>
public sealed class Recorder
{
    private readonly List<Probe> _probes = [];
    private readonly List<Duration> _spikes = [];
    private readonly Axis _axis = new();

    /// <summary>A recorder that samples every <paramref name="interval"/>.</summary>
    /// <param name="interval">The sampling interval; finite and &gt; 0.</param>
    /// <param name="spikeThreshold">When given, a simulation that fills this recorder also records the times V crosses
    /// it upward (<see cref="Recording.SpikeTimes"/>); finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Recorder(Duration interval, ElectricPotential? spikeThreshold = null)
    {
        Guard.PositiveFinite(interval, nameof(interval));
        if (spikeThreshold is { } threshold)
        {
            Guard.Finite(threshold, nameof(spikeThreshold));
        }

        Interval = interval;
        SpikeThreshold = spikeThreshold;
    }

    /// <summary>The sampling interval.</summary>
    public Duration Interval { get; }

    /// <summary>The upward crossing that counts as a spike; null when spikes are not recorded.</summary>
    public ElectricPotential? SpikeThreshold { get; }

    /// <summary>The number of samples taken so far.</summary>
    public int Count => _axis.Count;

    /// <summary>The number of samples a run of <paramref name="duration"/> takes, its start included: ⌊T/Δs⌋ + 1.</summary>
    /// <param name="duration">The run's length; finite and ≥ 0.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is out of range, or the count exceeds what an array holds.</exception>
    public int SampleCount(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var samples = Math.Floor((duration.Seconds / Interval.Seconds) + 1e-9) + 1;
        return samples <= Array.MaxLength
            ? (int)samples
            : throw Guard.Fail(nameof(duration), duration, $"at most {Guard.Format(Array.MaxLength - 1)} sampling intervals of {Guard.Format(Interval)}");
    }

    /// <summary>Tracks a quantity: <paramref name="read"/> is called at every sample.</summary>
    /// <typeparam name="TQuantity">The quantity.</typeparam>
    /// <param name="name">The series' name, unique in this recorder, e.g. "V" or "[K⁺]o, ischaemia".</param>
    /// <param name="read">Reads the present value.</param>
    /// <returns>The probe, whose <see cref="Probe{TQuantity}.Series"/> holds the samples taken.</returns>
    /// <exception cref="ArgumentException">The name is empty or taken.</exception>
    /// <exception cref="InvalidOperationException">Sampling has begun.</exception>
    public Probe<TQuantity> Track<TQuantity>(string name, Func<TQuantity> read)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        ArgumentNullException.ThrowIfNull(read);
        return Add(new Probe<TQuantity>(this, name, read));
    }

    /// <summary>Tracks a plain number counted in <paramref name="unit"/> (a gate's open fraction: "1").</summary>
    /// <param name="name">The series' name, unique in this recorder.</param>
    /// <param name="unit">The unit's symbol; "1" for a pure number.</param>
    /// <param name="read">Reads the present value.</param>
    /// <returns>The probe, whose <see cref="NumberProbe.Series"/> holds the samples taken.</returns>
    /// <exception cref="ArgumentException">The name or unit is empty, or the name is taken.</exception>
    /// <exception cref="InvalidOperationException">Sampling has begun.</exception>
    public NumberProbe Track(string name, string unit, Func<double> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        ArgumentNullException.ThrowIfNull(read);
        return Add(new NumberProbe(this, name, unit, read));
    }

    /// <summary>Reserves room for <paramref name="samples"/> samples in all, so that sampling does not allocate.</summary>
    /// <param name="samples">The total expected; ≥ 0.</param>
    public void Reserve(int samples)
    {
        if (samples > _axis.Times.Length)
        {
            Resize(samples);
        }
    }

    /// <summary>Records every tracked variable now, as the sample at <paramref name="time"/>.</summary>
    /// <param name="time">The sample's time; finite and not before the previous sample's.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is not finite or goes back.</exception>
    /// <exception cref="NonFiniteStateException">A probe read NaN or ∞.</exception>
    public void Sample(Duration time)
    {
        Guard.Finite(time, nameof(time));
        var count = _axis.Count;
        if (count > 0 && time < _axis.Times[count - 1])
        {
            throw Guard.Fail(nameof(time), time, $"a time not before the previous sample at {Guard.Format(_axis.Times[count - 1])}");
        }

        if (count == _axis.Times.Length)
        {
            Resize(2 * count);
        }

        foreach (var probe in _probes)
        {
            probe.Read(count, time);
        }

        _axis.Times[count] = time;
        _axis.Count = count + 1;
        _axis.Recording = null;
    }

    /// <summary>
    /// Runs an integration from t = 0 for <paramref name="duration"/>, sampling at t = 0 and at every multiple of the
    /// interval (the samples <see cref="SampleCount"/> gives): <paramref name="advance"/>(from, to) must bring the state
    /// the probes read from <c>from</c> to exactly <c>to</c>, e.g.
    /// <c>(from, to) =&gt; integrator.Integrate(ode, y, from, to)</c>.
    /// </summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <param name="advance">Advances the state between two sample times.</param>
    /// <exception cref="InvalidOperationException">The recorder has samples already.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is out of range.</exception>
    /// <exception cref="NonFiniteStateException">A tracked variable became NaN or ∞.</exception>
    public void Run(Duration duration, Action<Duration, Duration> advance)
    {
        ArgumentNullException.ThrowIfNull(advance);
        if (Count > 0)
        {
            throw new InvalidOperationException($"A run from t = 0 needs an empty recorder; this one holds {Count} samples.");
        }

        var samples = SampleCount(duration);
        Reserve(samples);
        var previous = Duration.Zero;
        for (var i = 0; i < samples; i++)
        {
            var t = Duration.FromSeconds(i * Interval.Seconds);
            if (i > 0)
            {
                advance(previous, t);
            }

            Sample(t);
            previous = t;
        }
    }

    /// <summary>Records a spike at <paramref name="time"/> (a simulation does this when <see cref="SpikeThreshold"/> is set).</summary>
    /// <param name="time">When V crossed the threshold; finite.</param>
    public void AddSpike(Duration time)
    {
        Guard.Finite(time, nameof(time));
        _spikes.Add(time);
        _axis.Recording = null;
    }

    /// <summary>What has been recorded so far: every tracked series on the shared time axis, and the spikes.</summary>
    /// <returns>The recording (the same object until the next sample).</returns>
    /// <exception cref="InvalidOperationException">Nothing has been sampled.</exception>
    public Recording ToRecording() => _axis.Recording ??= Build();

    /// <summary>What a <see cref="Simulation"/> knows of the series it tracks: which are gates, which ions' concentrations.</summary>
    internal void Describe(string[] gateNames, Species.Ion[] ions)
    {
        _axis.GateNames = gateNames;
        _axis.Ions = ions;
    }

    private Recording Build()
    {
        if (_axis.Count == 0)
        {
            throw new InvalidOperationException("The recorder has taken no sample yet.");
        }

        if (_axis.Times.Length != _axis.Count)
        {
            Resize(_axis.Count); // trimmed: the axis every series of the recording shares; the next sample reallocates
        }

        var axis = _axis.Times;
        var series = new ITimeSeries[_probes.Count];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = _probes[i].Build(axis);
        }

        return new Recording(axis, series, [.. _spikes], Interval, _axis.GateNames, _axis.Ions);
    }

    private TProbe Add<TProbe>(TProbe probe)
        where TProbe : Probe
    {
        if (_axis.Count > 0)
        {
            throw new InvalidOperationException($"A variable cannot be tracked once sampling has begun ('{probe.Name}' after {_axis.Count} samples).");
        }

        if (_probes.Exists(p => p.Name == probe.Name))
        {
            throw Guard.Invalid("name", $"'{probe.Name}', which is tracked already", "a name unique in the recorder");
        }

        probe.Resize(_axis.Times.Length);
        _probes.Add(probe);
        return probe;
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref _axis.Times, capacity);
        foreach (var probe in _probes)
        {
            probe.Resize(capacity);
        }
    }

    /// <summary>The samples' times and how many there are, and the recording built from them until the next sample.</summary>
    private sealed class Axis
    {
        public Duration[] Times = new Duration[16];
        public int Count;
        public Recording? Recording;
        public string[] GateNames = [];
        public Species.Ion[] Ions = [];
    }

    /// <summary>A tracked variable: reads it into its own array at each sample.</summary>
    public abstract class Probe
    {
        private protected Probe(Recorder recorder, string name)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            Owner = recorder;
            Name = name;
        }

        /// <summary>The series' name.</summary>
        public string Name { get; }

        private protected Recorder Owner { get; }

        internal abstract void Read(int index, Duration time);

        internal abstract void Resize(int capacity);

        internal abstract ITimeSeries Build(Duration[] axis);
    }
}

/// <summary>A quantity a <see cref="Recorder"/> tracks.</summary>
/// <typeparam name="TQuantity">The quantity.</typeparam>
public sealed class Probe<TQuantity> : Recorder.Probe
    where TQuantity : struct, IQuantity<TQuantity>
{
    private readonly Func<TQuantity> _read;
    private readonly Column<TQuantity> _column = new();

    internal Probe(Recorder recorder, string name, Func<TQuantity> read)
        : base(recorder, name)
    {
        _read = read;
    }

    /// <summary>The samples taken so far, on the recorder's time axis.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been sampled.</exception>
    public TimeSeries<TQuantity> Series => (TimeSeries<TQuantity>)Owner.ToRecording().SeriesNamed(Name);

    internal override void Read(int index, Duration time)
    {
        var value = _read();
        if (!double.IsFinite(value.SiValue))
        {
            throw new NonFiniteStateException(Name, time, value.SiValue);
        }

        _column.Values[index] = value;
    }

    internal override void Resize(int capacity) => _column.Resize(capacity);

    internal override ITimeSeries Build(Duration[] axis) => TimeSeries<TQuantity>.OnAxis(Name, axis, _column.Values);
}

/// <summary>A plain number a <see cref="Recorder"/> tracks.</summary>
public sealed class NumberProbe : Recorder.Probe
{
    private readonly Func<double> _read;
    private readonly string _unit;
    private readonly Column<double> _column = new();

    internal NumberProbe(Recorder recorder, string name, string unit, Func<double> read)
        : base(recorder, name)
    {
        _read = read;
        _unit = unit;
    }

    /// <summary>The samples taken so far, on the recorder's time axis.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been sampled.</exception>
    public TimeSeries Series => (TimeSeries)Owner.ToRecording().SeriesNamed(Name);

    internal override void Read(int index, Duration time)
    {
        var value = _read();
        if (!double.IsFinite(value))
        {
            throw new NonFiniteStateException(Name, time, value);
        }

        _column.Values[index] = value;
    }

    internal override void Resize(int capacity) => _column.Resize(capacity);

    internal override ITimeSeries Build(Duration[] axis) => TimeSeries.OnAxis(Name, _unit, axis, _column.Values);
}

/// <summary>A probe's samples (the array a series built now shares, replaced when it must grow).</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class Column<T>
{
    public T[] Values = [];

    public void Resize(int capacity) => Array.Resize(ref Values, capacity);
}
