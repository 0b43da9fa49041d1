using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The running state of an <see cref="Astrocyte"/> inside a <see cref="Simulation"/>: V_g, its cytoplasm's concentrations
/// (indexed like the simulation's ion table) and the K⁺ its buffer holds, and one allocation-free step.
/// </summary>
/// <remarks>
/// One step: every current linearised about the old V_g as I(V′) = G V′ + J (Kir and ohmic leaks with G = g at the old
/// V_g and concentrations; GHK leaks and the pump by their slope), V_g by backward Euler
/// C (V′ − V)/Δt = −Σ (G V′ + J), each ion moved by its current at V′ (the charge the V_g update moved), then the buffer's
/// binding by explicit Euler. For <see cref="Simulation.AdvanceQuasiSteady(Duration, double)"/> it also gives its exact currents at a V_g,
/// the V_g where they balance (<see cref="SteadyPotential"/>) and the rates of its amounts and of the buffer's binding.
/// </remarks>
internal sealed class AstrocyteCompartment
{
    private const double SlopeStep = 1e-5; // V, as the cell's GHK slopes

    private readonly double _area;           // m²
    private readonly double _volume;         // m³
    private readonly double _capacitance;    // F/m²
    private readonly double _thermal;
    private readonly double _faraday;
    private readonly int[] _valence;         // per ion-table index
    private readonly GlialInwardRectifier? _kir;
    private readonly int _k = -1;            // K⁺'s ion-table index
    private readonly int[] _leakIon;
    private readonly bool[] _leakGhk;
    private readonly double[] _leakMaximal;  // S/m² or m/s
    private readonly TransportKinetics? _pump;
    private readonly int[] _pumpIon;
    private readonly double[] _pumpShare;    // outward current of each species per unit cycle rate, A/m² per mol/(m²·s)
    private readonly double[] _pumpInside;
    private readonly double[] _pumpOutside;
    private readonly double[] _current;      // scratch, A/m² per ion
    private readonly GlialPotassiumBuffer? _buffer;
    private readonly string[] _symbols;

    public AstrocyteCompartment(Astrocyte astrocyte, Ion[] ions, double[] outside, double outsideVolume, double thermal, double faraday)
    {
        _area = astrocyte.MembraneArea.SquareMeters;
        _volume = astrocyte.Volume.CubicMeters;
        _capacitance = astrocyte.Capacitance.FaradsPerSquareMeter;
        _thermal = thermal;
        _faraday = faraday;
        V = astrocyte.InitialPotential.Volts;
        Inside = new double[ions.Length];
        Array.Fill(Inside, double.NaN);
        _valence = new int[ions.Length];
        _current = new double[ions.Length];
        _symbols = Array.ConvertAll(ions, x => x.Symbol);
        for (var i = 0; i < ions.Length; i++)
        {
            _valence[i] = ions[i].Valence;
        }

        int Index(Ion ion, string owner)
        {
            var i = Array.IndexOf(ions, ion);
            if (i < 0)
            {
                throw new ArgumentException($"model must have a channel, synapse or transporter involving {ion.Name}, which the astrocyte's {owner} carries; its ions are {string.Join(", ", Array.ConvertAll(ions, x => x.Name))}.", "model");
            }

            if (!astrocyte.Cytoplasm.TryGetConcentration(ion, out var c) || !(c.MolesPerCubicMeter > 0 && double.IsFinite(c.MolesPerCubicMeter)))
            {
                throw new ArgumentException($"model's astrocyte must hold a finite cytoplasmic concentration > 0 of {ion.Name} for its {owner}; its cytoplasm is {astrocyte.Cytoplasm}.", "model");
            }

            Inside[i] = c.MolesPerCubicMeter;
            return i;
        }

        if (astrocyte.Kir is { } kir)
        {
            _kir = kir;
            _k = Index(Ions.Potassium, "Kir channel");
        }

        var leaks = astrocyte.Leaks;
        _leakIon = new int[leaks.Count];
        _leakGhk = new bool[leaks.Count];
        _leakMaximal = new double[leaks.Count];
        for (var l = 0; l < leaks.Count; l++)
        {
            _leakIon[l] = Index(leaks[l].Ion!, $"leak '{leaks[l].Name}'");
            _leakGhk[l] = leaks[l].Law == CurrentLaw.Ghk;
            _leakMaximal[l] = _leakGhk[l] ? leaks[l].MaximalPermeability.MetersPerSecond : leaks[l].MaximalConductance.SiemensPerSquareMeter;
        }

        _pump = astrocyte.Pump;
        var translocations = _pump?.Transporter.Stoichiometry.Translocations ?? [];
        _pumpIon = new int[translocations.Count];
        _pumpShare = new double[translocations.Count];
        _pumpInside = new double[translocations.Count];
        _pumpOutside = new double[translocations.Count];
        for (var s = 0; s < translocations.Count; s++)
        {
            var (species, count) = translocations[s];
            _pumpIon[s] = Index(species, $"transporter '{_pump!.Transporter.Name}'");
            _pumpShare[s] = -count * species.Valence * faraday;
        }

        _buffer = astrocyte.Buffer;
        if (_buffer is not null)
        {
            var k = Array.IndexOf(ions, Ions.Potassium);
            if (k < 0)
            {
                throw new ArgumentException("model must have a channel, synapse or transporter involving K⁺ for the astrocyte's buffer.", "model");
            }

            _k = k;
            Bound = _buffer.BoundAtEquilibrium(Concentration.FromMolesPerCubicMeter(outside[k])).MolesPerCubicMeter * outsideVolume;
        }
    }

