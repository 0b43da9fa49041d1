using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// An <see cref="EndosomeAcidificationModel"/> resolved once: its parameters validated, the organelle's area, volume
/// and capacitance, the Boltzmann factors of its surface potentials, the Donnan particles and the cytosol's [H⁺]
/// computed; what both runs (without a counter-ion pathway and with the Cl⁻ shunt) are built from.
/// </summary>
internal sealed class EndosomeOrganelle
{
    /// <summary>Validates <paramref name="model"/> and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public EndosomeOrganelle(EndosomeAcidificationModel model)
    {
        model.Validate();
        Model = model;
        var c = ConstantSet.Si2019;
        Faraday = c.FaradayConstant;
        Rt = c.MolarGasConstant * model.Temperature.Kelvins;
        Area = model.SurfaceArea.SquareMeters;
        Volume = model.Volume.CubicMeters;
        Capacitance = model.Capacitance.FaradsPerSquareMeter * Area;
        Pumps = model.PumpCount / PhysicalConstants.AvogadroConstant;
        CytosolProtons = model.CytosolPh.ProtonConcentration.MolesPerCubicMeter;

        // Boltzmann factors of the surface potentials: c_surface = c_bulk e^(−zFψ_s/RT) (Grabe and Oster 2001).
        CytosolSurfaceCation = Math.Exp(-Faraday * model.CytosolicSurfacePotential.Volts / Rt);
        CytosolSurfaceAnion = 1 / CytosolSurfaceCation;
        LumenSurfaceCation = Math.Exp(-Faraday * model.LuminalSurfacePotential.Volts / Rt);
        LumenSurfaceAnion = 1 / LumenSurfaceCation;

        // The Donnan particles: the fixed charge (mol) that makes ψ start at the given value with no H⁺ yet entered.
        FixedCharge = (model.InitialLumenPotassium.MolesPerCubicMeter + model.InitialLumenSodium.MolesPerCubicMeter - model.InitialLumenChloride.MolesPerCubicMeter) * Volume
            - Capacitance * model.InitialPotential.Volts / Faraday;
    }

    /// <summary>The model.</summary>
    public EndosomeAcidificationModel Model { get; }

    /// <summary>F, C/mol.</summary>
    public double Faraday { get; }

    /// <summary>RT, J/mol.</summary>
    public double Rt { get; }

    /// <summary>The membrane's area, m².</summary>
    public double Area { get; }

    /// <summary>The lumen's volume, m³.</summary>
    public double Volume { get; }

    /// <summary>The membrane's capacitance, F.</summary>
    public double Capacitance { get; }

    /// <summary>The V-ATPases, mol.</summary>
    public double Pumps { get; }

    /// <summary>The cytosol's [H⁺], mol/m³.</summary>
    public double CytosolProtons { get; }

    /// <summary>The factor on a cation's (anion's) cytosolic concentration at the cytosolic leaflet.</summary>
    public double CytosolSurfaceCation { get; }

    /// <inheritdoc cref="CytosolSurfaceCation"/>
    public double CytosolSurfaceAnion { get; }

    /// <summary>The factor on a cation's (anion's) luminal concentration at the luminal leaflet.</summary>
    public double LumenSurfaceCation { get; }

    /// <inheritdoc cref="LumenSurfaceCation"/>
    public double LumenSurfaceAnion { get; }

    /// <summary>The Donnan particles' charge, mol.</summary>
    public double FixedCharge { get; }
}
