using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// The somatic voltage-gated channels of the pyramidal cell of Gentiletti et al. (2022): transient Na⁺ (m³h), persistent
/// Na⁺ (m²h) and delayed-rectifier K⁺ (n⁴), the set of the Kager–Wadman–Somjen line of ion-concentration models
/// (I_Na,T, I_Na,P, I_K,DR) with published, retrievable kinetics. Every channel is ohmic with the Nernst potential of its
/// ion's live concentrations.
/// </summary>
/// <remarks>
/// <para>
/// Gentiletti, D., de Curtis, M., Gnatkovsky, V. and Suffczynski, P. (2022) Focal seizures are organized by feedback
/// between neural activity and ion concentration changes. <i>eLife</i> 11, e68541; the model's NEURON files, ModelDB
/// 267499 (commit b30b1d4 of ModelDBRepository/267499): <c>pnas.mod</c> (transient Na⁺, ḡ = 0.014 S/cm²),
/// <c>nap.mod</c> (persistent Na⁺, ḡ = 0.0006 S/cm², h's τ fitted to Magistretti et al. 1999), <c>pkdrs.mod</c>
/// (delayed rectifier, ḡ = 0.032 S/cm²), all at 32 °C (<c>celsius = 32</c> in <c>init.hoc</c>) with no temperature
/// factor: Q10 = 1 here, so the rates are the published ones at any temperature. Their pump and K⁺ buffer are Kager,
/// Wadman and Somjen's (2000, <i>J. Neurophysiol.</i> 84, 495–512), whose own channel equations we could not retrieve;
/// this is the nearest published set of the same three currents that we could read and check.
/// </para>
/// <para>
/// Rates of the form a·x/(1 − e^(−x/k)) are evaluated through B(u) = u/(1 − e^(−u)), smooth through their removable
/// singularities (as <see cref="HodgkinHuxley1952"/>); <c>pkdrs.mod</c>'s 0.016 e^(V/5)(64.9 + V)/(e^(V/5) − 2.30599·10⁻⁶)
/// is the same form, since 2.30599·10⁻⁶ = e^(−64.9/5) to the digits printed. NEURON's 1-mV lookup tables are not
/// reproduced (the functions are evaluated exactly). The persistent Na⁺ h's τ jumps at −60 mV, as published. Immutable
/// and thread-safe.
/// </para>
/// </remarks>
public static class Gentiletti2022
{
    private const double PerMillisecond = 1000.0;

    /// <summary>The temperature the model was run at, 32 °C (the rates carry no temperature factor).</summary>
    public static Temperature ReferenceTemperature { get; } = Temperature.FromDegreesCelsius(32);

    /// <summary>ḡ of the transient Na⁺ channel at the soma, 14 mS/cm² (<c>pnas.mod</c>).</summary>
    public static ConductanceDensity TransientSodiumConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(14);

