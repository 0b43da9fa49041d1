using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The Na⁺/K⁺-ATPase (<see cref="Transporters.SodiumPotassiumAtpase"/>, 3 Na⁺ out : 2 K⁺ in) with the voltage-dependent
/// current of Luo and Rudy: I_NaK = I_max · f_NaK · 1/(1 + (K_Na/[Na]ᵢ)^1.5) · [K]ₒ/([K]ₒ + K_K), with
/// f_NaK = 1/(1 + 0.1245 e^(−0.1u) + 0.0365 σ e^(−u)), σ = (e^([Na]ₒ/67.3 mM) − 1)/7, u = VF/RT; outward positive.
/// </summary>
/// <remarks>
/// <para>
/// f_NaK: Luo, C. H. and Rudy, Y. (1991) A model of the ventricular cardiac action potential. <i>Circ. Res.</i> 68,
/// 1501–1526 (after Gadsby, D. C. and Nakao, M. (1989) <i>J. Gen. Physiol.</i> 94, 511–537); the Na⁺ exponent 1.5 and
/// the constants I_max = 1.5 µA/µF, K_Na = 10 mM, K_K = 1.5 mM are those of Luo, C. H. and Rudy, Y. (1994) <i>Circ.
/// Res.</i> 74, 1071–1096. The pump turns one way only (ATP is far from equilibrium in the cell): its current is
/// always ≥ 0, rises with V, and saturates in [Na⁺]ᵢ and [K⁺]ₒ.
/// </para>
/// <para>Immutable and thread-safe; every call is allocation-free.</para>
/// </remarks>
public sealed class SodiumPotassiumAtpaseKinetics : TransportKinetics
{
    /// <summary>67.3 mM, the [Na⁺]ₒ scale of σ (Luo and Rudy 1991).</summary>
    private const double SigmaScale = 67.3;

    private readonly int _na;
    private readonly int _k;
    private readonly double _max;    // A/m²
    private readonly double _naHalf; // mol/m³
    private readonly double _kHalf;

    /// <summary>A pump with the given constants.</summary>
    /// <param name="maximalCurrent">I_max, the outward current density when saturated at strongly positive V; finite and ≥ 0.</param>
    /// <param name="sodiumHalfSaturation">K_Na (inside); finite and &gt; 0.</param>
    /// <param name="potassiumHalfSaturation">K_K (outside); finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public SodiumPotassiumAtpaseKinetics(CurrentDensity maximalCurrent, Concentration sodiumHalfSaturation, Concentration potassiumHalfSaturation)
        : base(Transporters.SodiumPotassiumAtpase)
    {
        Guard.NonNegativeFinite(maximalCurrent, nameof(maximalCurrent));
        Guard.PositiveFinite(sodiumHalfSaturation, nameof(sodiumHalfSaturation));
        Guard.PositiveFinite(potassiumHalfSaturation, nameof(potassiumHalfSaturation));
        MaximalCurrent = maximalCurrent;
        SodiumHalfSaturation = sodiumHalfSaturation;
        PotassiumHalfSaturation = potassiumHalfSaturation;
        _na = IndexOf(Species.Ions.Sodium);
        _k = IndexOf(Species.Ions.Potassium);
        _max = maximalCurrent.AmperesPerSquareMeter;
        _naHalf = sodiumHalfSaturation.MolesPerCubicMeter;
        _kHalf = potassiumHalfSaturation.MolesPerCubicMeter;
    }

    /// <summary>Luo and Rudy's (1994) ventricular constants, I_max = 1.5 µA/µF on a membrane of 1 µF/cm² (1.5 µA/cm²).</summary>
    public static SodiumPotassiumAtpaseKinetics LuoRudy1994 { get; } = new(
        CurrentDensity.FromMicroamperesPerSquareCentimeter(1.5),
        Concentration.FromMillimolar(10),
        Concentration.FromMillimolar(1.5));

    /// <summary>I_max.</summary>
    public CurrentDensity MaximalCurrent { get; }

    /// <summary>K_Na, inside.</summary>
    public Concentration SodiumHalfSaturation { get; }

    /// <summary>K_K, outside.</summary>
    public Concentration PotassiumHalfSaturation { get; }

    private protected override string LawName => "Luo–Rudy 1991/1994";

    /// <summary>The voltage factor f_NaK alone (0 at very negative V, → 1 at very positive V).</summary>
    /// <param name="sodiumOutside">[Na⁺]ₒ; finite and ≥ 0.</param>
    /// <param name="membranePotential">V; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>f_NaK.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double VoltageFactor(Concentration sodiumOutside, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(membranePotential, nameof(membranePotential));
        Guard.NonNegativeFinite(sodiumOutside, nameof(sodiumOutside));
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        return VoltageFactor(membranePotential.Volts / thermal, sodiumOutside.Millimolar);
    }

    /// <summary>The pump current I_NaK, outward positive.</summary>
    /// <param name="sodiumInside">[Na⁺]ᵢ; finite and &gt; 0.</param>
    /// <param name="sodiumOutside">[Na⁺]ₒ; finite and &gt; 0.</param>
    /// <param name="potassiumInside">[K⁺]ᵢ; finite and &gt; 0 (not used by the law, checked for symmetry with <see cref="TransportKinetics.CycleRate"/>).</param>
    /// <param name="potassiumOutside">[K⁺]ₒ; finite and &gt; 0.</param>
    /// <param name="membranePotential">V; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The current density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CurrentDensity Current(Concentration sodiumInside, Concentration sodiumOutside, Concentration potassiumInside, Concentration potassiumOutside, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
        => CurrentOfPair(membranePotential, _na, sodiumInside, sodiumOutside, _k, potassiumInside, potassiumOutside, temperature, constants);

    internal override double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday)
    {
        var f = VoltageFactor(volts / thermalVoltage, outside[_na]);
        var na = 1 / (1 + Math.Pow(_naHalf / inside[_na], 1.5));
        var kOut = outside[_k];
        var current = _max * f * na * kOut / (kOut + _kHalf);
        return current / faraday; // z_net = −1: I = +F J
    }

    private static double VoltageFactor(double u, double sodiumOutsideMillimolar)
    {
        var sigma = (Math.Exp(sodiumOutsideMillimolar / SigmaScale) - 1) / 7;
        return 1 / (1 + (0.1245 * Math.Exp(-0.1 * u)) + (0.0365 * sigma * Math.Exp(-u)));
    }
}
