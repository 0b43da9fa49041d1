using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The whole-cell variant: V, [Na⁺]ᵢ, [K⁺]ᵢ, [Cl⁻]ᵢ and the cell's volume all move. A pump–leak neuron (GHK Na⁺ and K⁺
/// leaks, the Na⁺/K⁺-ATPase, the same ohmic Cl⁻ leak and the same NKCC1 and KCC2 laws as the fixed-V model, osmotic water
/// flow, a bath of fixed composition) run to steady state; E_GABA is reported with HCO₃⁻ beside E_Cl.
/// </summary>
/// <remarks>
/// <para>
/// Structure: the pump–leak model of Tosteson, D. C. and Hoffman, J. F. (1960) <i>J. Gen. Physiol.</i> 44, 169–194 with
/// cation–chloride cotransport, as in Düsterwald, K. M. et al. (2018) <i>eLife</i> 7, e39575 (their KCC2 law; NKCC1 here
/// by the same law), built from the Dynamics layer and advanced by <see cref="Simulation.AdvanceQuasiSteady(Duration, double)"/> (amounts
/// and volume by the adaptive integrator, V where the membrane current vanishes, so charge inside is conserved exactly).
/// Pump: <see cref="SodiumPotassiumAtpaseKinetics.LuoRudy1994"/> (cardiac constants, as in the ischaemia model). The
/// P_Na and P_K of the GHK leaks are not given but derived, as in <see cref="IschaemiaModel"/>: those at which the cell
/// without cotransporters rests at <see cref="RestingPotential"/> with Hille's [Na⁺]ᵢ and [K⁺]ᵢ and [Cl⁻]ᵢ at equilibrium
/// (K⁺ leak = 2 pump cycles, Na⁺ leak = 3). Every run starts from that reference state; the impermeant solutes are set so
/// that it is at osmotic balance.
/// </para>
/// <para>
/// E_GABA is the GHK reversal of a Cl⁻ and HCO₃⁻ conductance, E_GABA = (RT/F) ln(([Cl⁻]ᵢ + r[HCO₃⁻]ᵢ)/([Cl⁻]ₒ + r[HCO₃⁻]ₒ)),
/// r = P_HCO₃/P_Cl = 0.18 (Bormann, J., Hamill, O. P. and Sakmann, B. (1987) <i>J. Physiol.</i> 385, 243–286; the value
/// of <see cref="Synapse.GabaA"/>); GABA_A depolarises where E_GABA lies above V (Kaila, K. (1994) <i>Prog.
/// Neurobiol.</i> 42, 489–537). [HCO₃⁻] 26 mM outside and 16 mM inside (pHᵢ 7.2 against pHₒ 7.4 at one pCO₂: 26 × 10^−0.2;
/// the values of Jedlicka, P. et al. (2011) <i>Hippocampus</i> 21, 885–898) are held fixed by pH regulation, which is not
/// modelled, and left out of the osmotic balance (assumed). Assumed, as in the ischaemia model: P_f = 10⁻³ cm/s. The cell
/// is a sphere of radius 3 × <see cref="VolumePerArea"/> (volume/area = r/3).
/// </para>
/// </remarks>
public sealed partial record ChlorideHomeostasisModel
{
    /// <summary>The whole cell's Na⁺/K⁺-ATPase; default <see cref="SodiumPotassiumAtpaseKinetics.LuoRudy1994"/>. The derived leaks scale with it.</summary>
    public SodiumPotassiumAtpaseKinetics Pump { get; init; } = SodiumPotassiumAtpaseKinetics.LuoRudy1994;

    /// <summary>The whole cell's osmotic water permeability P_f; default 10⁻³ cm/s (assumed); zero holds the volume fixed.</summary>
    public Permeability WaterPermeability { get; init; } = Permeability.FromCentimetersPerSecond(1e-3);

    /// <summary>[HCO₃⁻]ᵢ for E_GABA; default 16 mM (pHᵢ 7.2; Jedlicka et al. 2011).</summary>
    public Concentration BicarbonateInside { get; init; } = Concentration.FromMillimolar(16);

    /// <summary>[HCO₃⁻]ₒ for E_GABA; default 26 mM (Jedlicka et al. 2011).</summary>
    public Concentration BicarbonateOutside { get; init; } = Concentration.FromMillimolar(26);

    /// <summary>P_HCO₃/P_Cl of the GABA_A receptor; default 0.18 (Bormann, Hamill and Sakmann 1987).</summary>
    public double GabaBicarbonatePermeabilityRatio { get; init; } = 0.18;

    /// <summary>
    /// How long the whole cell runs; default 8 h. The immature cell relaxes with a time constant of about 35 min (V, K⁺ and
    /// volume move with Cl⁻), so its values reported as steady are the end of about 13 time constants; at 2 h its [Cl⁻]ᵢ
    /// would still be 0.44 mM short (34.21 against 34.65 mM).
    /// </summary>
    public Duration WholeCellDuration { get; init; } = Duration.FromSeconds(28800);

    /// <summary>The whole cell's time grid (the quasi-steady advance integrates adaptively between samples); default 1 ms.</summary>
    public Duration TimeStep { get; init; } = Duration.FromMilliseconds(1);

    /// <summary>The whole cell's [Cl⁻]ᵢ at the reference state: at equilibrium at <see cref="RestingPotential"/> (10.8 mM by default).</summary>
    public Concentration RestingChloride => Nernst.InsideConcentration(-1, ChlorideOutside, RestingPotential, Temperature);

