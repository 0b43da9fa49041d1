using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical mobility: the magnitude of an ion's drift velocity per unit electric field.
/// </summary>
[Quantity("m²/(V·s)")]
[Unit("cm²/(V·s)", 1e-4, "SquareCentimetersPerVoltSecond", Aliases = ["cm²/V/s"])]
[Unit("m²/(V·s)", 1, "SquareMetersPerVoltSecond", Aliases = ["m²/V/s"])]
public readonly partial struct ElectricalMobility
{}