    /// <summary>V_g, volts.</summary>
    public double V;

    /// <summary>The cytoplasm's concentrations, mol/m³, per ion-table index; NaN for ions the astrocyte does not carry.</summary>
    public readonly double[] Inside;

    /// <summary>The K⁺ the buffer holds, mol.</summary>
    public double Bound;

    /// <summary>The astrocyte's volume, m³.</summary>
    public double Volume => _volume;

    /// <summary>Whether it has a K⁺ buffer.</summary>
    public bool Buffered => _buffer is not null;

    /// <summary>K⁺'s ion-table index (−1 when neither a Kir channel nor a buffer involves it).</summary>
    public int Potassium => _k;

    /// <summary>
    /// Every current at <paramref name="v"/> exactly (no linearisation), per ion as outward mol/s through the whole
    /// membrane into <paramref name="outwardFlux"/> (indexed like the ion table; zero for ions it does not carry).
    /// </summary>
    /// <returns>The total outward current density, A/m².</returns>
    public double Currents(double v, double[] outside, Span<double> outwardFlux)
    {
        Array.Clear(_current);
        if (_kir is not null)
        {
            var eK = _thermal * Math.Log(outside[_k] / Inside[_k]);
            _current[_k] += _kir.Conductance(v, eK, outside[_k]) * (v - eK);
        }

        for (var l = 0; l < _leakIon.Length; l++)
        {
            var i = _leakIon[l];
            _current[i] += _leakGhk[l]
                ? _leakMaximal[l] * Ghk(i, v, outside)
                : _leakMaximal[l] * (v - (_thermal / _valence[i] * Math.Log(outside[i] / Inside[i])));
        }

        if (_pump is not null)
        {
            var rate = PumpRate(v, outside);
            for (var s = 0; s < _pumpIon.Length; s++)
            {
                _current[_pumpIon[s]] += _pumpShare[s] * rate;
            }
        }

        var total = 0.0;
        for (var i = 0; i < _current.Length; i++)
        {
            total += _current[i];
            outwardFlux[i] = _current[i] * _area / (_valence[i] * _faraday);
        }

        return total;
    }

    /// <summary>
    /// The V_g at which the astrocyte's membrane current vanishes (its quasi-steady potential: Kir and leaks are
    /// instantaneous, it has no injected current), by Brent's method on [−1 V, +1 V] to 1 nV.
    /// </summary>
    /// <exception cref="InvalidOperationException">The current has no zero in [−1 V, +1 V].</exception>
    public double SteadyPotential(double[] outside, Span<double> scratch, double t)
    {
        var f = new NetCurrent(this, outside, scratch);
        double a = -1, b = 1;
        double fa = f.Evaluate(a), fb = f.Evaluate(b);
        if (!(fa <= 0 && fb >= 0))
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The astrocyte's quasi-steady membrane current has no zero between −1 V ({fa:G4} A/m²) and +1 V ({fb:G4} A/m²) at t = {t:G6} s."));
        }

