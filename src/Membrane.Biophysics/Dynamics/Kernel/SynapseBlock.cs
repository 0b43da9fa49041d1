using System;
using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The ligand-gated synapses of every compartment: each synapse's activation s(t), advanced exactly over a step with
/// each presynaptic event entering at its own time within it, structure of arrays with the events flattened.
/// </summary>
/// <remarks>
/// An alpha synapse, s = (t/τ) e^(1 − t/τ) per event, is the pair a′ = −a/τ, b′ = (a − b)/τ (s = b), whose exact
/// step is b(t + Δt) = e^(−Δt/τ)(b + aΔt/τ), a(t + Δt) = e^(−Δt/τ) a; a double exponential, s = N(e^(−t/τ_d) − e^(−t/τ_r)),
/// the difference of two decays; an event at t_e &lt; t adds its own contribution at t exactly (Destexhe, A.,
/// Mainen, Z. F. and Sejnowski, T. J. (1994) <i>J. Comput. Neurosci.</i> 1, 195–230, for the kinetic forms;
/// <see cref="SynapticKinetics"/> for the normalisations).
/// </remarks>
internal sealed class SynapseBlock
{
    private readonly SynapticTimeCourse[] _shape;
    private readonly double[] _norm;
    private readonly double[] _tauDecay;
    private readonly double[] _tauRise;
    private readonly double[] _decayStep;   // e^(−Δt/τ_decay)
    private readonly double[] _riseStep;    // e^(−Δt/τ_rise)
    private readonly double[] _a;           // alpha: a; bi-exponential: decaying component
    private readonly double[] _b;           // alpha: b (= s); bi-exponential: rising component
    private readonly int[] _eventStart;     // per synapse, its first event; length Count + 1
    private readonly int[] _cursor;
    private readonly double[] _events;      // s
    private readonly double _dt;

    /// <summary>Compiles the synaptic inputs, each with its compartment (in order of compartment).</summary>
    public SynapseBlock(IReadOnlyList<(int Site, SynapticInput Input)> inputs, double dt)
    {
        _dt = dt;
        var n = inputs.Count;
        Site = new int[n];
        Synapses = new Synapse[n];
        Names = new string[n];
        _shape = new SynapticTimeCourse[n];
        _norm = new double[n];
        _tauDecay = new double[n];
        _tauRise = new double[n];
        _decayStep = new double[n];
        _riseStep = new double[n];
        _a = new double[n];
        _b = new double[n];
        S = new double[n];
        _eventStart = new int[n + 1];
        _cursor = new int[n];
        var events = 0;
        foreach (var (_, input) in inputs)
        {
            events += input.Events.Count;
        }

        _events = new double[events];
        events = 0;
        for (var i = 0; i < n; i++)
        {
            var (site, input) = inputs[i];
            var synapse = input.Synapse;
            var k = synapse.Kinetics;
            Site[i] = site;
            Synapses[i] = synapse;
            Names[i] = synapse.Name;
            _shape[i] = k.Shape;
            _norm[i] = k.Normalisation;
            _tauDecay[i] = k.Decay.Seconds;
            _tauRise[i] = k.Rise.Seconds;
            _decayStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Decay.Seconds);
            _riseStep[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : Math.Exp(-dt / k.Rise.Seconds);
            S[i] = k.Shape == SynapticTimeCourse.Constant ? 1 : 0;
            _eventStart[i] = events;
            _cursor[i] = events;
            foreach (var e in input.Events)
            {
                _events[events++] = e.Seconds;
            }
        }

        _eventStart[n] = events;
    }

    /// <summary>Each synapse's compartment.</summary>
    public int[] Site { get; }

    /// <summary>Each synapse.</summary>
    public Synapse[] Synapses { get; }

    /// <summary>Each synapse's name, for messages.</summary>
    public string[] Names { get; }

    /// <summary>Each synapse's activation s, 0 … 1.</summary>
    public double[] S { get; }

    /// <summary>The number of synapses.</summary>
    public int Count => S.Length;

    /// <summary>Advances the synapses of compartments [from, to) exactly to <paramref name="tNew"/> and adds the events of this step at their exact times.</summary>
    public void Advance(double tNew, int from, int to)
    {
        for (var i = Sorted.LowerBound(Site, from); i < S.Length && Site[i] < to; i++)
        {
            var shape = _shape[i];
            if (shape == SynapticTimeCourse.Constant)
            {
                continue;
            }

            var tau = _tauDecay[i];
            if (shape == SynapticTimeCourse.Alpha)
            {
                // a' = −a/τ, b' = (a − b)/τ: b(t+Δt) = e^(−Δt/τ) (b + a Δt/τ), a(t+Δt) = e^(−Δt/τ) a
                _b[i] = (_b[i] + (_a[i] * _dt / tau)) * _decayStep[i];
                _a[i] *= _decayStep[i];
            }
            else
            {
                _a[i] *= _decayStep[i];
                _b[i] *= _riseStep[i];
            }

            var end = _eventStart[i + 1];
            while (_cursor[i] < end && _events[_cursor[i]] < tNew)
            {
                var delta = tNew - _events[_cursor[i]++];
                var decay = Math.Exp(-delta / tau);
                _a[i] += _norm[i] * decay;
                _b[i] += shape == SynapticTimeCourse.Alpha
                    ? _norm[i] * (delta / tau) * decay
                    : _norm[i] * Math.Exp(-delta / _tauRise[i]);
            }

            S[i] = shape == SynapticTimeCourse.Alpha ? _b[i] : _a[i] - _b[i];
        }
    }

    /// <summary>Throws when an activation is not finite.</summary>
    /// <exception cref="NonFiniteStateException">The first synapse whose s is NaN or ∞.</exception>
    public void Check(double t)
    {
        for (var i = 0; i < S.Length; i++)
        {
            if (!double.IsFinite(S[i]))
            {
                throw new NonFiniteStateException($"synapse {Names[i]}", Duration.FromSeconds(t), S[i]);
            }
        }
    }
}
