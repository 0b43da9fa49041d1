using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The equations of <see cref="EndosomeAcidificationModel"/> as an <see cref="IOdeSystem"/>. State: lumen pH, and the
/// amounts (mol) of Cl⁻, K⁺ and Na⁺ in the lumen and of H⁺ that entered it (free or buffered).
/// </summary>
internal readonly struct EndosomeOde : IOdeSystem
{
    public const int PhIndex = 0, ChlorideIndex = 1, PotassiumIndex = 2, SodiumIndex = 3, ProtonIndex = 4, Size = 5;

    private readonly EndosomeAcidificationModel _m;
    private readonly Permeability _pCl;
    private readonly double _f, _area, _volume, _capacitance, _fixedCharge, _beta, _pumps, _cytosolProtons;
    private readonly double _cytoSurfaceCation, _cytoSurfaceAnion, _lumenSurfaceCation, _lumenSurfaceAnion;

    public EndosomeOde(EndosomeOrganelle organelle, Permeability chloridePermeability)
    {
        _m = organelle.Model;
        _pCl = chloridePermeability;
        _f = organelle.Faraday;
        _area = organelle.Area;
        _volume = organelle.Volume;
        _capacitance = organelle.Capacitance;
        _beta = _m.BufferCapacity.MolesPerCubicMeter;
        _pumps = organelle.Pumps;
        _cytosolProtons = organelle.CytosolProtons;
        _cytoSurfaceCation = organelle.CytosolSurfaceCation;
        _cytoSurfaceAnion = organelle.CytosolSurfaceAnion;
        _lumenSurfaceCation = organelle.LumenSurfaceCation;
        _lumenSurfaceAnion = organelle.LumenSurfaceAnion;
        _fixedCharge = organelle.FixedCharge;
    }

    public int Dimension => Size;

    public void Initial(Span<double> y)
    {
        y[PhIndex] = _m.InitialLumenPh.Value;
        y[ChlorideIndex] = _m.InitialLumenChloride.MolesPerCubicMeter * _volume;
        y[PotassiumIndex] = _m.InitialLumenPotassium.MolesPerCubicMeter * _volume;
        y[SodiumIndex] = _m.InitialLumenSodium.MolesPerCubicMeter * _volume;
        y[ProtonIndex] = 0;
    }

    public double[] AbsoluteTolerances()
    {
        double amount = 1e-9 * _m.InitialLumenChloride.MolesPerCubicMeter * _volume; // a millionth of a µM-worth
        return [1e-9, amount, amount, amount, amount];
    }

    /// <summary>ψ = F (n_H + n_K + n_Na − n_Cl − fixed)/C.</summary>
    public ElectricPotential Potential(ReadOnlySpan<double> y) =>
        ElectricPotential.FromVolts(_f * (y[ProtonIndex] + y[PotassiumIndex] + y[SodiumIndex] - y[ChlorideIndex] - _fixedCharge) / _capacitance);

    public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
    {
        var t = _m.Temperature;
        var psi = Potential(y);
        var lumenPh = Ph.FromValue(y[PhIndex]);

        // Pumping into the lumen, mol/s.
        var dG = VAtpaseKinetics.CycleFreeEnergy(_m.ProtonsPerAtp, psi, lumenPh, _m.CytosolPh, _m.AtpHydrolysis, t);
        double pump = _pumps * VAtpaseKinetics.ProtonRate(_m.PumpMaximalRate.PerSecond, dG, t);

        // Passive GHK fluxes, lumen = inside, so outward (lumen → cytosol) positive; into the lumen = −flux × area.
        double hLeak = -_area * Flux(1, _m.ProtonPermeability, lumenPh.ProtonConcentration.MolesPerCubicMeter, _cytosolProtons, psi);
        double cl = -_area * Flux(-1, _pCl, y[ChlorideIndex] / _volume, _m.CytosolChloride.MolesPerCubicMeter, psi);
        double k = -_area * Flux(1, _m.PotassiumPermeability, y[PotassiumIndex] / _volume, _m.CytosolPotassium.MolesPerCubicMeter, psi);
        double na = -_area * Flux(1, _m.SodiumPermeability, y[SodiumIndex] / _volume, _m.CytosolSodium.MolesPerCubicMeter, psi);

        double protons = pump + hLeak;
        rates[PhIndex] = -protons / (_beta * _volume);
        rates[ChlorideIndex] = cl;
        rates[PotassiumIndex] = k;
        rates[SodiumIndex] = na;
        rates[ProtonIndex] = protons;
    }

    public string VariableName(int index) => index switch
    {
        PhIndex => "lumen pH",
        ChlorideIndex => "lumen Cl⁻ (mol)",
        PotassiumIndex => "lumen K⁺ (mol)",
        SodiumIndex => "lumen Na⁺ (mol)",
        _ => "H⁺ entered (mol)",
    };

    private double Flux(int z, Permeability p, double lumen, double cytosol, ElectricPotential psi)
    {
        if (p == Permeability.Zero)
        {
            return 0;
        }

        double lumenSurface = lumen * (z > 0 ? _lumenSurfaceCation : _lumenSurfaceAnion);
        double cytoSurface = cytosol * (z > 0 ? _cytoSurfaceCation : _cytoSurfaceAnion);
        return GhkCurrent.Flux(z, p, Concentration.FromMolesPerCubicMeter(lumenSurface), Concentration.FromMolesPerCubicMeter(cytoSurface), psi, _m.Temperature).MolesPerSquareMeterSecond;
    }
}
