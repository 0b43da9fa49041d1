using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>The quasi-steady mode: the slow variables (amounts, volumes) by the adaptive integrator, V and gates slaved to them.</summary>
public sealed partial class Simulation
{
    /// <summary>
    /// Advances only the slow variables — every ion's amount inside (free + bound) and in a closed outside volume, an
    /// osmotic volume, and an astrocyte's (<see cref="CellModel.WithAstrocyte"/>) ions and buffered K⁺ — with the
    /// error-controlled <see cref="AdaptiveIntegrator"/>, holding the fast ones at their quasi-steady values: every gate at
    /// x∞(V), V where the membrane current balances the injected current (or at the clamp command), and the astrocyte's
    /// V_g where its own membrane current vanishes (its Kir channel and leaks are instantaneous). For the minutes-to-hours drift of concentrations (Cl⁻ set by KCC2 and NKCC1, ion loading after a
    /// pump stops), where the fixed-step <see cref="Step"/> would need 10⁷ steps of 10 µs.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Valid when the slow variables change little over the membrane's and gates' time constants (the separation of time
    /// scales of, e.g., Kager, Wadman and Somjen 2000) and the quasi-steady membrane current has one zero: a resting, not a
    /// firing, cell. Synaptic activations are held at their present values; current steps and clamp steps act when they
    /// are on (the advance is split at their edges, each piece integrated with the stimulus in force there).
    /// Amounts are the integrated variables, so what one side loses the other gains to rounding (and water likewise).
    /// V (and V_g) is found by Brent's method on [−1 V, +1 V] to 1 nV. Spikes are not detected. Afterwards the fixed-step
    /// <see cref="Step"/> continues from the new state, with every gate at its steady state.
    /// </para>
    /// <para>Allocates the integrator, one state vector and the list of stimulus edges per call, nothing per step.</para>
    /// </remarks>
    /// <param name="duration">How long; a whole number of time steps Δt (so that <see cref="Time"/> stays on the step grid), ≥ 0.</param>
    /// <param name="relativeTolerance">The integrator's rtol, e.g. 1e-8; each variable's atol is 10⁻² rtol of its starting size.</param>
    /// <returns>What the integrator did: accepted and rejected steps, evaluations.</returns>
    /// <exception cref="InvalidOperationException">The model has no pools, or the membrane current (or the astrocyte's) has no zero in [−1 V, +1 V].</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="NonFiniteStateException">A slow variable's rate became NaN or infinite.</exception>
    public IntegrationStatistics AdvanceQuasiSteady(Duration duration, double relativeTolerance)
    {
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        if (!(relativeTolerance > 0 && relativeTolerance < 1))
        {
            throw Guard.Fail(nameof(relativeTolerance), relativeTolerance.ToString("R", CultureInfo.InvariantCulture), "a number between 0 and 1, e.g. 1e-8");
        }

        return _s.AdvanceQuasiSteady(steps, relativeTolerance);
    }

    /// <summary>
    /// <see cref="AdvanceQuasiSteady(Duration, double)"/> with <paramref name="recorder"/> sampled now and after every
    /// <see cref="Recorder.Interval"/>: the advance is made in pieces of one interval, each integrated as a call of its
    /// own. Spikes are not recorded.
    /// </summary>
    /// <param name="duration">How long; a whole number of time steps Δt, ≥ 0.</param>
    /// <param name="relativeTolerance">The integrator's rtol, e.g. 1e-8.</param>
    /// <param name="recorder">The recorder; its interval a whole number (≥ 1) of steps.</param>
    /// <returns>What the integrator did over all the pieces.</returns>
    /// <exception cref="InvalidOperationException">The model has no pools, or a membrane current has no zero in [−1 V, +1 V].</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="NonFiniteStateException">A slow variable's rate, or a tracked variable, became NaN or infinite.</exception>
    public IntegrationStatistics AdvanceQuasiSteady(Duration duration, double relativeTolerance, Recorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var steps = WholeSteps(duration, nameof(duration), allowZero: true);
        var stride = WholeSteps(recorder.Interval, $"{nameof(recorder)}.{nameof(Recorder.Interval)}", allowZero: false);
        if (!(relativeTolerance > 0 && relativeTolerance < 1))
        {
            throw Guard.Fail(nameof(relativeTolerance), relativeTolerance.ToString("R", CultureInfo.InvariantCulture), "a number between 0 and 1, e.g. 1e-8");
        }

        recorder.Reserve(recorder.Count + recorder.SampleCount(duration));
        recorder.Sample(Time);
        var total = default(IntegrationStatistics);
        for (long done = 0; done < steps;)
        {
            var piece = Math.Min(stride, steps - done);
            var stats = _s.AdvanceQuasiSteady(piece, relativeTolerance);
            total = new IntegrationStatistics(total.AcceptedSteps + stats.AcceptedSteps, total.RejectedSteps + stats.RejectedSteps, total.Evaluations + stats.Evaluations)
            {
                JacobianEvaluations = total.JacobianEvaluations + stats.JacobianEvaluations,
            };
            done += piece;
            if (piece == stride)
            {
                recorder.Sample(Time);
            }
        }

        return total;
    }

