using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Channels;

/// <summary>Ligand-gated conductances: time courses against their closed forms, reversals against the GHK voltage equation.</summary>
public class SynapseTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    /// <summary>Roth and van Rossum (2009) eqs. 6.4–6.5: t_peak = τ_r τ_d/(τ_d − τ_r) ln(τ_d/τ_r); the normalised peak is 1.</summary>
    [Fact]
    public void Bi_exponential_and_alpha_peak_at_one_at_their_published_peak_times()
    {
        var bi = SynapticKinetics.BiExponential(Ms(0.2), Ms(2));
        var expected = 0.2 * 2 / 1.8 * Math.Log(10);
        Assert.Equal(expected, bi.PeakTime.Milliseconds, 1e-12);
        Assert.Equal(1, bi.Activation(bi.PeakTime), 1e-14);
        Assert.True(bi.Activation(Ms(expected * 0.99)) < 1 && bi.Activation(Ms(expected * 1.01)) < 1);
        var alpha = SynapticKinetics.Alpha(Ms(1.5));
        Assert.Equal(1, alpha.Activation(Ms(1.5)), 1e-15);
        Assert.Equal(0, alpha.Activation(Ms(-1)));
        Assert.Equal(2 * Math.Exp(-1), alpha.Activation(Ms(3)), 1e-15); // (t/τ) e^(1 − t/τ) at t = 2τ
    }

    public static TheoryData<string> Shapes() => ["alpha", "bi"];

    /// <summary>
    /// Under a clamp the synaptic current is ḡ Σ_k s(t − t_k) (V − E) exactly: the simulator's update of these linear
    /// ODEs is exact and events are placed at their own times inside a step, so the off-grid train agrees with the
    /// closed form at every sample to rounding.
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void Clamped_synaptic_current_is_the_closed_form_sum_over_an_off_grid_event_train(string shape)
    {
        var kinetics = shape == "alpha" ? SynapticKinetics.Alpha(Ms(1)) : SynapticKinetics.BiExponential(Ms(0.3), Ms(3));
        var g = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.5);
        var synapse = Synapse.Ohmic("syn", g, Mv(0), kinetics);
        Duration[] events = [Ms(3.05), Ms(1.2345), Ms(3.0)];
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithSynapse(synapse, events)
            .WithVoltageClamp(Mv(-60));
        var recording = new Simulation(model, Temperature.Room, Ms(0.1), Mv(-60)).Run(Ms(15), Ms(0.1), Mv(0));
        var peak = 0.0;
        for (var i = 0; i < recording.Times.Count; i++)
        {
            var s = events.Sum(e => kinetics.Activation(recording.Times[i] - e));
            var expected = g.SiemensPerSquareMeter * s * -0.060;
            Assert.Equal(expected, recording.ClampCurrents[i].AmperesPerSquareMeter, 1e-13);
            peak = Math.Min(peak, expected);
        }

        Assert.True(peak < -0.2, "the train must have produced a sizeable inward current");
    }

    /// <summary>AMPA (P_Na = P_K) reverses where the GHK voltage equation puts it (Hodgkin and Katz 1949).</summary>
    [Fact]
    public void Ampa_reverses_at_the_GHK_voltage_of_its_ions()
    {
        var na = IonGradient.Millimolar(15, 145);
        var k = IonGradient.Millimolar(140, 5);
        var p = Permeability.FromCentimetersPerSecond(1e-5);
        var t = Temperature.Body;
        var erev = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, p, na), new PermeantIon(Ions.Potassium, p, k)], t);
        var inside = new Solution((Ions.Sodium, na.Inside), (Ions.Potassium, k.Inside));
        var outside = new Solution((Ions.Sodium, na.Outside), (Ions.Potassium, k.Outside));
        double Clamped(ElectricPotential v) => new Simulation(
                CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
                    .WithConcentrations(inside, outside)
                    .WithSynapse(Synapse.Ampa(p, SynapticKinetics.Constant), [])
                    .WithVoltageClamp(v),
                t,
                Ms(0.1),
                v)
            .ClampCurrent.AmperesPerSquareMeter;
        var atRest = Clamped(Mv(-70));
        Assert.True(atRest < 0, "inward at −70 mV");
        Assert.Equal(0, Clamped(erev) / atRest, 1e-12);
        var sum = GhkCurrent.Density(Ions.Sodium, p, na, Mv(-70), t) + GhkCurrent.Density(Ions.Potassium, p, k, Mv(-70), t);
        Assert.Equal(sum.AmperesPerSquareMeter, atRest, 1e-12);
    }

    /// <summary>
    /// HCO₃⁻ efflux through GABA_A channels puts E_GABA above E_Cl (Kaila, K. (1994) Ionic basis of GABA_A receptor
    /// channel function in the nervous system. <i>Prog. Neurobiol.</i> 42, 489–537): the reversal is the GHK voltage of
    /// Cl⁻ and 0.18 HCO₃⁻.
    /// </summary>
    [Fact]
    public void Gaba_a_with_bicarbonate_reverses_above_E_Cl_at_the_GHK_voltage()
    {
        var cl = IonGradient.Millimolar(7, 130);
        var hco3 = IonGradient.Millimolar(16, 26);
        var t = Temperature.Body;
        var p = Permeability.FromCentimetersPerSecond(1e-5);
        var expected = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Chloride, p, cl), new PermeantIon(Ions.Bicarbonate, p * 0.18, hco3)], t);
        var eCl = Nernst.Potential(Ions.Chloride, cl, t);
        Assert.True(expected > eCl + Mv(5));
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithConcentrations(new Solution((Ions.Chloride, cl.Inside), (Ions.Bicarbonate, hco3.Inside)), new Solution((Ions.Chloride, cl.Outside), (Ions.Bicarbonate, hco3.Outside)))
            .WithSynapse(Synapse.GabaA(p, SynapticKinetics.Constant, bicarbonate: true), []);
        var free = new Simulation(model, t, Ms(0.05), Mv(-60));
        free.Advance(Ms(200)); // C/(P-conductance) is a few ms: 200 ms is many time constants
        Assert.Equal(expected.Millivolts, free.Voltage.Millivolts, 1e-6);
    }

    private static CellModel SquidWithAmpa(Permeability p, SynapticKinetics kinetics, System.Collections.Generic.IEnumerable<Duration> events)
    {
        var na = IonGradient.Millimolar(50, 440); // squid axoplasm and sea water, Hille 2001 Table 1-1
        var k = IonGradient.Millimolar(400, 20);
        return CellModel.HodgkinHuxley()
            .WithConcentrations(new Solution((Ions.Sodium, na.Inside), (Ions.Potassium, k.Inside)), new Solution((Ions.Sodium, na.Outside), (Ions.Potassium, k.Outside)))
            .WithSynapse(Synapse.Ampa(p, kinetics), events);
    }

    [Fact]
    public void An_AMPA_event_train_makes_the_HH_axon_fire_and_a_step_still_allocates_nothing()
    {
        var events = Enumerable.Range(0, 20).Select(i => Ms(5 + (10 * i)));
        var model = SquidWithAmpa(Permeability.FromCentimetersPerSecond(3e-7), SynapticKinetics.BiExponential(Ms(0.5), Ms(3)), events);
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        Assert.Equal(0, Dynamics.SimulationTests.LeastAllocatedOverThreeWindows(sim, 5_000)); // 4 × 50 ms
        Assert.InRange(sim.SpikeCount, 15, 20);
    }

    /// <summary>
    /// A GHK conductance far too large for an explicit update: P = 2e-4 cm/s gives a slope conductance of ≈ 350 mS/cm²,
    /// Δt G/C ≈ 3.5 &gt; 2 at Δt = 10 µs, where forward Euler oscillates and diverges (it did, before the GHK currents were
    /// linearised into the implicit V update). Linearly implicit, V settles on AMPA's GHK reversal with the HH
    /// conductances pulling it slightly toward rest.
    /// </summary>
    [Fact]
    public void A_huge_GHK_conductance_is_stable_at_an_ordinary_step()
    {
        var model = SquidWithAmpa(Permeability.FromCentimetersPerSecond(2e-4), SynapticKinetics.Constant, []);
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        sim.Advance(Ms(50));
        var na = IonGradient.Millimolar(50, 440);
        var k = IonGradient.Millimolar(400, 20);
        var p = Permeability.FromCentimetersPerSecond(2e-4);
        var erev = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, p, na), new PermeantIon(Ions.Potassium, p, k)], Temperature.Squid);
        Assert.InRange(sim.Voltage.Millivolts, erev.Millivolts - 5, erev.Millivolts);
    }

    [Fact]
    public void Bad_synapse_arguments_are_rejected_with_the_parameter_named()
    {
        Assert.Equal("rise", Assert.Throws<ArgumentOutOfRangeException>(() => SynapticKinetics.BiExponential(Ms(2), Ms(2))).ParamName);
        Assert.Equal("tau", Assert.Throws<ArgumentOutOfRangeException>(() => SynapticKinetics.Alpha(Ms(-1))).ParamName);
        Assert.Throws<ArgumentException>(() => Synapse.Ghk("x", Permeability.Zero, SynapticKinetics.Constant));
        var syn = Synapse.Ohmic("x", ConductanceDensity.Zero, Mv(0), SynapticKinetics.Constant);
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => CellModel.HodgkinHuxley().WithSynapse(syn, [Ms(-1)])).ParamName);
        var cl = CellModel.HodgkinHuxley().WithSynapse(Synapse.GabaA(Permeability.Zero, SynapticKinetics.Constant, bicarbonate: false), []);
        Assert.Contains("chloride", Assert.Throws<ArgumentException>(() => new Simulation(cl, Temperature.Body, Ms(0.01), Mv(-65))).Message, StringComparison.OrdinalIgnoreCase);
    }
}
