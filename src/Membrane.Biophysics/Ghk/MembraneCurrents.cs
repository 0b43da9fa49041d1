using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Ghk;

/// <summary>An ohmic branch of a membrane: a conductance density in series with its reversal potential, carrying g (V − E).</summary>
/// <param name="Conductance">The conductance density g; finite and ≥ 0.</param>
/// <param name="ReversalPotential">The reversal potential E; finite.</param>
/// <remarks>Immutable and thread-safe. The circuit of Hodgkin and Huxley (1952) <i>J. Physiol.</i> 117, 500–544, Fig. 1.</remarks>
public sealed record OhmicConductance(ConductanceDensity Conductance, ElectricPotential ReversalPotential);

/// <summary>
/// An immutable description of the currents that cross a patch of membrane in parallel: ohmic conductances,
/// GHK permeabilities and pump or transporter currents, all per unit area and outward positive. Built from
/// <see cref="Empty"/> by <c>With…</c> calls, each returning a new description.
/// </summary>
/// <remarks>
/// <para>
/// The total current density at a membrane potential V = φ_in − φ_out is
/// I(V) = Σ gᵢ (V − Eᵢ) + Σ I_GHK,j(V) + I_pump + Σ f_k(V),
/// the ohmic branches of Hodgkin and Huxley (1952), the GHK current of each permeant ion (<see cref="GhkCurrent"/>),
/// the constant pump currents and the voltage-dependent ones. <see cref="RestingPotential"/> finds where it is zero.
/// </para>
/// <para>
/// Every argument is checked when it is added, so a description that exists is valid. A voltage-dependent current is
/// a delegate the caller owns: it must be thread-safe if the description is shared, and return a finite current that is
/// continuous in V over −1 V … +1 V (the root finder brackets a sign change and needs continuity to find the root).
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class MembraneCurrents
{
    private readonly OhmicConductance[] _ohmic;
    private readonly PermeantIon[] _permeant;
    private readonly Func<ElectricPotential, CurrentDensity>[] _pumps;
    private readonly int _constantPumps;

    private MembraneCurrents(OhmicConductance[] ohmic, PermeantIon[] permeant, CurrentDensity constant, Func<ElectricPotential, CurrentDensity>[] pumps, int constantPumps)
    {
        _ohmic = ohmic;
        _permeant = permeant;
        ConstantCurrent = constant;
        _pumps = pumps;
        _constantPumps = constantPumps;
    }

    /// <summary>A membrane that carries no current; the start of every description.</summary>
    public static MembraneCurrents Empty { get; } = new([], [], CurrentDensity.Zero, [], 0);

    /// <summary>The ohmic branches, in the order they were added.</summary>
    public IReadOnlyList<OhmicConductance> Ohmic => _ohmic;

    /// <summary>The GHK-permeant ions, in the order they were added.</summary>
    public IReadOnlyList<PermeantIon> Permeant => _permeant;

    /// <summary>The sum of the constant (voltage-independent) pump and transporter current densities, outward positive.</summary>
    public CurrentDensity ConstantCurrent { get; }

    /// <summary>The voltage-dependent pump and transporter currents, in the order they were added.</summary>
    public IReadOnlyList<Func<ElectricPotential, CurrentDensity>> VoltageDependentCurrents => _pumps;

    /// <summary>Whether nothing has been added.</summary>
    public bool IsEmpty => _ohmic.Length == 0 && _permeant.Length == 0 && _pumps.Length == 0 && _constantPumps == 0;

    /// <summary>True when some branch conducts: an ohmic g &gt; 0, or a GHK ion with P &gt; 0 present on at least one side.</summary>
    internal bool Conducts =>
        _ohmic.Any(b => b.Conductance.SiemensPerSquareMeter > 0) ||
        _permeant.Any(p => p.Permeability.MetersPerSecond > 0 && (p.Gradient.Inside.Millimolar > 0 || p.Gradient.Outside.Millimolar > 0));

    /// <summary>Adds an ohmic conductance density g with reversal potential E, carrying g (V − E).</summary>
    /// <param name="conductance">g; finite and ≥ 0.</param>
    /// <param name="reversal">E; finite.</param>
    /// <returns>A new description with the branch added.</returns>
    /// <exception cref="ArgumentOutOfRangeException">g is negative, NaN or infinite, or E is not finite.</exception>
    public MembraneCurrents WithOhmic(ConductanceDensity conductance, ElectricPotential reversal)
    {
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        Guard.Finite(reversal, nameof(reversal));
        return new([.. _ohmic, new OhmicConductance(conductance, reversal)], _permeant, ConstantCurrent, _pumps, _constantPumps);
    }

    /// <summary>Adds an ion that crosses by electrodiffusion, carrying its GHK current (<see cref="GhkCurrent"/>).</summary>
    /// <param name="ion">The ion, its permeability (finite, ≥ 0) and its concentrations (finite, ≥ 0).</param>
    /// <returns>A new description with the ion added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ion"/> or its <see cref="PermeantIon.Ion"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The permeability or a concentration is negative, NaN or infinite.</exception>
    public MembraneCurrents WithGhk(PermeantIon ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        ArgumentNullException.ThrowIfNull(ion.Ion, $"{nameof(ion)}.{nameof(PermeantIon.Ion)}");
        Guard.NonNegativeFinite(ion.Permeability, $"{nameof(ion)}.{nameof(PermeantIon.Permeability)}");
        Guard.NonNegativeFinite(ion.Gradient.Inside, $"{nameof(ion)}.{nameof(PermeantIon.Gradient)}.{nameof(IonGradient.Inside)}");
        Guard.NonNegativeFinite(ion.Gradient.Outside, $"{nameof(ion)}.{nameof(PermeantIon.Gradient)}.{nameof(IonGradient.Outside)}");
        return new(_ohmic, [.. _permeant, ion], ConstantCurrent, _pumps, _constantPumps);
    }

    /// <summary>Adds a constant pump or transporter current density, outward positive (the Na⁺/K⁺ pump moves 3 Na⁺ out per 2 K⁺ in: an outward current).</summary>
    /// <param name="current">The current density; finite.</param>
    /// <returns>A new description with the current added.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The current is NaN or infinite.</exception>
    public MembraneCurrents WithPump(CurrentDensity current)
    {
        Guard.Finite(current, nameof(current));
        return new(_ohmic, _permeant, ConstantCurrent + current, _pumps, _constantPumps + 1);
    }

    /// <summary>Adds a voltage-dependent pump or transporter current density, outward positive.</summary>
    /// <param name="current">The current density as a function of V = φ_in − φ_out; it must return a finite value and be
    /// continuous for −1 V ≤ V ≤ +1 V, and be thread-safe if the description is shared.</param>
    /// <returns>A new description with the current added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public MembraneCurrents WithPump(Func<ElectricPotential, CurrentDensity> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(_ohmic, _permeant, ConstantCurrent, [.. _pumps, current], _constantPumps);
    }

    /// <summary>The total current density at membrane potential V, outward positive.</summary>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature (for the GHK currents); &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>I(V) = Σ gᵢ (V − Eᵢ) + Σ I_GHK,j(V) + I_pump + Σ f_k(V).</returns>
    /// <exception cref="ArgumentOutOfRangeException">V is not finite; T ≤ 0 K.</exception>
    /// <exception cref="ArgumentException">A voltage-dependent current returned NaN or ∞.</exception>
    public CurrentDensity TotalCurrent(ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(voltage, nameof(voltage));
        var set = constants ?? ConstantSet.Si2019;
        return CurrentDensity.FromAmperesPerSquareMeter(Total(voltage.Volts, set.ThermalVoltage(temperature).Volts, set.FaradayConstant));
    }

    /// <summary>The total current densities over a grid of membrane potentials (an I–V curve), outward positive.</summary>
    /// <param name="voltages">The membrane potentials; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives I(Vᵢ); the same length as <paramref name="voltages"/>.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length, or a voltage-dependent current returned NaN or ∞.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A voltage is not finite (named by index); T ≤ 0 K.</exception>
    public void TotalCurrents(ReadOnlySpan<ElectricPotential> voltages, Temperature temperature, Span<CurrentDensity> destination, ConstantSet? constants = null)
    {
        Guard.SameLength(voltages.Length, destination.Length, nameof(destination));
        var set = constants ?? ConstantSet.Si2019;
        var thermal = set.ThermalVoltage(temperature).Volts;
        for (var k = 0; k < voltages.Length; k++)
        {
            Guard.Finite(voltages[k], nameof(voltages), k);
            destination[k] = CurrentDensity.FromAmperesPerSquareMeter(Total(voltages[k].Volts, thermal, set.FaradayConstant));
        }
    }

    /// <summary>I(V) in A/m² for checked inputs.</summary>
    internal double Total(double volts, double thermal, double faraday)
    {
        var sum = ConstantCurrent.AmperesPerSquareMeter;
        foreach (var branch in _ohmic)
        {
            sum += branch.Conductance.SiemensPerSquareMeter * (volts - branch.ReversalPotential.Volts);
        }

        foreach (var ion in _permeant)
        {
            var z = ion.Ion.Valence;
            var p = ion.Permeability.MetersPerSecond;
            if (p > 0)
            {
                sum += p * z * faraday * GhkCurrent.FluxPerPermeability(ion.Gradient.Inside.MolesPerCubicMeter, ion.Gradient.Outside.MolesPerCubicMeter, z * volts / thermal);
            }
        }

        for (var k = 0; k < _pumps.Length; k++)
        {
            var i = _pumps[k](ElectricPotential.FromVolts(volts)).AmperesPerSquareMeter;
            if (!double.IsFinite(i))
            {
                throw Guard.Invalid(
                    nameof(VoltageDependentCurrents),
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(VoltageDependentCurrents)}[{k}] returning {i} A/m² at V = {volts * 1e3} mV"),
                    "functions that return a finite current density");
            }

            sum += i;
        }

        return sum;
    }

    /// <summary>The smallest and largest reversal potentials (V) among the ohmic branches with g &gt; 0 and the GHK ions with P &gt; 0 present on both sides; false when there are none.</summary>
    internal bool ReversalRange(double thermal, out double lowest, out double highest)
    {
        lowest = double.PositiveInfinity;
        highest = double.NegativeInfinity;
        foreach (var branch in _ohmic)
        {
            if (branch.Conductance.SiemensPerSquareMeter > 0)
            {
                lowest = Math.Min(lowest, branch.ReversalPotential.Volts);
                highest = Math.Max(highest, branch.ReversalPotential.Volts);
            }
        }

        foreach (var ion in _permeant)
        {
            double ci = ion.Gradient.Inside.MolesPerCubicMeter, co = ion.Gradient.Outside.MolesPerCubicMeter;
            if (ion.Permeability.MetersPerSecond > 0 && ci > 0 && co > 0)
            {
                var e = thermal * AccurateMath.LogRatio(co, ci) / ion.Ion.Valence;
                lowest = Math.Min(lowest, e);
                highest = Math.Max(highest, e);
            }
        }

        return lowest <= highest;
    }
}
