using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

/// <summary>
/// Transporter thermodynamics against outside values: the textbook forms through Nernst potentials, with the Nernst
/// potentials taken from NEURON 8.2.2's <c>nernst()</c> at 37 °C (tests/reference/neuron_nernst.json), not from this
/// library.
/// </summary>
public partial class TransporterTests
{
    // NEURON 8.2.2 h.nernst(ci, co, z) at 37 °C, modern units (tests/reference/neuron_nernst.json).
    private const double NeuronENa10To140 = 70.53318562708574;
    private const double NeuronECa100nMTo2mM = 132.34356792097424;
    private const double NeuronEK140To5 = -89.05869403673188;
    private const double NeuronEHco3From12To24 = -18.525508409646136;

    private static readonly Temperature Body = Temperature.Body;

    private static TransportConditions Cardiac() => TransportConditions.FromGradients(
        (Ions.Sodium, IonGradient.Millimolar(10, 140)),
        (Ions.Calcium, new IonGradient(Concentration.FromNanomolar(100), Concentration.FromMillimolar(2))),
        (Ions.Potassium, IonGradient.Millimolar(140, 5)),
        (Ions.Bicarbonate, IonGradient.Millimolar(12, 24)));

    [Fact]
    public void NCX_reverses_at_3E_Na_minus_2E_Ca()
    {
        // Blaustein & Lederer (1999) Physiol. Rev. 79:763, eq. 1: E_NCX = 3E_Na − 2E_Ca for 3 Na⁺ : 1 Ca²⁺.
        // Na⁺ 10/140 mM, Ca²⁺ 100 nM/2 mM, 37 °C: 3 × 70.533 − 2 × 132.344 = −53.09 mV.
        var expected = (3 * NeuronENa10To140) - (2 * NeuronECa100nMTo2mM);
        var e = Transporters.Ncx.ReversalPotential(Cardiac(), Body)!.Value;
        Assert.Equal(expected, e.Millivolts, 9);
        Assert.Equal(-53.09, e.Millivolts, 2);
    }

    [Fact]
    public void NCX_extrudes_calcium_below_its_reversal_and_imports_it_above()
    {
        var c = Cardiac();
        var rest = Transporters.Ncx.At(c, ElectricPotential.FromMillivolts(-80), Body);
        var plateau = Transporters.Ncx.At(c, ElectricPotential.FromMillivolts(20), Body);
        Assert.Equal(TransportDirection.Forward, rest.Direction);     // forward mode: 3 Na⁺ in, Ca²⁺ out
        Assert.Equal(TransportDirection.Reverse, plateau.Direction); // reverse mode: Ca²⁺ entry
        Assert.Equal(1, rest.NetChargeInward);
        // ΔG = z_net F (V − E_rev) = 96485.33 × (−0.080 + 0.05309) J/mol.
        Assert.Equal(PhysicalConstants.FaradayConstant * (-0.080 - (((3 * NeuronENa10To140) - (2 * NeuronECa100nMTo2mM)) / 1000)), rest.FreeEnergy.JoulesPerMole, 6);
    }

    [Fact]
    public void Sodium_pump_reverses_near_minus_180_mV_for_a_typical_ATP_free_energy()
    {
        // 3 Na⁺ out, 2 K⁺ in, 1 ATP: z_net = −1 and E_pump = 3E_Na − 2E_K + ΔG_ATP/F (Läuger (1991) Electrogenic Ion
        // Pumps, ch. 1; De Weer, Gadsby & Rakowski (1988) Annu. Rev. Physiol. 50:225). With ΔG_ATP = −55 kJ/mol
        // (the middle of the −50…−60 kJ/mol cytosolic range, Nicholls & Ferguson, Bioenergetics 4, ch. 3):
        // 3 × 70.533 + 2 × 89.059 − 570.03 = −180.3 mV, within the −180…−220 mV the literature quotes.
        var atp = MolarEnergy.FromKilojoulesPerMole(-55);
        var c = Cardiac().WithAtpHydrolysis(atp);
        var expected = (3 * NeuronENa10To140) - (2 * NeuronEK140To5) + (atp.JoulesPerMole / PhysicalConstants.FaradayConstant * 1000);
        var e = Transporters.SodiumPotassiumAtpase.ReversalPotential(c, Body)!.Value;
        Assert.Equal(expected, e.Millivolts, 9);
        Assert.InRange(e.Millivolts, -220, -175);
        Assert.Equal(-1, Transporters.SodiumPotassiumAtpase.NetChargeInward);
        Assert.Equal(TransportDirection.Forward, Transporters.SodiumPotassiumAtpase.Direction(c, ElectricPotential.FromMillivolts(-80), Body));
        // A weaker ΔG_ATP (−45 kJ/mol, anoxia) moves E_pump to about −77 mV: at −80 mV the pump would stall or run backwards.
        var weak = Transporters.SodiumPotassiumAtpase.ReversalPotential(c.WithAtpHydrolysis(MolarEnergy.FromKilojoulesPerMole(-45)), Body)!.Value;
        Assert.Equal(expected + (10_000 / PhysicalConstants.FaradayConstant * 1000), weak.Millivolts, 9);
    }

