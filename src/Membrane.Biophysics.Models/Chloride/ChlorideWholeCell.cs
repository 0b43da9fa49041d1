using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="ChlorideHomeostasisModel"/>'s whole cell resolved once: the fixed-V part (<see cref="ChlorideCell"/>,
/// composed) and the whole cell's parameters validated, the GHK leaks that balance the pump at the reference state and
/// the reference [Cl⁻]ᵢ computed; what both whole-cell runs, their descriptions and every E_GABA sample are built from.
/// </summary>
internal sealed class ChlorideWholeCell
{
    /// <summary>Validates <paramref name="model"/> (fixed-V and whole-cell parameters) and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ChlorideWholeCell(ChlorideHomeostasisModel model)
    {
        Cell = new ChlorideCell(model);
        model.ValidateWholeCell();
        var (pNa, pK) = BalancedLeaks(model);
        LeakPermeabilities = new(pNa, pK);
        RestingChloride = model.RestingChloride;
    }

    /// <summary>The fixed-V part.</summary>
    public ChlorideCell Cell { get; }

    /// <summary>The model.</summary>
    public ChlorideHomeostasisModel Model => Cell.Model;

    /// <summary>(P_Na, P_K) of the GHK leaks: those that balance the pump at the reference state.</summary>
    public LeakPermeabilities LeakPermeabilities { get; }

    /// <summary>[Cl⁻]ᵢ at the reference state: at equilibrium at the resting potential.</summary>
    public Concentration RestingChloride { get; }

    /// <summary>E_GABA of a Cl⁻ and HCO₃⁻ conductance at <paramref name="chlorideInside"/> (GHK).</summary>
    public ElectricPotential GabaReversalPotential(Concentration chlorideInside)
    {
        var m = Model;
        return GhkVoltage.ReversalPotential(
            [
                new PermeantIon(Ions.Chloride, Permeability.FromMetersPerSecond(1), new IonGradient(chlorideInside, m.ChlorideOutside)),
                new PermeantIon(Ions.Bicarbonate, Permeability.FromMetersPerSecond(m.GabaBicarbonatePermeabilityRatio), new IonGradient(m.BicarbonateInside, m.BicarbonateOutside)),
            ],
            m.Temperature);
    }

    /// <summary>The whole cell as a Dynamics description with the given cotransport, at the reference state.</summary>
    public CellModel CellModel(MolarFlux nkcc1, MolarFlux kcc2)
    {
        var m = Model;
        var (pNa, pK) = LeakPermeabilities;
        double r = 3 * m.VolumePerArea.Meters;
        var inside = new Solution((Ions.Sodium, m.SodiumInside), (Ions.Potassium, m.PotassiumInside), (Ions.Chloride, RestingChloride));
        var outside = new Solution((Ions.Sodium, m.SodiumOutside), (Ions.Potassium, m.PotassiumOutside), (Ions.Chloride, m.ChlorideOutside));
        return Dynamics.CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
            [
                Channel.Ghk("Na leak", pNa, Ions.Sodium),
                Channel.Ghk("K leak", pK, Ions.Potassium),
                Channel.Ohmic("Cl leak", m.ChlorideLeak, Ions.Chloride),
            ])
            .WithConcentrations(inside, outside)
            .WithPools(Area.FromSquareMeters(4 * Math.PI * r * r), Volume.FromCubicMeters(4 * Math.PI * r * r * r / 3), null)
            .WithTransport(m.Pump)
            .WithTransport(FreeEnergyKinetics.Nkcc1(nkcc1))
            .WithTransport(FreeEnergyKinetics.Kcc2(kcc2))
            .WithOsmoticVolume(m.WaterPermeability);
    }

    /// <summary>K⁺ leak = 2 pump cycles, Na⁺ leak = 3, at the reference state.</summary>
    private static (Permeability, Permeability) BalancedLeaks(ChlorideHomeostasisModel m)
    {
        var na = new IonGradient(m.SodiumInside, m.SodiumOutside);
        var k = new IonGradient(m.PotassiumInside, m.PotassiumOutside);
        double cycles = m.Pump.Current(na.Inside, na.Outside, k.Inside, k.Outside, m.RestingPotential, m.Temperature).AmperesPerSquareMeter / Constants.ConstantSet.Si2019.FaradayConstant;
        var unit = Permeability.FromMetersPerSecond(1);
        double pNa = -3 * cycles / GhkCurrent.Flux(Ions.Sodium, unit, na, m.RestingPotential, m.Temperature).MolesPerSquareMeterSecond;
        double pK = 2 * cycles / GhkCurrent.Flux(Ions.Potassium, unit, k, m.RestingPotential, m.Temperature).MolesPerSquareMeterSecond;
        return (Permeability.FromMetersPerSecond(pNa), Permeability.FromMetersPerSecond(pK));
    }
}
