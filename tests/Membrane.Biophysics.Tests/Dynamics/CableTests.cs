using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>The cable: passive steady state against cable theory, HH conduction against NEURON.</summary>
public class CableTests(ITestOutputHelper output)
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    /// <summary>
    /// A sealed passive cable with current injected at one end settles to V(x) − E ∝ cosh((L − x)/λ), λ = √(d R_m/(4 R_a))
    /// (Rall 1989, the finite cable with a sealed end). The compartment solution is the discrete analogue with
    /// λ_d = λ (1 + (Δx/λ)²/24 + …), so the shape agrees to ~(L/λ)(Δx/λ)²/24 ≈ 2e-6 at Δx = λ/200.
    /// </summary>
    [Fact]
    public void Passive_steady_state_follows_the_sealed_end_cosh()
    {
        var gLeak = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3);
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ohmic("leak", gLeak, Mv(-65))])
            .WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), CurrentDensity.FromMicroamperesPerSquareCentimeter(100)));
        const double d = 1e-6;
        const double ra = 1.0;
        var lambda = Math.Sqrt(d * (1 / gLeak.SiemensPerSquareMeter) / (4 * ra));
        var length = 2 * lambda;
        const int n = 400;
        var cable = new Cable(model, n, Length.FromMeters(length), Length.FromMeters(d), ElectricalResistivity.FromOhmMeters(ra), 0, Temperature.Body, Ms(0.05), Mv(-65));
        cable.Advance(Ms(100)); // τ_m = 3.3 ms
        var dx = length / n;
        double Shape(int i) => Math.Cosh((length - ((i + 0.5) * dx)) / lambda);
        var v1 = cable.Voltage(1).Volts + 0.065;
        Assert.True(v1 > 1e-3, $"the injected current must depolarise the cable ({v1} V)");
        foreach (var i in new[] { 10, 100, 200, 300, 399 })
        {
            var ratio = (cable.Voltage(i).Volts + 0.065) / v1;
            Assert.Equal(Shape(i) / Shape(1), ratio, 1e-5);
        }
    }

    private static (double First, double Second) CrossingTimes(double dtMs)
    {
        var reference = Reference.Load("hh_cable.json").GetProperty("parameters");
        var model = CellModel.HodgkinHuxley()
            .WithCurrentStep(new CurrentStep(Duration.Zero, Ms(reference.GetProperty("stim_length_ms").GetDouble()), CurrentDensity.FromMicroamperesPerSquareCentimeter(reference.GetProperty("stim_density_uA_per_cm2").GetDouble())));
        var cable = new Cable(model, 500, Length.FromMillimeters(50), Length.FromMicrometers(500), ElectricalResistivity.FromOhmMeters(0.354), 0, Temperature.Squid, Ms(dtMs), Mv(-65));
        double[] crossing = [double.NaN, double.NaN];
        int[] probes = [150, 350];
        var previous = new double[2] { -0.065, -0.065 };
        while (cable.Time < Ms(5) && double.IsNaN(crossing[1]))
        {
            var t = cable.Time.Milliseconds;
            cable.Step();
            for (var p = 0; p < 2; p++)
            {
                var v = cable.Voltage(probes[p]).Volts;
                if (double.IsNaN(crossing[p]) && previous[p] < 0 && v >= 0)
                {
                    crossing[p] = t + (dtMs * -previous[p] / (v - previous[p]));
                }

                previous[p] = v;
            }
        }

        return (crossing[0], crossing[1]);
    }

    /// <summary>
    /// HH 1952 conduction along a 500 µm squid axon at 6.3 °C against NEURON (tests/reference/hh_cable.json: nseg 500,
    /// CVODE). Same compartments, so only the time step differs: checked as in <see cref="HodgkinHuxleyReferenceTests"/>,
    /// the Δt/2 value within 1.5× its first-order change from Δt, the Richardson extrapolation within 0.5× (floor 1 µs).
    /// </summary>
    [Fact]
    public void Hodgkin_Huxley_axon_conducts_at_NEURONs_velocity()
    {
        var reference = Reference.Load("hh_cable.json");
        var times = reference.GetProperty("crossing_times_ms").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var velocity = reference.GetProperty("velocity_m_per_s").GetDouble();
        var coarse = CrossingTimes(0.01);
        var fine = CrossingTimes(0.005);
        double V((double First, double Second) c) => 20.0 / (c.Second - c.First); // mm/ms = m/s
        output.WriteLine($"NEURON {times[0]:F5}, {times[1]:F5} ms, {velocity:F4} m/s; ours at 5 µs {fine.First:F5}, {fine.Second:F5} ms, {V(fine):F4} m/s; at 10 µs {V(coarse):F4} m/s; extrapolated {(2 * V(fine)) - V(coarse):F4} m/s");
        foreach (var (neuron, c, f) in new[] { (times[0], coarse.First, fine.First), (times[1], coarse.Second, fine.Second), (velocity, V(coarse), V(fine)) })
        {
            var e = Math.Abs(c - f);
            Assert.InRange(f - neuron, -((1.5 * e) + 1e-3), (1.5 * e) + 1e-3);
            Assert.InRange((2 * f) - c - neuron, -((0.5 * e) + 1e-3), (0.5 * e) + 1e-3);
        }
    }

    /// <summary>
    /// [Cl⁻]i rising along a Cl⁻-only cable: nearly uncoupled (R_a huge) every compartment rests at its own Nernst E_Cl
    /// (Nernst 1889); well coupled they settle on a common V between the extremes, where the net Cl⁻ current is zero.
    /// </summary>
    [Fact]
    public void Compartments_with_their_own_chloride_rest_at_their_own_E_Cl_unless_coupled()
    {
        var channel = Channel.Ohmic("GABA", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Membrane.Biophysics.Species.Ions.Chloride);
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [channel])
            .WithConcentrations(new Membrane.Biophysics.Species.Solution((Membrane.Biophysics.Species.Ions.Chloride, Concentration.FromMillimolar(10))), new Membrane.Biophysics.Species.Solution((Membrane.Biophysics.Species.Ions.Chloride, Concentration.FromMillimolar(130))));
        var profile = Enumerable.Range(0, 10).Select(i => new Membrane.Biophysics.Species.Solution((Membrane.Biophysics.Species.Ions.Chloride, Concentration.FromMillimolar(5 + (3 * i))))).ToArray();
        ElectricPotential ECl(int i) => Membrane.Biophysics.Equilibrium.Nernst.Potential(Membrane.Biophysics.Species.Ions.Chloride, Membrane.Biophysics.Species.IonGradient.Millimolar(5 + (3 * i), 130), Temperature.Body);
        var loose = new Cable(model, 10, Length.FromMicrometers(100), Length.FromMicrometers(1), ElectricalResistivity.FromOhmMeters(1e12), 0, Temperature.Body, Ms(0.1), Mv(-70), profile);
        loose.Advance(Ms(50));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(ECl(i).Volts, loose.Voltage(i).Volts, 1e-6);
        }

        var tight = new Cable(model, 10, Length.FromMicrometers(100), Length.FromMicrometers(1), ElectricalResistivity.FromOhmMeters(1e-4), 0, Temperature.Body, Ms(0.1), Mv(-70), profile);
        tight.Advance(Ms(50));
        Assert.Equal(tight.Voltage(0).Volts, tight.Voltage(9).Volts, 1e-6); // coupling/membrane conductance ≈ 2.5e6
        // sealed ends: the axial currents cancel in the sum, so at rest Σ g (Vᵢ − E_Cl,i) = 0 exactly
        Assert.Equal(0, Enumerable.Range(0, 10).Sum(i => tight.Voltage(i).Volts - ECl(i).Volts), 1e-9);
    }

    [Fact]
    public void A_cable_step_allocates_nothing()
    {
        var cable = new Cable(CellModel.HodgkinHuxley(), 1000, Length.FromMillimeters(10), Length.FromMicrometers(10), ElectricalResistivity.FromOhmMeters(0.354), 0, Temperature.Squid, Ms(0.01), Mv(-65));
        cable.Advance(Ms(1));
        var least = long.MaxValue;
        for (var w = 0; w < 3; w++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            cable.Advance(Ms(1));
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }
}
