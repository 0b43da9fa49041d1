using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An amount of substance, such as the ions in a compartment.
/// </summary>
[Quantity("mol")]
[Unit("mol", 1, "Moles")]
[Unit("mmol", 1e-3, "Millimoles")]
[Unit("µmol", 1e-6, "Micromoles")]
[Unit("nmol", 1e-9, "Nanomoles")]
[Unit("pmol", 1e-12, "Picomoles")]
[Unit("fmol", 1e-15, "Femtomoles")]
[Unit("amol", 1e-18, "Attomoles")]
public readonly partial struct AmountOfSubstance
{
    /// <summary>The concentration of this amount dissolved in a volume, c = n/V.</summary>
    public static Concentration operator /(AmountOfSubstance amount, Volume volume) => Concentration.FromMolesPerCubicMeter(amount._si / volume.CubicMeters);
}
