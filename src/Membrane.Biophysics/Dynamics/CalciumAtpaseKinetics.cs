using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The plasma-membrane Ca²⁺-ATPase (PMCA; <see cref="Transporters.Pmca"/> without countertransported H⁺, 1 Ca²⁺ out per
/// ATP) with the saturating current of Luo and Rudy: I_p(Ca) = Ī_p(Ca) · [Ca]ᵢ/([Ca]ᵢ + K_m,p(Ca)), outward positive.
/// </summary>
/// <remarks>
/// <para>
/// Luo, C. H. and Rudy, Y. (1994) A dynamic model of the cardiac ventricular action potential. I. Simulations of ionic
/// currents and concentration changes. <i>Circ. Res.</i> 74, 1071–1096 (the sarcolemmal Ca²⁺ pump I_p(Ca)):
/// Ī_p(Ca) = 1.15 µA/µF, K_m,p(Ca) = 0.5 µM. Like the Na⁺/K⁺-ATPase it turns one way only (ATP is far from equilibrium),
/// so its current is ≥ 0 and independent of V and [Ca²⁺]ₒ. Luo and Rudy count the pumped Ca²⁺ as charge (2 per cycle);
/// the neuronal PMCA exchanges 2 H⁺ per Ca²⁺ and is electroneutral (Thomas, R. C. (2009) <i>J. Physiol.</i> 587,
/// 315–327), which this law, moving Ca²⁺ only, does not model.
/// </para>
/// <para>Immutable and thread-safe; every call is allocation-free.</para>
/// </remarks>
public sealed class CalciumAtpaseKinetics : TransportKinetics
{
    private readonly double _max;    // A/m²
    private readonly double _caHalf; // mol/m³

    /// <summary>A pump with the given constants.</summary>
    /// <param name="maximalCurrent">Ī_p(Ca), the outward current density when saturated; finite and ≥ 0.</param>
    /// <param name="calciumHalfSaturation">K_m,p(Ca) (inside); finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CalciumAtpaseKinetics(CurrentDensity maximalCurrent, Concentration calciumHalfSaturation)
        : base(Transporters.Pmca(protonsPerCalcium: 0))
    {
        Guard.NonNegativeFinite(maximalCurrent, nameof(maximalCurrent));
        Guard.PositiveFinite(calciumHalfSaturation, nameof(calciumHalfSaturation));
        MaximalCurrent = maximalCurrent;
        CalciumHalfSaturation = calciumHalfSaturation;
        _max = maximalCurrent.AmperesPerSquareMeter;
        _caHalf = calciumHalfSaturation.MolesPerCubicMeter;
    }

    /// <summary>Luo and Rudy's (1994) ventricular constants, Ī_p(Ca) = 1.15 µA/µF on a membrane of 1 µF/cm² (1.15 µA/cm²), K_m,p(Ca) = 0.5 µM.</summary>
    public static CalciumAtpaseKinetics LuoRudy1994 { get; } = new(
        CurrentDensity.FromMicroamperesPerSquareCentimeter(1.15),
        Concentration.FromMicromolar(0.5));

    /// <summary>Ī_p(Ca).</summary>
    public CurrentDensity MaximalCurrent { get; }

    /// <summary>K_m,p(Ca), inside.</summary>
    public Concentration CalciumHalfSaturation { get; }

    private protected override string LawName => "Luo–Rudy 1994";

    /// <summary>The pump current I_p(Ca), outward positive.</summary>
    /// <param name="calciumInside">[Ca²⁺]ᵢ; finite and &gt; 0.</param>
    /// <returns>The current density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is out of range.</exception>
    public CurrentDensity Current(Concentration calciumInside)
    {
        Guard.PositiveFinite(calciumInside, nameof(calciumInside));
        var ca = calciumInside.MolesPerCubicMeter;
        return CurrentDensity.FromAmperesPerSquareMeter(_max * ca / (ca + _caHalf));
    }

    internal override double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday)
    {
        var ca = inside[0];
        return _max * ca / (ca + _caHalf) / (2 * faraday); // z_net = −2: I = +2F J
    }
}
