using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The astrocytes of a piece of grey matter, as the ready models put them beside a neuron: their share of the tissue,
/// their membrane (Kir channel, Na⁺ and Cl⁻ leaks, Na⁺/K⁺ pump) and their saturable K⁺ buffer, with the resting potential
/// and pump strength derived so that they are at rest with the resting extracellular fluid. Used by
/// <see cref="PotassiumBufferingModel"/> and (optionally) <see cref="IschaemiaModel.Glia"/>.
/// </summary>
/// <remarks>
/// Halnes, G., Østby, I., Pettersen, K. H., Omholt, S. W. and Einevoll, G. T. (2013) Electrodiffusive model for astrocytic
/// and neuronal ion concentration dynamics. <i>PLoS Comput. Biol.</i> 9, e1003386: astrocytes 0.4 of the tissue (after
/// Chen, K. C. and Nicholson, C. (2000) <i>Biophys. J.</i> 78, 2776–2797), 50 nm of cytoplasm per unit membrane area,
/// the Kir channel of Øyehaug et al. (2012) (<see cref="GlialInwardRectifier"/>, 1.696 mS/cm²), Na⁺ and Cl⁻ leaks of 0.1
/// and 0.05 mS/cm², [Na⁺] 15 and [K⁺] 100 mM, the pump's half-saturations 10 mM Na⁺ and 1.5 mM K⁺ (in the form of
/// <see cref="SodiumPotassiumAtpaseKinetics"/>, which adds Luo and Rudy's voltage factor f_NaK, absent in Halnes et al.).
/// Derived rather than given: the resting potential (where the Kir K⁺ efflux is 2/3 of the Na⁺ leak influx, so that one
/// pump rate balances both), the pump's I_max (balancing both there) and [Cl⁻] (at equilibrium there). The buffer is
/// Kager, Wadman and Somjen's (2000) (<see cref="GlialPotassiumBuffer.Kager2000"/>). The astrocyte is one well-mixed
/// compartment of fixed volume (no syncytium, no swelling). Immutable and thread-safe.
/// </remarks>
public sealed record TissueAstrocyte
{
    /// <summary>Halnes et al.'s (2013) astrocytes with Kager et al.'s (2000) buffer.</summary>
    public static TissueAstrocyte Halnes2013 { get; } = new();

    /// <summary>The astrocytes' volume fraction of the tissue; default 0.4 (Halnes et al. 2013, after Chen and Nicholson 2000).</summary>
    public double Fraction { get; init; } = 0.4;

    /// <summary>The volume per unit membrane area; default 50 nm (Halnes et al. 2013's membrane area per tissue volume, 0.4/50 nm).</summary>
    public Length VolumePerArea { get; init; } = Length.FromNanometers(50);

    /// <summary>The cytoplasmic Na⁺ and K⁺ at rest; default 15 and 100 mM (Halnes et al. 2013). Cl⁻ is set to equilibrium.</summary>
    public Solution Cytoplasm { get; init; } = new((Ions.Sodium, Concentration.FromMillimolar(15)), (Ions.Potassium, Concentration.FromMillimolar(100)));

    /// <summary>The Kir ḡ; default 1.696 mS/cm² (<see cref="GlialInwardRectifier.Oyehaug2012Conductance"/>).</summary>
    public ConductanceDensity KirConductance { get; init; } = GlialInwardRectifier.Oyehaug2012Conductance;

