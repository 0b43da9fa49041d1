using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The branched cable: Rall's equivalent cylinder for a tree obeying the 3/2 power rule, agreement with the unbranched
/// <see cref="Cable"/> (itself checked against NEURON), and per-compartment Cl⁻ pools conserving every ion.
/// </summary>
public class CableTreeTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>
    /// A trunk (d = 2 µm, 0.6 λ) forking into two daughters with d^(3/2) summing to the trunk's (d = 2^(−2/3)·2 µm) and the
    /// same electrotonic length (0.9 of their own λ): Rall's condition, so the tree is one cylinder of electrotonic length
    /// L = 1.5 (Rall, W. (1959) Branching dendritic trees and motoneuron membrane resistivity. <i>Exp. Neurol.</i> 1,
    /// 491–527). Current into the trunk's first compartment: at steady state every compartment at electrotonic distance X
    /// from the root end sits on cosh(L − X), in the trunk and in both daughters, to the compartments' O((Δx/λ)²): measured
    /// ≤ 3.5e-7 at Δx = λ/400. (Without a zero-area node at the fork, joining each daughter to the trunk's last centre through
    /// its own copy of the trunk's half-segment, the daughters sat 3e-4 high: this test is what caught it.)
    /// </summary>
    [Fact]
    public void A_tree_obeying_the_three_halves_rule_is_Ralls_equivalent_cylinder()
    {
        var gLeak = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3);
        const double ra = 1.0;
        const double dTrunk = 2e-6;
        var dDaughter = dTrunk * Math.Pow(2, -2.0 / 3);
        double Lambda(double d) => Math.Sqrt(d / gLeak.SiemensPerSquareMeter / (4 * ra));
        var leak = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ohmic("leak", gLeak, Mv(-65))]);
        var stimulated = leak.WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), CurrentDensity.FromMicroamperesPerSquareCentimeter(100)));
        const int nTrunk = 240;
        const int nDaughter = 360;
        var trunkLength = 0.6 * Lambda(dTrunk);
        var daughterLength = 0.9 * Lambda(dDaughter);
        var trunk = new CableSection("trunk", -1, Length.FromMeters(trunkLength), Length.FromMeters(dTrunk), Enumerable.Range(0, nTrunk).Select(i => i == 0 ? stimulated : leak));
        CableSection[] sections =
        [
            trunk,
            CableSection.Uniform("left", 0, Length.FromMeters(daughterLength), Length.FromMeters(dDaughter), nDaughter, leak),
            CableSection.Uniform("right", 0, Length.FromMeters(daughterLength), Length.FromMeters(dDaughter), nDaughter, leak),
        ];
        var tree = new CableTree(sections, ra, Temperature.Body, Ms(0.05), Mv(-65));
        tree.Advance(Ms(150)); // τ_m = 3.3 ms
        double X(int section, int k) => section == 0
            ? (k + 0.5) / nTrunk * 0.6
            : 0.6 + ((k + 0.5) / nDaughter * 0.9);
        double Depolarisation(int section, int k) => tree.Voltage(tree.IndexOf(section, k)).Volts + 0.065;
        var reference = Depolarisation(0, 1);
        Assert.True(reference > 1e-4, $"the injected current must depolarise the tree ({reference} V)");
        foreach (var (section, k) in new[] { (0, 10), (0, 120), (0, 239), (1, 0), (1, 100), (2, 200), (1, 359), (2, 359) })
        {
            var expected = Math.Cosh(1.5 - X(section, k)) / Math.Cosh(1.5 - X(0, 1));
            Assert.Equal(expected, Depolarisation(section, k) / reference, 2e-6); // measured ≤ 3.5e-7
        }

        Assert.Equal(Depolarisation(1, 200), Depolarisation(2, 200), 1e-12);
    }

    /// <summary>One section is the unbranched cable: HH conduction step by step as <see cref="Cable"/> (whose velocity matches NEURON's).</summary>
    [Fact]
    public void One_section_steps_as_the_unbranched_cable()
    {
        var stimulated = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Ms(0.5), CurrentDensity.FromMicroamperesPerSquareCentimeter(2000)));
        const int n = 100;
        var cable = new Cable(stimulated, n, Length.FromMillimeters(10), Length.FromMicrometers(500), 0.354, 0, Temperature.Squid, Ms(0.01), Mv(-65));
        var section = new CableSection("axon", -1, Length.FromMillimeters(10), Length.FromMicrometers(500), Enumerable.Range(0, n).Select(i => i == 0 ? stimulated : CellModel.HodgkinHuxley()));
        var tree = new CableTree([section], 0.354, Temperature.Squid, Ms(0.01), Mv(-65));
        var peak = double.NegativeInfinity;
        for (var step = 0; step < 300; step++)
        {
            cable.Step();
            tree.Step();
            for (var i = 0; i < n; i += 11)
            {
                Assert.Equal(cable.Voltage(i).Volts, tree.Voltage(i).Volts, 1e-9);
                peak = Math.Max(peak, tree.Voltage(i).Volts);
            }
        }

        Assert.True(peak > 0.02, $"an action potential must have been compared, peak {peak} V");
    }

    /// <summary>
    /// A GABA_A synapse on the tip of one daughter loads Cl⁻ only there: its compartment's [Cl⁻]i rises, the other
    /// daughter's does not; with a closed outside space around each compartment, the tree's total Cl⁻ is conserved to 1e-12.
    /// </summary>
    [Fact]
    public void Each_compartment_has_its_own_chloride_pool()
    {
        var inside = new Solution((Ions.Chloride, Mm(5)));
        var outside = new Solution((Ions.Chloride, Mm(130)));
        var membrane = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ohmic("leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Mv(-60))])
            .WithConcentrations(inside, outside)
            .WithChannel(Channel.Ohmic("Cl leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.01), Ions.Chloride))
            .WithPools(Area.FromSquareMeters(1), Volume.FromCubicMeters(1), Volume.FromCubicMeters(0.2));
        var synapseAt = membrane.WithSynapse(Synapse.Ohmic("GABA_A", ConductanceDensity.FromMillisiemensPerSquareCentimeter(5), Ions.Chloride, SynapticKinetics.BiExponential(Ms(0.5), Ms(10))), Enumerable.Range(0, 20).Select(k => Ms(5 * k)));
        CableSection[] sections =
        [
            CableSection.Uniform("trunk", -1, Length.FromMicrometers(50), Length.FromMicrometers(2), 5, membrane.WithCurrentStep(new CurrentStep(Duration.Zero, Ms(200), CurrentDensity.FromMicroamperesPerSquareCentimeter(5)))),
            new CableSection("left", 0, Length.FromMicrometers(100), Length.FromMicrometers(1), Enumerable.Range(0, 10).Select(k => k == 9 ? synapseAt : membrane)),
            CableSection.Uniform("right", 0, Length.FromMicrometers(100), Length.FromMicrometers(1), 10, membrane),
        ];
        var tree = new CableTree(sections, 1.0, Temperature.Body, Ms(0.025), Mv(-60));
        double Total()
        {
            var sum = 0.0;
            for (var s = 0; s < 3; s++)
            {
                var section = sections[s];
                var volume = Math.PI * Math.Pow(section.Diameter.Meters, 2) / 4 * section.Length.Meters / section.Compartments.Count;
                for (var k = 0; k < section.Compartments.Count; k++)
                {
                    var i = tree.IndexOf(s, k);
                    sum += volume * (tree.InsideConcentration(i, Ions.Chloride).MolesPerCubicMeter + (0.2 * tree.OutsideConcentration(i, Ions.Chloride).MolesPerCubicMeter));
                }
            }

            return sum;
        }

        var before = Total();
        tree.Advance(Ms(100));
        var tip = tree.InsideConcentration(tree.IndexOf(1, 9), Ions.Chloride).Millimolar;
        var mirror = tree.InsideConcentration(tree.IndexOf(2, 9), Ions.Chloride).Millimolar;
        Assert.True(tip > 5.1, $"Cl⁻ must load at the synapse ({tip} mM)");
        Assert.True(Math.Abs(mirror - 5) < 0.1 * (tip - 5), $"the other tip stays near 5 mM ({mirror} mM)");
        Assert.Equal(before, Total(), 1e-12 * before);
    }

    /// <summary>A tree step allocates nothing, and a malformed tree is refused.</summary>
    [Fact]
    public void Steps_allocate_nothing_and_bad_trees_are_refused()
    {
        var hh = CellModel.HodgkinHuxley();
        CableSection[] sections =
        [
            CableSection.Uniform("soma", -1, Length.FromMicrometers(20), Length.FromMicrometers(20), 1, hh),
            CableSection.Uniform("a", 0, Length.FromMicrometers(200), Length.FromMicrometers(2), 20, hh),
            CableSection.Uniform("b", 0, Length.FromMicrometers(200), Length.FromMicrometers(2), 20, hh),
            CableSection.Uniform("b1", 2, Length.FromMicrometers(100), Length.FromMicrometers(1), 10, hh),
        ];
        var tree = new CableTree(sections, 1.0, Temperature.Squid, Ms(0.025), Mv(-65));
        tree.Step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            tree.Step();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(51, tree.Count);
        Assert.Equal(41, tree.IndexOf(3, 0));
        Assert.Throws<ArgumentException>(() => new CableTree([sections[1]], 1.0, Temperature.Squid, Ms(0.025), Mv(-65)));
        Assert.Throws<ArgumentException>(() => new CableTree([sections[0], sections[3]], 1.0, Temperature.Squid, Ms(0.025), Mv(-65)));
        Assert.Throws<NotSupportedException>(() => new CableTree([CableSection.Uniform("soma", -1, Length.FromMicrometers(20), Length.FromMicrometers(20), 1, hh.WithVoltageClamp(Mv(-65)))], 1.0, Temperature.Squid, Ms(0.025), Mv(-65)));
    }
}
