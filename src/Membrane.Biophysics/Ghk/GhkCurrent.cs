using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Ghk;

/// <summary>
/// The Goldman–Hodgkin–Katz current equation: the current density carried by one permeant ion through a membrane
/// of permeability P at membrane potential V = φ_in − φ_out, outward positive,
/// I = P z² F² V/(RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)); and the molar flux J = I / (zF).
/// </summary>
/// <remarks>
/// <para>
/// Goldman, D. E. (1943) Potential, impedance, and rectification in membranes. <i>J. Gen. Physiol.</i> 27, 37–60.
/// Hodgkin, A. L. and Katz, B. (1949) The effect of sodium ions on the electrical activity of the giant axon of the
/// squid. <i>J. Physiol.</i> 108, 37–77. In the form used here: Hille, B. (2001) <i>Ion Channels of Excitable
/// Membranes</i>, 3rd ed., Sinauer, ch. 14 (the GHK current equation); the same expression as NEURON's
/// <c>ghk()</c> (neuronsimulator/nrn, src/nrnoc/eion.cpp), which returns it per unit permeability.
/// </para>
/// <para>
/// With u = zFV/RT and B(u) = u / (1 − e^(−u)) the law reads I = P z F [c_in B(u) − c_out B(−u)], since
/// e^(−u) B(u) = B(−u). With a = −|u| ≤ 0 and y = e^a, B(|u|) = a / expm1(a) = |u| / (1 − e^(−|u|)) and
/// B(−|u|) = y·B(|u|), expm1 computed accurately from the same y (Kahan's method); only e^(−|u|) is ever formed, so
/// nothing overflows for any physical V (a V so large that u itself overflows, |V| ≳ 10³⁰⁰ V, is refused). For |u| &lt; 10⁻³ the series B(±|u|) = 1 ± |u|/2 + u²/12 − u⁴/720 is used: the current
/// is finite and smooth through V = 0, where it equals the limit P z F (c_in − c_out) to rounding.
/// </para>
/// <para>
/// Concentrations may be zero on either side (a GHK current needs no ion on the far side); they and the
/// permeability must be finite and ≥ 0. Temperature is always passed; constants are
/// <see cref="ConstantSet.Si2019"/> unless given. Thread-safe (no state).
/// </para>
/// </remarks>
public static partial class GhkCurrent
{
    /// <summary>The GHK current density of an ion.</summary>
    /// <param name="ion">The permeant ion (its valence is used).</param>
    /// <param name="permeability">The membrane's permeability to it; finite and ≥ 0.</param>
    /// <param name="gradient">Its inside and outside concentrations; each finite and ≥ 0.</param>
    /// <param name="voltage">The membrane potential V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>I = P z F [c_in B(u) − c_out B(−u)], u = zFV/RT; outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or out of its range.</exception>
    public static CurrentDensity Density(Ion ion, Permeability permeability, IonGradient gradient, ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return Density(ion.Valence, permeability, gradient.Inside, gradient.Outside, voltage, temperature, constants);
    }

    /// <summary>The GHK current density of a species of charge number <paramref name="valence"/>.</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="permeability">The membrane's permeability to it; finite and ≥ 0.</param>
    /// <param name="inside">The inside concentration; finite and ≥ 0.</param>
    /// <param name="outside">The outside concentration; finite and ≥ 0.</param>
    /// <param name="voltage">The membrane potential V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>I = P z² F² V/(RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)); outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">z = 0, or a value is NaN, infinite or out of its range.</exception>
    public static CurrentDensity Density(int valence, Permeability permeability, Concentration inside, Concentration outside, ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        var set = constants ?? ConstantSet.Si2019;
        var flux = FluxPerPermeability(valence, inside, outside, voltage, temperature, set);
        Guard.NonNegativeFinite(permeability, nameof(permeability));
        return CurrentDensity.FromAmperesPerSquareMeter(permeability.MetersPerSecond * valence * set.FaradayConstant * flux);
    }

    /// <summary>The GHK molar flux of an ion, outward positive: J = I / (zF).</summary>
    /// <param name="ion">The permeant ion (its valence is used).</param>
    /// <param name="permeability">The membrane's permeability to it; finite and ≥ 0.</param>
    /// <param name="gradient">Its inside and outside concentrations; each finite and ≥ 0.</param>
    /// <param name="voltage">The membrane potential V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>J = P [c_in B(u) − c_out B(−u)], u = zFV/RT; outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or out of its range.</exception>
    public static MolarFlux Flux(Ion ion, Permeability permeability, IonGradient gradient, ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return Flux(ion.Valence, permeability, gradient.Inside, gradient.Outside, voltage, temperature, constants);
    }

