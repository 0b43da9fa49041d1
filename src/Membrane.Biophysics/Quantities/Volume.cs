using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A volume, such as a cell, compartment or extracellular-space volume.
/// </summary>
[Quantity("m³")]
[Unit("pL", 1e-15, "Picoliters", Aliases = ["pl"])]
[Unit("m³", 1, "CubicMeters")]
[Unit("L", 1e-3, "Liters", Aliases = ["l", "dm³"])]
[Unit("mL", 1e-6, "Milliliters", Aliases = ["ml", "cm³"])]
[Unit("µL", 1e-9, "Microliters", Aliases = ["µl"])]
[Unit("nL", 1e-12, "Nanoliters", Aliases = ["nl"])]
[Unit("fL", 1e-18, "Femtoliters", Aliases = ["fl"])]
[Unit("µm³", 1e-18, "CubicMicrometers")]
public readonly partial struct Volume
{
    /// <summary>The thickness of a layer of this volume over an area.</summary>
    public static Length operator /(Volume volume, Area area) => Length.FromMeters(volume._si / area.SquareMeters);
}
