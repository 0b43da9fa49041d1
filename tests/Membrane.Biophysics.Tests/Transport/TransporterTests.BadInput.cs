using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Tests.Equilibrium;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

/// <summary>Bad input fails at once, with the guard's message naming the parameter, the value and the expectation.</summary>
public partial class TransporterTests
{
    [Fact]
    public void An_empty_stoichiometry_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Stoichiometry(Array.Empty<Translocation>()));
        Assert.Equal("translocations", e.ParamName);
        Assert.Contains("at least one species", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stoichiometry());
    }

    [Fact]
    public void A_zero_count_is_rejected_naming_the_species()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Stoichiometry((Ions.Sodium, 3), (Ions.Calcium, 0)));
        Assert.Equal("translocations[Ca²⁺]", e.ParamName);
        Assert.Contains("non-zero count", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stoichiometry((Ions.Sodium, 1)).WithReaction(AtpHydrolysis.Reaction, 0));
    }

    [Fact]
    public void A_species_or_reaction_listed_twice_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Stoichiometry((Ions.Sodium, 1), (Ions.Sodium, 2)));
        Assert.Contains("Na⁺ listed twice", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.SodiumPotassiumAtpase.Stoichiometry.WithReaction(AtpHydrolysis.Reaction, 1));
    }

    [Fact]
    public void Composing_a_cycle_with_its_reverse_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.Ncx.ComposedWith(Transporters.Ncx.Reversed()));

    [Fact]
    public void A_species_missing_from_the_conditions_is_named_with_the_transporter()
    {
        var c = TransportConditions.FromGradients(
            (Ions.Sodium, IonGradient.Millimolar(10, 140)),
            (Ions.Potassium, IonGradient.Millimolar(140, 5)));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.Nkcc1.At(c, ElectricPotential.Zero, Body));
        Assert.Equal("conditions", e.ParamName);
        Assert.Contains("Cl⁻", e.Message, StringComparison.Ordinal);
        Assert.Contains("NKCC1 moves it", e.Message, StringComparison.Ordinal);
        Assert.Contains("on both sides", e.Message, StringComparison.Ordinal);

        var insideOnly = new TransportConditions(new Solution((Ions.Sodium, Concentration.FromMillimolar(10))), Solution.Empty);
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.Nhe1.At(insideOnly.WithPh(Ph.FromValue(7.2), Ph.FromValue(7.4)), ElectricPotential.Zero, Body));
        Assert.Contains("missing Na⁺ outside", e2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_ATP_free_energy_is_named()
    {
        var c = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(10, 140)), (Ions.Potassium, IonGradient.Millimolar(140, 5)));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.SodiumPotassiumAtpase.ReversalPotential(c, Body));
        Assert.Contains("ATP hydrolysis", e.Message, StringComparison.Ordinal);
        Assert.Contains("Na⁺/K⁺-ATPase couples to it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_concentration_of_a_moved_species_is_rejected()
    {
        var c = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(0, 140)), (Ions.Calcium, IonGradient.Millimolar(1e-4, 2)));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.Ncx.At(c, ElectricPotential.Zero, Body));
        Assert.Equal("conditions.Inside[Na⁺]", e.ParamName);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_a_membrane_potential_that_is_not_finite(double volts) =>
        NernstTests.Rejects(() => Transporters.Ncx.At(Cardiac(), ElectricPotential.FromVolts(volts), Body), "membranePotential", double.IsFinite(volts));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_a_temperature_that_is_not_above_absolute_zero(double kelvins) =>
        NernstTests.Rejects(() => Transporters.Ncx.ReversalPotential(Cardiac(), Temperature.FromKelvins(kelvins)), "temperature", kelvins > 0 && double.IsFinite(kelvins));

    [Fact]
    public void Rejects_non_finite_pH_and_catalog_counts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TransportConditions.Empty.WithPh(Ph.FromValue(double.NaN), Ph.FromValue(7)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TransportConditions.Empty.WithPh(Ph.FromValue(7), Ph.FromValue(-400)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TransportConditions.Empty.WithAtpHydrolysis(MolarEnergy.FromJoulesPerMole(double.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.VAtpase(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.FTypeAtpSynthase(Ions.Hydrogen, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Transporters.Pmca(-1));
    }
}
