using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// The Nernst–Planck flux of one species at a point: J = −D (dc/dx + (zF/RT) c dφ/dx), the sum of a diffusion part
/// −D dc/dx and a drift (migration) part −(zFD/RT) c dφ/dx; equivalently J = −(D c/RT) dμ̃/dx with the electrochemical
/// potential μ̃ = μ° + RT ln c + zFφ. Positive along +x (across a membrane with x running from inside to outside,
/// outward positive, as everywhere in this library).
/// </summary>
/// <remarks>
/// Nernst, W. (1888) <i>Z. Phys. Chem.</i> 2, 613–637; Planck, M. (1890) <i>Ann. Phys.</i> 275, 161–186. In the form
/// used here: Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Sinauer, ch. 14 (with
/// mobility written through D by Einstein's relation); Bard, A. J. and Faulkner, L. R. (2001) <i>Electrochemical
/// Methods</i>, 2nd ed., Wiley, §4.1. Ideal solution (activity = concentration). Constants are
/// <see cref="ConstantSet.Si2019"/> unless given. Thread-safe (no state).
/// </remarks>
public static class NernstPlanck
{
    /// <summary>The Nernst–Planck flux J = −D (dc/dx + (zF/RT) c dφ/dx).</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="concentration">c at the point; finite and ≥ 0.</param>
    /// <param name="concentrationGradient">dc/dx; finite.</param>
    /// <param name="potentialGradient">dφ/dx (minus the electric field); finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or out of its range.</exception>
    public static MolarFlux Flux(Diffusivity diffusionCoefficient, int valence, Concentration concentration, ConcentrationGradient concentrationGradient, PotentialGradient potentialGradient, Temperature temperature, ConstantSet? constants = null) =>
        DiffusionFlux(diffusionCoefficient, concentrationGradient)
        + DriftFlux(diffusionCoefficient, valence, concentration, potentialGradient, temperature, constants);

    /// <summary>The Nernst–Planck flux of an ion, with its catalog diffusion coefficient and valence.</summary>
    /// <param name="ion">The ion; it must carry a diffusion coefficient.</param>
    /// <param name="concentration">c at the point; finite and ≥ 0.</param>
    /// <param name="concentrationGradient">dc/dx; finite.</param>
    /// <param name="potentialGradient">dφ/dx; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The ion has no diffusion coefficient.</exception>
    public static MolarFlux Flux(Ion ion, Concentration concentration, ConcentrationGradient concentrationGradient, PotentialGradient potentialGradient, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var d = ion.DiffusionCoefficient ?? throw Guard.Invalid(nameof(ion), $"{ion.Symbol}, which has none", "an ion with a diffusion coefficient (or pass one explicitly)");
        return Flux(d, ion.Valence, concentration, concentrationGradient, potentialGradient, temperature, constants);
    }

    /// <summary>The diffusion part of the flux, Fick's first law: −D dc/dx.</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="concentrationGradient">dc/dx; finite.</param>
    public static MolarFlux DiffusionFlux(Diffusivity diffusionCoefficient, ConcentrationGradient concentrationGradient)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.Finite(concentrationGradient, nameof(concentrationGradient));
        return MolarFlux.FromMolesPerSquareMeterSecond(-diffusionCoefficient.SquareMetersPerSecond * concentrationGradient.MolesPerMeterToTheFourth);
    }

    /// <summary>The drift (migration) part of the flux, −(zFD/RT) c dφ/dx = −sign(z) u c dφ/dx with u the electrical mobility.</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="concentration">c; finite and ≥ 0.</param>
    /// <param name="potentialGradient">dφ/dx; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarFlux DriftFlux(Diffusivity diffusionCoefficient, int valence, Concentration concentration, PotentialGradient potentialGradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.NonNegativeFinite(concentration, nameof(concentration));
        Guard.Finite(potentialGradient, nameof(potentialGradient));
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        return MolarFlux.FromMolesPerSquareMeterSecond(
            -diffusionCoefficient.SquareMetersPerSecond * valence * concentration.MolesPerCubicMeter * potentialGradient.VoltsPerMeter / thermal);
    }

    /// <summary>The gradient of the electrochemical potential, dμ̃/dx = RT (dc/dx)/c + zF dφ/dx (ideal solution).</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="concentration">c; finite and &gt; 0.</param>
    /// <param name="concentrationGradient">dc/dx; finite.</param>
    /// <param name="potentialGradient">dφ/dx; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarEnergyGradient ElectrochemicalGradient(int valence, Concentration concentration, ConcentrationGradient concentrationGradient, PotentialGradient potentialGradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.PositiveFinite(concentration, nameof(concentration));
        Guard.Finite(concentrationGradient, nameof(concentrationGradient));
        Guard.Finite(potentialGradient, nameof(potentialGradient));
        var set = constants ?? ConstantSet.Si2019;
        var rt = set.ThermalEnergy(temperature).JoulesPerMole;
        return MolarEnergyGradient.FromJoulesPerMoleMeter(
            (rt * concentrationGradient.MolesPerMeterToTheFourth / concentration.MolesPerCubicMeter) + (valence * set.FaradayConstant * potentialGradient.VoltsPerMeter));
    }

    /// <summary>The flux driven by an electrochemical-potential gradient, J = −(D c/RT) dμ̃/dx (Onsager form).</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="concentration">c; finite and ≥ 0.</param>
    /// <param name="electrochemicalGradient">dμ̃/dx; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarFlux FluxFromElectrochemicalGradient(Diffusivity diffusionCoefficient, Concentration concentration, MolarEnergyGradient electrochemicalGradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonNegativeFinite(concentration, nameof(concentration));
        Guard.Finite(electrochemicalGradient, nameof(electrochemicalGradient));
        var rt = (constants ?? ConstantSet.Si2019).ThermalEnergy(temperature).JoulesPerMole;
        return MolarFlux.FromMolesPerSquareMeterSecond(
            -diffusionCoefficient.SquareMetersPerSecond * concentration.MolesPerCubicMeter * electrochemicalGradient.JoulesPerMoleMeter / rt);
    }

    /// <summary>The electric current density carried by a molar flux of a species of charge number z, I = zFJ.</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="flux">J; finite.</param>
    /// <param name="constants">F; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static CurrentDensity Current(int valence, MolarFlux flux, ConstantSet? constants = null)
    {
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.Finite(flux, nameof(flux));
        return CurrentDensity.FromAmperesPerSquareMeter(valence * (constants ?? ConstantSet.Si2019).FaradayConstant * flux.MolesPerSquareMeterSecond);
    }
}
