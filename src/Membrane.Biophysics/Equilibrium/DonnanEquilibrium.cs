using System.Globalization;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>The result of <see cref="Donnan.Equilibrium"/>: the Donnan potential and the inside solution it holds.</summary>
/// <param name="Potential">The Donnan potential V = φ_in − φ_out.</param>
/// <param name="Inside">The inside concentration of every permeant ion at equilibrium.</param>
/// <param name="DonnanRatio">r = c_in/c_out of a monovalent cation, exp(−FV/RT); an ion of valence z has r^z.</param>
/// <param name="Iterations">Newton iterations the solve took (at least 1).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DonnanEquilibrium(ElectricPotential Potential, Solution Inside, double DonnanRatio, int Iterations)
{
    /// <summary>"V = −12.3 mV, r = 1.63; inside: K⁺ …", invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"V = {Potential}, r = {DonnanRatio:G6}; inside: {Inside}");
}
