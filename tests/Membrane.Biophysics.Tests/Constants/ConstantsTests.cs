using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Constants;

/// <summary>The constants against their definitions and published values.</summary>
public class ConstantsTests
{
    [Fact]
    public void Faraday_and_gas_constants_are_the_exact_products_of_the_defining_constants()
    {
        // SI 2019: F = e·N_A and R = k_B·N_A exactly; products taken in decimal (28 digits), then rounded to the
        // nearest double by parsing the exact text (a decimal-to-double cast is not correctly rounded).
        double faraday = PhysicalConstants.FaradayConstant, gas = PhysicalConstants.MolarGasConstant;
        Assert.Equal(Nearest(1.602176634m * 6.02214076m * 10_000m), faraday);
        Assert.Equal(Nearest(1.380649m * 6.02214076m), gas);
        Assert.Equal(96485.33212331001, PhysicalConstants.FaradayConstant); // NEURON 8.2.2's h.FARADAY
        Assert.Equal(8.31446261815324, PhysicalConstants.MolarGasConstant); // NEURON 8.2.2's h.R
    }

    private static double Nearest(decimal exact) => double.Parse(exact.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    [Fact]
    public void Codata_2014_values_as_published()
    {
        // Mohr, Newell and Taylor (2016) Rev. Mod. Phys. 88, 035009, Table XXX: F = 96 485.332 89(59), R = 8.314 4598(48).
        Assert.Equal(96485.33289, ConstantSet.Codata2014.FaradayConstant);
        Assert.Equal(8.3144598, ConstantSet.Codata2014.MolarGasConstant);
    }

    [Fact]
    public void Thermal_voltage_matches_NEURON_at_its_default_temperature() =>
        // NEURON 8.2.2 ktf at 6.3 °C: 24.0811378010647 mV (neuron_nernst.json, formula_check).
        Assert.Equal(24.0811378010647, ConstantSet.Si2019.ThermalVoltage(Temperature.Squid).Millivolts, 12);

    [Fact]
    public void A_custom_set_is_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantSet("x", 0, 8.3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantSet("x", 96485, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConstantSet.Si2019.ThermalVoltage(Temperature.FromKelvins(-1)));
        Assert.Contains("96485.33289", ConstantSet.Codata2014.ToString(), StringComparison.Ordinal);
    }
}
