using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// A model's headline results are typed: a quantity carries its SI value and unit (mol/m³ = mM and seconds by the SI's
/// own definitions) beside the text people read, a result the run did not produce has no value rather than a sentinel,
/// and words are only for results that are not numbers.
/// </summary>
public class ModelOutcomeTests
{
    [Fact]
    public void A_quantity_carries_its_SI_value_and_unit_and_its_text_in_the_unit_it_is_read_in()
    {
        var o = ModelOutcome.Quantity("peak [K⁺]o", Concentration.FromMillimolar(33.29), "F2");
        Assert.Equal(ModelOutcomeKind.Quantity, o.Kind);
        Assert.Equal(33.29, o.SiValue!.Value, 1e-12);
        Assert.Equal("mol/m³", o.SiUnit);
        Assert.Equal("33.29 mM", o.Text);
        Assert.Equal("peak [K⁺]o = 33.29 mM", o.ToString());
        var v = ModelOutcome.Quantity("final V", ElectricPotential.FromMillivolts(-27.9), "F1");
        Assert.Equal(-0.0279, v.SiValue!.Value, 1e-15);
        Assert.Equal(("V", "-27.9 mV"), (v.SiUnit, v.Text));
    }

    [Fact]
    public void A_duration_the_run_did_not_produce_is_absent_not_a_number()
    {
        Duration? never = null;
        var absent = ModelOutcome.Quantity("NCX reverses", never, "F0", "never");
        Assert.Equal(ModelOutcomeKind.Absent, absent.Kind);
        Assert.Null(absent.SiValue);
        Assert.Equal("s", absent.SiUnit);
        Assert.Equal("never", absent.Text);
        var present = ModelOutcome.Quantity("NCX reverses", (Duration?)Duration.FromMilliseconds(4.7), "F1", "never");
        Assert.Equal(ModelOutcomeKind.Quantity, present.Kind);
        Assert.Equal(0.0047, present.SiValue!.Value, 1e-15);
        Assert.Equal("4.7 ms", present.Text);
    }

    [Fact]
    public void Plain_numbers_and_statements()
    {
        var swelling = ModelOutcome.Number("swelling", 0.054, "P1");
        Assert.Equal((ModelOutcomeKind.Number, 0.054, "", "5.4 %"), (swelling.Kind, swelling.SiValue!.Value, swelling.SiUnit, swelling.Text));
        var rate = ModelOutcome.Number("V-ATPase rate per pump", 12.34, "F1", "H⁺/s");
        Assert.Equal(("H⁺/s", "12.3 H⁺/s"), (rate.SiUnit, rate.Text));
        var pH = ModelOutcome.Quantity("lumen pH", Ph.FromValue(5.22), "F2");
        Assert.Equal((5.22, "pH 5.22"), (pH.SiValue!.Value, pH.Text));
        var direction = ModelOutcome.Statement("direction", "forward (Ca²⁺ out)");
        Assert.Equal((ModelOutcomeKind.Statement, (double?)null, "", "forward (Ca²⁺ out)"), (direction.Kind, direction.SiValue, direction.SiUnit, direction.Text));
    }

    // A swelling of −10⁻⁶ is "0.0 %" to one decimal: the minus sign of a rounded zero says nothing and reads as a shrinkage.
    [Fact]
    public void A_value_that_rounds_to_zero_prints_without_a_minus_sign()
    {
        Assert.Equal("0.0 %", ModelOutcome.Number("swelling", -1e-6, "P1").Text);
        Assert.Equal(-1e-6, ModelOutcome.Number("swelling", -1e-6, "P1").SiValue);
        Assert.Equal("0.0 mV", ModelOutcome.Quantity("V", ElectricPotential.FromMillivolts(-0.01), "F1").Text);
        Assert.Equal("-0.1 mV", ModelOutcome.Quantity("V", ElectricPotential.FromMillivolts(-0.06), "F1").Text);
        Assert.Equal("-1.00E-006", ModelOutcome.Number("tiny", -1e-6, "E2").Text);
    }

    [Fact]
    public void A_non_finite_value_or_an_empty_name_is_refused()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => ModelOutcome.Number("ratio", double.NaN, "F2")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => ModelOutcome.Quantity("V", ElectricPotential.FromVolts(double.PositiveInfinity), "F1")).ParamName);
        Assert.Throws<ArgumentException>(() => ModelOutcome.Statement(" ", "x"));
        Assert.Throws<ArgumentException>(() => ModelOutcome.Quantity("t", (Duration?)null, "F1", ""));
    }
}
