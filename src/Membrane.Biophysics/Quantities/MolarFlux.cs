using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A flux of substance across a unit area; across a membrane, outward is positive.
/// </summary>
[Quantity("mol/(m²·s)")]
[Unit("pmol/(cm²·s)", 1e-8, "PicomolesPerSquareCentimeterSecond", Aliases = ["pmol/cm²/s"])]
[Unit("mol/(m²·s)", 1, "MolesPerSquareMeterSecond", Aliases = ["mol/m²/s"])]
[Unit("mol/(cm²·s)", 1e4, "MolesPerSquareCentimeterSecond", Aliases = ["mol/cm²/s"])]
[Unit("nmol/(cm²·s)", 1e-5, "NanomolesPerSquareCentimeterSecond", Aliases = ["nmol/cm²/s"])]
public readonly partial struct MolarFlux
{}
