using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The quasi-steady mode (slow amounts and volumes by the adaptive Dormand–Prince integrator, V and gates slaved):
/// its end state against a closed form, its trajectory against the fixed-step simulator, and its measured convergence order.
/// </summary>
public class QuasiSteadyTests(ITestOutputHelper output)
{
    private static readonly double Vt = ConstantSet.Si2019.ThermalVoltage(Temperature.Body).Volts;
    private static readonly Area DendriteArea = Area.FromSquareMeters(2 * Math.PI * 0.5e-6 * 10e-6);          // 1 µm thick, 10 µm long
    private static readonly Volume DendriteVolume = Volume.FromCubicMeters(Math.PI * 0.25e-12 * 10e-6);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static readonly Solution Inside = new((Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(30)), (Ions.Sodium, Mm(12)));
    private static readonly Solution Outside = new((Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(130)), (Ions.Sodium, Mm(145)));

    /// <summary>A Cl⁻ leak and KCC2; K⁺ and Na⁺ leaks with fixed reversals (they move no ions) set the resting V.</summary>
    private static CellModel Dendrite(double kcc2, double nkcc1) =>
        CellModel.Create(
                SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                [
                    Channel.Ohmic("K leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Mv(-95)),
                    Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Mv(50)),
                    Channel.Ohmic("Cl leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Ions.Chloride),
                ])
            .WithConcentrations(Inside, Outside)
            .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(kcc2)))
            .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(nkcc1)))
            .WithPools(DendriteArea, DendriteVolume, null);

    /// <summary>
    /// Clamped at −65 mV in a fixed bath, with KCC2 the only path for K⁺: nothing stops until KCC2's ΔG and the Cl⁻ leak
    /// both vanish, i.e. E_K = E_Cl = −65 mV, so [K⁺]i = [K⁺]o e^(65 mV/V_T) = 46 mM and [Cl⁻]i = [Cl⁻]o e^(−65 mV/V_T)
    /// = 11.4 mM. It takes about a day (94 mM of K⁺ through KCC2); the quasi-steady mode gets there in a few hundred steps
    /// where the fixed step would need 10⁹.
    /// </summary>
    [Fact]
    public void Reaches_the_closed_form_end_state_in_few_steps()
    {
        var model = Dendrite(1e-8, 0).WithVoltageClamp(Mv(-65));
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), Mv(-65));
        var stats = sim.AdvanceQuasiSteady(Duration.FromSeconds(100_000), 1e-10);
        output.WriteLine($"{stats}; [K⁺]i {sim.InsideConcentration(Ions.Potassium)}, [Cl⁻]i {sim.InsideConcentration(Ions.Chloride)}");
        Assert.Equal(4 * Math.Exp(0.065 / Vt), sim.InsideConcentration(Ions.Potassium).Millimolar, 1e-6);
        Assert.Equal(130 * Math.Exp(-0.065 / Vt), sim.InsideConcentration(Ions.Chloride).Millimolar, 1e-6);
        Assert.InRange(stats.AcceptedSteps, 10, 2000);
        Assert.Equal(100_000, sim.Time.Seconds, 1e-9);
    }

    /// <summary>
    /// Free V (KCC2 and NKCC1 both present): over 5 s the quasi-steady [Cl⁻]i and V follow the fixed-step simulation
    /// (Δt = 50 µs) to within the two methods' own errors — the fixed step's first order in Δt and the quasi-steady
    /// approximation's τ_m/τ_Cl (≈ 8 ms / 10 s) — here under 1e-3 of the change in [Cl⁻]i.
    /// </summary>
    [Fact]
    public void Follows_the_fixed_step_simulation()
    {
        var model = Dendrite(3e-7, 2e-8);
        var full = new Simulation(model, Temperature.Body, Ms(0.05), Mv(-65));
        var fast = new Simulation(model, Temperature.Body, Ms(0.05), Mv(-65));
        var start = full.InsideConcentration(Ions.Chloride).Millimolar;
        for (var second = 1; second <= 5; second++)
        {
            full.Advance(Duration.FromSeconds(1));
            fast.AdvanceQuasiSteady(Duration.FromSeconds(1), 1e-9);
            var change = full.InsideConcentration(Ions.Chloride).Millimolar - start;
            output.WriteLine($"t = {second} s: [Cl⁻]i {full.InsideConcentration(Ions.Chloride)} vs {fast.InsideConcentration(Ions.Chloride)}, V {full.Voltage} vs {fast.Voltage}");
            Assert.Equal(full.InsideConcentration(Ions.Chloride).Millimolar, fast.InsideConcentration(Ions.Chloride).Millimolar, 1e-3 * Math.Abs(change));
            Assert.Equal(full.Voltage.Volts, fast.Voltage.Volts, 2e-5);
        }
    }

    /// <summary>
    /// A current step that starts and ends inside one quasi-steady advance acts as it does in the fixed-step simulation:
    /// a 0.5 µA/cm² step from 1 s to 3 s depolarises the dendrite by I/G ≈ 3.6 mV and so changes the Cl⁻ leak's flux.
    /// Advancing 0–2 s and 2–5 s in one call each must reproduce V during the step and the step's effect on [Cl⁻]i that the
    /// fixed-step simulation (Δt = 50 µs, an independent method) shows, to 2 % of that effect.
    /// </summary>
    [Fact]
    public void A_current_step_inside_one_advance_is_not_ignored()
    {
        var step = new CurrentStep(Duration.FromSeconds(1), Duration.FromSeconds(2), CurrentDensity.FromMicroamperesPerSquareCentimeter(0.5));
        var model = Dendrite(3e-7, 2e-8).WithCurrentStep(step);
        var full = new Simulation(model, Temperature.Body, Ms(0.05), Mv(-65));
        var fast = new Simulation(model, Temperature.Body, Ms(0.05), Mv(-65));
        var unstimulated = new Simulation(Dendrite(3e-7, 2e-8), Temperature.Body, Ms(0.05), Mv(-65));

        full.Advance(Duration.FromSeconds(2));
        fast.AdvanceQuasiSteady(Duration.FromSeconds(2), 1e-9);
        unstimulated.Advance(Duration.FromSeconds(2));
        var depolarisation = full.Voltage.Volts - unstimulated.Voltage.Volts;
        output.WriteLine($"t = 2 s: V {full.Voltage} (fixed step) vs {fast.Voltage} (quasi-steady), unstimulated {unstimulated.Voltage}");
        Assert.InRange(depolarisation, 2e-3, 5e-3); // the step is on: I/G ≈ 3.6 mV
        Assert.Equal(full.Voltage.Volts, fast.Voltage.Volts, 2e-5);

        full.Advance(Duration.FromSeconds(3));
        fast.AdvanceQuasiSteady(Duration.FromSeconds(3), 1e-9);
        unstimulated.Advance(Duration.FromSeconds(3));
        AssertSameChlorideEffect(full, fast, unstimulated, 1e-3);
    }

    /// <summary>
    /// A clamp step inside one quasi-steady advance (−65 mV, then −40 mV from 1 s to 1.2 s, then −65 mV) moves Cl⁻ as
    /// the fixed-step simulation (Δt = 50 µs) does: the step's effect on [Cl⁻]i over 5 s agrees to 2 %.
    /// </summary>
    [Fact]
    public void A_clamp_step_inside_one_advance_acts_while_it_is_on()
    {
        var clamped = Dendrite(3e-7, 2e-8).WithVoltageClamp(Mv(-65), new ClampStep(Duration.FromSeconds(1), Ms(200), Mv(-40)));
        var held = Dendrite(3e-7, 2e-8).WithVoltageClamp(Mv(-65));
        var full = new Simulation(clamped, Temperature.Body, Ms(0.05), Mv(-65));
        var fast = new Simulation(clamped, Temperature.Body, Ms(0.05), Mv(-65));
        var reference = new Simulation(held, Temperature.Body, Ms(0.05), Mv(-65));
        full.Advance(Duration.FromSeconds(5));
        fast.AdvanceQuasiSteady(Duration.FromSeconds(5), 1e-9);
        reference.Advance(Duration.FromSeconds(5));
        AssertSameChlorideEffect(full, fast, reference, 1e-2);
        Assert.Equal(-0.065, fast.Voltage.Volts);
    }

    /// <summary>
    /// Step-size convergence order of the quasi-steady mode, measured: errors at rtol 1e-4 … 1e-9 against rtol 1e-13, fitted
    /// as log error against log (accepted steps). Dormand–Prince 5(4) carries the fifth-order solution, so the global error
    /// falls as N⁻⁵ for N steps. Measured: 6.1 (26 steps at rtol 1e-4 to 156 at 1e-9, errors 3.6e-5 to 6.4e-10 mM) — a little
    /// above the formal five on this smooth relaxation; the test holds it between 4.5 and 7.
    /// </summary>
    [Fact]
    public void Convergence_order_is_about_five()
    {
        double Run(double rtol, out long steps)
        {
            var sim = new Simulation(Dendrite(1e-8, 0).WithVoltageClamp(Mv(-65)), Temperature.Body, Ms(0.01), Mv(-65));
            steps = sim.AdvanceQuasiSteady(Duration.FromSeconds(2000), rtol).AcceptedSteps;
            return sim.InsideConcentration(Ions.Potassium).Millimolar;
        }

        var reference = Run(1e-13, out _);
        var logSteps = new List<double>();
        var logErrors = new List<double>();
        foreach (var rtol in new[] { 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9 })
        {
            var error = Math.Abs(Run(rtol, out var steps) - reference);
            output.WriteLine($"rtol {rtol:G2}: {steps} steps, error {error:G3} mM");
            logSteps.Add(Math.Log(steps));
            logErrors.Add(Math.Log(error));
        }

        var mx = logSteps.Average();
        var my = logErrors.Average();
        var slope = logSteps.Zip(logErrors, (x, y) => (x - mx) * (y - my)).Sum() / logSteps.Sum(x => (x - mx) * (x - mx));
        output.WriteLine($"measured order {-slope:F2}");
        Assert.InRange(-slope, 4.5, 7);
    }

    // The stimulus's effect on [Cl⁻]i (stimulated minus unstimulated, both at fixed steps) must be measurable, and the
    // quasi-steady run must reproduce it to 2 %.
    private void AssertSameChlorideEffect(Simulation full, Simulation fast, Simulation reference, double measurable)
    {
        var effect = full.InsideConcentration(Ions.Chloride).Millimolar - reference.InsideConcentration(Ions.Chloride).Millimolar;
        var reproduced = fast.InsideConcentration(Ions.Chloride).Millimolar - reference.InsideConcentration(Ions.Chloride).Millimolar;
        output.WriteLine($"the stimulus's effect on [Cl⁻]i: {effect} mM (fixed step) vs {reproduced} mM (quasi-steady)");
        Assert.True(Math.Abs(effect) > measurable, $"the stimulus must change [Cl⁻]i measurably; changed it by {effect} mM");
        Assert.Equal(effect, reproduced, 0.02 * Math.Abs(effect));
    }
}
