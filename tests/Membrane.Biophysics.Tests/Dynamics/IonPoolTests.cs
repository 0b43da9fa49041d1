using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// Currents move ions: conservation of amount and charge in a closed system, d c = −∫I dt · A/(zFV) (Faraday's law;
/// Hille 2001 ch. 1), and nothing moving at equilibrium.
/// </summary>
public class IonPoolTests
{
    private static readonly double F = ConstantSet.Si2019.FaradayConstant;

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    // a small spherical cell of radius 5 µm: A = 4πr², V_in = 4πr³/3; an extracellular shell of the same volume
    private static readonly Area CellArea = Area.FromSquareMeters(4 * Math.PI * 25e-12);
    private static readonly Volume CellVolume = Volume.FromCubicMeters(4 * Math.PI * 125e-18 / 3);

    private static readonly Solution Inside = new((Ions.Potassium, Concentration.FromMillimolar(140)), (Ions.Sodium, Concentration.FromMillimolar(12)), (Ions.Chloride, Concentration.FromMillimolar(8)));
    private static readonly Solution Outside = new((Ions.Potassium, Concentration.FromMillimolar(5)), (Ions.Sodium, Concentration.FromMillimolar(145)), (Ions.Chloride, Concentration.FromMillimolar(120)));

    private static CellModel ClosedCell(double gK, double pNa, double gCl, bool gated = true) =>
        CellModel.Create(
                SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                [
                    gated
                        ? Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(gK), Ions.Potassium, new Gate("n", HodgkinHuxley1952.N, 4))
                        : Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(gK), Ions.Potassium),
                    Channel.Ghk("Na", Permeability.FromCentimetersPerSecond(pNa), Ions.Sodium),
                    Channel.Ohmic("Cl", ConductanceDensity.FromMillisiemensPerSquareCentimeter(gCl), Ions.Chloride),
                ])
            .WithConcentrations(Inside, Outside)
            .WithPools(CellArea, CellVolume, CellVolume);

    private static double Moles(Simulation sim, Ion ion) =>
        (sim.InsideConcentration(ion).MolesPerCubicMeter + sim.OutsideConcentration(ion).MolesPerCubicMeter) * CellVolume.CubicMeters;

    private static double InsideCharge(Simulation sim) =>
        F * CellVolume.CubicMeters * new[] { Ions.Potassium, Ions.Sodium, Ions.Chloride }.Sum(i => i.Valence * sim.InsideConcentration(i).MolesPerCubicMeter);

    /// <summary>
    /// Closed system (cell and extracellular space both finite), mixed ohmic-Nernst and GHK channels and an injected
    /// current: each ion's total amount is conserved to 1e-12 relative, and the charge on the membrane capacitor changes
    /// by exactly the injected charge plus the ionic charge the cytoplasm gained, C A ΔV = A ∫I_inj dt + F Σ z Δn_in.
    /// The charge check's tolerance is the rounding of the concentrations themselves: each of 500 steps rounds each
    /// c_in to an ulp (2.2e-16 c), worth F V_in · 2.2e-16 Σ|z c| of charge — far more than 1e-12 of the few-mV capacitor
    /// charge when V ends near where it started.
    /// </summary>
    [PhysicalProperty]
    public bool Amount_and_charge_are_conserved_in_a_closed_system(FsCheck.PositiveInt k, FsCheck.PositiveInt na, FsCheck.PositiveInt cl, ElectricPotential start)
    {
        var gK = 0.1 * (1 + (k.Get % 100));
        var pNa = 1e-8 * (1 + (na.Get % 100));
        var gCl = 0.01 * (1 + (cl.Get % 100));
        var injected = CurrentDensity.FromMicroamperesPerSquareCentimeter(5);
        var model = ClosedCell(gK, pNa, gCl).WithCurrentStep(new CurrentStep(Ms(1), Ms(2), injected));
        var sim = new Simulation(model, Temperature.Body, Ms(0.01), start);
        var moles0 = new[] { Ions.Potassium, Ions.Sodium, Ions.Chloride }.Select(i => Moles(sim, i)).ToArray();
        var charge0 = InsideCharge(sim);
        sim.Advance(Ms(5));
        var amountsKept = new[] { Ions.Potassium, Ions.Sodium, Ions.Chloride }.Select((i, n) => Math.Abs(Moles(sim, i) - moles0[n]) <= 1e-12 * moles0[n]).All(x => x);
        var capacitorCharge = 0.01 * CellArea.SquareMeters * (sim.Voltage.Volts - start.Volts);
        var expected = (injected.AmperesPerSquareMeter * CellArea.SquareMeters * 2e-3) + (InsideCharge(sim) - charge0);
        var rounding = 500 * 2.2e-16 * F * CellVolume.CubicMeters * (140 + 12 + 8);
        return amountsKept && Math.Abs(capacitorCharge - expected) <= (1e-12 * Math.Abs(capacitorCharge)) + rounding;
    }

    /// <summary>Under a clamp, Δc_in = −∫I dt · A/(zF V_in) for the one ion that carries the clamp current, to rounding.</summary>
    [Fact]
    public void Concentration_change_equals_the_integrated_current_over_zFV()
    {
        var model = ClosedCell(36, 0, 0).WithVoltageClamp(Mv(-65), new ClampStep(Ms(1), Ms(20), Mv(10)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        var c0 = sim.InsideConcentration(Ions.Potassium).MolesPerCubicMeter;
        var r = sim.Run(Ms(30), Ms(0.01), Mv(0));
        var charge = 0.0;
        for (var i = 1; i < r.ClampCurrents.Count; i++)
        {
            charge += r.ClampCurrents[i].AmperesPerSquareMeter * 1e-5; // the current at each step's end carried the step's ions
        }

        var expected = -charge * CellArea.SquareMeters / (F * CellVolume.CubicMeters);
        var change = sim.InsideConcentration(Ions.Potassium).MolesPerCubicMeter - c0;
        Assert.True(change < -0.05, $"the clamp must have moved a measurable amount of K⁺ (Δc = {change} mM)");
        Assert.Equal(expected, change, Math.Abs(expected) * 1e-12);
        Assert.Equal(-change, sim.OutsideConcentration(Ions.Potassium).MolesPerCubicMeter - 5, Math.Abs(expected) * 1e-12); // equal volumes
        Assert.Equal(sim.InsideConcentration(Ions.Potassium), r.InsideConcentrations(Ions.Potassium)[^1]);
        Assert.Equal(5, r.OutsideConcentrations(Ions.Potassium)[0].Millimolar);
        Assert.Equal([Ions.Potassium, Ions.Sodium, Ions.Chloride], r.Ions);
        Assert.Throws<ArgumentException>(() => r.InsideConcentrations(Ions.Calcium));
    }

    /// <summary>At V = E_K with only K⁺ conducting, no current flows: the concentrations and V stay exactly where they are.</summary>
    [Fact]
    public void At_equilibrium_nothing_moves()
    {
        var eK = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(140, 5), Temperature.Body);
        var model = ClosedCell(5, 0, 0);
        var sim = new Simulation(model, Temperature.Body, Ms(0.025), eK);
        sim.Advance(Ms(100));
        Assert.Equal(140, sim.InsideConcentration(Ions.Potassium).Millimolar, 1e-12);
        Assert.Equal(5, sim.OutsideConcentration(Ions.Potassium).Millimolar, 1e-12);
        Assert.Equal(eK.Volts, sim.Voltage.Volts, 1e-14);
    }

    /// <summary>
    /// A K⁺-only closed cell started away from E_K settles where V equals E_K of the <i>new</i> concentrations, having
    /// moved Δn = C A ΔV / F of K⁺ — the classic estimate that a few µM suffice to charge a membrane.
    /// </summary>
    [Fact]
    public void A_closed_cell_settles_at_the_Nernst_potential_of_its_shifted_concentrations()
    {
        var model = ClosedCell(5, 0, 0, gated: false); // τ = C/g = 0.2 ms: settled long before 200 ms
        var sim = new Simulation(model, Temperature.Body, Ms(0.025), Mv(0));
        sim.Advance(Ms(200));
        var cin = sim.InsideConcentration(Ions.Potassium);
        var cout = sim.OutsideConcentration(Ions.Potassium);
        Assert.Equal(Nernst.Potential(Ions.Potassium, new IonGradient(cin, cout), Temperature.Body).Volts, sim.Voltage.Volts, 1e-9);
        var moved = 0.01 * CellArea.SquareMeters * (0 - sim.Voltage.Volts) / F; // moles of K⁺ that left
        Assert.Equal(140 - (moved / CellVolume.CubicMeters), cin.MolesPerCubicMeter, 1e-12 * 140);
        Assert.Equal(3 * 0.01 * -sim.Voltage.Volts / (F * 5e-6), 140 - cin.Millimolar, 1e-12); // 3CΔV/(F r): 5.5 µM for r = 5 µm, ΔV ≈ 89 mV
    }
}

