using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A spatial gradient of a molar free energy, such as the gradient of the electrochemical potential dμ̃/dx: the
/// thermodynamic force per mole (N/mol).
/// </summary>
[Quantity("J/(mol·m)")]
[Unit("J/(mol·µm)", 1e6, "JoulesPerMoleMicrometer")]
[Unit("J/(mol·m)", 1, "JoulesPerMoleMeter", Aliases = ["N/mol"])]
[Unit("kJ/(mol·µm)", 1e9, "KilojoulesPerMoleMicrometer")]
public readonly partial struct MolarEnergyGradient
{}
