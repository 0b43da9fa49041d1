using System;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// Ionic strength, single-ion and mean activity coefficients (Debye–Hückel limiting and extended, Davies) with
/// temperature-dependent constants, and the activities of a solution's ions — to feed the Nernst and GHK laws
/// activities instead of concentrations.
/// </summary>
/// <remarks>
/// <para>
/// Debye, P. and Hückel, E. (1923) <i>Phys. Z.</i> 24, 185–206. With ionic strength I in mol/L (molar scale) and
/// ε_r from <see cref="WaterPermittivity"/>: κ = √(2000 N_A e² I / (ε₀ ε_r k T)) is the inverse Debye length, and
/// ln γ_i = −z_i² e² κ / (8π ε₀ ε_r k T), so A = e²/(8π ε₀ ε_r k T ln 10) · √(2000 N_A e²/(ε₀ ε_r k T)) and
/// B = κ/√I (Robinson, R. A. and Stokes, R. H. (1959) <i>Electrolyte Solutions</i>, 2nd ed., Butterworths, ch. 9:
/// A = 1.8246 × 10⁶ (ε_r T)^−3/2, B = 50.29 (ε_r T)^−1/2 Å⁻¹). At 25 °C A = 0.5116 (L/mol)^½, B = 0.3291 Å⁻¹(L/mol)^½.
/// Molality and molarity differ by under 0.3 % in dilute water; the molar scale is used throughout.
/// </para>
/// <para>
/// Activities are returned as effective concentrations a_i = γ_i c_i, so that <c>Nernst.Potential(ion, new
/// IonGradient(a_in, a_out), T)</c> is the Nernst potential in activities; the existing laws are unchanged. Single-ion
/// activity coefficients are not measurable on their own; only mean ones are (<see cref="MeanCoefficient"/>).
/// Thread-safe (no state).
/// </para>
/// </remarks>
public static class IonActivity
{
    private const double Ln10 = 2.302585092994046;

    /// <summary>The ionic strength I = ½ Σ z_i² c_i of a solution.</summary>
    /// <param name="solution">The solution.</param>
    public static Concentration IonicStrength(Solution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return solution.IonicStrength;
    }

    /// <summary>The Debye–Hückel constant A (base-10, molar scale) at a temperature, in (L/mol)^½.</summary>
    /// <param name="temperature">0–100 °C.</param>
    public static double DebyeHuckelA(Temperature temperature)
    {
        var (halfBjerrum, kappaPerRootMolar) = Lengths(temperature);
        return halfBjerrum * kappaPerRootMolar / Ln10;
    }

    /// <summary>
    /// The Debye–Hückel constant B = κ/√I at a temperature, in m⁻¹ (L/mol)^½ (multiply by 10⁻¹⁰ for the usual Å⁻¹);
    /// its inverse times 1/√I is the Debye length.
    /// </summary>
    /// <param name="temperature">0–100 °C.</param>
    public static double DebyeHuckelB(Temperature temperature) => Lengths(temperature).KappaPerRootMolar;

    /// <summary>The Debye length 1/κ of an electrolyte of ionic strength I at a temperature.</summary>
    /// <param name="ionicStrength">I; finite and &gt; 0.</param>
    /// <param name="temperature">0–100 °C.</param>
    public static Length DebyeLength(Concentration ionicStrength, Temperature temperature)
    {
        Guard.PositiveFinite(ionicStrength, nameof(ionicStrength));
        return Length.FromMeters(1 / (DebyeHuckelB(temperature) * Math.Sqrt(ionicStrength.Molar)));
    }

    /// <summary>The activity coefficient γ_i of an ion of charge number z in a solution of ionic strength I.</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="ionicStrength">I; finite and ≥ 0.</param>
    /// <param name="temperature">0–100 °C.</param>
    /// <param name="model">The model.</param>
    /// <param name="ionSize">The ion-size parameter å, required by (and only by) <see cref="ActivityModel.DebyeHuckelExtended"/>; finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bad input, or å missing for the extended law.</exception>
    public static double Coefficient(int valence, Concentration ionicStrength, Temperature temperature, ActivityModel model, Length? ionSize = null)
    {
        Guard.NonZeroValence(valence, nameof(valence));
        return Math.Exp(Ln10 * valence * valence * Log10PerZSquared(ionicStrength, temperature, model, ionSize));
    }

