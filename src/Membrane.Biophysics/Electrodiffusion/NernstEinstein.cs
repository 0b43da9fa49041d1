using System;
using System.Collections.Generic;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// The Nernst–Einstein relations between an ion's diffusion coefficient D, its electrical mobility u = |z|FD/(RT)
/// and its molar conductivity λ = z²F²D/(RT); and the conductivity of a medium from its carriers,
/// σ = Σ z_i² F² D_i c_i/(RT) — for an electrolyte solution at infinite dilution or an ion-conducting solid.
/// </summary>
/// <remarks>
/// Einstein, A. (1905) <i>Ann. Phys.</i> 322, 549–560 (D = u k T/|q|); Nernst, W. (1888) <i>Z. Phys. Chem.</i> 2,
/// 613–637. In the form used here: Bard, A. J. and Faulkner, L. R. (2001) <i>Electrochemical Methods</i>, 2nd ed.,
/// Wiley, §4.2 (u_i = |z_i| F D_i/(RT), λ_i = |z_i| F u_i; equation numbers not checked here); Robinson and Stokes (1959)
/// <i>Electrolyte Solutions</i>, ch. 2. The relations hold for independent carriers (infinite dilution; in solids,
/// Haven ratio 1): they overestimate σ of concentrated solutions and of solids with correlated hops. Constants are
/// <see cref="ConstantSet.Si2019"/> unless given. Thread-safe (no state).
/// </remarks>
public static class NernstEinstein
{
    /// <summary>The electrical mobility u = |z| F D/(RT).</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static ElectricalMobility Mobility(Diffusivity diffusionCoefficient, int valence, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonZeroValence(valence, nameof(valence));
        return ElectricalMobility.FromSquareMetersPerVoltSecond(Math.Abs(valence) * diffusionCoefficient.SquareMetersPerSecond / Thermal(temperature, constants));
    }

    /// <summary>The diffusion coefficient from an electrical mobility, D = u RT/(|z| F).</summary>
    /// <param name="mobility">u; finite and ≥ 0.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static Diffusivity DiffusionCoefficient(ElectricalMobility mobility, int valence, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(mobility, nameof(mobility));
        Guard.NonZeroValence(valence, nameof(valence));
        return Diffusivity.FromSquareMetersPerSecond(mobility.SquareMetersPerVoltSecond * Thermal(temperature, constants) / Math.Abs(valence));
    }

    /// <summary>The molar conductivity of an ion (per mole of ion), λ = z² F² D/(RT).</summary>
    /// <param name="diffusionCoefficient">D; finite and ≥ 0.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarConductivity MolarConductivity(Diffusivity diffusionCoefficient, int valence, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonZeroValence(valence, nameof(valence));
        var f = (constants ?? ConstantSet.Si2019).FaradayConstant;
        return Quantities.MolarConductivity.FromSiemensSquareMetersPerMole(valence * valence * f * diffusionCoefficient.SquareMetersPerSecond / Thermal(temperature, constants));
    }

    /// <summary>The diffusion coefficient from a molar conductivity (per mole of ion), D = λ RT/(z² F²).</summary>
    /// <param name="molarConductivity">λ; finite and ≥ 0.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static Diffusivity DiffusionCoefficient(MolarConductivity molarConductivity, int valence, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.NonNegativeFinite(molarConductivity, nameof(molarConductivity));
        Guard.NonZeroValence(valence, nameof(valence));
        var f = (constants ?? ConstantSet.Si2019).FaradayConstant;
        return Diffusivity.FromSquareMetersPerSecond(molarConductivity.SiemensSquareMetersPerMole * Thermal(temperature, constants) / (valence * valence * f));
    }

    /// <summary>The conductivity of a medium from its mobile carriers, σ = Σ z_i² F² D_i c_i/(RT).</summary>
    /// <param name="carriers">The mobile charge carriers.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static ElectricalConductivity Conductivity(IEnumerable<ChargeCarrier> carriers, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        var thermal = Thermal(temperature, constants);
        var f = (constants ?? ConstantSet.Si2019).FaradayConstant;
        double sigma = 0;
        foreach (var c in carriers)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(carriers));
            sigma += (double)c.Valence * c.Valence * f * c.DiffusionCoefficient.SquareMetersPerSecond * c.Concentration.MolesPerCubicMeter / thermal;
        }

        return ElectricalConductivity.FromSiemensPerMeter(sigma);
    }

    /// <summary>
    /// The conductivity of a solution at infinite dilution from its ions' catalog diffusion coefficients (Kohlrausch's
    /// independent migration): an upper bound for real solutions (0.1 mol/kg KCl at 25 °C: 1.49 S/m ideal, 1.282 S/m measured).
    /// </summary>
    /// <param name="solution">The solution; every ion must carry a diffusion coefficient.</param>
    /// <param name="temperature">&gt; 0 K (the catalog D are at 25 °C and are not rescaled).</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">An ion has no diffusion coefficient.</exception>
    public static ElectricalConductivity Conductivity(Solution solution, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var carriers = new List<ChargeCarrier>();
        foreach (var (ion, c) in solution)
        {
            var d = ion.DiffusionCoefficient ?? throw Guard.Invalid(nameof(solution), $"{ion.Symbol}, which has none", "a solution of ions with a diffusion coefficient");
            carriers.Add(new ChargeCarrier(ion.Symbol, ion.Valence, d, c));
        }

        return Conductivity(carriers, temperature, constants);
    }

    private static double Thermal(Temperature temperature, ConstantSet? constants) =>
        (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
}
