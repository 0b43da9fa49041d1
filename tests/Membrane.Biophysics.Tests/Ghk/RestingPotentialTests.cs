using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>The zero-current potential of mixed ohmic, GHK and pump currents, checked against the chord-conductance and GHK voltage equations.</summary>
public class RestingPotentialTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static ConductanceDensity MsCm2(double value) => ConductanceDensity.FromMillisiemensPerSquareCentimeter(value);

    /// <summary>
    /// Hodgkin and Huxley (1952) <i>J. Physiol.</i> 117, 500–544: resting g_K = 36 n∞⁴ = 0.3666, g_Na = 120 m∞³h∞ = 0.0106,
    /// g_L = 0.3 mS/cm², with E_K = −12, E_Na = +115, E_L = +10.613 mV relative to rest (see ChordConductanceTests), shifted
    /// here to an absolute rest of −65 mV: E_K = −77, E_Na = +50, E_L = −54.387 mV.
    /// </summary>
    private static MembraneCurrents HodgkinHuxleyRest()
    {
        var an = 0.1 / (Math.E - 1);
        var n = an / (an + 0.125);
        var am = 2.5 / (Math.Exp(2.5) - 1);
        var m = am / (am + 4);
        var bh = 1 / (Math.Exp(3) + 1);
        var h = 0.07 / (0.07 + bh);
        return MembraneCurrents.Empty
            .WithOhmic(MsCm2(36 * Math.Pow(n, 4)), Mv(-77))
            .WithOhmic(MsCm2(120 * m * m * m * h), Mv(50))
            .WithOhmic(MsCm2(0.3), Mv(-54.387));
    }

    [Fact]
    public void Hodgkin_Huxley_rest_agrees_with_the_chord_conductance_equation()
    {
        var membrane = HodgkinHuxleyRest();
        var chord = ChordConductance.Potential(membrane.Ohmic.Select(b => b.Conductance).ToArray(), membrane.Ohmic.Select(b => b.ReversalPotential).ToArray());
        var v = RestingPotential.Of(membrane, Temperature.Squid);
        Assert.Equal(chord.Volts, v.Volts, 1e-12);
        Assert.InRange(v.Millivolts, -65.01, -64.99); // HH's rest, to the 5 digits of E_L
    }

    /// <summary>
    /// An AMPA conductance (E_AMPA = 0 mV; Mayer and Westbrook 1987, <i>Prog. Neurobiol.</i> 28, 197–276) added to the
    /// Hodgkin–Huxley rest pulls V toward 0 mV: at g_AMPA = 100 g_rest V = −65/101 mV, the chord-conductance value.
    /// </summary>
    [Fact]
    public void A_large_AMPA_conductance_pulls_the_HH_rest_toward_zero()
    {
        var rest = HodgkinHuxleyRest();
        var gRest = rest.Ohmic.Sum(b => b.Conductance.SiemensPerSquareMeter);
        var vRest = RestingPotential.Of(rest, Temperature.Squid).Volts;
        var v = RestingPotential.Of(rest.WithOhmic(ConductanceDensity.FromSiemensPerSquareMeter(100 * gRest), Mv(0)), Temperature.Squid);
        Assert.Equal(vRest / 101, v.Volts, 1e-14);
    }

    /// <summary>The same pull with AMPA as GHK permeabilities P_Na = P_K (mammalian Na 15/145, K 140/5 mM, 37 °C): V approaches E_AMPA = −0.876 mV (GhkVoltageTests).</summary>
    [Fact]
    public void A_GHK_AMPA_permeability_pulls_toward_its_GHK_reversal()
    {
        var t = Temperature.Body;
        var na = IonGradient.Millimolar(15, 145);
        var k = IonGradient.Millimolar(140, 5);
        var eAmpa = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, Permeability.FromMetersPerSecond(1), na), new PermeantIon(Ions.Potassium, Permeability.FromMetersPerSecond(1), k)], t);
        var rest = HodgkinHuxleyRest();
        var vRest = RestingPotential.Of(rest, t);
        var previous = vRest;
        foreach (var cmPerS in new[] { 1e-7, 1e-6, 1e-5, 1e-4, 1e-2 })
        {
            var p = Permeability.FromCentimetersPerSecond(cmPerS);
            var v = RestingPotential.Of(rest.WithGhk(new PermeantIon(Ions.Sodium, p, na)).WithGhk(new PermeantIon(Ions.Potassium, p, k)), t);
            Assert.True(v > previous && v < eAmpa, $"{v} should lie between {previous} and {eAmpa}");
            previous = v;
        }

        Assert.Equal(eAmpa.Millivolts, previous.Millivolts, 0.05);
    }

    /// <summary>Only GHK ions: the zero-current potential is the GHK voltage equation (a second, independent solver).</summary>
    [PhysicalProperty]
    public bool Only_GHK_ions_give_the_GHK_reversal(PermeantSet set, Temperature t)
    {
        var membrane = set.Ions.Aggregate(MembraneCurrents.Empty, (m, ion) => m.WithGhk(ion));
        var expected = GhkVoltage.ReversalPotential(set.Ions, t).Volts;
        if (Math.Abs(expected) > 0.9)
        {
            return true; // beyond the ±1 V cap of the resting-potential search; GhkVoltage has no cap
        }

        return Math.Abs(RestingPotential.Of(membrane, t).Volts - expected) <= 2e-12;
    }

    /// <summary>Only ohmic branches: the chord-conductance equation; a constant outward pump I_p then shifts V by −I_p/Σg (Hille 2001, ch. 14).</summary>
    [PhysicalProperty]
    public bool Ohmic_branches_give_the_chord_value_and_a_pump_shifts_it_by_I_over_g(ConductanceDensity g1, ConductanceDensity g2, ElectricPotential e1, ElectricPotential e2, ElectricPotential shift)
    {
        var membrane = MembraneCurrents.Empty.WithOhmic(g1, e1).WithOhmic(g2, e2);
        var chord = ChordConductance.Potential([g1, g2], [e1, e2]).Volts;
        var gTotal = g1 + g2;
        var pump = -shift * gTotal; // the outward current that shifts V by `shift`
        var withPump = RestingPotential.Of(membrane.WithPump(pump), Temperature.Body).Volts;
        var withDelegate = RestingPotential.Of(membrane.WithPump(_ => pump), Temperature.Body).Volts;
        return Math.Abs(RestingPotential.Of(membrane, Temperature.Body).Volts - chord) <= 1e-12 &&
               Math.Abs(withPump - (chord + shift.Volts)) <= 2e-12 &&
               Math.Abs(withDelegate - withPump) <= 2e-12;
    }

    /// <summary>As g_AMPA grows the potential moves monotonically from rest toward E_AMPA and stays between them.</summary>
    [PhysicalProperty]
    public bool Growing_AMPA_conductance_approaches_its_reversal(ConductanceDensity gLeak, ElectricPotential eLeak, ElectricPotential eAmpa, ConductanceDensity gAmpa)
    {
        var rest = MembraneCurrents.Empty.WithOhmic(gLeak, eLeak);
        var v1 = RestingPotential.Of(rest.WithOhmic(gAmpa, eAmpa), Temperature.Body).Volts;
        var v2 = RestingPotential.Of(rest.WithOhmic(gAmpa * 10, eAmpa), Temperature.Body).Volts;
        var lo = Math.Min(eLeak.Volts, eAmpa.Volts) - 1e-12;
        var hi = Math.Max(eLeak.Volts, eAmpa.Volts) + 1e-12;
        return v1 >= lo && v1 <= hi && Math.Abs(v2 - eAmpa.Volts) <= Math.Abs(v1 - eAmpa.Volts) + 1e-12;
    }

    /// <summary>A voltage-dependent pump: with I_p(V) = a + bV on a leak g, V = (gE − a)/(g + b), solved by hand.</summary>
    [Fact]
    public void A_linear_voltage_dependent_pump_gives_the_hand_solution()
    {
        var g = MsCm2(0.3);
        var a = CurrentDensity.FromAmperesPerSquareMeter(0.05);
        var b = ConductanceDensity.FromSiemensPerSquareMeter(1.0);
        var membrane = MembraneCurrents.Empty.WithOhmic(g, Mv(-70)).WithPump(v => a + (v * b));
        var expected = ((g.SiemensPerSquareMeter * -0.070) - 0.05) / (g.SiemensPerSquareMeter + 1.0);
        Assert.Equal(expected, RestingPotential.Of(membrane, Temperature.Body).Volts, 1e-12);
        Assert.Equal(0.0, membrane.TotalCurrent(ElectricPotential.FromVolts(expected), Temperature.Body).AmperesPerSquareMeter, 1e-12);
    }

    [Fact]
    public void Rejects_bad_input_and_says_why_no_root_exists()
    {
        var t = Temperature.Body;
        Assert.Contains("was empty", Assert.Throws<ArgumentException>(() => RestingPotential.Of(MembraneCurrents.Empty, t)).Message, StringComparison.Ordinal);
        Assert.Equal("conductance", Assert.Throws<ArgumentOutOfRangeException>(() => MembraneCurrents.Empty.WithOhmic(MsCm2(-1), Mv(0))).ParamName);
        Assert.Equal("reversal", Assert.Throws<ArgumentOutOfRangeException>(() => MembraneCurrents.Empty.WithOhmic(MsCm2(1), Mv(double.NaN))).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => MembraneCurrents.Empty.WithPump(CurrentDensity.FromAmperesPerSquareMeter(double.NaN))).ParamName);
        Assert.Equal("ion.Permeability", Assert.Throws<ArgumentOutOfRangeException>(() => MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Sodium, Permeability.FromMetersPerSecond(-1), IonGradient.Millimolar(1, 1)))).ParamName);

        // A pump alone: nothing conducts, so no potential is fixed (said directly, before any search).
        var pumpOnly = Assert.Throws<ArgumentException>(() => RestingPotential.Of(MembraneCurrents.Empty.WithPump(CurrentDensity.FromAmperesPerSquareMeter(1)), t));
        Assert.Contains("must conduct", pumpOnly.Message, StringComparison.Ordinal);

        // A pump too large for the leak to balance within ±1 V: 0.3 mS/cm² × 1 V = 3 A/m².
        var tooLarge = MembraneCurrents.Empty.WithOhmic(MsCm2(0.3), Mv(-70)).WithPump(CurrentDensity.FromAmperesPerSquareMeter(-10));
        Assert.Contains("inward (negative)", Assert.Throws<ArgumentException>(() => RestingPotential.Of(tooLarge, t)).Message, StringComparison.Ordinal);

        // K⁺ inside only: the GHK current is outward at every V.
        var kInside = MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, Permeability.FromMetersPerSecond(1e-8), IonGradient.Millimolar(140, 0)));
        Assert.Throws<ArgumentException>(() => RestingPotential.Of(kInside, t));

        var nanPump = MembraneCurrents.Empty.WithOhmic(MsCm2(0.3), Mv(-70)).WithPump(_ => CurrentDensity.FromAmperesPerSquareMeter(double.NaN));
        Assert.Contains("VoltageDependentCurrents[0]", Assert.Throws<ArgumentException>(() => RestingPotential.Of(nanPump, t)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_currents_over_a_grid_match_the_single_call()
    {
        var membrane = HodgkinHuxleyRest().WithGhk(new PermeantIon(Ions.Calcium, Permeability.FromCentimetersPerSecond(1e-7), IonGradient.Millimolar(1e-4, 2)));
        ElectricPotential[] v = [Mv(-100), Mv(-65), Mv(0), Mv(40)];
        var i = new CurrentDensity[v.Length];
        membrane.TotalCurrents(v, Temperature.Body, i);
        for (var k = 0; k < v.Length; k++)
        {
            Assert.Equal(membrane.TotalCurrent(v[k], Temperature.Body), i[k]);
        }
    }
}
