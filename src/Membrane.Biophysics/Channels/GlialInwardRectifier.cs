using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// The astrocyte's inward-rectifier K⁺ channel (Kir4.1): a K⁺ conductance that grows as √[K⁺]ₒ and rectifies, driven by
/// V − E_K: I = ḡ √([K⁺]ₒ/[K⁺]ₒ,ref) · r₁(V − E_K) · r₂(V) · (V − E_K), outward positive, with
/// r₁(ΔV) = (1 + e^(18.5/42.4))/(1 + e^((ΔV + 18.5)/42.4)) and r₂(V) = (1 + e^(−(118.6 + E_K,ref)/44.1))/(1 + e^(−(118.6 + V)/44.1))
/// (V, ΔV and E_K,ref in mV), so that at the reference state (V = E_K = E_K,ref, [K⁺]ₒ = [K⁺]ₒ,ref) the conductance is ḡ.
/// </summary>
/// <remarks>
/// <para>
/// The √[K⁺]ₒ dependence of the Kir conductance of glial cells: Newman, E. A. (1993) Inward-rectifying potassium
/// channels in retinal glial (Müller) cells. <i>J. Neurosci.</i> 13, 3333–3345; Kofuji, P. and Newman, E. A. (2004)
/// Potassium buffering in the central nervous system. <i>Neuroscience</i> 129, 1045–1056. The rectification factors and
/// ḡ = 16.96 S/m² (1.696 mS/cm²) are those of Øyehaug, L., Østby, I., Lloyd, C. M., Omholt, S. W. and Einevoll, G. T.
/// (2012) Dependence of spontaneous neuronal firing and depolarisation block on astroglial membrane transport mechanisms.
/// <i>J. Comput. Neurosci.</i> 32, 147–165, as implemented by Halnes, G., Østby, I., Pettersen, K. H., Omholt, S. W. and
/// Einevoll, G. T. (2013) Electrodiffusive model for astrocytic and neuronal ion concentration dynamics. <i>PLoS Comput.
/// Biol.</i> 9, e1003386 (ModelDB 151945, <c>Kirf.m</c> and <c>eldiff.m</c>, commit 28bb220 of ModelDBRepository/151945).
/// </para>
/// <para>The current is zero at V = E_K whatever [K⁺]ₒ. Immutable and thread-safe; every call is allocation-free.</para>
/// </remarks>
public sealed class GlialInwardRectifier
{
    private readonly double _g;      // S/m²
    private readonly double _koRef;  // mol/m³
    private readonly double _r2Ref;  // 1 + e^(−(118.6 + E_K,ref)/44.1)

    /// <summary>A Kir conductance with the given maximal conductance and reference state.</summary>
    /// <param name="conductance">ḡ at the reference state; finite and ≥ 0.</param>
    /// <param name="referencePotassium">[K⁺]ₒ,ref, where the √ factor is 1; finite and &gt; 0.</param>
    /// <param name="referenceReversal">E_K,ref, the resting E_K that normalises r₂; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public GlialInwardRectifier(ConductanceDensity conductance, Concentration referencePotassium, ElectricPotential referenceReversal)
    {
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        Guard.PositiveFinite(referencePotassium, nameof(referencePotassium));
        Guard.Finite(referenceReversal, nameof(referenceReversal));
        MaximalConductance = conductance;
        ReferencePotassium = referencePotassium;
        ReferenceReversalPotential = referenceReversal;
        _g = conductance.SiemensPerSquareMeter;
        _koRef = referencePotassium.MolesPerCubicMeter;
        _r2Ref = 1 + Math.Exp(-(118.6 + referenceReversal.Millivolts) / 44.1);
    }

    /// <summary>Øyehaug et al.'s (2012) ḡ, 1.696 mS/cm² (16.96 S/m² in Halnes et al. 2013's <c>eldiff.m</c>).</summary>
    public static ConductanceDensity Oyehaug2012Conductance => ConductanceDensity.FromMillisiemensPerSquareCentimeter(1.696);

    /// <summary>ḡ, the conductance at the reference state.</summary>
    public ConductanceDensity MaximalConductance { get; }

    /// <summary>[K⁺]ₒ,ref.</summary>
    public Concentration ReferencePotassium { get; }

    /// <summary>E_K,ref.</summary>
    public ElectricPotential ReferenceReversalPotential { get; }

    /// <summary>A copy with ḡ scaled by <paramref name="factor"/> (fewer or more channels).</summary>
    /// <param name="factor">The factor; finite and ≥ 0.</param>
    /// <returns>The scaled channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is out of range.</exception>
    public GlialInwardRectifier Scaled(double factor)
    {
        Guard.NonNegativeFinite(factor, nameof(factor), "factor");

        return new(MaximalConductance * factor, ReferencePotassium, ReferenceReversalPotential);
    }

    /// <summary>The conductance at V, E_K and [K⁺]ₒ.</summary>
    /// <param name="voltage">V; finite.</param>
    /// <param name="potassiumReversal">E_K; finite.</param>
    /// <param name="potassiumOutside">[K⁺]ₒ; finite and ≥ 0.</param>
    /// <returns>g, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ConductanceDensity Conductance(ElectricPotential voltage, ElectricPotential potassiumReversal, Concentration potassiumOutside)
    {
        Guard.Finite(voltage, nameof(voltage));
        Guard.Finite(potassiumReversal, nameof(potassiumReversal));
        Guard.NonNegativeFinite(potassiumOutside, nameof(potassiumOutside));
        return ConductanceDensity.FromSiemensPerSquareMeter(Conductance(voltage.Volts, potassiumReversal.Volts, potassiumOutside.MolesPerCubicMeter));
    }

    /// <summary>The current density I = g (V − E_K), outward positive.</summary>
    /// <param name="voltage">V; finite.</param>
    /// <param name="potassiumReversal">E_K; finite.</param>
    /// <param name="potassiumOutside">[K⁺]ₒ; finite and ≥ 0.</param>
    /// <returns>The current density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CurrentDensity Current(ElectricPotential voltage, ElectricPotential potassiumReversal, Concentration potassiumOutside) =>
        Conductance(voltage, potassiumReversal, potassiumOutside) * (voltage - potassiumReversal);

    /// <summary>g in S/m² from V and E_K in volts and [K⁺]ₒ in mol/m³.</summary>
    internal double Conductance(double volts, double reversal, double potassiumOutside)
    {
        var dv = 1000 * (volts - reversal);
        var r1 = (1 + Math.Exp(18.5 / 42.4)) / (1 + Math.Exp((dv + 18.5) / 42.4));
        var r2 = _r2Ref / (1 + Math.Exp(-(118.6 + (1000 * volts)) / 44.1));
        return _g * Math.Sqrt(potassiumOutside / _koRef) * r1 * r2;
    }
}