        return BrentRoot.Find(ref f, a, fa, b, fb, 1e-9, "the astrocyte's quasi-steady membrane potential");
    }

    /// <summary>The buffer's binding of K⁺ now, mol/s taken from the extracellular space (zero without a buffer).</summary>
    public double BindingFlux(double[] outside, double outsideVolume) =>
        _buffer is null ? 0 : _buffer.BindingRate(outside[_k], Bound / outsideVolume) * outsideVolume;

    /// <summary>Advances V_g, the ions and the buffer by Δt against the outside concentrations and volume given.</summary>
    /// <exception cref="NonFiniteStateException">V_g or a concentration became non-finite or negative.</exception>
    public void Step(double dt, double[] outside, double outsideVolume, double tNew)
    {
        var v = V;
        double conductance = 0, offset = 0;
        double kirG = 0, kirJ = 0;
        if (_kir is not null)
        {
            var eK = _thermal * Math.Log(outside[_k] / Inside[_k]);
            kirG = _kir.Conductance(v, eK, outside[_k]);
            kirJ = -kirG * eK;
            conductance += kirG;
            offset += kirJ;
        }

        Span<double> leakG = stackalloc double[_leakIon.Length];
        Span<double> leakJ = stackalloc double[_leakIon.Length];
        for (var l = 0; l < _leakIon.Length; l++)
        {
            var i = _leakIon[l];
            if (_leakGhk[l])
            {
                var i0 = _leakMaximal[l] * Ghk(i, v, outside);
                leakG[l] = _leakMaximal[l] * (Ghk(i, v + SlopeStep, outside) - Ghk(i, v - SlopeStep, outside)) / (2 * SlopeStep);
                leakJ[l] = i0 - (leakG[l] * v);
            }
            else
            {
                leakG[l] = _leakMaximal[l];
                leakJ[l] = -_leakMaximal[l] * _thermal / _valence[i] * Math.Log(outside[i] / Inside[i]);
            }

            conductance += leakG[l];
            offset += leakJ[l];
        }

        double rate = 0, slope = 0;
        if (_pump is not null)
        {
            rate = PumpRate(v, outside);
            slope = (PumpRate(v + SlopeStep, outside) - PumpRate(v - SlopeStep, outside)) / (2 * SlopeStep);
            for (var s = 0; s < _pumpIon.Length; s++)
            {
                conductance += _pumpShare[s] * slope;
                offset += _pumpShare[s] * (rate - (slope * v));
            }
        }

        var cOverDt = _capacitance / dt;
        var vNew = ((cOverDt * v) - offset) / (cOverDt + conductance);
        if (!double.IsFinite(vNew))
        {
            throw new NonFiniteStateException("astrocyte V", Duration.FromSeconds(tNew), vNew);
        }

        Array.Clear(_current);
        if (_kir is not null)
        {
            _current[_k] += (kirG * vNew) + kirJ;
        }

        for (var l = 0; l < _leakIon.Length; l++)
        {
            _current[_leakIon[l]] += (leakG[l] * vNew) + leakJ[l];
        }

        for (var s = 0; s < _pumpIon.Length; s++)
        {
            _current[_pumpIon[s]] += _pumpShare[s] * (rate + (slope * (vNew - v)));
        }

        for (var i = 0; i < _current.Length; i++)
        {
            if (_current[i] == 0)
            {
                continue;
            }

            var moles = _current[i] * dt * _area / (_valence[i] * _faraday); // outward
            Inside[i] -= moles / _volume;
            outside[i] += moles / outsideVolume;
            if (!(Inside[i] >= 0 && double.IsFinite(Inside[i])))
            {
                throw new NonFiniteStateException($"astrocyte [{_symbols[i]}]", Duration.FromSeconds(tNew), Inside[i]);
            }
        }

        if (_buffer is not null)
        {
            var binding = dt * BindingFlux(outside, outsideVolume); // mol bound this step
            Bound += binding;
            outside[_k] -= binding / outsideVolume;
        }

        V = vNew;
    }

    private double PumpRate(double v, double[] outside)
    {
        for (var s = 0; s < _pumpIon.Length; s++)
        {
            _pumpInside[s] = Inside[_pumpIon[s]];
            _pumpOutside[s] = outside[_pumpIon[s]];
        }

        return _pump!.Rate(v, _pumpInside, _pumpOutside, _thermal, _faraday);
    }

    /// <summary>The astrocyte's total membrane current at a V_g (the scratch span receives the per-ion fluxes).</summary>
    private readonly ref struct NetCurrent(AstrocyteCompartment a, double[] outside, Span<double> scratch) : IRealFunction
    {
        private readonly Span<double> _scratch = scratch;

        public double Evaluate(double x) => a.Currents(x, outside, _scratch);
    }

    private double Ghk(int i, double v, double[] outside)
    {
        var z = _valence[i];
        return z * _faraday * GhkCurrent.FluxPerPermeability(Inside[i], outside[i], z * v / _thermal);
    }
}
