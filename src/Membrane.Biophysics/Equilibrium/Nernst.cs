using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>
/// The Nernst equilibrium potential E = (RT / zF) · ln(c_out / c_in): the membrane potential V = φ_in − φ_out at
/// which a single permeant species is in equilibrium across the membrane; and its inverse, the concentration on
/// one side that makes a wanted E.
/// </summary>
/// <remarks>
/// Nernst, W. (1889) Die elektromotorische Wirksamkeit der Ionen. <i>Z. Phys. Chem.</i> 4, 129–181.
/// In the form used here: Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Sinauer, ch. 1, eq. 1-8.
/// Every method takes the temperature explicitly; constants are <see cref="ConstantSet.Si2019"/> unless given.
/// Batch overloads (<see cref="Potentials"/>) are allocation-free and SIMD-vectorised.
/// </remarks>
public static partial class Nernst
{
    /// <summary>The Nernst potential of an ion.</summary>
    /// <param name="ion">The permeant ion (its valence is used).</param>
    /// <param name="gradient">Its inside and outside concentrations; both finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>E = (RT / zF) ln(c_out / c_in).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is ≤ 0, NaN or infinite, or T ≤ 0 K.</exception>
    public static ElectricPotential Potential(Ion ion, IonGradient gradient, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return Potential(ion.Valence, gradient.Inside, gradient.Outside, temperature, constants);
    }

    /// <summary>The Nernst potential of a species of charge number <paramref name="valence"/>.</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="inside">The inside concentration; finite and &gt; 0.</param>
    /// <param name="outside">The outside concentration; finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>E = (RT / zF) ln(c_out / c_in).</returns>
    /// <exception cref="ArgumentOutOfRangeException">z = 0, a concentration ≤ 0, NaN or infinite, or T ≤ 0 K.</exception>
    public static ElectricPotential Potential(int valence, Concentration inside, Concentration outside, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.PositiveFinite(inside, nameof(inside));
        Guard.PositiveFinite(outside, nameof(outside));
        var slope = NaturalSlope(valence, temperature, constants);
        return ElectricPotential.FromVolts(slope * AccurateMath.LogRatio(outside.MolesPerCubicMeter, inside.MolesPerCubicMeter));
    }

    /// <summary>The inside concentration at which the Nernst potential equals <paramref name="potential"/>: c_in = c_out · exp(−zFE/RT).</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="outside">The outside concentration; finite and &gt; 0.</param>
    /// <param name="potential">The wanted equilibrium potential; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad input, or a result beyond the range of a double.</exception>
    public static Concentration InsideConcentration(int valence, Concentration outside, ElectricPotential potential, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.PositiveFinite(outside, nameof(outside));
        Guard.Finite(potential, nameof(potential));
        var slope = NaturalSlope(valence, temperature, constants);
        return Concentration.FromMillimolar(ScaleOrThrow(outside.Millimolar, -potential.Volts / slope, potential.Volts, nameof(potential)));
    }

    /// <summary>The outside concentration at which the Nernst potential equals <paramref name="potential"/>: c_out = c_in · exp(zFE/RT).</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="inside">The inside concentration; finite and &gt; 0.</param>
    /// <param name="potential">The wanted equilibrium potential; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad input, or a result beyond the range of a double.</exception>
    public static Concentration OutsideConcentration(int valence, Concentration inside, ElectricPotential potential, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.PositiveFinite(inside, nameof(inside));
        Guard.Finite(potential, nameof(potential));
        var slope = NaturalSlope(valence, temperature, constants);
        return Concentration.FromMillimolar(ScaleOrThrow(inside.Millimolar, potential.Volts / slope, potential.Volts, nameof(potential)));
    }

    /// <summary>
    /// The change of E per tenfold change of concentration ratio, (RT ln 10)/(zF): 61.5 mV at 37 °C for z = +1.
    /// </summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static ElectricPotential SlopePerDecade(int valence, Temperature temperature, ConstantSet? constants = null) =>
        ElectricPotential.FromVolts(NaturalSlope(valence, temperature, constants) * Math.Log(10));

    /// <summary>RT/(zF) in volts, after checking z and T.</summary>
    internal static double NaturalSlope(int valence, Temperature temperature, ConstantSet? constants)
    {
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var set = constants ?? ConstantSet.Si2019;
        return set.MolarGasConstant * temperature.Kelvins / (valence * set.FaradayConstant);
    }

    /// <summary>c·exp(x), or NaN when the result is not a positive finite double.</summary>
    private static double Scale(double concentration, double exponent)
    {
        var result = concentration * Math.Exp(exponent);
        if (!(result > 0 && double.IsFinite(result)))
        {
            result = Math.Exp(Math.Log(concentration) + exponent); // the product over- or underflowed before the result did
        }

        return result > 0 && double.IsFinite(result) ? result : double.NaN;
    }

    private static double ScaleOrThrow(double concentration, double exponent, double potentialVolts, string parameterName)
    {
        var result = Scale(concentration, exponent);
        return double.IsNaN(result)
            ? throw Guard.Fail(
                parameterName,
                ElectricPotential.FromVolts(potentialVolts),
                "a potential whose concentration is a positive finite double")
            : result;
    }
}
