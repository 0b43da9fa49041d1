using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Quantities;

/// <summary>Printing with unit symbols, parsing the common spellings, and independence from the current culture.</summary>
public class FormattingTests
{
    [Fact]
    public void Prints_in_the_display_unit_with_the_invariant_culture() =>
        WithCulture("de-DE", () =>
        {
            Assert.Equal("-70 mV", ElectricPotential.FromMillivolts(-70).ToString());
            Assert.Equal("140 mM", Concentration.FromMillimolar(140).ToString());
            Assert.Equal("37 °C", Temperature.Body.ToString());
            Assert.Equal("6.3 °C", Temperature.Squid.ToString());
            Assert.Equal("310.15 K", Temperature.Body.ToString("K", null));
            Assert.Equal("0.036 S/cm²", ConductanceDensity.FromMillisiemensPerSquareCentimeter(36).ToString("S/cm²", null));
            Assert.Equal("1 µF/cm²", SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1).ToString());
            Assert.Equal("pH 7.4", Ph.FromValue(7.4).ToString());
            Assert.Equal("-0.07 V", ElectricPotential.FromMillivolts(-70).ToString("R", null));
        });

    [Fact]
    public void Negative_infinity_keeps_its_sign()
    {
        // No digit at all is not a rounded zero: −∞ (which a batch law's message may quote) must not print as +∞.
        Assert.Equal("-Infinity mV", ElectricPotential.FromVolts(double.NegativeInfinity).ToString());
        Assert.Equal("Infinity mV", ElectricPotential.FromVolts(double.PositiveInfinity).ToString());
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        Assert.Equal(swedish.NumberFormat.NegativeInfinitySymbol + " mV", ElectricPotential.FromVolts(double.NegativeInfinity).ToString(null, swedish));
    }

    [Fact]
    public void A_value_that_rounds_to_zero_prints_without_a_minus_sign_but_round_trips_exactly()
    {
        var tiny = MolarEnergy.FromJoulesPerMole(-1e-6);
        Assert.Equal("0.0 kJ/mol", tiny.ToString("F1", null));
        Assert.Equal("0.00E+000 kJ/mol", MolarEnergy.FromJoulesPerMole(-0.0).ToString("E2", null));
        Assert.Equal("-1.0E-009 kJ/mol", tiny.ToString("E1", null));
        Assert.Equal("0.000 µA/cm²", CurrentDensity.FromAmperesPerSquareMeter(-3.1e-19).ToString("F3 µA/cm²", null));
        Assert.Equal("-0.1 mV", ElectricPotential.FromMillivolts(-0.05).ToString("F1", null)); // rounds away from zero: a real sign
        Assert.Equal("0 mV", ElectricPotential.FromVolts(-0.0).ToString());
        Assert.Equal("-0 V", ElectricPotential.FromVolts(-0.0).ToString("R", null));
        Assert.True(double.IsNegative(ElectricPotential.Parse(ElectricPotential.FromVolts(-0.0).ToString("R", null)).Volts));
        var swedish = CultureInfo.GetCultureInfo("sv-SE"); // whose minus sign is U+2212
        Assert.Equal("0,0 kJ/mol", tiny.ToString("F1", swedish));
        Assert.Equal("\u22121,0 kJ/mol", MolarEnergy.FromKilojoulesPerMole(-1).ToString("F1", swedish));
    }

    [Fact]
    public void Formats_numbers_and_units_on_request()
    {
        var v = ElectricPotential.FromMillivolts(-70.123456);
        Assert.Equal("-70.12 mV", v.ToString("F2", null));
        Assert.Equal("-0.0701 V", v.ToString("F4 V", null));
        Assert.Equal("-70,12 mV", v.ToString("F2", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Throws<FormatException>(() => v.ToString("F2 furlongs", null));
    }

    [Theory]
    [InlineData("-70 mV", -70)]
    [InlineData("-70mV", -70)]
    [InlineData("  -70   mV ", -70)]
    [InlineData("\u221270 mV", -70)]
    [InlineData("-0.07 V", -70)]
    [InlineData("-7e1 mV", -70)]
    [InlineData("1500 µV", 1.5)]
    [InlineData("1500 uV", 1.5)]
    [InlineData("1500 \u03bcV", 1.5)]
    public void Parses_common_spellings_of_potential(string text, double millivolts) =>
        Assert.Equal(millivolts, ElectricPotential.Parse(text).Millivolts, 12);

    [Theory]
    [InlineData("37 °C")]
    [InlineData("37 C")]
    [InlineData("37C")]
    [InlineData("37 degC")]
    [InlineData("310.15 K")]
    public void Parses_common_spellings_of_temperature(string text) =>
        Assert.True(Temperature.Parse(text).IsApproximately(Temperature.Body, TemperatureDifference.FromKelvins(1e-12)));

    [Fact]
    public void Parses_with_a_given_culture()
    {
        Assert.Equal(-70.5, ElectricPotential.Parse("-70,5 mV", CultureInfo.GetCultureInfo("de-DE")).Millivolts, 12);
        WithCulture("de-DE", () => Assert.Equal(-70.5, ElectricPotential.Parse("-70.5 mV").Millivolts, 12));
    }

    [Theory]
    [InlineData("")]
    [InlineData("mV")]
    [InlineData("-70")]
    [InlineData("-70 mm")]
    [InlineData("seventy mV")]
    [InlineData("-70 mV mV")]
    public void Rejects_text_that_is_not_a_number_and_a_unit(string text)
    {
        var e = Assert.Throws<FormatException>(() => ElectricPotential.Parse(text));
        Assert.Contains("electric potential", e.Message, StringComparison.Ordinal);
        Assert.Contains("mV", e.Message, StringComparison.Ordinal);
        Assert.False(ElectricPotential.TryParse(text, out _));
    }

    [Fact]
    public void Null_text_is_not_parsed()
    {
        Assert.Throws<ArgumentNullException>(() => Concentration.Parse(null!));
        Assert.False(Concentration.TryParse(null, out _));
    }

    [Fact]
    public void Capital_m_is_molar_and_small_m_is_not_a_concentration()
    {
        Assert.Equal(1000, Concentration.Parse("1 M").Millimolar);
        Assert.Throws<FormatException>(() => Concentration.Parse("1 m"));
    }

    internal static void WithCulture(string name, Action action)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
