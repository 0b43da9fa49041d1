using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// An <see cref="IschaemiaModel"/> resolved once: its parameters validated, the leak permeabilities that balance each
/// ion at rest computed, its astrocyte placed; what every run and every cell description is built from.
/// </summary>
/// <remarks>
/// The leaks balance what the simulator's own branches carry at rest: a simulation of the cell without its leaks
/// (channels, pump, NCX, PMCA at the resting concentrations) linearised about <see cref="IschaemiaModel.RestingPotential"/>
/// with every gate at its steady state (<see cref="Simulation.SteadyStateLinearisation"/>) gives each ion's current I,
/// and that ion's GHK leak carries −I: P = −I / I_GHK(P = 1) (Goldman 1943; Hodgkin and Katz 1949), P_Cl =
/// <see cref="IschaemiaModel.ChlorideToPotassiumPermeability"/>·P_K.
/// </remarks>
internal sealed class IschaemiaCell
{
    private readonly Astrocyte? _astrocyte;

    /// <summary>Validates <paramref name="model"/> and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="InvalidOperationException">No positive leaks balance the rest.</exception>
    public IschaemiaCell(IschaemiaModel model)
    {
        model.Validate();
        Model = model;
        var (pNa, pK, pCl, pCa) = BalancedLeaks(model);
        Permeabilities = new(pNa, pK, pCl, pCa);
        _astrocyte = model.Glia?.Astrocyte(Volume.FromCubicMeters(NeuronVolume * model.Glia.Fraction / model.NeuronFraction), model.ExtracellularFluid, model.Temperature);
    }

    /// <summary>The model.</summary>
    public IschaemiaModel Model { get; }

    /// <summary>The leak permeabilities that hold the cell at rest.</summary>
    public RestingPermeabilities Permeabilities { get; }

    /// <summary>The astrocyte's Na⁺/K⁺ pump at full ATP; null without glia.</summary>
    public SodiumPotassiumAtpaseKinetics? GlialPump => (SodiumPotassiumAtpaseKinetics?)_astrocyte?.Pump;

    private double NeuronVolume => 4 * Math.PI * Math.Pow(Model.CellRadius.Meters, 3) / 3;

    /// <summary>The cell with the given ATPase laws (the astrocyte's pump law with glia, else ignored).</summary>
    public CellModel Build(TransportKinetics pump, TransportKinetics calciumPump, TransportKinetics? glialPump)
    {
        var m = Model;
        var (pNa, pK, pCl, pCa) = Permeabilities;
        var r = m.CellRadius.Meters;
        var area = Area.FromSquareMeters(4 * Math.PI * r * r);
        var volume = Volume.FromCubicMeters(NeuronVolume);
        var outside = Volume.FromCubicMeters(volume.CubicMeters * m.ExtracellularFraction / m.NeuronFraction);
        var inside = m.Cytoplasm.With(Ions.Chloride, m.RestingChloride);
        var cell = CellModel.Create(m.Capacitance,
            [
                m.TransientSodium,
                m.PersistentSodium,
                m.DelayedRectifier,
                Channel.Ghk("Na leak", pNa, Ions.Sodium),
                Channel.Ghk("K leak", pK, Ions.Potassium),
                Channel.Ghk("Cl leak", pCl, Ions.Chloride),
                Channel.Ghk("Ca leak", pCa, Ions.Calcium),
            ])
            .WithConcentrations(inside, m.ExtracellularFluid)
            .WithPools(area, volume, outside)
            .WithTransport(pump)
            .WithTransport(m.Exchanger)
            .WithTransport(calciumPump)
            .WithFastBuffer(Ions.Calcium, m.CalciumBufferTotal, m.CalciumBufferDissociation)
            .WithOsmoticVolume(m.WaterPermeability);
        return _astrocyte is { } astrocyte ? cell.WithAstrocyte(astrocyte with { Pump = glialPump }) : cell;
    }