    [Fact]
    public void NBCe1_1_to_2_reverses_at_2E_HCO3_minus_E_Na()
    {
        // 1 Na⁺ + 2 HCO₃⁻ in: z_net = −1, E_rev = (nE_HCO3 − E_Na)/(n − 1) (Gross et al. (2001) J. Physiol. 531:597, for
        // the stoichiometry; the form follows from ΔG = 0). Na⁺ 10/140, HCO₃⁻ 12/24 mM, 37 °C: −107.58 mV.
        // No published E_rev for these exact concentrations was found to compare with; the Nernst terms come from NEURON.
        var e2 = Transporters.Nbce1TwoBicarbonate.ReversalPotential(Cardiac(), Body)!.Value;
        Assert.Equal((2 * NeuronEHco3From12To24) - NeuronENa10To140, e2.Millivolts, 9);
        var e3 = Transporters.Nbce1ThreeBicarbonate.ReversalPotential(Cardiac(), Body)!.Value;
        Assert.Equal(((3 * NeuronEHco3From12To24) - NeuronENa10To140) / 2, e3.Millivolts, 9);
        // At −70 mV the 1:2 mode imports Na⁺ and HCO₃⁻ (V above E_rev and z_net < 0 ⇒ ΔG < 0); the 1:3 mode runs outward.
        Assert.Equal(TransportDirection.Forward, Transporters.Nbce1TwoBicarbonate.Direction(Cardiac(), ElectricPotential.FromMillivolts(-70), Body));
        Assert.Equal(TransportDirection.Reverse, Transporters.Nbce1ThreeBicarbonate.Direction(Cardiac(), ElectricPotential.FromMillivolts(-70), Body));
    }

    [Fact]
    public void A_uniporter_reverses_at_the_Nernst_potential()
    {
        var channel = new Transporter("K⁺ uniporter", new Stoichiometry((Ions.Potassium, 1)), "a single species");
        var e = channel.ReversalPotential(Cardiac(), Body)!.Value;
        Assert.Equal(NeuronEK140To5, e.Millivolts, 11);
    }

    [Fact]
    public void Electroneutral_cotransporters_have_no_reversal_potential_and_ignore_V()
    {
        var c = Cardiac().WithGradient(Ions.Chloride, IonGradient.Millimolar(10, 110));
        foreach (var t in new[] { Transporters.Nkcc1, Transporters.Kcc2 })
        {
            Assert.False(t.IsElectrogenic);
            Assert.Null(t.ReversalPotential(c, Body));
            Assert.Equal(t.FreeEnergy(c, ElectricPotential.FromMillivolts(-90), Body), t.FreeEnergy(c, ElectricPotential.FromMillivolts(40), Body));
        }

        // NKCC1 imports at these gradients (ΔG = RT[ln(10/140) + ln(140/5) + 2 ln(10/110)] < 0); KCC2 extrudes.
        var rt = PhysicalConstants.MolarGasConstant * Body.Kelvins;
        var byHand = rt * (Math.Log(10.0 / 140) + Math.Log(140.0 / 5) + (2 * Math.Log(10.0 / 110)));
        Assert.Equal(byHand, Transporters.Nkcc1.FreeEnergy(c, ElectricPotential.Zero, Body).JoulesPerMole, 8);
        Assert.Equal(TransportDirection.Forward, Transporters.Nkcc1.Direction(c, ElectricPotential.Zero, Body));
        Assert.Equal(TransportDirection.Forward, Transporters.Kcc2.Direction(c, ElectricPotential.Zero, Body));
    }

    [Fact]
    public void Protons_can_be_given_as_pH()
    {
        // NEURON: h.nernst(10^-7.2 M, 10^-7.4 M, 1) at 37 °C = −12.308 mV; an H⁺ uniporter reverses there.
        var c = TransportConditions.Empty.WithPh(Ph.FromValue(7.2), Ph.FromValue(7.4));
        var h = new Transporter("H⁺ uniporter", new Stoichiometry((Ions.Hydrogen, 1)), "a single species");
        Assert.Equal(-12.30808137161513, h.ReversalPotential(c, Body)!.Value.Millivolts, 9);
    }

