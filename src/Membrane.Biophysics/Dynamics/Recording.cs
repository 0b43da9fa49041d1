using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// What a <see cref="Simulation.Run"/> recorded: V, every gate and the concentrations of every ion the channels and
/// synapses involve at a fixed interval (the first sample at the start
/// of the run), the clamp current under a voltage clamp, and the spike times. Immutable and thread-safe.
/// </summary>
public sealed class Recording
{
    private readonly Duration[] _times;
    private readonly ElectricPotential[] _voltages;
    private readonly double[][] _gates;
    private readonly string[] _gateNames;
    private readonly CurrentDensity[] _clamp;
    private readonly Duration[] _spikes;
    private readonly Ion[] _ions;
    private readonly Concentration[][] _inside;
    private readonly Concentration[][] _outside;

    internal Recording(Duration[] times, ElectricPotential[] voltages, string[] gateNames, double[][] gates, CurrentDensity[] clamp, Duration[] spikes, Duration interval, Ion[] ions, Concentration[][] inside, Concentration[][] outside)
    {
        _ions = ions;
        _inside = inside;
        _outside = outside;
        _times = times;
        _voltages = voltages;
        _gateNames = gateNames;
        _gates = gates;
        _clamp = clamp;
        _spikes = spikes;
        Interval = interval;
    }

    /// <summary>The sampling interval.</summary>
    public Duration Interval { get; }

    /// <summary>The sample times.</summary>
    public IReadOnlyList<Duration> Times => _times;

    /// <summary>V = φ_in − φ_out at each sample.</summary>
    public IReadOnlyList<ElectricPotential> Voltages => _voltages;

    /// <summary>The gate names, "channel.gate" (e.g. "Na.m"), in the order of the channels and their gates.</summary>
    public IReadOnlyList<string> GateNames => _gateNames;

    /// <summary>Under a voltage clamp, the ionic current density the clamp supplied at each sample (outward positive); empty otherwise.</summary>
    public IReadOnlyList<CurrentDensity> ClampCurrents => _clamp;

    /// <summary>The times V crossed the spike threshold upward, interpolated linearly within the step.</summary>
    public IReadOnlyList<Duration> SpikeTimes => _spikes;

    /// <summary>A gate's value at each sample.</summary>
    /// <param name="name">"channel.gate", as in <see cref="GateNames"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">No gate has that name.</exception>
    public IReadOnlyList<double> Gate(string name)
    {
        var index = Array.IndexOf(_gateNames, name);
        return index >= 0
            ? _gates[index]
            : throw new ArgumentException($"{nameof(name)} must be one of {string.Join(", ", _gateNames)}; was '{name}'.", nameof(name));
    }

    /// <summary>The ions whose concentrations were recorded.</summary>
    public IReadOnlyList<Ion> Ions => _ions;

    /// <summary>An ion's inside concentration at each sample.</summary>
    /// <param name="ion">One of <see cref="Ions"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">The ion was not recorded.</exception>
    public IReadOnlyList<Concentration> InsideConcentrations(Ion ion) => _inside[IndexOf(ion)];

    /// <summary>An ion's outside concentration at each sample.</summary>
    /// <param name="ion">One of <see cref="Ions"/>.</param>
    /// <returns>The samples.</returns>
    /// <exception cref="ArgumentException">The ion was not recorded.</exception>
    public IReadOnlyList<Concentration> OutsideConcentrations(Ion ion) => _outside[IndexOf(ion)];

    /// <summary>"4001 samples every 0.025 ms over 100 ms; V from -65 mV to 40.1 mV; gates Na.m, Na.h, K.n; 3 spikes", invariant culture.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append(c, $"{_times.Length} samples every {Interval.ToString("G4", c)}");
        if (_times.Length > 0)
        {
            text.Append(c, $" over {(_times[^1] - _times[0]).ToString("G4", c)}");
            var (low, high) = (_voltages[0], _voltages[0]);
            foreach (var v in _voltages)
            {
                (low, high) = (v < low ? v : low, v > high ? v : high);
            }

            text.Append(c, $"; V from {low.ToString("G4", c)} to {high.ToString("G4", c)}");
        }

        if (_gateNames.Length > 0)
        {
            text.Append("; gates ").AppendJoin(", ", _gateNames);
        }

        if (_clamp.Length > 0)
        {
            text.Append("; voltage clamp");
        }

        if (_ions.Length > 0)
        {
            text.Append("; concentrations of ").AppendJoin(", ", Array.ConvertAll(_ions, i => i.Symbol));
        }

        return text.Append(c, $"; {_spikes.Length} spike{(_spikes.Length == 1 ? string.Empty : "s")}").ToString();
    }

    private int IndexOf(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var index = Array.IndexOf(_ions, ion);
        return index >= 0
            ? index
            : throw new ArgumentException($"{nameof(ion)} must be one of the recorded ions ({string.Join(", ", Array.ConvertAll(_ions, i => i.Name))}); was {ion.Name}.", nameof(ion));
    }
}