    /// <summary>The GHK molar flux of a species of charge number <paramref name="valence"/>, outward positive: J = I / (zF).</summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="permeability">The membrane's permeability to it; finite and ≥ 0.</param>
    /// <param name="inside">The inside concentration; finite and ≥ 0.</param>
    /// <param name="outside">The outside concentration; finite and ≥ 0.</param>
    /// <param name="voltage">The membrane potential V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>J = P z F V/(RT) · (c_in − c_out e^(−zFV/RT)) / (1 − e^(−zFV/RT)); outward positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">z = 0, or a value is NaN, infinite or out of its range.</exception>
    public static MolarFlux Flux(int valence, Permeability permeability, Concentration inside, Concentration outside, ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        var flux = FluxPerPermeability(valence, inside, outside, voltage, temperature, constants ?? ConstantSet.Si2019);
        Guard.NonNegativeFinite(permeability, nameof(permeability));
        return MolarFlux.FromMolesPerSquareMeterSecond(permeability.MetersPerSecond * flux);
    }

    /// <summary>
    /// GHK current densities over a grid of membrane potentials (an I–V curve), for one ion and one gradient.
    /// Allocation-free and SIMD-vectorised; agrees with <see cref="Density(int, Permeability, Concentration, Concentration, ElectricPotential, Temperature, ConstantSet?)"/>
    /// to a few ulps of the one-way currents.
    /// </summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="permeability">The membrane's permeability; finite and ≥ 0.</param>
    /// <param name="inside">The inside concentration; finite and ≥ 0.</param>
    /// <param name="outside">The outside concentration; finite and ≥ 0.</param>
    /// <param name="voltages">The membrane potentials; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the current densities; the same length as <paramref name="voltages"/>. May be
    /// the same memory as <paramref name="voltages"/> (each element is read before it is written), but not offset from it.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A bad scalar input, or a voltage that is NaN or infinite (the message names its index; the elements before it
    /// have been written).
    /// </exception>
    public static void Densities(
        int valence,
        Permeability permeability,
        Concentration inside,
        Concentration outside,
        ReadOnlySpan<ElectricPotential> voltages,
        Temperature temperature,
        Span<CurrentDensity> destination,
        ConstantSet? constants = null)
    {
        Guard.SameLength(voltages.Length, destination.Length, nameof(destination));
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.NonNegativeFinite(permeability, nameof(permeability));
        Guard.NonNegativeFinite(inside, nameof(inside));
        Guard.NonNegativeFinite(outside, nameof(outside));
        var set = constants ?? ConstantSet.Si2019;
        var thermal = set.ThermalVoltage(temperature).Volts;
        var scale = permeability.MetersPerSecond * valence * set.FaradayConstant;
        DensityKernel(
            MemoryMarshal.Cast<ElectricPotential, double>(voltages),
            valence,
            thermal,
            scale,
            inside.MolesPerCubicMeter,
            outside.MolesPerCubicMeter,
            MemoryMarshal.Cast<CurrentDensity, double>(destination));
    }

    /// <summary>GHK current densities over a grid of membrane potentials for an ion. Allocation-free.</summary>
    /// <param name="ion">The permeant ion (its valence is used).</param>
    /// <param name="permeability">The membrane's permeability; finite and ≥ 0.</param>
    /// <param name="gradient">Its inside and outside concentrations; each finite and ≥ 0.</param>
    /// <param name="voltages">The membrane potentials; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the current densities; the same length as <paramref name="voltages"/>.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad scalar input, or a voltage that is NaN or infinite.</exception>
    public static void Densities(
        Ion ion,
        Permeability permeability,
        IonGradient gradient,
        ReadOnlySpan<ElectricPotential> voltages,
        Temperature temperature,
        Span<CurrentDensity> destination,
        ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Densities(ion.Valence, permeability, gradient.Inside, gradient.Outside, voltages, temperature, destination, constants);
    }

    /// <summary>
    /// The GHK flux per unit permeability, c_in B(u) − c_out B(−u) in mol/m³ (× P in m/s gives mol/(m²·s)),
    /// after checking every input but the permeability.
    /// </summary>
    internal static double FluxPerPermeability(int valence, Concentration inside, Concentration outside, ElectricPotential voltage, Temperature temperature, ConstantSet constants)
    {
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.NonNegativeFinite(inside, nameof(inside));
        Guard.NonNegativeFinite(outside, nameof(outside));
        Guard.Finite(voltage, nameof(voltage));
        var u = voltage.Volts * (valence / constants.ThermalVoltage(temperature).Volts); // as the batch rounds it: one multiply per point
        var flux = FluxPerPermeability(inside.MolesPerCubicMeter, outside.MolesPerCubicMeter, u);
        return double.IsFinite(flux)
            ? flux
            : throw Guard.Fail(nameof(voltage), voltage, "a potential whose GHK current is a finite double");
    }

    /// <summary>
    /// c_in B(u) − c_out B(−u), unchecked, with B(u) = u/(1 − e^(−u)) (in the x/(eˣ − 1) form of the Bernoulli function,
    /// B(−u)): both factors from one exponential and one logarithm (<see cref="Bernoulli.Of(double, out double)"/>).
    /// The scalar twin of the SIMD kernel in <c>GhkCurrent.Batch.cs</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double FluxPerPermeability(double inside, double outside, double u)
    {
        var outwardFactor = Bernoulli.Of(-u, out var inwardFactor); // u/(1 − e^(−u)) and −u/(1 − e^u)
        return (inside * outwardFactor) - (outside * inwardFactor);
    }
}