    /// <summary>
    /// The mean activity coefficient γ± = (γ₊^ν₊ γ₋^ν₋)^(1/(ν₊+ν₋)) of a salt of a cation of charge z₊ and an anion of
    /// charge z₋ (ν₊ = |z₋|, ν₋ = z₊), at ionic strength I — the measurable quantity that tables list.
    /// </summary>
    /// <param name="cationValence">z₊ &gt; 0.</param>
    /// <param name="anionValence">z₋ &lt; 0.</param>
    /// <param name="ionicStrength">I; finite and ≥ 0.</param>
    /// <param name="temperature">0–100 °C.</param>
    /// <param name="model">The model.</param>
    /// <param name="ionSize">å for the extended law (one mean value for both ions).</param>
    /// <returns>log γ± = z₊ z₋ f(I), with f the model's log γ per z².</returns>
    public static double MeanCoefficient(int cationValence, int anionValence, Concentration ionicStrength, Temperature temperature, ActivityModel model, Length? ionSize = null)
    {
        Guard.GreaterThan(cationValence, 0, nameof(cationValence), "charge number");

        Guard.LessThan(anionValence, 0, nameof(anionValence), "charge number");

        // (ν₊ z₊² + ν₋ z₋²)/(ν₊ + ν₋) = z₊|z₋| with ν₊ = |z₋|, ν₋ = z₊.
        return Math.Exp(Ln10 * cationValence * -anionValence * Log10PerZSquared(ionicStrength, temperature, model, ionSize));
    }

    /// <summary>
    /// The activities a_i = γ_i c_i of every ion of a solution, as effective concentrations, with γ_i from the solution's
    /// own ionic strength. Pass them to the Nernst or GHK laws to use activities instead of concentrations.
    /// </summary>
    /// <param name="solution">The solution.</param>
    /// <param name="temperature">0–100 °C.</param>
    /// <param name="model">The model.</param>
    /// <param name="ionSize">å for the extended law (one value for all ions).</param>
    public static Solution Effective(Solution solution, Temperature temperature, ActivityModel model, Length? ionSize = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var perZSquared = Log10PerZSquared(solution.IonicStrength, temperature, model, ionSize);
        return new Solution(solution.Select(e =>
            System.Collections.Generic.KeyValuePair.Create(e.Key, e.Value * Math.Exp(Ln10 * e.Key.Valence * e.Key.Valence * perZSquared))));
    }

    /// <summary>log₁₀ γ / z² for the model at ionic strength I.</summary>
    internal static double Log10PerZSquared(Concentration ionicStrength, Temperature temperature, ActivityModel model, Length? ionSize)
    {
        Guard.NonNegativeFinite(ionicStrength, nameof(ionicStrength));
        if (model == ActivityModel.Ideal)
        {
            Guard.AboveAbsoluteZero(temperature, nameof(temperature));
            return 0;
        }

        var a = DebyeHuckelA(temperature);
        var rootI = Math.Sqrt(ionicStrength.Molar);
        switch (model)
        {
            case ActivityModel.DebyeHuckelLimiting:
                return -a * rootI;
            case ActivityModel.DebyeHuckelExtended:
                if (ionSize is not { } size)
                {
                    throw Guard.Fail(nameof(ionSize), "null", "an ion-size parameter å (e.g. 4.5 Å) for the extended Debye–Hückel law");
                }

                Guard.NonNegativeFinite(size, nameof(ionSize));
                return -a * rootI / (1 + (DebyeHuckelB(temperature) * size.Meters * rootI));
            case ActivityModel.Davies:
                return -a * ((rootI / (1 + rootI)) - (0.3 * ionicStrength.Molar));
            default:
                throw Guard.Fail(nameof(model), model, $"a defined {nameof(ActivityModel)}");
        }
    }

    /// <summary>Half the Bjerrum length e²/(8π ε₀ ε_r k T) in m, and κ/√I in m⁻¹ (L/mol)^½.</summary>
    private static (double HalfBjerrum, double KappaPerRootMolar) Lengths(Temperature temperature)
    {
        var epsilon = PhysicalConstants.VacuumPermittivity * WaterPermittivity.Relative(temperature);
        var kT = PhysicalConstants.BoltzmannConstant * temperature.Kelvins;
        var e2 = PhysicalConstants.ElementaryCharge * PhysicalConstants.ElementaryCharge;
        return (e2 / (8 * Math.PI * epsilon * kT), Math.Sqrt(2000 * PhysicalConstants.AvogadroConstant * e2 / (epsilon * kT)));
    }
}
