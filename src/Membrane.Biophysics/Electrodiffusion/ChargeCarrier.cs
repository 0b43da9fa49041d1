using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// A mobile charge carrier of a conducting medium: an ion in solution, or a charged defect of a solid electrolyte
/// (a Li⁺ on a conducting site, an oxygen vacancy of charge +2).
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every property is equal.</remarks>
public sealed record ChargeCarrier
{
    /// <summary>Defines a carrier.</summary>
    /// <param name="name">A name, e.g. "Li⁺ (mobile)".</param>
    /// <param name="valence">Its charge number z; non-zero.</param>
    /// <param name="diffusionCoefficient">Its diffusion coefficient D; finite and ≥ 0.</param>
    /// <param name="concentration">Its concentration c (of mobile carriers only); finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public ChargeCarrier(string name, int valence, Diffusivity diffusionCoefficient, Concentration concentration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonNegativeFinite(concentration, nameof(concentration));
        Name = name;
        Valence = valence;
        DiffusionCoefficient = diffusionCoefficient;
        Concentration = concentration;
    }

    /// <summary>A carrier given by its number density n (per m³), as solid-state papers give it: c = n/N_A.</summary>
    /// <param name="name">A name.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="perCubicMeter">n in m⁻³ (10⁶ × the value in cm⁻³); finite and ≥ 0.</param>
    public static ChargeCarrier FromNumberDensity(string name, int valence, Diffusivity diffusionCoefficient, double perCubicMeter)
    {
        Guard.Finite(perCubicMeter, nameof(perCubicMeter));
        return new ChargeCarrier(name, valence, diffusionCoefficient, Concentration.FromMolesPerCubicMeter(perCubicMeter / PhysicalConstants.AvogadroConstant));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The charge number z.</summary>
    public int Valence { get; }

    /// <summary>The diffusion coefficient D.</summary>
    public Diffusivity DiffusionCoefficient { get; }

    /// <summary>The concentration of mobile carriers.</summary>
    public Concentration Concentration { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
