using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>What one test pulse of <see cref="IschaemiaModel"/> evoked. Immutable and thread-safe.</summary>
/// <param name="Time">When the pulse began.</param>
/// <param name="Spike">Whether it evoked a spike: after the pulse ended, V rose by more than 10 mV above its value then and crossed 0 mV.</param>
/// <param name="Peak">The highest V from the pulse's end to the end of the probe window.</param>
/// <param name="PotentialBefore">V just before the pulse.</param>
public sealed record TestPulseResponse(Duration Time, bool Spike, ElectricPotential Peak, ElectricPotential PotentialBefore);