    /// <summary>The Na⁺ leak conductance; default 0.1 mS/cm² (Halnes et al. 2013).</summary>
    public ConductanceDensity SodiumLeak { get; init; } = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1);

    /// <summary>The Cl⁻ leak conductance; default 0.05 mS/cm² (Halnes et al. 2013).</summary>
    public ConductanceDensity ChlorideLeak { get; init; } = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.05);

    /// <summary>The pump's Na⁺ (inside) half-saturation; default 10 mM (Halnes et al. 2013).</summary>
    public Concentration PumpSodiumHalfSaturation { get; init; } = Concentration.FromMillimolar(10);

    /// <summary>The pump's K⁺ (outside) half-saturation; default 1.5 mM (Halnes et al. 2013).</summary>
    public Concentration PumpPotassiumHalfSaturation { get; init; } = Concentration.FromMillimolar(1.5);

    /// <summary>The saturable K⁺ buffer; default <see cref="GlialPotassiumBuffer.Kager2000"/>.</summary>
    public GlialPotassiumBuffer Buffer { get; init; } = GlialPotassiumBuffer.Kager2000;

    /// <summary>The resting potential with <paramref name="extracellular"/>: where the Kir K⁺ efflux is 2/3 of the Na⁺ leak influx, between E_K and E_Na.</summary>
    /// <param name="extracellular">The resting extracellular fluid (Na⁺, K⁺, Cl⁻).</param>
    /// <param name="temperature">The temperature.</param>
    /// <returns>V_g at rest.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public ElectricPotential RestingPotential(Solution extracellular, Temperature temperature) => Rest(extracellular, temperature).Potential;

    /// <summary>The pump's I_max that balances the leaks at rest with <paramref name="extracellular"/>.</summary>
    /// <param name="extracellular">The resting extracellular fluid (Na⁺, K⁺, Cl⁻).</param>
    /// <param name="temperature">The temperature.</param>
    /// <returns>I_max.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CurrentDensity PumpMaximalCurrent(Solution extracellular, Temperature temperature) => Rest(extracellular, temperature).PumpMaximum;

    /// <summary>
    /// One astrocyte of <paramref name="volume"/> at rest with <paramref name="extracellular"/>, its membrane area (so its
    /// Kir, leak and pump currents alike, which keeps it at rest) and its buffer's capacity scaled by <paramref name="membraneScale"/>.
    /// </summary>
    /// <param name="volume">Its volume; finite and &gt; 0.</param>
    /// <param name="extracellular">The resting extracellular fluid (Na⁺, K⁺, Cl⁻).</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="membraneScale">The factor on membrane area and buffer, finite and &gt; 0 (1: the published astrocyte).</param>
    /// <returns>The Dynamics description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public Astrocyte Astrocyte(Volume volume, Solution extracellular, Temperature temperature, double membraneScale = 1)
    {
        Guard.PositiveFinite(volume, nameof(volume));
        Guard.PositiveFinite(membraneScale, nameof(membraneScale), "factor", " (the astrocyte needs some membrane)");

        var rest = Rest(extracellular, temperature);
        var ko = extracellular[Ions.Potassium];
        return new Astrocyte(
            Area.FromSquareMeters(membraneScale * volume.CubicMeters / VolumePerArea.Meters),
            volume,
            Cytoplasm.With(Ions.Chloride, rest.Chloride),
            rest.Potential)
        {
            Kir = new GlialInwardRectifier(KirConductance, ko, Nernst.Potential(1, Cytoplasm[Ions.Potassium], ko, temperature)),
            Leaks = [Channel.Ohmic("Na leak", SodiumLeak, Ions.Sodium), Channel.Ohmic("Cl leak", ChlorideLeak, Ions.Chloride)],
            Pump = new SodiumPotassiumAtpaseKinetics(rest.PumpMaximum, PumpSodiumHalfSaturation, PumpPotassiumHalfSaturation),
            Buffer = Buffer with { Total = Buffer.Total * membraneScale },
        };
    }

    /// <summary>Checks <see cref="Fraction"/>: in [0, 1).</summary>
    internal void ValidateFraction()
    {
        Guard.InRange(Fraction, 0, 1, nameof(Fraction), Ends.ExcludeHigh, "fraction");
    }

    /// <summary>The rest: the potential where Kir K⁺ efflux = 2/3 Na⁺ leak influx, the pump's I_max there, [Cl⁻] at equilibrium.</summary>
    private (ElectricPotential Potential, CurrentDensity PumpMaximum, Concentration Chloride) Rest(Solution extracellular, Temperature t)
    {
        ArgumentNullException.ThrowIfNull(extracellular, nameof(extracellular));
        ArgumentNullException.ThrowIfNull(Cytoplasm, nameof(Cytoplasm));
        ArgumentNullException.ThrowIfNull(Buffer, nameof(Buffer));
        Buffer.Validate(nameof(Buffer));
        Guard.PositiveFinite(KirConductance, nameof(KirConductance));
        Guard.PositiveFinite(SodiumLeak, nameof(SodiumLeak));
        Guard.NonNegativeFinite(ChlorideLeak, nameof(ChlorideLeak));
        Guard.PositiveFinite(VolumePerArea, nameof(VolumePerArea));
        var ko = extracellular[Ions.Potassium];
        var nao = extracellular[Ions.Sodium];
        var ki = Cytoplasm[Ions.Potassium];
        var nai = Cytoplasm[Ions.Sodium];
        Guard.PositiveFinite(ki, $"{nameof(Cytoplasm)}[K⁺]");
        Guard.PositiveFinite(nai, $"{nameof(Cytoplasm)}[Na⁺]");
        var eK = Nernst.Potential(1, ki, ko, t);
        var eNa = Nernst.Potential(1, nai, nao, t);
        var kir = new GlialInwardRectifier(KirConductance, ko, eK);
        var balance = new KirSodiumBalance(kir, eK, ko, eNa, SodiumLeak.SiemensPerSquareMeter);
        var a = eK.Volts;
        var b = eNa.Volts;
        var v = BrentRoot.Find(ref balance, a, balance.Evaluate(a), b, balance.Evaluate(b), 1e-12, "the astrocyte's resting potential");
        var pumpCurrent = -SodiumLeak.SiemensPerSquareMeter * (v - eNa.Volts) / 3; // A/m², outward: one third of the Na⁺ leak's inward current
        var unit = new SodiumPotassiumAtpaseKinetics(CurrentDensity.FromAmperesPerSquareMeter(1), PumpSodiumHalfSaturation, PumpPotassiumHalfSaturation);
        var perUnit = unit.Current(nai, nao, ki, ko, ElectricPotential.FromVolts(v), t).AmperesPerSquareMeter;
        var chloride = Nernst.InsideConcentration(-1, extracellular[Ions.Chloride], ElectricPotential.FromVolts(v), t);
        return (ElectricPotential.FromVolts(v), CurrentDensity.FromAmperesPerSquareMeter(pumpCurrent / perUnit), chloride);
    }

    /// <summary>I_Kir(V) + (2/3) g_Na (V − E_Na): zero where one pump rate balances both the K⁺ and the Na⁺ leak.</summary>
    private readonly struct KirSodiumBalance(GlialInwardRectifier kir, ElectricPotential eK, Concentration ko, ElectricPotential eNa, double sodiumLeak) : IRealFunction
    {
        public double Evaluate(double v) =>
            (kir.Conductance(v, eK.Volts, ko.MolesPerCubicMeter) * (v - eK.Volts)) + (2.0 / 3.0 * sodiumLeak * (v - eNa.Volts));
    }
}
