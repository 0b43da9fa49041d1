using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Dynamics;

public partial class SimulationTests
{
    /// <summary>
    /// The Rush–Larsen update x∞ + (x − x∞) e^(−Δt φ/τ) is a convex combination of x and x∞, so a gate stays in 0…1
    /// for any step, command potential and temperature (Rush and Larsen 1978: unconditionally stable for the gates).
    /// </summary>
    [PhysicalProperty]
    public bool Gates_stay_between_0_and_1_for_any_step_potential_and_temperature(ElectricPotential command, Temperature t, FsCheck.PositiveInt microseconds)
    {
        var model = CellModel.HodgkinHuxley().WithVoltageClamp(ElectricPotential.FromMillivolts(-65), new ClampStep(Duration.Zero, Duration.FromSeconds(1), command));
        var dt = Duration.FromMilliseconds(0.001 * (1 + (microseconds.Get % 100_000)));
        var sim = new Simulation(model, t, dt, ElectricPotential.FromMillivolts(-65));
        for (var k = 0; k < 5; k++)
        {
            sim.Step();
            for (var g = 0; g < sim.GateNames.Count; g++)
            {
                if (sim.GateValue(g) is < 0 or > 1)
                {
                    return false;
                }
            }
        }

        return sim.ClampCurrent.AmperesPerSquareMeter is > double.NegativeInfinity and < double.PositiveInfinity;
    }

    /// <summary>
    /// The V update is backward Euler in the ohmic currents: with a leak only, V′ − E = (V − E)/(1 + Δt g/C) shrinks
    /// monotonically toward E for every Δt, without the overshoot forward Euler has once Δt &gt; 2C/g.
    /// </summary>
    [PhysicalProperty]
    public bool A_leak_relaxes_monotonically_to_its_reversal_for_any_step(ElectricPotential start, FsCheck.PositiveInt microseconds)
    {
        var leak = Channel.Ohmic("leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), ElectricPotential.FromMillivolts(-70));
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [leak]);
        var sim = new Simulation(model, Temperature.Body, Duration.FromMilliseconds(0.01 * microseconds.Get), start);
        var distance = Math.Abs(start.Millivolts + 70);
        for (var k = 0; k < 5; k++)
        {
            sim.Step();
            var next = Math.Abs(sim.Voltage.Millivolts + 70);
            var sameSide = Math.Sign(sim.Voltage.Millivolts + 70) == Math.Sign(start.Millivolts + 70) || next == 0;
            if (next > distance || !sameSide)
            {
                return false;
            }

            distance = next;
        }

        return true;
    }
}
