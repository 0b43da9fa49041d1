using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Ghk;

/// <summary>One ion that crosses a membrane by electrodiffusion: which ion, how permeant, and its concentrations.</summary>
/// <param name="Ion">The ion (its valence is used).</param>
/// <param name="Permeability">The membrane's permeability to it; the laws require it finite and ≥ 0.</param>
/// <param name="Gradient">Its inside and outside concentrations; the laws require them finite and ≥ 0 (zero on one side is allowed).</param>
/// <remarks>
/// Immutable and thread-safe. Holds what it is given; <see cref="GhkVoltage"/> checks the values and names the
/// offending element in its message.
/// </remarks>
public sealed record PermeantIon(Ion Ion, Permeability Permeability, IonGradient Gradient);
