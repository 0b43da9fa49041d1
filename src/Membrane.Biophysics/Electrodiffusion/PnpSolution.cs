using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// The steady state found by <see cref="PoissonNernstPlanck.SteadyState"/>: the grid, the potential and concentration
/// profiles, each species' flux (positive along +x, i.e. outward from the left/inside end) and the current.
/// </summary>
/// <remarks>Immutable and thread-safe: the lists are copies owned by this object.</remarks>
public sealed class PnpSolution
{
    internal PnpSolution(Length[] positions, ElectricPotential[] potential, Concentration[][] concentrations, MolarFlux[] fluxes, double fluxNonuniformity, CurrentDensity current, int iterations, double lastUpdate)
    {
        Positions = System.Array.AsReadOnly(positions);
        Potential = System.Array.AsReadOnly(potential);
        Concentrations = System.Array.AsReadOnly(System.Array.ConvertAll(concentrations, c => (IReadOnlyList<Concentration>)System.Array.AsReadOnly(c)));
        Fluxes = System.Array.AsReadOnly(fluxes);
        FluxNonuniformity = fluxNonuniformity;
        Current = current;
        Iterations = iterations;
        LastUpdate = lastUpdate;
    }

    /// <summary>The grid nodes x₀ = 0 … x_N = L (refined near both ends).</summary>
    public IReadOnlyList<Length> Positions { get; }

    /// <summary>φ at each node.</summary>
    public IReadOnlyList<ElectricPotential> Potential { get; }

    /// <summary>Each species' concentration at each node, in the order the species were given.</summary>
    public IReadOnlyList<IReadOnlyList<Concentration>> Concentrations { get; }

    /// <summary>Each species' steady flux (the Scharfetter–Gummel flux averaged over the intervals), positive along +x.</summary>
    public IReadOnlyList<MolarFlux> Fluxes { get; }

    /// <summary>
    /// The spread (max − min) of each species' interval fluxes relative to the larger of its largest |J| and its
    /// diffusive scale D·c/L, maximised over species: how far the discrete flux is from constant along the domain (a
    /// steady state conserves it; this is the solver's own check, about 10⁻¹⁰ at 10³ nodes).
    /// </summary>
    public double FluxNonuniformity { get; }

    /// <summary>The electric current density F Σ z_i J_i, positive along +x (outward).</summary>
    public CurrentDensity Current { get; }

    /// <summary>Newton iterations taken.</summary>
    public int Iterations { get; }

    /// <summary>The size of the last Newton update (relative for concentrations, in RT/F for the potential).</summary>
    public double LastUpdate { get; }

    /// <summary>"N nodes, I = … A/m², n Newton iterations", invariant culture.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Positions.Count} nodes, I = {Current}, {Iterations} Newton iterations, flux non-uniformity {FluxNonuniformity:G2}");
}
