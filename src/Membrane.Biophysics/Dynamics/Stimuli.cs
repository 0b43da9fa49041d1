using System;
using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A rectangular step of injected current density, on from <paramref name="Start"/> for <paramref name="Length"/>.
/// Positive <paramref name="Amplitude"/> is current injected <i>into</i> the cell by an electrode, which depolarises
/// (NEURON's <c>IClamp</c> convention); it enters C dV/dt = I_injected − I_membrane, I_membrane outward positive.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Start">When it switches on, from t = 0.</param>
/// <param name="Length">How long it stays on.</param>
/// <param name="Amplitude">The injected current density, positive into the cell.</param>
public sealed record CurrentStep(Duration Start, Duration Length, CurrentDensity Amplitude);

/// <summary>
/// A voltage-clamp command step: V is held at <paramref name="Potential"/> from <paramref name="Start"/> for
/// <paramref name="Length"/>; outside every step the clamp holds its holding potential. Immutable and thread-safe.
/// </summary>
/// <param name="Start">When the step begins, from t = 0.</param>
/// <param name="Length">How long it lasts.</param>
/// <param name="Potential">The command potential V = φ_in − φ_out.</param>
public sealed record ClampStep(Duration Start, Duration Length, ElectricPotential Potential);

/// <summary>A synapse of a <see cref="CellModel"/> and the times of its presynaptic events, sorted. Immutable and thread-safe.</summary>
public sealed class SynapticInput
{
    private readonly Duration[] _events;

    internal SynapticInput(Synapse synapse, Duration[] sortedEvents)
    {
        Synapse = synapse;
        _events = sortedEvents;
    }

    /// <summary>The synapse.</summary>
    public Synapse Synapse { get; }

    /// <summary>The event times, increasing.</summary>
    public IReadOnlyList<Duration> Events => _events;
}

/// <summary>
/// The sizes that turn membrane currents into concentration changes: the membrane area, the cell's volume and,
/// for a closed extracellular space, its volume (null for an infinite bath). Immutable and thread-safe.
/// </summary>
/// <param name="MembraneArea">The membrane area A.</param>
/// <param name="InsideVolume">The intracellular volume.</param>
/// <param name="OutsideVolume">The extracellular volume; null for a bath of fixed composition.</param>
public sealed record IonPools(Area MembraneArea, Volume InsideVolume, Volume? OutsideVolume);

/// <summary>A saturable removal of one ion from the outside volume (see <see cref="CellModel.WithOutsideUptake"/>). Immutable and thread-safe.</summary>
/// <param name="Ion">The ion removed.</param>
/// <param name="MaximalFlux">J_max per unit area of the cell's membrane.</param>
/// <param name="HalfSaturation">K_d.</param>
public sealed record OutsideUptake(Ion Ion, MolarFlux MaximalFlux, Concentration HalfSaturation);

/// <summary>A fast cytoplasmic buffer at equilibrium with its ion (see <see cref="CellModel.WithFastBuffer"/>). Immutable and thread-safe.</summary>
/// <param name="Ion">The buffered ion.</param>
/// <param name="Total">B_T, the total buffer concentration.</param>
/// <param name="DissociationConstant">K_d.</param>
public sealed record FastBuffer(Ion Ion, Concentration Total, Concentration DissociationConstant)
{
    /// <summary>
    /// The free concentration c at which free plus bound equals <paramref name="total"/>: the positive root of
    /// c² + (K_d + B_T − T) c − T K_d = 0, written so that neither branch cancels.
    /// </summary>
    internal static double FreeConcentration(double total, double bufferTotal, double dissociation)
    {
        var p = dissociation + bufferTotal - total;
        var root = Math.Sqrt((p * p) + (4 * total * dissociation));
        return p >= 0 ? 2 * total * dissociation / (p + root) : 0.5 * (root - p);
    }
}

/// <summary>Osmotic water flow across the membrane (see <see cref="CellModel.WithOsmoticVolume"/>). Immutable and thread-safe.</summary>
/// <param name="OsmoticPermeability">P_f, the membrane's osmotic water permeability.</param>
/// <param name="Impermeant">The inside concentration of impermeant solutes X; null to set it so the cell starts at osmotic balance.</param>
public sealed record OsmoticWater(Permeability OsmoticPermeability, Concentration? Impermeant);
