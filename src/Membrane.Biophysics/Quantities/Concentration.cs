using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An amount-of-substance concentration. 1 mol/m³ is exactly 1 mM, the unit physiologists use.
/// </summary>
[Quantity("mol/m³")]
[Unit("mM", 1, "Millimolar", Aliases = ["mmol/L", "mmol/l"])]
[Unit("M", 1e3, "Molar", Aliases = ["mol/L", "mol/l"])]
[Unit("µM", 1e-3, "Micromolar", Aliases = ["µmol/L"])]
[Unit("nM", 1e-6, "Nanomolar", Aliases = ["nmol/L"])]
[Unit("pM", 1e-9, "Picomolar", Aliases = ["pmol/L"])]
[Unit("mol/m³", 1, "MolesPerCubicMeter")]
public readonly partial struct Concentration
{
    /// <summary>The amount of substance in a volume, n = c·V.</summary>
    public static AmountOfSubstance operator *(Concentration concentration, Volume volume) => AmountOfSubstance.FromMoles(concentration._si * volume.CubicMeters);

    /// <summary>The amount of substance in a volume, n = c·V.</summary>
    public static AmountOfSubstance operator *(Volume volume, Concentration concentration) => concentration * volume;

    /// <summary>The flux carried by a permeability across a concentration, J = P·c.</summary>
    public static MolarFlux operator *(Concentration concentration, Permeability permeability) =>
        MolarFlux.FromMolesPerSquareMeterSecond(concentration._si * permeability.MetersPerSecond);

    /// <summary>The mean gradient of a concentration difference across a distance, Δc/Δx.</summary>
    public static ConcentrationGradient operator /(Concentration difference, Length distance) =>
        ConcentrationGradient.FromMolesPerMeterToTheFourth(difference._si / distance.Meters);
}
