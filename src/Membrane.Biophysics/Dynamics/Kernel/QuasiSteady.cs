using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The quasi-steady mode of a lone cell (compartment 0) and its astrocyte (<see cref="Simulation.AdvanceQuasiSteady(Duration, double)"/>):
/// the slow variables — every ion's amount inside (free + bound) and in a closed outside volume, an osmotic volume, the
/// astrocyte's ions and buffered K⁺ — by the error-controlled <see cref="AdaptiveIntegrator"/>, the fast ones held at
/// their quasi-steady values: every gate at x∞(V), V where the membrane current balances the injected current (or at
/// the clamp command), V_g where the astrocyte's current vanishes; both found by Brent's method on [−1 V, +1 V] to 1 nV.
/// The currents come from the kernel's own branches, linearised at the V they are evaluated at (where G V + J is the
/// exact current).
/// </summary>
internal sealed class QuasiSteady
{
    private readonly CompartmentKernel _k;

    /// <summary>The quasi-steady mode of the kernel's compartment 0.</summary>
    public QuasiSteady(CompartmentKernel kernel)
    {
        _k = kernel;
    }

    /// <summary>Advances the slow variables by <paramref name="steps"/> time steps (the fixed-step clock moves with them).</summary>
    /// <exception cref="InvalidOperationException">The cell has no pools, or a membrane current has no zero in [−1 V, +1 V].</exception>
    public IntegrationStatistics Advance(long steps, double relativeTolerance)
    {
        var k = _k;
        if (!k.Pools.Pooled[0])
        {
            throw new InvalidOperationException("The model has no pools (WithPools): it has no slow variables to advance.");
        }

        var slow = new SlowVariables(this);
        if (slow.Dimension == 0)
        {
            k.StepCount += steps; // pools with no ion and no volume: nothing slow moves
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
        double start = k.StepCount * k.Dt, end = (k.StepCount + steps) * k.Dt;
        var edges = new List<double>();
        k.AddStimulusEdges(0, start, end, edges);
        edges.Add(end);
        edges.Sort();
        var clamped = k.Clamp.IsClamped(0);
        var integrator = new AdaptiveIntegrator(relativeTolerance, atol);
        var from = start;
        foreach (var edge in edges)
        {
            if (edge > from)
            {
                var middle = 0.5 * (from + edge);
                slow = slow.During(k.InjectedAt(0, middle), clamped ? k.Clamp.Command(0, middle) : double.NaN);
                integrator.Integrate(slow, y, Duration.FromSeconds(from), Duration.FromSeconds(edge));
                integrator.ForgetStepSize();
                from = edge;
            }
        }

        k.StepCount += steps;
        slow.Apply(y);
        slow = slow.During(k.InjectedAt(0, end - (0.5 * k.Dt)), clamped ? k.Clamp.Command(0, end) : double.NaN);
        k.V[0] = slow.Potential(end); // as Step() leaves it at t = end
        slow.SettleAstrocyte(end);
        if (clamped)
        {
            k.Clamp.Current[0] = k.TotalCurrent(0, k.V[0]);
        }

        return integrator.Statistics;
    }

    /// <summary>The cell's membrane current at <paramref name="v"/> with every gate at its steady state there (gates, G and J are left set for v).</summary>
    private double SteadyStateCurrent(double v)
    {
        foreach (var block in _k.Gates)
        {
            for (var i = 0; i < block.Count; i++)
            {
                block.SetSteadyState(i, v);
            }
        }

        return CurrentAt(0, v);
    }

    /// <summary>A compartment's membrane current at <paramref name="v"/> from its branches linearised there (G, J left set).</summary>
    private double CurrentAt(int site, double v)
    {
        _k.LinearisedAt[site] = v;
        _k.Linearise(site, site + 1);
        return _k.TotalCurrent(site, v);
    }

    /// <summary>Each ion's outward current density at a compartment for the branches as last linearised, at <paramref name="v"/>.</summary>
    private void IonCurrents(int site, double v)
    {
        var pools = _k.Pools;
        Array.Clear(pools.IonCurrent, site * pools.Ions, pools.Ions);
        _k.NewVoltage[site] = v;
        foreach (var group in _k.Branches)
        {
            group.AddIonCurrents(pools.IonCurrent, pools.Ions, _k.NewVoltage, site, site + 1);
        }
    }

    /// <summary>The root finder's view of the membrane: I_membrane(V) − I_injected with steady-state gates.</summary>
    private readonly struct NetCurrent(QuasiSteady q, double injected) : IRealFunction
    {
        public double Evaluate(double x) => q.SteadyStateCurrent(x) - injected;
    }

    /// <summary>The astrocyte's membrane current at a V_g.</summary>
    private readonly struct AstrocyteCurrent(QuasiSteady q, int site) : IRealFunction
    {
        public double Evaluate(double x) => q.CurrentAt(site, x);
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
        private readonly QuasiSteady _q;
        private readonly CompartmentKernel _k;
        private readonly double _injected;     // A/m², the injected current in force in the present piece
        private readonly double _command;      // V, the clamp command in force in the present piece (NaN when free)
        private readonly double _insideStart;   // V_in,0, m³
        private readonly double _outsideStart;  // V_out,0, m³; +∞ for a bath
        private readonly double[] _bufferTotalStart;
        private readonly int _ions;
        private readonly bool _outsidePooled;
        private readonly int _glia;            // the astrocyte's site, −1 without one
        private readonly int[] _gliaIon;       // ion-table indices of the ions the astrocyte carries

        public SlowVariables(QuasiSteady q)
        {
            _q = q;
            var k = _k = q._k;
            _injected = k.InjectedAt(0, k.StepCount * k.Dt);
            _command = k.Clamp.IsClamped(0) ? k.Clamp.Command(0, k.StepCount * k.Dt) : double.NaN;
            _insideStart = k.Pools.InsideVolume[0];
            _outsideStart = k.Pools.OutsideVolume[0];
            _bufferTotalStart = (double[])k.Pools.Buffer.Total.Clone();
            _ions = k.Pools.Ions;
            _outsidePooled = k.Pools.OutsidePooled[0];
            _glia = k.AstrocyteOf[0];
            var carried = new List<int>();
            for (var i = 0; _glia >= 0 && i < _ions; i++)
            {
                if (k.Pools.Involves[(_glia * _ions) + i])
                {
                    carried.Add(i);
                }
            }

            _gliaIon = [.. carried];
            Dimension = (_ions * (_outsidePooled ? 2 : 1)) + _gliaIon.Length + (_glia >= 0 && k.Glia!.Buffered(_glia) ? 1 : 0) + (k.Pools.Water[0] is null ? 0 : 1);
        }

        /// <summary>A copy for one piece of the advance, with the injected current and clamp command in force there.</summary>
        private SlowVariables(SlowVariables other, double injected, double command)
        {
            this = other;
            _injected = injected;
            _command = command;
        }

        public int Dimension { get; }

        private bool Buffered => _glia >= 0 && _k.Glia!.Buffered(_glia);

        /// <summary>This system with another injected current (A/m²) and clamp command (V; NaN when free).</summary>
        public SlowVariables During(double injected, double command) => new(this, injected, command);

        private int VolumeIndex => Dimension - 1;

        /// <summary>The first of the astrocyte's variables (the astrocyte exists only with a closed outside volume).</summary>
        private int GliaStart => 2 * _ions;

        private int BoundIndex => GliaStart + _gliaIon.Length;

        public void Read(Span<double> y)
        {
            var pools = _k.Pools;
            for (var i = 0; i < _ions; i++)
            {
                var b = pools.BufferOf[i];
                y[i] = b < 0 ? pools.InsideAt(0, i) : pools.Buffer.IonTotal[b];
                if (_outsidePooled)
                {
                    y[_ions + i] = pools.OutsideAt(0, i);
                }
            }

            for (var g = 0; g < _gliaIon.Length; g++)
            {
                y[GliaStart + g] = pools.InsideAt(_glia, _gliaIon[g]);
            }

            if (Buffered)
            {
                y[BoundIndex] = _k.Glia!.Bound[_glia - _k.Cells] / _outsideStart;
            }

            if (pools.Water[0] is not null)
            {
                y[VolumeIndex] = 1;
            }
        }

        /// <summary>Writes y into the state: concentrations at the volumes y implies, buffers re-equilibrated, A/V updated.</summary>
        public void Apply(ReadOnlySpan<double> y)
        {
            var pools = _k.Pools;
            var water = pools.Water[0];
            var inside = water is null ? _insideStart : y[VolumeIndex] * _insideStart;
            var outside = water is null || !_outsidePooled ? _outsideStart : _outsideStart - (inside - _insideStart); // water is conserved
            var diluteIn = _insideStart / inside;
            var diluteOut = _outsideStart / outside;
            for (var i = 0; i < _ions; i++)
            {
                var b = pools.BufferOf[i];
                if (b < 0)
                {
                    pools.Inside[i] = y[i] * diluteIn;
                }
                else
                {
                    pools.Buffer.IonTotal[b] = y[i] * diluteIn;
                    pools.Buffer.Total[b] = _bufferTotalStart[b] * diluteIn;
                    pools.Inside[i] = FastBuffer.FreeConcentration(pools.Buffer.IonTotal[b], pools.Buffer.Total[b], pools.Buffer.Dissociation[b]);
                }

                if (_outsidePooled)
                {
                    pools.Outside[i] = y[_ions + i] * diluteOut;
                }
            }

            for (var g = 0; g < _gliaIon.Length; g++)
            {
                pools.Inside[(_glia * _ions) + _gliaIon[g]] = y[GliaStart + g];
            }

            if (Buffered)
            {
                _k.Glia!.Bound[_glia - _k.Cells] = y[BoundIndex] * _outsideStart;
            }

            pools.SetVolumes(0, inside, outside);
            water?.SetVolumes(inside, outside);
        }

        /// <summary>V at time t for the state as applied: the clamp command in force, or the zero of the net membrane current (G and J left set there).</summary>
        public double Potential(double t)
        {
            if (_k.Clamp.IsClamped(0))
            {
                _q.SteadyStateCurrent(_command);
                return _command;
            }

            var f = new NetCurrent(_q, _injected);
            double a = -1, b = 1;
            double fa = f.Evaluate(a), fb = f.Evaluate(b);
            if (fa == 0 && fb == 0)
            {
                _q.SteadyStateCurrent(_k.V[0]); // no current depends on V (electroneutral movers only): V stays where it is
                return _k.V[0];
            }

            if (!(fa <= 0 && fb >= 0))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The quasi-steady membrane current has no zero between −1 V ({fa:G4} A/m²) and +1 V ({fb:G4} A/m²) at t = {t:G6} s."));
            }

            var v = BrentRoot.Find(ref f, a, fa, b, fb, 1e-9, "the quasi-steady membrane potential");
            _q.SteadyStateCurrent(v);
            return v;
        }

        /// <summary>Sets the astrocyte's V_g where its membrane current vanishes at the state as applied (nothing without one).</summary>
        public void SettleAstrocyte(double t)
        {
            if (_glia < 0)
            {
                return;
            }

            var f = new AstrocyteCurrent(_q, _glia);
            double a = -1, b = 1;
            double fa = f.Evaluate(a), fb = f.Evaluate(b);
            if (!(fa <= 0 && fb >= 0))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The astrocyte's quasi-steady membrane current has no zero between −1 V ({fa:G4} A/m²) and +1 V ({fb:G4} A/m²) at t = {t:G6} s."));
            }

            _k.V[_glia] = BrentRoot.Find(ref f, a, fa, b, fb, 1e-9, "the astrocyte's quasi-steady membrane potential");
        }

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            Apply(state);
            var v = Potential(time);
            _k.V[0] = v;
            SettleAstrocyte(time);
            var pools = _k.Pools;
            _q.IonCurrents(0, v);
            var area = pools.Area[0];
            for (var i = 0; i < _ions; i++)
            {
                var outward = pools.IonCurrent[i] * area / (pools.Valence[i] * _k.Faraday); // mol/s leaving the cell
                rates[i] = -outward / _insideStart;
                if (_outsidePooled)
                {
                    rates[_ions + i] = outward / _outsideStart;
                }
            }

