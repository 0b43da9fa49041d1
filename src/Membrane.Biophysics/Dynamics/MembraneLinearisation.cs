using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A cell's membrane current linearised about one potential V₀, branch by branch, as
/// <see cref="Simulation.Linearisation()"/> and <see cref="Simulation.SteadyStateLinearisation"/> report it: the
/// current balance a model would otherwise re-derive by hand. The sum of the slopes is the membrane's slope
/// conductance with the gates frozen (the G of Mauro et al. 1970's linearised membrane; the steady-state slope adds
/// the gates' own dependence on V). Immutable.
/// </summary>
public sealed class MembraneLinearisation
{
    internal MembraneLinearisation(ElectricPotential potential, IReadOnlyList<LinearisedBranch> branches)
    {
        Potential = potential;
        Branches = branches;
    }

    /// <summary>V₀, the potential linearised about.</summary>
    public ElectricPotential Potential { get; }

    /// <summary>Every branch, in the simulator's order: channels, synapses, then each transporter's species.</summary>
    public IReadOnlyList<LinearisedBranch> Branches { get; }

    /// <summary>Σ G: the membrane's slope conductance at V₀ with the gates, activations and concentrations frozen.</summary>
    public ConductanceDensity SlopeConductance => ConductanceDensity.FromSiemensPerSquareMeter(Branches.Sum(b => b.Slope.SiemensPerSquareMeter));

    /// <summary>The total membrane current at V₀, Σ (G V₀ + J), outward positive (without injected or clamp current).</summary>
    public CurrentDensity Current => CurrentDensity.FromAmperesPerSquareMeter(Branches.Sum(b => b.CurrentAt(Potential).AmperesPerSquareMeter));

    /// <summary>The current at V₀ of the branches carrying <paramref name="ion"/> (a transporter counts for each species it moves, by its stoichiometry).</summary>
    /// <param name="ion">The ion.</param>
    /// <returns>Its current density, outward positive; zero when no branch carries it.</returns>
    public CurrentDensity IonCurrent(Ion ion) =>
        CurrentDensity.FromAmperesPerSquareMeter(Branches.Where(b => b.Ion == ion).Sum(b => b.CurrentAt(Potential).AmperesPerSquareMeter));
}