    /// <summary>ḡ of the persistent Na⁺ channel, 0.6 mS/cm² (<c>nap.mod</c>).</summary>
    public static ConductanceDensity PersistentSodiumConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.6);

    /// <summary>ḡ of the delayed-rectifier K⁺ channel at the soma, 32 mS/cm² (<c>pkdrs.mod</c>).</summary>
    public static ConductanceDensity DelayedRectifierConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(32);

    /// <summary>The transient Na⁺ activation m: α/β of <c>pnas.mod</c>.</summary>
    public static AlphaBetaKinetics TransientSodiumActivation { get; } = new(AlphaM, BetaM, 1, ReferenceTemperature);

    /// <summary>The transient Na⁺ inactivation h: α/β of <c>pnas.mod</c>.</summary>
    public static AlphaBetaKinetics TransientSodiumInactivation { get; } = new(AlphaH, BetaH, 1, ReferenceTemperature);

    /// <summary>The persistent Na⁺ activation: m∞ = 1/(1 + e^(−(V + 48.7)/4.4)), τ_m of <c>nap.mod</c>.</summary>
    public static SteadyStateTauKinetics PersistentSodiumActivation { get; } = new(
        v => 1.0 / (1.0 + Math.Exp(-(v.Millivolts + 48.7) / 4.4)),
        v => Duration.FromMilliseconds(PersistentTau(v.Millivolts + 38.0)),
        1,
        ReferenceTemperature);

    /// <summary>The persistent Na⁺ inactivation: h∞ = 1/(1 + e^((V + 48.8)/9.98)), τ_h in seconds (Magistretti et al. 1999's fit in <c>nap.mod</c>).</summary>
    public static SteadyStateTauKinetics PersistentSodiumInactivation { get; } = new(
        v => 1.0 / (1.0 + Math.Exp((v.Millivolts + 48.8) / 9.98)),
        v => Duration.FromMilliseconds(PersistentInactivationTau(v.Millivolts)),
        1,
        ReferenceTemperature);

    /// <summary>The delayed-rectifier activation n: n∞ = 1/(1 + e^((−V − 22.8)/13.6)), τ_n of <c>pkdrs.mod</c>.</summary>
    public static SteadyStateTauKinetics DelayedRectifierActivation { get; } = new(
        v => 1.0 / (1.0 + Math.Exp((-v.Millivolts - 22.8) / 13.6)),
        v => Duration.FromMilliseconds(DelayedRectifierTau(v.Millivolts)),
        1,
        ReferenceTemperature);

    /// <summary>The transient Na⁺ channel with ḡ = <paramref name="conductance"/>: ḡ m³h (V − E_Na).</summary>
    /// <param name="conductance">ḡ; finite and ≥ 0 (the published 14 mS/cm² is <see cref="TransientSodiumConductance"/>).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">ḡ is out of range.</exception>
    public static Channel TransientSodium(ConductanceDensity conductance) =>
        Channel.Ohmic("NaT", conductance, Ions.Sodium, new Gate("m", TransientSodiumActivation, 3), new Gate("h", TransientSodiumInactivation, 1));

    /// <summary>The persistent Na⁺ channel with ḡ = <paramref name="conductance"/>: ḡ m²h (V − E_Na).</summary>
    /// <param name="conductance">ḡ; finite and ≥ 0 (the published 0.6 mS/cm² is <see cref="PersistentSodiumConductance"/>).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">ḡ is out of range.</exception>
    public static Channel PersistentSodium(ConductanceDensity conductance) =>
        Channel.Ohmic("NaP", conductance, Ions.Sodium, new Gate("m", PersistentSodiumActivation, 2), new Gate("h", PersistentSodiumInactivation, 1));

    /// <summary>The delayed-rectifier K⁺ channel with ḡ = <paramref name="conductance"/>: ḡ n⁴ (V − E_K).</summary>
    /// <param name="conductance">ḡ; finite and ≥ 0 (the published 32 mS/cm² is <see cref="DelayedRectifierConductance"/>).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">ḡ is out of range.</exception>
    public static Channel DelayedRectifier(ConductanceDensity conductance) =>
        Channel.Ohmic("KDR", conductance, Ions.Potassium, new Gate("n", DelayedRectifierActivation, 4));

    /// <summary>α_m = 0.8 (V + 39.8)/(1 − e^(−(V + 39.8)/4)) ms⁻¹.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate AlphaM(ElectricPotential voltage) => Rate.FromPerSecond(PerMillisecond * 0.8 * 4.0 * Bernoulli.Of(-(voltage.Millivolts + 39.8) / 4.0));

    /// <summary>β_m = 0.7 (V + 14.8)/(e^((V + 14.8)/5) − 1) ms⁻¹.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate BetaM(ElectricPotential voltage) => Rate.FromPerSecond(PerMillisecond * 0.7 * 5.0 * Bernoulli.Of((voltage.Millivolts + 14.8) / 5.0));

    /// <summary>α_h = 0.32 e^(−(V + 15)/18) ms⁻¹.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate AlphaH(ElectricPotential voltage) => Rate.FromPerSecond(PerMillisecond * 0.32 * Math.Exp(-(voltage.Millivolts + 15.0) / 18.0));

    /// <summary>β_h = 10/(1 + e^(−(V + 15)/5)) ms⁻¹.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate BetaH(ElectricPotential voltage) => Rate.FromPerSecond(PerMillisecond * 10.0 / (1.0 + Math.Exp(-(voltage.Millivolts + 15.0) / 5.0)));

    /// <summary>1/(0.091 x/(1 − e^(−x/5)) − 0.062 x/(1 − e^(x/5))) ms, the persistent Na⁺ τ form of <c>nap.mod</c>, x in mV.</summary>
    private static double PersistentTau(double x) =>
        1.0 / ((0.091 * 5.0 * Bernoulli.Of(-x / 5.0)) + (0.062 * 5.0 * Bernoulli.Of(x / 5.0)));

    /// <summary>τ_h of the persistent Na⁺ channel in ms: 3700 + 2000 τ(V + 60) for V ≤ −60 mV, else 1200 + 8000 τ(V + 74).</summary>
    private static double PersistentInactivationTau(double mv) =>
        mv <= -60.0 ? 3700.0 + (2000.0 * PersistentTau(mv + 60.0)) : 1200.0 + (8000.0 * PersistentTau(mv + 74.0));

    /// <summary>τ_n = 1.6/(0.0338338 e^(−V/40) + 0.016 (V + 64.9)/(1 − e^(−(V + 64.9)/5))) ms.</summary>
    private static double DelayedRectifierTau(double mv) =>
        1.6 / ((0.0338338 * Math.Exp(-mv / 40.0)) + (0.016 * 5.0 * Bernoulli.Of(-(mv + 64.9) / 5.0)));
}
