using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The saturable glial K⁺ uptake of Kager, Wadman and Somjen (2000) as a buffer that binds K⁺ from the extracellular
/// space: d[KB]/dt = k₂([K⁺]ₒ) [K⁺]ₒ [B] − k₁ [KB], [B] = B_T − [KB], k₂ = k₁/(1 + e^(−([K⁺]ₒ − K_th)/s)) per mM, the
/// concentrations referred to the extracellular volume. Bound K⁺ leaves the extracellular space and returns as it is
/// released (time constant 1/k₁), so K⁺ is conserved; the sigmoid makes uptake steep above K_th, and B_T makes it saturate.
/// </summary>
/// <remarks>
/// Kager, H., Wadman, W. J. and Somjen, G. G. (2000) Simulated seizures and spreading depression in a neuron model
/// incorporating interstitial space and ion concentrations. <i>J. Neurophysiol.</i> 84, 495–512; their constants
/// (k₁ = 0.0008 ms⁻¹, K_th = 15 mM, s = 1.09 mM, B_T = 500 mM) as quoted in the NEURON files of Gentiletti et al. (2022,
/// ModelDB 267499, <c>init.hoc</c> and <c>saccum1.mod</c>, commit b30b1d4 of ModelDBRepository/267499). The binding
/// moves no charge (Kager's uptake is electroneutral). Immutable and thread-safe.
/// </remarks>
/// <param name="Total">B_T, the buffer's total, per extracellular volume.</param>
/// <param name="ReleaseTimeConstant">1/k₁.</param>
/// <param name="Threshold">K_th, the [K⁺]ₒ at which k₂ is half of k₁.</param>
/// <param name="Steepness">s, the sigmoid's slope factor.</param>
public sealed record GlialPotassiumBuffer(Concentration Total, Duration ReleaseTimeConstant, Concentration Threshold, Concentration Steepness)
{
    /// <summary>Kager et al.'s (2000) constants: B_T 500 mM, 1/k₁ = 1.25 s (k₁ = 0.0008 ms⁻¹), K_th 15 mM, s 1.09 mM.</summary>
    public static GlialPotassiumBuffer Kager2000 { get; } = new(Concentration.FromMillimolar(500), Duration.FromMilliseconds(1250), Concentration.FromMillimolar(15), Concentration.FromMillimolar(1.09));

    /// <summary>The bound [KB] in equilibrium with <paramref name="potassiumOutside"/>: B_T q/(1 + q), q = [K⁺]ₒ/(1 mM)/(1 + e^(−([K⁺]ₒ − K_th)/s)).</summary>
    /// <param name="potassiumOutside">[K⁺]ₒ; finite and ≥ 0.</param>
    /// <returns>[KB], per extracellular volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException">[K⁺]ₒ is out of range.</exception>
    public Concentration BoundAtEquilibrium(Concentration potassiumOutside)
    {
        Guard.NonNegativeFinite(potassiumOutside, nameof(potassiumOutside));
        var q = Affinity(potassiumOutside.Millimolar);
        return Concentration.FromMillimolar(Total.Millimolar * q / (1 + q));
    }

    /// <summary>Checks every field, naming <paramref name="name"/>.</summary>
    internal void Validate(string name)
    {
        Guard.NonNegativeFinite(Total, $"{name}.{nameof(Total)}");
        Guard.PositiveFinite(ReleaseTimeConstant, $"{name}.{nameof(ReleaseTimeConstant)}");
        Guard.Finite(Threshold, $"{name}.{nameof(Threshold)}");
        Guard.PositiveFinite(Steepness, $"{name}.{nameof(Steepness)}");
    }

    /// <summary>d[KB]/dt in mol/(m³·s) at [K⁺]ₒ and [KB] (both mol/m³ = mM).</summary>
    internal double BindingRate(double potassiumOutside, double bound) =>
        ((Affinity(potassiumOutside) * (Total.Millimolar - bound)) - bound) / ReleaseTimeConstant.Seconds;

    /// <summary>k₂[K⁺]ₒ/k₁ with [K⁺]ₒ in mM.</summary>
    private double Affinity(double potassiumOutside) =>
        potassiumOutside / (1 + Math.Exp(-(potassiumOutside - Threshold.Millimolar) / Steepness.Millimolar));
}
