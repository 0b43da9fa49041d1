using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A molar conductivity, such as an ion's limiting molar conductivity λ° at infinite dilution.
/// </summary>
[Quantity("S·m²/mol")]
[Unit("S·cm²/mol", 1e-4, "SiemensSquareCentimetersPerMole")]
[Unit("S·m²/mol", 1, "SiemensSquareMetersPerMole")]
[Unit("mS·m²/mol", 1e-3, "MillisiemensSquareMetersPerMole")]
public readonly partial struct MolarConductivity
{}