    internal sealed partial class State
    {
        public IntegrationStatistics AdvanceQuasiSteady(long steps, double relativeTolerance)
        {
            if (!_pooled)
            {
                throw new InvalidOperationException("The model has no pools (WithPools): it has no slow variables to advance.");
            }

            var slow = new SlowVariables(this);
            if (slow.Dimension == 0)
            {
                StepCount += steps; // pools with no ion and no volume: nothing slow moves
                return default;
            }

            var y = new double[slow.Dimension];
            slow.Read(y);
            var atol = new double[y.Length];
            for (var i = 0; i < y.Length; i++)
            {
                atol[i] = 1e-2 * relativeTolerance * Math.Max(Math.Abs(y[i]), 1e-12);
            }

            // Current steps and clamp steps are constant between their edges: integrate piece by piece, each piece with the
            // stimulus in force inside it, so none is ignored or stepped over and no step straddles a jump.
            double start = StepCount * Dt, end = (StepCount + steps) * Dt;
            var edges = new List<double>();
            _currentSteps.AddEdges(start, end, edges);
            CurrentStepTable.Edges(_clampStart, _clampEnd, start, end, edges);
            edges.Add(end);
            edges.Sort();
            var integrator = new AdaptiveIntegrator(relativeTolerance, atol);
            var from = start;
            foreach (var edge in edges)
            {
                if (edge > from)
                {
                    var middle = 0.5 * (from + edge);
                    slow = slow.During(_currentSteps.At(middle), Clamped ? Command(middle) : double.NaN);
                    integrator.Integrate(slow, y, Duration.FromSeconds(from), Duration.FromSeconds(edge));
                    integrator.ForgetStepSize();
                    from = edge;
                }
            }

            StepCount += steps;
            slow.Apply(y);
            slow = slow.During(_currentSteps.At(end - (0.5 * Dt)), Clamped ? Command(end) : double.NaN);
            V = slow.Potential(end); // as Step() leaves it at t = end
            slow.SettleAstrocyte(end);
            if (Clamped)
            {
                ClampCurrent = TotalCurrent(V);
            }

            return integrator.Statistics;
        }

        /// <summary>The membrane current at <paramref name="v"/> with every gate at its steady state there (gates, G and J are left set for v).</summary>
        private double SteadyStateCurrent(double v)
        {
            for (var k = 0; k < X.Length; k++)
            {
                _kinetics[k].Evaluate(v, out X[k], out _);
            }

            UpdateOpen();
            Linearise(v);
            return TotalCurrent(v);
        }

        /// <summary>The root finder's view of the membrane: I_membrane(V) − I_injected with steady-state gates.</summary>
        private readonly struct NetCurrent(State s, double injected) : IRealFunction
        {
            public double Evaluate(double x) => s.SteadyStateCurrent(x) - injected;
        }

