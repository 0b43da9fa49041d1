using System;
using System.Collections.Generic;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// The Hodgkin–Huxley (1952) squid giant axon: Na⁺ (m³h), K⁺ (n⁴) and leak channels with the published rate
/// functions, written in the modern sign convention V = φ_in − φ_out with rest at −65 mV, as in NEURON's
/// <c>hh.mod</c>.
/// </summary>
/// <remarks>
/// <para>
/// Hodgkin, A. L. and Huxley, A. F. (1952) A quantitative description of membrane current and its application to
/// conduction and excitation in nerve. <i>J. Physiol.</i> 117, 500–544: eqs. 12–13 (n), 20–21 (m), 23–24 (h), with
/// ḡ_Na = 120, ḡ_K = 36, ḡ_L = 0.3 mS/cm² and C_m = 1 µF/cm² (Table 3), at 6.3 °C with Q10 = 3 (p. 519).
/// HH measured V as the displacement from rest, positive for hyperpolarisation; here V = −V_HH − 65 mV, so their
/// α_n = 0.01 (V_HH + 10)/(exp((V_HH + 10)/10) − 1) becomes 0.01 (V + 55)/(1 − exp(−(V + 55)/10)) ms⁻¹ — the form of
/// NEURON's <c>hh.mod</c> (neuronsimulator/nrn, src/nrnoc/hh.mod), whose reversals (E_Na = +50, E_K = −77,
/// E_L = −54.3 mV) are used here so that results compare with NEURON directly.
/// </para>
/// <para>
/// α_n and α_m have the form a·x/(1 − e^(−x/k)), 0/0 at x = 0 (V = −55 mV for n, −40 mV for m). They are evaluated
/// as a·k·B(x/k) with B(u) = u/(1 − e^(−u)) = u/(−expm1(−u)), and for |u| &lt; 10⁻⁴ by the series
/// B(u) = 1 + u/2 + u²/12 − u⁴/720 (truncation below 10⁻¹⁹ relative): the rate is smooth and exact through the
/// removable singularity (its limit is a·k: 0.1 ms⁻¹ for α_n, 1 ms⁻¹ for α_m). NEURON's <c>vtrap</c> instead switches
/// to 1 − u/2 for |u| &lt; 10⁻⁶.
/// </para>
/// <para>Rates are returned as <see cref="Rate"/> at 6.3 °C (<c>.PerMillisecond</c> gives the published numbers). Everything here is immutable and thread-safe.</para>
/// </remarks>
public static class HodgkinHuxley1952
{
    /// <summary>The temperature the rates were fitted at, 6.3 °C.</summary>
    public static Temperature ReferenceTemperature => Temperature.Squid;

    /// <summary>The Q10 of the rates, 3 (HH 1952 p. 519).</summary>
    public const double Q10 = 3.0;

    /// <summary>ḡ_Na = 120 mS/cm².</summary>
    public static ConductanceDensity SodiumConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(120);

    /// <summary>ḡ_K = 36 mS/cm².</summary>
    public static ConductanceDensity PotassiumConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(36);

    /// <summary>ḡ_L = 0.3 mS/cm².</summary>
    public static ConductanceDensity LeakConductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3);

    /// <summary>E_Na = +50 mV (NEURON's default; HH's E_r + 115 mV).</summary>
    public static ElectricPotential SodiumReversalPotential => ElectricPotential.FromMillivolts(50);

    /// <summary>E_K = −77 mV (NEURON's default; HH's E_r − 12 mV).</summary>
    public static ElectricPotential PotassiumReversalPotential => ElectricPotential.FromMillivolts(-77);

    /// <summary>E_L = −54.3 mV (NEURON's <c>hh.mod</c>; HH's E_r + 10.613 mV rounded).</summary>
    public static ElectricPotential LeakReversalPotential => ElectricPotential.FromMillivolts(-54.3);

    /// <summary>C_m = 1 µF/cm².</summary>
    public static SpecificCapacitance Capacitance => SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1);

    /// <summary>The resting potential the model is written about, −65 mV (the true zero-current potential is ≈ −64.97 mV).</summary>
    public static ElectricPotential NominalRest => ElectricPotential.FromMillivolts(-65);

    /// <summary>The m gate (Na⁺ activation).</summary>
    public static AlphaBetaKinetics M { get; } = new(AlphaM, BetaM, Q10, Temperature.Squid);

    /// <summary>The h gate (Na⁺ inactivation).</summary>
    public static AlphaBetaKinetics H { get; } = new(AlphaH, BetaH, Q10, Temperature.Squid);

    /// <summary>The n gate (K⁺ activation).</summary>
    public static AlphaBetaKinetics N { get; } = new(AlphaN, BetaN, Q10, Temperature.Squid);

    /// <summary>The Na⁺ channel: ḡ_Na m³h (V − E_Na).</summary>
    public static Channel Sodium { get; } = Channel.Ohmic("Na", SodiumConductance, SodiumReversalPotential, new Gate("m", M, 3), new Gate("h", H, 1));

    /// <summary>The K⁺ channel: ḡ_K n⁴ (V − E_K).</summary>
    public static Channel Potassium { get; } = Channel.Ohmic("K", PotassiumConductance, PotassiumReversalPotential, new Gate("n", N, 4));

    /// <summary>The leak: ḡ_L (V − E_L).</summary>
    public static Channel Leak { get; } = Channel.Ohmic("leak", LeakConductance, LeakReversalPotential);

    /// <summary>The three channels, Na⁺, K⁺, leak.</summary>
    public static IReadOnlyList<Channel> Channels { get; } = [Sodium, Potassium, Leak];

    /// <summary>α_m = 0.1 (V + 40)/(1 − exp(−(V + 40)/10)) ms⁻¹ (HH eq. 20); smooth through V = −40 mV.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate AlphaM(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 * 0.1 * 10.0 * Bernoulli.Of(-(voltage.Millivolts + 40.0) / 10.0));

    /// <summary>β_m = 4 exp(−(V + 65)/18) ms⁻¹ (HH eq. 21).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate BetaM(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 * 4.0 * Math.Exp(-(voltage.Millivolts + 65.0) / 18.0));

    /// <summary>α_h = 0.07 exp(−(V + 65)/20) ms⁻¹ (HH eq. 23).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate AlphaH(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 * 0.07 * Math.Exp(-(voltage.Millivolts + 65.0) / 20.0));

    /// <summary>β_h = 1/(1 + exp(−(V + 35)/10)) ms⁻¹ (HH eq. 24).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate BetaH(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 / (1.0 + Math.Exp(-(voltage.Millivolts + 35.0) / 10.0)));

    /// <summary>α_n = 0.01 (V + 55)/(1 − exp(−(V + 55)/10)) ms⁻¹ (HH eq. 12); smooth through V = −55 mV.</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate AlphaN(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 * 0.01 * 10.0 * Bernoulli.Of(-(voltage.Millivolts + 55.0) / 10.0));

    /// <summary>β_n = 0.125 exp(−(V + 65)/80) ms⁻¹ (HH eq. 13).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public static Rate BetaN(ElectricPotential voltage) => Rate.FromPerSecond(1000.0 * 0.125 * Math.Exp(-(voltage.Millivolts + 65.0) / 80.0));
}
