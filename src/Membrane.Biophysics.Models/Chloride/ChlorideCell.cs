using System;
using Membrane.Biophysics.Constants;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="ChlorideHomeostasisModel"/> at fixed V resolved once: its parameters validated, and the held V, RT/F,
/// F, the Cl⁻ leak and the held concentrations read into SI numbers; what the immature, mature and dendrite runs (and
/// their ODEs) are built from. The whole cell (<see cref="ChlorideWholeCell"/>) composes it.
/// </summary>
internal sealed class ChlorideCell
{
    /// <summary>Validates <paramref name="model"/>'s fixed-V parameters and resolves them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ChlorideCell(ChlorideHomeostasisModel model)
    {
        model.Validate();
        Model = model;
        var c = ConstantSet.Si2019;
        Voltage = model.RestingPotential.Volts;
        ThermalVoltage = c.ThermalVoltage(model.Temperature).Volts;
        Faraday = c.FaradayConstant;
        Leak = model.ChlorideLeak.SiemensPerSquareMeter;
        SodiumInside = model.SodiumInside.MolesPerCubicMeter;
        SodiumOutside = model.SodiumOutside.MolesPerCubicMeter;
        PotassiumInside = model.PotassiumInside.MolesPerCubicMeter;
        PotassiumOutside = model.PotassiumOutside.MolesPerCubicMeter;
        ChlorideOutside = model.ChlorideOutside.MolesPerCubicMeter;
    }

    /// <summary>The model.</summary>
    public ChlorideHomeostasisModel Model { get; }

    /// <summary>The held V, volts.</summary>
    public double Voltage { get; }

    /// <summary>RT/F, volts.</summary>
    public double ThermalVoltage { get; }

    /// <summary>F, C/mol.</summary>
    public double Faraday { get; }

    /// <summary>g_Cl, S/m².</summary>
    public double Leak { get; }

    /// <summary>[Na⁺]ᵢ, mol/m³.</summary>
    public double SodiumInside { get; }

    /// <summary>[Na⁺]ₒ, mol/m³.</summary>
    public double SodiumOutside { get; }

    /// <summary>[K⁺]ᵢ, mol/m³.</summary>
    public double PotassiumInside { get; }

    /// <summary>[K⁺]ₒ, mol/m³.</summary>
    public double PotassiumOutside { get; }

    /// <summary>[Cl⁻]ₒ, mol/m³.</summary>
    public double ChlorideOutside { get; }
}