    /// <summary>E_GABA of a Cl⁻ and HCO₃⁻ conductance (GHK, P_HCO₃/P_Cl = <see cref="GabaBicarbonatePermeabilityRatio"/>) at the given [Cl⁻]ᵢ.</summary>
    /// <param name="chlorideInside">[Cl⁻]ᵢ; finite and &gt; 0.</param>
    /// <returns>E_GABA.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ElectricPotential GabaReversalPotential(Concentration chlorideInside)
    {
        Guard.PositiveFinite(chlorideInside, nameof(chlorideInside));
        return new ChlorideWholeCell(this).GabaReversalPotential(chlorideInside);
    }

    /// <summary>The whole cell's GHK leak permeabilities (P_Na, P_K): those that balance the pump at the reference state.</summary>
    /// <returns>The two permeabilities.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public LeakPermeabilities LeakPermeabilities() => new ChlorideWholeCell(this).LeakPermeabilities;

    /// <summary>The whole cell as a Dynamics description with the given cotransport, at the reference state, to simulate or change further.</summary>
    /// <param name="nkcc1">U_NKCC1; ≥ 0.</param>
    /// <param name="kcc2">U_KCC2; ≥ 0.</param>
    /// <returns>GHK Na⁺ and K⁺ leaks, the ohmic Cl⁻ leak, the pump, NKCC1, KCC2, pools in a bath, osmotic volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CellModel WholeCellModel(MolarFlux nkcc1, MolarFlux kcc2)
    {
        Guard.NonNegativeFinite(nkcc1, nameof(nkcc1));
        Guard.NonNegativeFinite(kcc2, nameof(kcc2));
        return new ChlorideWholeCell(this).CellModel(nkcc1, kcc2);
    }

    /// <summary>Runs the whole cell with the given cotransport from the reference state for <see cref="WholeCellDuration"/>, sampled every <see cref="ChlorideHomeostasisModel.SamplingInterval"/>.</summary>
    /// <param name="label">The run's name.</param>
    /// <param name="nkcc1">U_NKCC1; ≥ 0.</param>
    /// <param name="kcc2">U_KCC2; ≥ 0.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public WholeCellChlorideScenario RunWholeCell(string label, MolarFlux nkcc1, MolarFlux kcc2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Guard.NonNegativeFinite(nkcc1, nameof(nkcc1));
        Guard.NonNegativeFinite(kcc2, nameof(kcc2));
        return Simulate(new ChlorideWholeCell(this), label, nkcc1, kcc2);
    }

    private static WholeCellChlorideScenario Simulate(ChlorideWholeCell cell, string label, MolarFlux nkcc1, MolarFlux kcc2)
    {
        var m = cell.Model;
        var sim = new Simulation(cell.CellModel(nkcc1, kcc2), m.Temperature, m.TimeStep, m.RestingPotential);
        var recorder = new Recorder(m.SamplingInterval);
        var v = recorder.Track($"V, whole cell, {label}", () => sim.Voltage);
        var na = recorder.Track($"[Na⁺]i, whole cell, {label}", () => sim.InsideConcentration(Ions.Sodium));
        var k = recorder.Track($"[K⁺]i, whole cell, {label}", () => sim.InsideConcentration(Ions.Potassium));
        var cl = recorder.Track($"[Cl⁻]i, whole cell, {label}", () => sim.InsideConcentration(Ions.Chloride));
        var volume = recorder.Track($"cell volume, whole cell, {label}", () => sim.InsideVolume);
        var eCl = recorder.Track($"E_Cl, whole cell, {label}", () => m.ChlorideReversalPotential(sim.InsideConcentration(Ions.Chloride)));
        var eGaba = recorder.Track($"E_GABA (Cl⁻ + HCO₃⁻), whole cell, {label}", () => cell.GabaReversalPotential(sim.InsideConcentration(Ions.Chloride)));
        sim.AdvanceQuasiSteady(m.WholeCellDuration, 1e-8, recorder);
        var (vEnd, naEnd, kEnd, clEnd) = (v.Series.Final, na.Series.Final, k.Series.Final, cl.Series.Final);
        return new WholeCellChlorideScenario(
            label,
            v.Series,
            na.Series,
            k.Series,
            cl.Series,
            volume.Series,
            eCl.Series,
            eGaba.Series,
            m.PumpSodiumEfflux(vEnd, naEnd, kEnd),
            m.Nkcc1SodiumInflux(nkcc1, vEnd, naEnd, kEnd, clEnd));
    }

    private MolarFlux PumpSodiumEfflux(ElectricPotential v, Concentration na, Concentration k) =>
        MolarFlux.FromMolesPerSquareMeterSecond(3 * Pump.Current(na, SodiumOutside, k, PotassiumOutside, v, Temperature).AmperesPerSquareMeter / Constants.ConstantSet.Si2019.FaradayConstant);

    private MolarFlux Nkcc1SodiumInflux(MolarFlux u, ElectricPotential v, Concentration na, Concentration k, Concentration cl) =>
        FreeEnergyKinetics.Nkcc1(u).CycleRate([na, k, cl], [SodiumOutside, PotassiumOutside, ChlorideOutside], v, Temperature);

    /// <summary>Checks the whole cell's parameters (once per resolution, by <see cref="ChlorideWholeCell"/>).</summary>
    internal void ValidateWholeCell()
    {
        ArgumentNullException.ThrowIfNull(Pump, nameof(Pump));
        Guard.NonNegativeFinite(WaterPermeability, nameof(WaterPermeability));
        Guard.PositiveFinite(BicarbonateInside, nameof(BicarbonateInside));
        Guard.PositiveFinite(BicarbonateOutside, nameof(BicarbonateOutside));
        Guard.NonNegativeFinite(GabaBicarbonatePermeabilityRatio, nameof(GabaBicarbonatePermeabilityRatio), "ratio");

        Guard.PositiveFinite(TimeStep, nameof(TimeStep));
        Guard.PositiveFinite(WholeCellDuration, nameof(WholeCellDuration));
    }
}
