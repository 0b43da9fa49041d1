using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The membrane's linearisation as a simulation reports it, each branch's G and J: against the HH 1952 rates written
/// out here, against the GHK current of the Ghk layer and NCX's own current law, and leaving the simulation untouched.
/// </summary>
public class LinearisationTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>HH 1952's steady states at V (mV, NEURON's convention: rest −65 mV), from the paper's rate functions (eqs. 12–13, 20–21, 23–24).</summary>
    private static (double M, double H, double N) Steady(double mv)
    {
        static double Trap(double x, double y) => Math.Abs(x / y) < 1e-9 ? y * (1 - (x / y / 2)) : x / (Math.Exp(x / y) - 1);
        var am = 0.1 * Trap(-(mv + 40), 10);
        var bm = 4 * Math.Exp(-(mv + 65) / 18);
        var ah = 0.07 * Math.Exp(-(mv + 65) / 20);
        var bh = 1 / (Math.Exp(-(mv + 35) / 10) + 1);
        var an = 0.01 * Trap(-(mv + 55), 10);
        var bn = 0.125 * Math.Exp(-(mv + 65) / 80);
        return (am / (am + bm), ah / (ah + bh), an / (an + bn));
    }

    [Theory]
    [InlineData(-65.0)]
    [InlineData(-40.0)]
    [InlineData(-55.0)]
    [InlineData(10.0)]
    public void At_steady_state_each_HH_branch_is_its_conductance_at_the_gates_steady_state(double mv)
    {
        var sim = new Simulation(CellModel.HodgkinHuxley(), Temperature.Squid, Duration.FromMilliseconds(0.01), Mv(-65));
        var lin = sim.SteadyStateLinearisation(Mv(mv));
        var (m, h, n) = Steady(mv);
        var expected = new Dictionary<string, (double G, double E)>
        {
            ["Na"] = (120 * m * m * m * h, 50),
            ["K"] = (36 * n * n * n * n, -77),
            ["leak"] = (0.3, -54.3),
        };
        Assert.Equal(["Na", "K", "leak"], lin.Branches.Select(b => b.Name));
        foreach (var branch in lin.Branches)
        {
            var (g, e) = expected[branch.Name];
            Assert.Equal(g, branch.Slope.MillisiemensPerSquareCentimeter, 1e-11 * Math.Max(g, 1e-3));
            Assert.Equal(-g * e * 1e-3, branch.Offset.AmperesPerSquareMeter * 0.1, 1e-12 * Math.Max(g, 1e-3) * 100);
        }

        var total = expected.Values.Sum(x => x.G);
        Assert.Equal(total, lin.SlopeConductance.MillisiemensPerSquareCentimeter, 1e-11 * total);
        var current = expected.Values.Sum(x => x.G * (mv - x.E)); // mS/cm² · mV = µA/cm²
        Assert.Equal(current, lin.Current.MicroamperesPerSquareCentimeter, 1e-9 * Math.Max(1, Math.Abs(current)));
        Assert.Equal(Mv(mv), lin.Potential);
    }

    /// <summary>
    /// A GHK leak and NCX: each GHK branch is the tangent of the Ghk layer's current at V₀, the two NCX branches (Na⁺
    /// and Ca²⁺) carry 3:1 ions whose charge is NCX's own current at V₀, and the ion currents add up by ion.
    /// </summary>
    [Fact]
    public void Ghk_and_transport_branches_are_tangents_of_their_own_current_laws()
    {
        var inside = new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Calcium, Mm(1e-4)));
        var outside = new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Calcium, Mm(2)));
        var pNa = Permeability.FromCentimetersPerSecond(3e-8);
        var pK = Permeability.FromCentimetersPerSecond(1e-6);
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ghk("Na leak", pNa, Ions.Sodium), Channel.Ghk("K leak", pK, Ions.Potassium)])
            .WithConcentrations(inside, outside)
            .WithTransport(NcxKinetics.LuoRudy1994);
        var t = Temperature.Body;
        var sim = new Simulation(model, t, Duration.FromMilliseconds(0.01), Mv(-70));
        var v = Mv(-70);
        var lin = sim.Linearisation();
        Assert.Equal(v, lin.Potential);

        var na = new IonGradient(Mm(12), Mm(145));
        var k = new IonGradient(Mm(140), Mm(4));
        foreach (var (name, ion, p, gradient) in new[] { ("Na leak", Ions.Sodium, pNa, na), ("K leak", Ions.Potassium, pK, k) })
        {
            var branch = lin.Branches.Single(b => b.Name == name);
            Assert.Equal(ion, branch.Ion);
            var exact = GhkCurrent.Density(ion, p, gradient, v, t).AmperesPerSquareMeter;
            Assert.Equal(exact, branch.CurrentAt(v).AmperesPerSquareMeter, 1e-12 * Math.Abs(exact));
            var h = 1e-4;
            var slope = (GhkCurrent.Density(ion, p, gradient, Mv(-70 + h), t).AmperesPerSquareMeter - GhkCurrent.Density(ion, p, gradient, Mv(-70 - h), t).AmperesPerSquareMeter) / (2 * h * 1e-3);
            Assert.Equal(slope, branch.Slope.SiemensPerSquareMeter, 1e-6 * Math.Abs(slope));
        }

        var exchanger = lin.Branches.Where(b => b.Name == NcxKinetics.LuoRudy1994.Transporter.Name).ToArray();
        Assert.Equal([Ions.Sodium, Ions.Calcium], exchanger.Select(b => b.Ion));
        var ncx = NcxKinetics.LuoRudy1994.Current(Mm(12), Mm(145), Mm(1e-4), Mm(2), v, t).AmperesPerSquareMeter;
        Assert.Equal(ncx, exchanger.Sum(b => b.CurrentAt(v).AmperesPerSquareMeter), 1e-12 * Math.Abs(ncx));
        var sodium = exchanger[0].CurrentAt(v).AmperesPerSquareMeter;
        var calcium = exchanger[1].CurrentAt(v).AmperesPerSquareMeter;
        Assert.Equal(-3.0 / 2.0, sodium / calcium, 1e-12); // 3 Na⁺ in for each Ca²⁺ out: charge 3·(+1) against 1·(+2), opposite ways

        var naTotal = lin.Branches.Where(b => b.Ion == Ions.Sodium).Sum(b => b.CurrentAt(v).AmperesPerSquareMeter);
        Assert.Equal(naTotal, lin.IonCurrent(Ions.Sodium).AmperesPerSquareMeter, 1e-15);
        Assert.Equal(0, lin.IonCurrent(Ions.Chloride).AmperesPerSquareMeter);
    }

    /// <summary>Asking for either linearisation between steps changes nothing: V and every gate agree bit for bit with a run that never asked.</summary>
    [Fact]
    public void Linearising_leaves_the_simulation_unchanged()
    {
        var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5), CurrentDensity.FromMicroamperesPerSquareCentimeter(20)));
        var asked = new Simulation(model, Temperature.Squid, Duration.FromMilliseconds(0.01), Mv(-65));
        var quiet = new Simulation(model, Temperature.Squid, Duration.FromMilliseconds(0.01), Mv(-65));
        for (var i = 0; i < 1000; i++)
        {
            _ = asked.Linearisation();
            _ = asked.SteadyStateLinearisation(Mv(-30 + (i % 50)));
            asked.Step();
            quiet.Step();
        }

        Assert.Equal(quiet.Voltage.Volts, asked.Voltage.Volts, 0.0);
        Assert.Equal(quiet.SpikeCount, asked.SpikeCount);
        for (var g = 0; g < quiet.GateNames.Count; g++)
        {
            Assert.Equal(quiet.GateValue(g), asked.GateValue(g), 0.0);
        }

        Assert.Equal("potential", Assert.Throws<ArgumentOutOfRangeException>(() => asked.SteadyStateLinearisation(Mv(double.NaN))).ParamName);
    }

    /// <summary>
    /// A transporter's reversal potential from the cell's pools: NCX's 3E_Na − 2E_Ca written out here with R, T and F,
    /// and the Transport layer's value for the same concentrations; electroneutral KCC2 has none; a pump coupling ATP
    /// and a transporter the cell lacks are refused; asking allocates nothing.
    /// </summary>
    [Fact]
    public void A_transporters_reversal_comes_from_the_cells_own_concentrations()
    {
        var inside = new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(8)), (Ions.Calcium, Mm(1e-4)));
        var outside = new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(120)), (Ions.Calcium, Mm(2)));
        var ncx = NcxKinetics.LuoRudy1994;
        var kcc2 = FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-8));
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), []).WithConcentrations(inside, outside).WithTransport(ncx).WithTransport(kcc2);
        var t = Temperature.Body;
        var sim = new Simulation(model, t, Duration.FromMilliseconds(0.01), Mv(-70));

        var rtOverF = 8.314462618 * t.Kelvins / 96485.33212;
        var expected = (3 * rtOverF * Math.Log(145.0 / 12)) - (2 * rtOverF / 2 * Math.Log(2 / 1e-4));
        Assert.Equal(expected, sim.ReversalPotential(ncx)!.Value.Volts, 1e-9);
        var conditions = new Membrane.Biophysics.Transport.TransportConditions(inside, outside);
        Assert.Equal(ncx.Transporter.ReversalPotential(conditions, t)!.Value.Volts, sim.ReversalPotential(ncx)!.Value.Volts, 1e-14);
        Assert.Null(sim.ReversalPotential(kcc2));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0.0;
        for (var i = 0; i < 100; i++)
        {
            sum += sim.ReversalPotential(ncx)!.Value.Volts;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum < 0);
        Assert.Equal("transport", Assert.Throws<ArgumentException>(() => sim.ReversalPotential(SodiumPotassiumAtpaseKinetics.LuoRudy1994)).ParamName);
        Assert.Equal("transport", Assert.Throws<ArgumentException>(() => sim.ReversalPotential(new NcxKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(20), Mm(87.5), Mm(1.38), 0.1, 0.35))).ParamName);
    }
}