/// <summary>Saturable outside uptake (Kager, Wadman and Somjen 2000, with the resting balance explicit).</summary>
public class OutsideUptakeTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    /// <summary>
    /// With K_d ≫ c the uptake is linear, d(c − c₀)/dt = −k (c − c₀) with k = (A/V_out) J_max K_d/((c + K_d)(c₀ + K_d)):
    /// K⁺ pushed out by a clamp step relaxes back exponentially at that rate once the channels have closed.
    /// </summary>
    [Fact]
    public void Excess_outside_potassium_is_cleared_at_the_linear_uptake_rate()
    {
        var area = Area.FromSquareMeters(1e-9);
        var outsideVolume = Volume.FromCubicMeters(1e-9 * 30e-9); // a 30 nm periaxonal shell (Frankenhaeuser and Hodgkin 1956)
        var jMax = MolarFlux.FromMolesPerSquareMeterSecond(1e-3);
        var kd = Concentration.FromMillimolar(1e4);
        var channel = Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, new Gate("n", HodgkinHuxley1952.N, 4));
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [channel])
            .WithConcentrations(new Solution((Ions.Potassium, Concentration.FromMillimolar(400))), new Solution((Ions.Potassium, Concentration.FromMillimolar(10))))
            .WithPools(area, Volume.FromCubicMeters(1e-9 * 0.25e-3), outsideVolume)
            .WithOutsideUptake(Ions.Potassium, jMax, kd)
            .WithVoltageClamp(Mv(-120), new ClampStep(Ms(1), Ms(5), Mv(20)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.005), Mv(-120));
        sim.Advance(Ms(40)); // n⁴ at −120 mV is < 1e-6 of its open value by now
        var excess1 = sim.OutsideConcentration(Ions.Potassium).Millimolar - 10;
        sim.Advance(Ms(100));
        var excess2 = sim.OutsideConcentration(Ions.Potassium).Millimolar - 10;
        Assert.True(excess1 > 1, $"the step must have raised [K⁺]o (excess {excess1} mM)");
        var k = area.SquareMeters / outsideVolume.CubicMeters * jMax.MolesPerSquareMeterSecond * kd.MolesPerCubicMeter / ((10 + kd.MolesPerCubicMeter) * (10 + kd.MolesPerCubicMeter));
        Assert.Equal(Math.Exp(-k * 0.1), excess2 / excess1, 2e-3);
    }

    [Fact]
    public void Uptake_needs_an_outside_volume()
    {
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [Channel.Ohmic("K", ConductanceDensity.Zero, Ions.Potassium)])
            .WithConcentrations(new Solution((Ions.Potassium, Concentration.FromMillimolar(140))), new Solution((Ions.Potassium, Concentration.FromMillimolar(5))))
            .WithPools(Area.FromSquareMeters(1e-9), Volume.FromCubicMeters(1e-15), null)
            .WithOutsideUptake(Ions.Potassium, MolarFlux.FromMolesPerSquareMeterSecond(1e-6), Concentration.FromMillimolar(5));
        Assert.Contains("outside volume", Assert.Throws<ArgumentException>(() => new Simulation(model, Temperature.Body, Ms(0.01), Mv(-70))).Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// The Na⁺/K⁺-ATPase of Luo and Rudy (1994) in a cell with a leak: 3 Na⁺ out per 2 K⁺ in (Post and Jolly 1957), a net
/// outward current that depends on V through f_NaK (Luo and Rudy 1991).
/// </summary>
public class SodiumPotassiumPumpTests
{
    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static CellModel LeakWithPump(double imax) =>
        CellModel.Create(
                SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                [Channel.Ohmic("leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3), ElectricPotential.FromMillivolts(-54.3))])
            .WithConcentrations(new Solution((Ions.Sodium, Concentration.FromMillimolar(12)), (Ions.Potassium, Concentration.FromMillimolar(140))), new Solution((Ions.Sodium, Concentration.FromMillimolar(145)), (Ions.Potassium, Concentration.FromMillimolar(5))))
            .WithTransport(new SodiumPotassiumAtpaseKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(imax), Concentration.FromMillimolar(10), Concentration.FromMillimolar(1.5)));

    /// <summary>
    /// An outward pump current I_p(V) on a leak g settles V where g(V − E_L) + I_p(V) = 0 (the chord-conductance balance;
    /// HH 1952 Fig. 1 circuit). I_p is written out here from Luo and Rudy (1991, f_NaK; 1994, the saturation) with
    /// CODATA 2018 R and F at 37 °C and the balance solved by bisection, independently of the simulator's time stepping.
    /// </summary>
    [Fact]
    public void The_pump_hyperpolarises_a_leak_where_its_current_balances_the_leak_current()
    {
        var sim = new Simulation(LeakWithPump(1), Temperature.Body, Ms(0.05), ElectricPotential.FromMillivolts(-54.3));
        sim.Advance(Ms(100)); // τ = C/g = 3.3 ms
        const double rtOverF = 8.314462618 * 310.15 / 96485.33212;
        var sigma = (Math.Exp(145 / 67.3) - 1) / 7;
        double Pump(double v) => 1e-2 / (1 + (0.1245 * Math.Exp(-0.1 * v / rtOverF)) + (0.0365 * sigma * Math.Exp(-v / rtOverF)))
            / (1 + Math.Pow(10 / 12.0, 1.5)) * (5 / 6.5); // A/m²
        double Net(double v) => (3.0 * (v + 54.3e-3)) + Pump(v); // g = 0.3 mS/cm² = 3 S/m²
        double low = -0.1, high = -0.0543;
        for (var i = 0; i < 100; i++)
        {
            var mid = 0.5 * (low + high);
            (low, high) = Net(mid) < 0 ? (mid, high) : (low, mid);
        }

        Assert.True(high < -54.4e-3, $"the pump must hyperpolarise the leak measurably; balance at {high * 1e3} mV");
        Assert.Equal(0.5 * (low + high), sim.Voltage.Volts, 1e-9);
    }

    [Fact]
    public void With_pools_the_pump_moves_three_sodium_out_for_every_two_potassium_in()
    {
        var volume = Volume.FromCubicMeters(1e-15);
        var model = LeakWithPump(5).WithPools(Area.FromSquareMeters(1e-9), volume, volume);
        var sim = new Simulation(model, Temperature.Body, Ms(0.05), ElectricPotential.FromMillivolts(-60));
        sim.Advance(Ms(200));
        var naOut = 12 - sim.InsideConcentration(Ions.Sodium).Millimolar;
        var kIn = sim.InsideConcentration(Ions.Potassium).Millimolar - 140;
        Assert.True(naOut > 1e-3, $"Na⁺ must have been pumped out ({naOut} mM)");
        Assert.Equal(1.5, naOut / kIn, 1e-9);
        Assert.Equal(naOut, sim.OutsideConcentration(Ions.Sodium).Millimolar - 145, 1e-12);
    }
}