        /// <summary>
        /// The slow variables as an <see cref="IOdeSystem"/>: y = amounts per starting volume (mol/m³) inside for each ion
        /// (free + bound), then outside for each ion when the outside volume is closed, then with an astrocyte its
        /// concentration of each ion it carries (its volume is fixed) and its buffer's K⁺ per starting outside volume, then
        /// V_in/V_in,0 with an osmotic volume. Each evaluation writes y into the state, solves for V (and V_g) and takes
        /// the rates from the currents there.
        /// </summary>
        private readonly struct SlowVariables : IOdeSystem
        {
            private readonly State _s;
            private readonly double _injected;     // A/m², the injected current in force in the present piece
            private readonly double _command;      // V, the clamp command in force in the present piece (NaN when free)
            private readonly double _insideStart;   // V_in,0, m³
            private readonly double _outsideStart;  // V_out,0, m³; +∞ for a bath
            private readonly double[] _bufferTotalStart;
            private readonly int _ions;
            private readonly AstrocyteCompartment? _glia;
            private readonly int[] _gliaIon;       // ion-table indices of the ions the astrocyte carries
            private readonly double[] _gliaFlux;   // scratch: the astrocyte's outward mol/s per ion-table index

            public SlowVariables(State s)
            {
                _s = s;
                _injected = s._currentSteps.At(s.StepCount * s.Dt);
                _command = s.Clamped ? s.Command(s.StepCount * s.Dt) : double.NaN;
                _insideStart = s.InsideVolume;
                _outsideStart = s.OutsideVolume;
                _bufferTotalStart = (double[])s._bufferTotal.Clone();
                _ions = s.IonTable.Length;
                _glia = s.Astrocyte;
                _gliaFlux = new double[_ions];
                var carried = new List<int>();
                for (var i = 0; _glia is not null && i < _ions; i++)
                {
                    if (!double.IsNaN(_glia.Inside[i]))
                    {
                        carried.Add(i);
                    }
                }

                _gliaIon = [.. carried];
                Dimension = (_ions * (s._outsidePooled ? 2 : 1)) + _gliaIon.Length + (_glia is { Buffered: true } ? 1 : 0) + (s._volume is null ? 0 : 1);
            }

            /// <summary>A copy for one piece of the advance, with the injected current and clamp command in force there.</summary>
            private SlowVariables(SlowVariables other, double injected, double command)
            {
                this = other;
                _injected = injected;
                _command = command;
            }

            public int Dimension { get; }

            /// <summary>This system with another injected current (A/m²) and clamp command (V; NaN when free).</summary>
            public SlowVariables During(double injected, double command) => new(this, injected, command);

            private int VolumeIndex => Dimension - 1;

            /// <summary>The first of the astrocyte's variables (the astrocyte exists only with a closed outside volume).</summary>
            private int GliaStart => 2 * _ions;

            private int BoundIndex => GliaStart + _gliaIon.Length;

            public void Read(Span<double> y)
            {
                for (var i = 0; i < _ions; i++)
                {
                    var k = _s._bufferOf[i];
                    y[i] = k < 0 ? _s.IonInside[i] : _s.IonTotal[k];
                    if (_s._outsidePooled)
                    {
                        y[_ions + i] = _s.IonOutside[i];
                    }
                }

                for (var g = 0; g < _gliaIon.Length; g++)
                {
                    y[GliaStart + g] = _glia!.Inside[_gliaIon[g]];
                }

                if (_glia is { Buffered: true })
                {
                    y[BoundIndex] = _glia.Bound / _outsideStart;
                }

                if (_s._volume is not null)
                {
                    y[VolumeIndex] = 1;
                }
            }

            /// <summary>Writes y into the state: concentrations at the volumes y implies, buffers re-equilibrated, A/V updated.</summary>
            public void Apply(ReadOnlySpan<double> y)
            {
                var inside = _s._volume is null ? _insideStart : y[VolumeIndex] * _insideStart;
                var outside = _s._volume is null || !_s._outsidePooled ? _outsideStart : _outsideStart - (inside - _insideStart); // water is conserved
                var diluteIn = _insideStart / inside;
                var diluteOut = _outsideStart / outside;
                for (var i = 0; i < _ions; i++)
                {
                    var k = _s._bufferOf[i];
                    if (k < 0)
                    {
                        _s.IonInside[i] = y[i] * diluteIn;
                    }
                    else
                    {
                        _s.IonTotal[k] = y[i] * diluteIn;
                        _s._bufferTotal[k] = _bufferTotalStart[k] * diluteIn;
                        _s.IonInside[i] = FastBuffer.FreeConcentration(_s.IonTotal[k], _s._bufferTotal[k], _s._bufferKd[k]);
                    }

                    if (_s._outsidePooled)
                    {
                        _s.IonOutside[i] = y[_ions + i] * diluteOut;
                    }
                }

                for (var g = 0; g < _gliaIon.Length; g++)
                {
                    _glia!.Inside[_gliaIon[g]] = y[GliaStart + g];
                }

                if (_glia is { Buffered: true })
                {
                    _glia.Bound = y[BoundIndex] * _outsideStart;
                }

                _s.InsideVolume = inside;
                _s.OutsideVolume = outside;
                _s._areaOverInside = _s._area / inside;
                _s._areaOverOutside = _s._outsidePooled ? _s._area / outside : 0;
                _s._volume?.SetVolumes(inside, outside);
            }

            /// <summary>V at time t for the state as applied: the clamp command in force, or the zero of the net membrane current (G and J left set there).</summary>
            public double Potential(double t)
            {
                if (_s.Clamped)
                {
                    _s.SteadyStateCurrent(_command);
                    return _command;
                }

                var f = new NetCurrent(_s, _injected);
                double a = -1, b = 1;
                double fa = f.Evaluate(a), fb = f.Evaluate(b);
                if (fa == 0 && fb == 0)
                {
                    _s.SteadyStateCurrent(_s.V); // no current depends on V (electroneutral movers only): V stays where it is
                    return _s.V;
                }

                if (!(fa <= 0 && fb >= 0))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The quasi-steady membrane current has no zero between −1 V ({fa:G4} A/m²) and +1 V ({fb:G4} A/m²) at t = {t:G6} s."));
                }

                var v = BrentRoot.Find(ref f, a, fa, b, fb, 1e-9, "the quasi-steady membrane potential");
                _s.SteadyStateCurrent(v);
                return v;
            }

