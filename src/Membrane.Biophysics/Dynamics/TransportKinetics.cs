using System;
using System.Globalization;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A rate law for a <see cref="Transport.Transporter"/>: how fast its cycle turns at a membrane potential and a set of
/// concentrations. The cycle moves each species by exactly its count in the transporter's
/// <see cref="Stoichiometry"/>, so the ions it moves and the current it carries follow from one number, the cycle rate J.
/// </summary>
/// <remarks>
/// <para>
/// J is in moles of cycles per unit membrane area per second, positive when the cycle turns in its written direction
/// (<see cref="TransportDirection.Forward"/>). Species i (count nᵢ inward per cycle, valence zᵢ) then crosses outward at
/// −nᵢ J, and the cycle carries the outward current density I = −z_net F J (Faraday's law).
/// </para>
/// <para>
/// Usable on its own (a model written as an <see cref="IOdeSystem"/>) or in a <see cref="CellModel"/>
/// (<see cref="CellModel.WithTransport"/>). The spans of concentrations list the transporter's species in the order of
/// <see cref="Stoichiometry.Translocations"/>. Every method is allocation-free. Immutable and thread-safe.
/// </para>
/// </remarks>
public abstract class TransportKinetics
{
    private readonly int[] _counts;

    private protected TransportKinetics(Transporter transporter)
    {
        ArgumentNullException.ThrowIfNull(transporter);
        Transporter = transporter;
        var translocations = transporter.Stoichiometry.Translocations;
        _counts = new int[translocations.Count];
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = translocations[i].Count;
        }
    }

    /// <summary>The transporter whose cycle this law drives (its stoichiometry sets what moves).</summary>
    public Transporter Transporter { get; }

    /// <summary>The number of species the cycle moves (the length of the concentration spans).</summary>
    public int SpeciesCount => _counts.Length;

    /// <summary>The cycle rate J at V and the given concentrations.</summary>
    /// <param name="inside">The inside concentration of each species, in the order of <see cref="Stoichiometry.Translocations"/>; each finite and &gt; 0.</param>
    /// <param name="outside">The outside concentrations, in the same order; each finite and &gt; 0.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>Moles of cycles per m² per s, positive when the cycle turns as written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A span of the wrong length, or a value out of range.</exception>
    public MolarFlux CycleRate(ReadOnlySpan<Concentration> inside, ReadOnlySpan<Concentration> outside, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(membranePotential, nameof(membranePotential));
        CheckConcentrations(inside, nameof(inside));
        CheckConcentrations(outside, nameof(outside));
        var c = constants ?? ConstantSet.Si2019;
        var thermal = c.ThermalVoltage(temperature).Volts;
        return MolarFlux.FromMolesPerSquareMeterSecond(Rate(membranePotential.Volts, MemoryMarshal.Cast<Concentration, double>(inside), MemoryMarshal.Cast<Concentration, double>(outside), thermal, c.FaradayConstant));
    }

    /// <summary>The outward current density a cycle rate carries, I = −z_net F J.</summary>
    /// <param name="cycleRate">J, from <see cref="CycleRate"/>; finite.</param>
    /// <param name="constants">F; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>I, outward positive; zero for an electroneutral transporter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">J is not finite.</exception>
    public CurrentDensity Current(MolarFlux cycleRate, ConstantSet? constants = null)
    {
        Guard.Finite(cycleRate, nameof(cycleRate));
        return CurrentDensity.FromAmperesPerSquareMeter(-Transporter.NetChargeInward * (constants ?? ConstantSet.Si2019).FaradayConstant * cycleRate.MolesPerSquareMeterSecond);
    }

    /// <summary>The outward flux of one species at a cycle rate, −n J (n its count inward per cycle).</summary>
    /// <param name="species">A species the transporter moves.</param>
    /// <param name="cycleRate">J, from <see cref="CycleRate"/>; finite.</param>
    /// <returns>The flux, outward positive.</returns>
    /// <exception cref="ArgumentException">The transporter does not move the species.</exception>
    /// <exception cref="ArgumentOutOfRangeException">J is not finite.</exception>
    public MolarFlux OutwardFlux(Ion species, MolarFlux cycleRate)
    {
        ArgumentNullException.ThrowIfNull(species);
        Guard.Finite(cycleRate, nameof(cycleRate));
        var n = Transporter.Stoichiometry.CountOf(species);
        return n != 0
            ? MolarFlux.FromMolesPerSquareMeterSecond(-n * cycleRate.MolesPerSquareMeterSecond)
            : throw Guard.Invalid(nameof(species), species.Name, $"a species {Transporter.Name} moves ({Transporter.Stoichiometry})");
    }

    /// <summary>"NCX (Luo–Rudy 1994)", invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Transporter.Name} ({LawName})");

    /// <summary>Each species' count inward per cycle, in translocation order.</summary>
    private protected ReadOnlySpan<int> Counts => _counts;

    /// <summary>The name of the rate law, for <see cref="ToString"/>.</summary>
    private protected abstract string LawName { get; }

    /// <summary>J in mol/(m²·s) from SI numbers: V in volts, concentrations in mol/m³ in translocation order, RT/F in volts, F in C/mol.</summary>
    internal abstract double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday);

    /// <summary>The current of a two-species transporter from its concentrations named one by one (species a at index <paramref name="a"/>, b at <paramref name="b"/>).</summary>
    private protected CurrentDensity CurrentOfPair(ElectricPotential membranePotential, int a, Concentration aInside, Concentration aOutside, int b, Concentration bInside, Concentration bOutside, Temperature temperature, ConstantSet? constants)
    {
        Span<Concentration> inside = stackalloc Concentration[2];
        Span<Concentration> outside = stackalloc Concentration[2];
        inside[a] = aInside;
        inside[b] = bInside;
        outside[a] = aOutside;
        outside[b] = bOutside;
        return Current(CycleRate(inside, outside, membranePotential, temperature, constants), constants);
    }

    /// <summary>The index of a species in the translocation order (for a law that reads particular ions).</summary>
    private protected int IndexOf(Ion species)
    {
        var translocations = Transporter.Stoichiometry.Translocations;
        for (var i = 0; i < translocations.Count; i++)
        {
            if (translocations[i].Species.Equals(species))
            {
                return i;
            }
        }

        throw Guard.Invalid("transporter", $"{Transporter}, which does not", $"a transporter that moves {species.Name}");
    }

    private void CheckConcentrations(ReadOnlySpan<Concentration> values, string name)
    {
        if (values.Length != _counts.Length)
        {
            throw Guard.Fail(name, $"a span of {Guard.Format(values.Length)}", $"one concentration per species of {Transporter} ({Guard.Format(_counts.Length)})");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i].MolesPerCubicMeter > 0 && double.IsFinite(values[i].MolesPerCubicMeter)))
            {
                Guard.PositiveFinite(values[i], string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"));
            }
        }
    }
}