    [Fact]
    public void NHE1_extrudes_acid_and_SOS1_extrudes_sodium_with_the_usual_gradients()
    {
        // NHE1: Na⁺ 10/140 mM, pH 7.2 in / 7.4 out ⇒ ΔG = RT[ln(10/140) − ln(10^-7.2/10^-7.4)] < 0 (Na⁺ in, H⁺ out).
        var cell = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(10, 140))).WithPh(Ph.FromValue(7.2), Ph.FromValue(7.4));
        var rt = PhysicalConstants.MolarGasConstant * Body.Kelvins;
        Assert.Equal(rt * (Math.Log(10.0 / 140) - (0.2 * Math.Log(10))), Transporters.Nhe1.FreeEnergy(cell, ElectricPotential.Zero, Body).JoulesPerMole, 8);
        Assert.Equal(TransportDirection.Forward, Transporters.Nhe1.Direction(cell, ElectricPotential.Zero, Body));

        // SOS1 in a root cell under salt stress: cytosol Na⁺ 50 mM, pH 7.5; soil solution 100 mM NaCl, apoplast pH 5.5.
        var root = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(50, 100))).WithPh(Ph.FromValue(7.5), Ph.FromValue(5.5));
        Assert.Equal(TransportDirection.Forward, Transporters.Sos1.Direction(root, ElectricPotential.FromMillivolts(-120), Temperature.Room));
    }

    [Fact]
    public void Reversing_and_composing_follow_the_cycle()
    {
        var c = Cardiac().WithAtpHydrolysis(MolarEnergy.FromKilojoulesPerMole(-55));
        var v = ElectricPotential.FromMillivolts(-70);
        var ncx = Transporters.Ncx;
        Assert.Equal(-ncx.FreeEnergy(c, v, Body).JoulesPerMole, ncx.Reversed().FreeEnergy(c, v, Body).JoulesPerMole);
        Assert.Equal(ncx.Stoichiometry, ncx.Reversed().Reversed().Stoichiometry);
        Assert.Equal(-1, ncx.Reversed().NetChargeInward);

        // Pump + 2 × NCX: the Na⁺ the pump extrudes (3) against what two NCX cycles bring in (6) — a cycle that imports
        // 3 Na⁺, extrudes 2 Ca²⁺, takes up 2 K⁺ and burns an ATP.
        var composite = Transporters.SodiumPotassiumAtpase.ComposedWith(ncx).ComposedWith(ncx);
        Assert.Equal(3, composite.Stoichiometry.CountOf(Ions.Sodium));
        Assert.Equal(-2, composite.Stoichiometry.CountOf(Ions.Calcium));
        Assert.Equal(2, composite.Stoichiometry.CountOf(Ions.Potassium));
        Assert.Equal(1, composite.NetChargeInward);
        var sum = Transporters.SodiumPotassiumAtpase.FreeEnergy(c, v, Body).JoulesPerMole + (2 * ncx.FreeEnergy(c, v, Body).JoulesPerMole);
        Assert.Equal(sum, composite.FreeEnergy(c, v, Body).JoulesPerMole, 6);
    }

    [Fact]
    public void State_prints_what_a_reader_needs_in_any_culture()
    {
        var state = Transporters.Ncx.At(Cardiac(), ElectricPotential.FromMillivolts(-80), Body);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var text = state.ToString();
            Assert.Contains("NCX (3 Na⁺ in, 1 Ca²⁺ out)", text, StringComparison.Ordinal);
            Assert.Contains("E_rev = -53.1 mV", text, StringComparison.Ordinal);
            Assert.Contains("z_net = +1", text, StringComparison.Ordinal);
            Assert.Contains("kJ/mol", text, StringComparison.Ordinal);
            Assert.Contains("as written", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains("electroneutral", Transporters.Nkcc1.At(Cardiac().WithGradient(Ions.Chloride, IonGradient.Millimolar(10, 110)), ElectricPotential.Zero, Body).ToString(), StringComparison.Ordinal);
        Assert.Equal("3 Na⁺ out, 2 K⁺ in; 1 × ATP hydrolysis", Transporters.SodiumPotassiumAtpase.Stoichiometry.ToString());
    }

    [Fact]
    public void Catalog_stoichiometries_and_charges()
    {
        Assert.Equal(0, Transporters.Nkcc1.NetChargeInward);
        Assert.Equal(0, Transporters.Kcc2.NetChargeInward);
        Assert.Equal(-1, Transporters.Nbce1TwoBicarbonate.NetChargeInward);
        Assert.Equal(-2, Transporters.Nbce1ThreeBicarbonate.NetChargeInward);
        Assert.Equal(1, Transporters.Ncx.NetChargeInward);
        Assert.Equal(1, Transporters.Nckx.NetChargeInward);
        Assert.Equal(0, Transporters.Nhe1.NetChargeInward);
        Assert.Equal(0, Transporters.Sos1.NetChargeInward);
        Assert.Equal(0, Transporters.Pmca().NetChargeInward);
        Assert.Equal(-1, Transporters.Pmca(1).NetChargeInward);
        Assert.Equal(2, Transporters.Serca().NetChargeInward);
        Assert.Equal(2, Transporters.VAtpase().NetChargeInward);
        Assert.Equal(4, Transporters.VAtpase(4).Stoichiometry.CountOf(Ions.Hydrogen));
        Assert.Equal(8, Transporters.MitochondrialAtpSynthase.NetChargeInward);
        Assert.Equal(-3, Transporters.EscherichiaColiAtpSynthase.Stoichiometry.Reactions.Single().Count);
        Assert.Equal(11, Transporters.IlyobacterAtpSynthase.Stoichiometry.CountOf(Ions.Sodium));
        foreach (var t in new[] { Transporters.Nkcc1, Transporters.Kcc2, Transporters.Ncx, Transporters.Nckx, Transporters.SodiumPotassiumAtpase, Transporters.Nhe1, Transporters.Sos1 })
        {
            Assert.Matches(@"\(\d{4}\)", t.Citation); // every entry cites a dated source
        }
    }
}