            /// <summary>Sets the astrocyte's V_g where its membrane current vanishes at the state as applied (nothing without one).</summary>
            public void SettleAstrocyte(double t)
            {
                if (_glia is not null)
                {
                    _glia.V = _glia.SteadyPotential(_s.IonOutside, _gliaFlux, t);
                }
            }

            public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
            {
                Apply(state);
                var v = Potential(time);
                _s.V = v;
                SettleAstrocyte(time);
                Array.Clear(_s._ionCurrent);
                for (var b = 0; b < _s._g.Length; b++)
                {
                    if (_s._ion[b] >= 0)
                    {
                        _s._ionCurrent[_s._ion[b]] += (_s._g[b] * v) + _s._j[b];
                    }
                }

                for (var i = 0; i < _ions; i++)
                {
                    var outward = _s._ionCurrent[i] * _s._area / (_s._ionValence[i] * _s._faraday); // mol/s leaving the cell
                    rates[i] = -outward / _insideStart;
                    if (_s._outsidePooled)
                    {
                        rates[_ions + i] = outward / _outsideStart;
                    }
                }

                for (var u = 0; u < _s._uptakeIon.Length; u++)
                {
                    var c = _s.IonOutside[_s._uptakeIon[u]];
                    rates[_ions + _s._uptakeIon[u]] -= _s._area * _s._uptakeMax[u] * ((c / (c + _s._uptakeHalf[u])) - _s._uptakeBaseline[u]) / _outsideStart;
                }

                if (_glia is not null)
                {
                    _glia.Currents(_glia.V, _s.IonOutside, _gliaFlux);
                    for (var g = 0; g < _gliaIon.Length; g++)
                    {
                        var i = _gliaIon[g];
                        rates[GliaStart + g] = -_gliaFlux[i] / _glia.Volume;
                        rates[_ions + i] += _gliaFlux[i] / _outsideStart;
                    }

                    if (_glia.Buffered)
                    {
                        var binding = _glia.BindingFlux(_s.IonOutside, _s.OutsideVolume) / _outsideStart;
                        rates[BoundIndex] = binding;
                        rates[_ions + _glia.Potassium] -= binding;
                    }
                }

                if (_s._volume is not null)
                {
                    rates[VolumeIndex] = _s._volume.Inflow(_s.IonInside, _s.IonOutside) / _insideStart;
                }
            }

            public string VariableName(int index) =>
                index < _ions ? $"[{_s.IonTable[index].Symbol}]i (amount per starting volume)"
                : index < 2 * _ions && _s._outsidePooled ? $"[{_s.IonTable[index - _ions].Symbol}]o (amount per starting volume)"
                : _glia is not null && index < BoundIndex ? $"astrocyte [{_s.IonTable[_gliaIon[index - GliaStart]].Symbol}]"
                : _glia is { Buffered: true } && index == BoundIndex ? "astrocyte buffer's K⁺ (per starting outside volume)"
                : "V_in/V_in,0";
        }
    }
}