            var uptake = pools.Uptake;
            for (var u = 0; u < uptake.Site.Length; u++)
            {
                var c = pools.OutsideAt(0, uptake.Ion[u]);
                rates[_ions + uptake.Ion[u]] -= area * uptake.Maximal[u] * ((c / (c + uptake.Half[u])) - uptake.Baseline[u]) / _outsideStart;
            }

            if (_glia >= 0)
            {
                var vg = _k.V[_glia];
                _q.CurrentAt(_glia, vg);
                _q.IonCurrents(_glia, vg);
                var gliaArea = pools.Area[_glia];
                var gliaVolume = pools.InsideVolume[_glia];
                for (var g = 0; g < _gliaIon.Length; g++)
                {
                    var i = _gliaIon[g];
                    var flux = pools.IonCurrent[(_glia * _ions) + i] * gliaArea / (pools.Valence[i] * _k.Faraday); // mol/s leaving the astrocyte
                    rates[GliaStart + g] = -flux / gliaVolume;
                    rates[_ions + i] += flux / _outsideStart;
                }

                if (Buffered)
                {
                    var binding = _k.Glia!.BindingFlux(_glia) / _outsideStart;
                    rates[BoundIndex] = binding;
                    rates[_ions + _k.Glia.Potassium] -= binding;
                }
            }

            if (pools.Water[0] is { } water)
            {
                rates[VolumeIndex] = water.Inflow(pools.Inside.AsSpan(0, _ions), pools.Outside.AsSpan(0, _ions)) / _insideStart;
            }
        }

        public string VariableName(int index) =>
            index < _ions ? $"[{_k.Pools.Table[index].Symbol}]i (amount per starting volume)"
            : index < 2 * _ions && _outsidePooled ? $"[{_k.Pools.Table[index - _ions].Symbol}]o (amount per starting volume)"
            : _glia >= 0 && index < BoundIndex ? $"astrocyte [{_k.Pools.Table[_gliaIon[index - GliaStart]].Symbol}]"
            : Buffered && index == BoundIndex ? "astrocyte buffer's K⁺ (per starting outside volume)"
            : "V_in/V_in,0";
    }
}
