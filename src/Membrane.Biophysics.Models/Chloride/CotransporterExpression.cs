using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>How strongly a neuron expresses its two cation–chloride cotransporters: each one's maximal rate U.</summary>
/// <param name="Nkcc1">U of NKCC1 (1 Na⁺, 1 K⁺, 2 Cl⁻ in); finite and ≥ 0.</param>
/// <param name="Kcc2">U of KCC2 (1 K⁺, 1 Cl⁻ out); finite and ≥ 0.</param>
public sealed record CotransporterExpression(MolarFlux Nkcc1, MolarFlux Kcc2);
