using System;
using System.Collections.Generic;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Channels;

/// <summary>How a channel's open fraction becomes a current.</summary>
public enum CurrentLaw
{
    /// <summary>Ohmic: I = ḡ · Π xᵢ^pᵢ · (V − E), with E fixed or the ion's Nernst potential from live concentrations.</summary>
    Ohmic,

    /// <summary>GHK: I = P̄ · Π xᵢ^pᵢ · z F [c_in B(u) − c_out B(−u)], u = zFV/RT (see <see cref="GhkCurrent"/>).</summary>
    Ghk,
}

/// <summary>
/// A population of voltage-gated channels per unit membrane area: a maximal conductance (or permeability) density ×
/// the product of its gates × a current law. Outward current positive, V = φ_in − φ_out.
/// </summary>
/// <remarks>
/// <para>
/// The ohmic law with gates is Hodgkin and Huxley (1952) <i>J. Physiol.</i> 117, 500–544, eqs. 5, 6 and 14; the
/// GHK law with gates (the usual choice for Ca²⁺ channels, whose current rectifies strongly) is the GHK current
/// equation (Goldman 1943; Hodgkin and Katz 1949; Hille 2001, ch. 14) scaled by the open fraction, as in NEURON's
/// <c>ghk()</c>-based mechanisms.
/// </para>
/// <para>
/// An ohmic channel's reversal is either fixed (HH's E_Na = +50 mV, E_K = −77 mV, E_L = −54.3 mV as in NEURON's
/// <c>hh.mod</c>) or the Nernst potential of its <see cref="Ion"/> computed from the concentrations the caller or the
/// simulation holds at that moment, so a change of concentration changes E. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Channel
{
    private readonly Gate[] _gates;

    private Channel(string name, CurrentLaw law, ConductanceDensity conductance, Permeability permeability, Ion? ion, ElectricPotential? reversal, Gate[] gates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(gates);
        foreach (var gate in gates)
        {
            ArgumentNullException.ThrowIfNull(gate, nameof(gates));
        }

        Name = name;
        Law = law;
        MaximalConductance = conductance;
        MaximalPermeability = permeability;
        Ion = ion;
        FixedReversalPotential = reversal;
        _gates = (Gate[])gates.Clone();
    }

    /// <summary>The channel's name ("Na", "K", "leak"), used in recordings and error messages.</summary>
    public string Name { get; }

    /// <summary>The current law.</summary>
    public CurrentLaw Law { get; }

    /// <summary>ḡ, the conductance density with every gate open (ohmic law); zero for a GHK channel.</summary>
    public ConductanceDensity MaximalConductance { get; }

    /// <summary>P̄, the permeability with every gate open (GHK law); zero for an ohmic channel.</summary>
    public Permeability MaximalPermeability { get; }

    /// <summary>The permeant ion whose concentrations set E (ohmic) or carry the current (GHK); null for a fixed-reversal channel.</summary>
    public Ion? Ion { get; }

    /// <summary>The fixed reversal potential of an ohmic channel; null when E comes from the ion's concentrations.</summary>
    public ElectricPotential? FixedReversalPotential { get; }

    /// <summary>The gates, in order; empty for a leak.</summary>
    public IReadOnlyList<Gate> Gates => _gates;

    /// <summary>An ohmic channel with a fixed reversal potential: I = ḡ Π xᵢ^pᵢ (V − E).</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="conductance">ḡ; finite and ≥ 0.</param>
    /// <param name="reversal">E; finite.</param>
    /// <param name="gates">Its gates (none for a leak).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">A gate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ḡ or E is out of range.</exception>
    public static Channel Ohmic(string name, ConductanceDensity conductance, ElectricPotential reversal, params Gate[] gates)
    {
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        Guard.Finite(reversal, nameof(reversal));
        return new(name, CurrentLaw.Ohmic, conductance, Permeability.Zero, null, reversal, gates);
    }

    /// <summary>An ohmic channel selective for <paramref name="ion"/>: I = ḡ Π xᵢ^pᵢ (V − E_ion), E_ion the Nernst potential of the live concentrations.</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="conductance">ḡ; finite and ≥ 0.</param>
    /// <param name="ion">The permeant ion.</param>
    /// <param name="gates">Its gates (none for a leak).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">The ion or a gate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">ḡ is out of range.</exception>
    public static Channel Ohmic(string name, ConductanceDensity conductance, Ion ion, params Gate[] gates)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.NonNegativeFinite(conductance, nameof(conductance));
        return new(name, CurrentLaw.Ohmic, conductance, Permeability.Zero, ion, null, gates);
    }

    /// <summary>A channel carrying the GHK current of <paramref name="ion"/>: I = P̄ Π xᵢ^pᵢ · I_GHK(V, c_in, c_out)/P.</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="permeability">P̄; finite and ≥ 0.</param>
    /// <param name="ion">The permeant ion.</param>
    /// <param name="gates">Its gates.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">The ion or a gate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">P̄ is out of range.</exception>
    public static Channel Ghk(string name, Permeability permeability, Ion ion, params Gate[] gates)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.NonNegativeFinite(permeability, nameof(permeability));
        return new(name, CurrentLaw.Ghk, ConductanceDensity.Zero, permeability, ion, null, gates);
    }

    /// <summary>The open fraction Π xᵢ^pᵢ for the given gate values (in the order of <see cref="Gates"/>).</summary>
    /// <param name="gateValues">One value per gate, each in 0…1.</param>
    /// <returns>The open fraction, 0…1.</returns>
    /// <exception cref="ArgumentException">The span's length differs from the number of gates.</exception>
    public double OpenFraction(ReadOnlySpan<double> gateValues)
    {
        Guard.SameLength(_gates.Length, gateValues.Length, nameof(gateValues));
        var open = 1.0;
        for (var i = 0; i < _gates.Length; i++)
        {
            open *= IntegerPower(gateValues[i], _gates[i].Power);
        }

        return open;
    }

    /// <summary>The current density at V with the gates at the given values.</summary>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <param name="gateValues">One value per gate.</param>
    /// <param name="gradient">The ion's concentrations; required unless the reversal is fixed.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The current density, outward positive.</returns>
    /// <exception cref="ArgumentException">Wrong number of gate values, or no gradient where one is needed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CurrentDensity Current(ElectricPotential voltage, ReadOnlySpan<double> gateValues, IonGradient? gradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(voltage, nameof(voltage));
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var open = OpenFraction(gateValues);
        var set = constants ?? ConstantSet.Si2019;
        if (Law == CurrentLaw.Ohmic && FixedReversalPotential is { } e)
        {
            return CurrentDensity.FromAmperesPerSquareMeter(MaximalConductance.SiemensPerSquareMeter * open * (voltage.Volts - e.Volts));
        }

        if (gradient is not { } g)
        {
            throw Guard.Invalid(nameof(gradient), "null", $"given for channel '{Name}', whose current depends on the {Ion!.Name} concentrations");
        }

        if (Law == CurrentLaw.Ohmic)
        {
            var reversal = Nernst.Potential(Ion!, g, temperature, set);
            return CurrentDensity.FromAmperesPerSquareMeter(MaximalConductance.SiemensPerSquareMeter * open * (voltage.Volts - reversal.Volts));
        }

        return GhkCurrent.Density(Ion!, MaximalPermeability * open, g, voltage, temperature, set);
    }

    /// <summary>The current density at V with every gate at its steady state x∞(V): the steady-state I–V relation.</summary>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <param name="gradient">The ion's concentrations; required unless the reversal is fixed.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The current density, outward positive.</returns>
    /// <exception cref="ArgumentException">No gradient where one is needed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CurrentDensity SteadyStateCurrent(ElectricPotential voltage, IonGradient? gradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(voltage, nameof(voltage));
        Span<double> values = stackalloc double[_gates.Length];
        for (var i = 0; i < _gates.Length; i++)
        {
            values[i] = _gates[i].Kinetics.SteadyState(voltage);
        }

        return Current(voltage, values, gradient, temperature, constants);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Law}, {_gates.Length} gate(s))";

    /// <summary>x^p for a small positive integer p, by multiplication.</summary>
    internal static double IntegerPower(double x, int power)
    {
        var r = x;
        for (var k = 1; k < power; k++)
        {
            r *= x;
        }

        return r;
    }
}
