using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The Na⁺/Ca²⁺ exchanger (<see cref="Transporters.Ncx"/>, 3 Na⁺ in : 1 Ca²⁺ out) with the current of Luo and Rudy (1994):
/// I_NaCa = k · (e^(ηu) [Na]ᵢ³[Ca]ₒ − e^((η−1)u) [Na]ₒ³[Ca]ᵢ) / ((K_Na³ + [Na]ₒ³)(K_Ca + [Ca]ₒ)(1 + k_sat e^((η−1)u))),
/// u = VF/RT, outward positive.
/// </summary>
/// <remarks>
/// <para>
/// Luo, C. H. and Rudy, Y. (1994) A dynamic model of the cardiac ventricular action potential. I. Simulations of ionic
/// currents and concentration changes. <i>Circ. Res.</i> 74, 1071–1096 (I_NaCa, after Mullins, L. J. (1977)
/// <i>J. Gen. Physiol.</i> 70, 681–695): k = 2000 µA/µF, K_Na = 87.5 mM, K_Ca = 1.38 mM, k_sat = 0.1, η = 0.35.
/// The current saturates through the denominator and vanishes exactly where
/// e^(u) [Na]ᵢ³[Ca]ₒ = [Na]ₒ³[Ca]ᵢ, i.e. at V = 3E_Na − 2E_Ca, the thermodynamic reversal of the exchanger
/// (<see cref="Transporter.ReversalPotential"/>). Negative (inward) current is the forward mode: Na⁺ in, Ca²⁺ out.
/// </para>
/// <para>Immutable and thread-safe; every call is allocation-free.</para>
/// </remarks>
public sealed class NcxKinetics : TransportKinetics
{
    private readonly int _na;
    private readonly int _ca;
    private readonly double _scale;       // A/m²
    private readonly double _naHalfCubed; // (mol/m³)³
    private readonly double _caHalf;      // mol/m³

    /// <summary>An exchanger with the given constants.</summary>
    /// <param name="scale">k, the current density scale; finite and ≥ 0.</param>
    /// <param name="sodiumHalfSaturation">K_Na (outside); finite and &gt; 0.</param>
    /// <param name="calciumHalfSaturation">K_Ca (outside); finite and &gt; 0.</param>
    /// <param name="saturation">k_sat, the saturation at negative V; finite and ≥ 0.</param>
    /// <param name="partition">η, the position of the energy barrier in the field; 0 ≤ η ≤ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public NcxKinetics(CurrentDensity scale, Concentration sodiumHalfSaturation, Concentration calciumHalfSaturation, double saturation, double partition)
        : base(Transporters.Ncx)
    {
        Guard.NonNegativeFinite(scale, nameof(scale));
        Guard.PositiveFinite(sodiumHalfSaturation, nameof(sodiumHalfSaturation));
        Guard.PositiveFinite(calciumHalfSaturation, nameof(calciumHalfSaturation));
        Guard.NonNegativeFinite(saturation, nameof(saturation));

        Guard.Fraction(partition, nameof(partition), "fraction of the field");

        Scale = scale;
        SodiumHalfSaturation = sodiumHalfSaturation;
        CalciumHalfSaturation = calciumHalfSaturation;
        Saturation = saturation;
        Partition = partition;
        _na = IndexOf(Species.Ions.Sodium);
        _ca = IndexOf(Species.Ions.Calcium);
        _scale = scale.AmperesPerSquareMeter;
        var kNa = sodiumHalfSaturation.MolesPerCubicMeter;
        _naHalfCubed = kNa * kNa * kNa;
        _caHalf = calciumHalfSaturation.MolesPerCubicMeter;
    }

    /// <summary>Luo and Rudy's (1994) ventricular constants, with their k = 2000 µA/µF on a membrane of 1 µF/cm² (2000 µA/cm²).</summary>
    public static NcxKinetics LuoRudy1994 { get; } = new(
        CurrentDensity.FromMicroamperesPerSquareCentimeter(2000),
        Concentration.FromMillimolar(87.5),
        Concentration.FromMillimolar(1.38),
        saturation: 0.1,
        partition: 0.35);

    /// <summary>k, the current density scale.</summary>
    public CurrentDensity Scale { get; }

    /// <summary>K_Na, outside.</summary>
    public Concentration SodiumHalfSaturation { get; }

    /// <summary>K_Ca, outside.</summary>
    public Concentration CalciumHalfSaturation { get; }

    /// <summary>k_sat.</summary>
    public double Saturation { get; }

    /// <summary>η.</summary>
    public double Partition { get; }

    private protected override string LawName => "Luo–Rudy 1994";

    /// <summary>The exchanger current I_NaCa, outward positive (negative in the forward, Ca²⁺-extruding mode).</summary>
    /// <param name="sodiumInside">[Na⁺]ᵢ; finite and &gt; 0.</param>
    /// <param name="sodiumOutside">[Na⁺]ₒ; finite and &gt; 0.</param>
    /// <param name="calciumInside">[Ca²⁺]ᵢ; finite and &gt; 0.</param>
    /// <param name="calciumOutside">[Ca²⁺]ₒ; finite and &gt; 0.</param>
    /// <param name="membranePotential">V; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The current density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CurrentDensity Current(Concentration sodiumInside, Concentration sodiumOutside, Concentration calciumInside, Concentration calciumOutside, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
        => CurrentOfPair(membranePotential, _na, sodiumInside, sodiumOutside, _ca, calciumInside, calciumOutside, temperature, constants);

    internal override double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday)
    {
        var u = volts / thermalVoltage;
        var forward = Math.Exp(Partition * u);
        var backward = Math.Exp((Partition - 1) * u);
        double naIn = inside[_na], naOut = outside[_na], caIn = inside[_ca], caOut = outside[_ca];
        var current = _scale * ((forward * naIn * naIn * naIn * caOut) - (backward * naOut * naOut * naOut * caIn))
                      / ((_naHalfCubed + (naOut * naOut * naOut)) * (_caHalf + caOut) * (1 + (Saturation * backward)));
        return -current / faraday; // z_net = +1: I = −F J
    }
}