    /// <summary>The cell with its ATPase laws and the test pulses, as the run simulates it.</summary>
    public CellModel WithTestPulses(TransportKinetics pump, TransportKinetics calciumPump, TransportKinetics? glialPump)
    {
        var m = Model;
        var cell = Build(pump, calciumPump, glialPump);
        for (var k = 1; (k * m.TestPulseInterval.Seconds) + m.TestPulseLength.Seconds + m.ProbeWindow.Seconds <= m.Duration.Seconds + (0.5 * m.TimeStep.Seconds); k++)
        {
            cell = cell.WithCurrentStep(new CurrentStep(Duration.FromSeconds(k * m.TestPulseInterval.Seconds), m.TestPulseLength, m.TestPulseAmplitude));
        }

        return cell;
    }

    /// <summary>The leaks that carry, ion by ion, what the channels, pump, NCX and PMCA carry at rest, the other way.</summary>
    private static (Permeability, Permeability, Permeability, Permeability) BalancedLeaks(IschaemiaModel m)
    {
        var t = m.Temperature;
        var v = m.RestingPotential;
        var gated = new[] { m.TransientSodium, m.PersistentSodium, m.DelayedRectifier };
        var withoutLeaks = CellModel.Create(m.Capacitance, gated)
            .WithConcentrations(m.Cytoplasm, m.ExtracellularFluid)
            .WithTransport(m.Pump)
            .WithTransport(m.Exchanger)
            .WithTransport(m.CalciumPump);
        var rest = new Simulation(withoutLeaks, t, m.TimeStep, v).SteadyStateLinearisation(v);
        double Carried(Ion ion) => rest.IonCurrent(ion).AmperesPerSquareMeter;
        double Of(string name, Ion ion)
        {
            var sum = 0.0;
            foreach (var b in rest.Branches)
            {
                if (b.Name == name && b.Ion == ion)
                {
                    sum += b.CurrentAt(v).AmperesPerSquareMeter;
                }
            }

            return sum;
        }

        double Leak(Ion ion) =>
            -Carried(ion) / GhkCurrent.Density(ion, Permeability.FromMetersPerSecond(1), new IonGradient(m.Cytoplasm[ion], m.ExtracellularFluid[ion]), v, t).AmperesPerSquareMeter;

        var pNa = Leak(Ions.Sodium);
        var pK = Leak(Ions.Potassium);
        if (!(pK > 0) || !(pNa > 0))
        {
            var naGated = Of(m.TransientSodium.Name, Ions.Sodium) + Of(m.PersistentSodium.Name, Ions.Sodium);
            var kGated = Of(m.DelayedRectifier.Name, Ions.Potassium);
            throw new InvalidOperationException($"The voltage-gated channels' resting currents (Na⁺ {naGated * 100:G3} µA/cm², K⁺ {kGated * 100:G3} µA/cm²) exceed what the pump balances at {m.RestingPotential}: no positive leak holds the cell at rest. Lower the conductances or raise the pump.");
        }

        var pCa = Leak(Ions.Calcium);
        if (!(pCa >= 0))
        {
            var ncx = Of(m.Exchanger.Transporter.Name, Ions.Calcium);
            var pmca = Of(m.CalciumPump.Transporter.Name, Ions.Calcium);
            throw new InvalidOperationException($"At {m.RestingPotential} NCX runs in reverse and brings in more Ca²⁺ ({-ncx * 100:G3} µA/cm²) than the PMCA removes ({pmca * 100:G3} µA/cm²): no Ca²⁺ leak, which can only bring Ca²⁺ in, holds the cell at rest. Raise the resting [Ca²⁺]ᵢ or the PMCA, or lower the resting [Na⁺]ᵢ.");
        }

        return (Permeability.FromMetersPerSecond(pNa), Permeability.FromMetersPerSecond(pK), Permeability.FromMetersPerSecond(m.ChlorideToPotassiumPermeability * pK), Permeability.FromMetersPerSecond(pCa));
    }
}
