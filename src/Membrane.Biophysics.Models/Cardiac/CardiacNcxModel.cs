using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The cardiac Na⁺/Ca²⁺ exchanger in diastole: at a diastolic membrane potential, the exchanger's reversal
/// E_NCX = 3E_Na − 2E_Ca, its current (Luo–Rudy 1994) and so its direction and Ca²⁺ extrusion rate, for a normal and a
/// raised [Na⁺]ᵢ (heart failure); and the diastolic decay of [Ca²⁺]ᵢ from a systolic peak with the exchanger as the
/// only Ca²⁺ pathway, which stops where E_NCX reaches V.
/// </summary>
/// <remarks>
/// <para>
/// Exchanger: <see cref="NcxKinetics.LuoRudy1994"/> (Luo, C. H. and Rudy, Y. (1994) <i>Circ. Res.</i> 74, 1071–1096) on a
/// 1 µF/cm² membrane; its stoichiometry and reversal are the Transport layer's (<see cref="Transporters.Ncx"/>).
/// Defaults from Luo and Rudy (1994): 37 °C, [Na⁺]ₒ 140 mM, [Ca²⁺]ₒ 1.8 mM, [Na⁺]ᵢ 10 mM, diastolic [Ca²⁺]ᵢ 0.12 µM,
/// and their cell (radius 11 µm, length 100 µm, capacitive area twice the geometric, myoplasm 68 % of the volume).
/// The raised [Na⁺]ᵢ, 16 mM, is assumed: Luo and Rudy's 10 mM raised by 6 mM, a severe case chosen so that E_NCX
/// reaches the diastolic potential. The rise measured in failing rabbit ventricular myocytes is about half that, 3.1 mM
/// (6.6 ± 0.5 → 9.7 ± 0.7 mM; Despa, S., Islam, M. A., Weber, C. R., Pogwizd, S. M. and Bers, D. M. (2002)
/// <i>Circulation</i> 105, 2543–2548); set <see cref="RaisedSodiumInside"/> to 13.1 mM for it;
/// the diastolic potential −85 mV is typical of ventricular myocytes; the cytosolic Ca²⁺ buffering, 100 bound per
/// free, is the order of magnitude in Bers, D. M. (2001) <i>Excitation–Contraction Coupling and Cardiac Contractile
/// Force</i>, 2nd ed., Kluwer, ch. 3 (treated as a constant ratio). The decay leaves out SERCA, the PMCA and the
/// sarcolemmal Ca²⁺ leak, so it is the exchanger's share alone. Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed record CardiacNcxModel
{
    /// <summary>The model with its defaults.</summary>
    public static CardiacNcxModel Default { get; } = new();

    /// <summary>The temperature; default 37 °C.</summary>
    public Temperature Temperature { get; init; } = Temperature.Body;

    /// <summary>The exchanger's rate law; default <see cref="NcxKinetics.LuoRudy1994"/>.</summary>
    public NcxKinetics Exchanger { get; init; } = NcxKinetics.LuoRudy1994;

    /// <summary>The diastolic membrane potential; default −85 mV.</summary>
    public ElectricPotential DiastolicPotential { get; init; } = ElectricPotential.FromMillivolts(-85);

    /// <summary>[Na⁺]ₒ; default 140 mM (Luo and Rudy 1994).</summary>
    public Concentration SodiumOutside { get; init; } = Concentration.FromMillimolar(140);

    /// <summary>[Ca²⁺]ₒ; default 1.8 mM (Luo and Rudy 1994).</summary>
    public Concentration CalciumOutside { get; init; } = Concentration.FromMillimolar(1.8);

    /// <summary>The normal [Na⁺]ᵢ; default 10 mM (Luo and Rudy 1994).</summary>
    public Concentration NormalSodiumInside { get; init; } = Concentration.FromMillimolar(10);

    /// <summary>The raised [Na⁺]ᵢ of heart failure; default 16 mM (assumed, a severe case: twice the 3.1 mM rise Despa et al. 2002 measured).</summary>
    public Concentration RaisedSodiumInside { get; init; } = Concentration.FromMillimolar(16);

    /// <summary>The diastolic free [Ca²⁺]ᵢ at which direction and rate are reported; default 0.12 µM (Luo and Rudy 1994).</summary>
    public Concentration DiastolicCalcium { get; init; } = Concentration.FromMicromolar(0.12);

    /// <summary>The free [Ca²⁺]ᵢ the diastolic decay starts from (a systolic peak); default 1 µM.</summary>
    public Concentration SystolicCalcium { get; init; } = Concentration.FromMicromolar(1);

    /// <summary>Bound per free cytosolic Ca²⁺, a constant ratio; default 100 (Bers 2001, order of magnitude).</summary>
    public double CalciumBufferingRatio { get; init; } = 100;

    /// <summary>The cell's radius; default 11 µm (Luo and Rudy 1994).</summary>
    public Length CellRadius { get; init; } = Length.FromMicrometers(11);

    /// <summary>The cell's length; default 100 µm (Luo and Rudy 1994).</summary>
    public Length CellLength { get; init; } = Length.FromMicrometers(100);

    /// <summary>How long the diastolic decay runs; default 1 s.</summary>
    public Duration DecayDuration { get; init; } = Duration.FromSeconds(1);

    /// <summary>The sampling interval of the decay; default 5 ms.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromMilliseconds(5);

    /// <summary>
    /// The capacitive membrane area: twice the geometric area of the cylinder (Luo and Rudy 1994). The exchanger's
    /// current density is per this area, Luo and Rudy's µA/µF at their 1 µF/cm².
    /// </summary>
    public Area CapacitiveArea => Area.FromSquareMeters(2 * ((2 * Math.PI * CellRadius.Meters * CellRadius.Meters) + (2 * Math.PI * CellRadius.Meters * CellLength.Meters)));

    /// <summary>The myoplasm's volume, 68 % of the cylinder (Luo and Rudy 1994).</summary>
    public Volume MyoplasmVolume => Volume.FromCubicMeters(0.68 * Math.PI * CellRadius.Meters * CellRadius.Meters * CellLength.Meters);

    /// <summary>Runs the normal and the raised [Na⁺]ᵢ.</summary>
    /// <returns>Both.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CardiacNcxResult Run()
    {
        var cell = new CardiacNcxCell(this);
        return new(RunAt(cell, "normal [Na⁺]i", NormalSodiumInside), RunAt(cell, "heart failure [Na⁺]i", RaisedSodiumInside));
    }

    /// <summary>The exchanger at one [Na⁺]ᵢ: its state at the diastolic [Ca²⁺]ᵢ and the diastolic decay.</summary>
    /// <param name="label">The scenario's name.</param>
    /// <param name="sodiumInside">[Na⁺]ᵢ; finite and &gt; 0.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CardiacNcxScenario RunAt(string label, Concentration sodiumInside)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var cell = new CardiacNcxCell(this);
        Guard.PositiveFinite(sodiumInside, nameof(sodiumInside));
        return RunAt(cell, label, sodiumInside);
    }

    private static CardiacNcxScenario RunAt(CardiacNcxCell cell, string label, Concentration sodiumInside)
    {
        var m = cell.Model;
        var t = m.Temperature;
        var f = ConstantSet.Si2019.FaradayConstant;
        var eNa = cell.SodiumReversalPotential(sodiumInside);
        var conditions = TransportConditions.FromGradients(
            (Ions.Sodium, new IonGradient(sodiumInside, m.SodiumOutside)),
            (Ions.Calcium, new IonGradient(m.DiastolicCalcium, m.CalciumOutside)));
        var reversal = Transporters.Ncx.ReversalPotential(conditions, t)!.Value;
        var current = m.Exchanger.Current(sodiumInside, m.SodiumOutside, m.DiastolicCalcium, m.CalciumOutside, m.DiastolicPotential, t);
        var extrusion = MolarFlux.FromMolesPerSquareMeterSecond(-current.AmperesPerSquareMeter / f); // one Ca²⁺ out per +1 charge in

        // The diastolic decay: d[Ca]free/dt = −J_Ca,out (A/V_myo) / (1 + κ), integrated with the adaptive integrator.
        var ode = cell.Decay(sodiumInside);
        var y = new[] { m.SystolicCalcium.MolesPerCubicMeter };
        var integrator = new AdaptiveIntegrator(1e-8, [1e-12]);
        var recorder = new Recorder(m.SamplingInterval);
        var calcium = recorder.Track($"[Ca²⁺]i, {label}", () => Concentration.FromMolesPerCubicMeter(y[0]));
        var currents = recorder.Track($"I_NCX, {label}", () => m.Exchanger.Current(sodiumInside, m.SodiumOutside, Concentration.FromMolesPerCubicMeter(y[0]), m.CalciumOutside, m.DiastolicPotential, t));
        var reversals = recorder.Track($"E_NCX, {label}", () => (3 * eNa) - (2 * Nernst.Potential(2, Concentration.FromMolesPerCubicMeter(y[0]), m.CalciumOutside, t)));
        recorder.Run(m.DecayDuration, (from, to) => integrator.Integrate(ode, y, from, to));

        return new CardiacNcxScenario(
            label,
            sodiumInside,
            eNa,
            Nernst.Potential(2, m.DiastolicCalcium, m.CalciumOutside, t),
            reversal,
            current,
            extrusion,
            ConcentrationRate.FromMolesPerCubicMeterSecond(extrusion.MolesPerSquareMeterSecond * cell.Area / cell.Volume),
            calcium.Series,
            currents.Series,
            reversals.Series,
            Nernst.InsideConcentration(2, m.CalciumOutside, ((3 * eNa) - m.DiastolicPotential) / 2, t));
    }

    /// <summary>Checks every parameter (once per resolution, by <see cref="CardiacNcxCell"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        ArgumentNullException.ThrowIfNull(Exchanger, nameof(Exchanger));
        Guard.Finite(DiastolicPotential, nameof(DiastolicPotential));
        Guard.PositiveFinite(SodiumOutside, nameof(SodiumOutside));
        Guard.PositiveFinite(CalciumOutside, nameof(CalciumOutside));
        Guard.PositiveFinite(NormalSodiumInside, nameof(NormalSodiumInside));
        Guard.PositiveFinite(RaisedSodiumInside, nameof(RaisedSodiumInside));
        Guard.PositiveFinite(DiastolicCalcium, nameof(DiastolicCalcium));
        Guard.PositiveFinite(SystolicCalcium, nameof(SystolicCalcium));
        Guard.NonNegativeFinite(CalciumBufferingRatio, nameof(CalciumBufferingRatio), "ratio", " of bound to free Ca²⁺");

        Guard.PositiveFinite(CellRadius, nameof(CellRadius));
        Guard.PositiveFinite(CellLength, nameof(CellLength));
        Guard.PositiveFinite(DecayDuration, nameof(DecayDuration));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
    }
}
