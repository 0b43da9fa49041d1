using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Equilibrium;

/// <summary>Thermodynamic identities of the Nernst potential over random physical inputs.</summary>
public partial class NernstTests
{
    [PhysicalProperty]
    public bool Swapping_sides_negates_E(Concentration a, Concentration b, Valence z, Temperature t)
    {
        // a/b and b/a are each rounded once, so the two logarithms agree to a few ulps of E.
        var e = Nernst.Potential(z.Value, a, b, t).Volts;
        return Math.Abs(e + Nernst.Potential(z.Value, b, a, t).Volts) <= 1e-17 + (1e-15 * Math.Abs(e));
    }

    [PhysicalProperty]
    public bool Changing_the_sign_of_z_negates_E(Concentration a, Concentration b, Valence z, Temperature t) =>
        Nernst.Potential(z.Value, a, b, t) == -Nernst.Potential(-z.Value, a, b, t);

    [PhysicalProperty]
    public bool Scaling_both_concentrations_leaves_E_unchanged(Concentration a, Concentration b, Valence z, Temperature t)
    {
        const double factor = 37.3;
        var e = Nernst.Potential(z.Value, a, b, t).Volts;
        var scaled = Nernst.Potential(z.Value, a * factor, b * factor, t).Volts;
        return Math.Abs(e - scaled) <= 1e-15 + (1e-13 * Math.Abs(e));
    }

    [PhysicalProperty]
    public bool E_is_linear_in_absolute_temperature(Concentration a, Concentration b, Valence z, Temperature t)
    {
        var e1 = Nernst.Potential(z.Value, a, b, t).Volts / t.Kelvins;
        var e2 = Nernst.Potential(z.Value, a, b, Temperature.FromKelvins(2 * t.Kelvins)).Volts / (2 * t.Kelvins);
        return IsClose(e1, e2, 1e-14);
    }

    [PhysicalProperty]
    public bool Equals_RT_over_zF_times_ln_ratio_with_independent_decimal_arithmetic(Concentration a, Concentration b, Valence z, Temperature t)
    {
        // Second method: R and F as exact decimals, log10 instead of ln.
        var rOverF = (double)(1.380649m / 1.602176634m) * 1e-4; // k_B/e = R/F, exact decimals scaled to avoid decimal's 28-digit scale limit
        var expected = rOverF * t.Kelvins / z.Value * Math.Log10(b.Millimolar / a.Millimolar) * Math.Log(10);
        return Math.Abs(Nernst.Potential(z.Value, a, b, t).Volts - expected) <= 1e-15 + (1e-12 * Math.Abs(expected));
    }

    [PhysicalProperty]
    public bool Inverse_Nernst_round_trips(Concentration outside, ElectricPotential e, Valence z, Temperature t)
    {
        var inside = Nernst.InsideConcentration(z.Value, outside, e, t);
        var back = Nernst.Potential(z.Value, inside, outside, t);
        var outsideAgain = Nernst.OutsideConcentration(z.Value, inside, e, t);
        return Math.Abs(back.Volts - e.Volts) <= 1e-13 && outsideAgain.IsApproximately(outside, 1e-12);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_every_concentration_that_is_not_finite_and_positive(double value)
    {
        var c = Concentration.FromMillimolar(value);
        var good = Concentration.FromMillimolar(10);
        var valid = value > 0 && double.IsFinite(value);
        return Rejects(() => Nernst.Potential(1, c, good, Temperature.Body), "inside", valid) &&
               Rejects(() => Nernst.Potential(1, good, c, Temperature.Body), "outside", valid);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_every_temperature_that_is_not_above_absolute_zero(double kelvins) =>
        Rejects(() => Nernst.Potential(1, Concentration.FromMillimolar(1), Concentration.FromMillimolar(2), Temperature.FromKelvins(kelvins)),
            "temperature", kelvins > 0 && double.IsFinite(kelvins));

    [Fact]
    public void Rejects_zero_valence_with_a_message_that_says_what_was_expected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Nernst.Potential(0, Concentration.FromMillimolar(1), Concentration.FromMillimolar(2), Temperature.Body));
        Assert.Equal("valence", e.ParamName);
        Assert.Contains("non-zero charge number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_concentration_message_names_the_parameter_and_the_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Nernst.Potential(1, Concentration.FromMillimolar(-3), Concentration.FromMillimolar(2), Temperature.Body));
        Assert.Equal("inside", e.ParamName);
        Assert.Contains("inside must be a finite concentration > 0; was -3 mM.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_non_finite_wanted_potential() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Nernst.InsideConcentration(1, Concentration.FromMillimolar(5), ElectricPotential.FromVolts(double.NaN), Temperature.Body));

    [Fact]
    public void Rejects_a_wanted_potential_whose_concentration_overflows() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Nernst.OutsideConcentration(3, Concentration.FromMillimolar(1e300), ElectricPotential.FromVolts(10), Temperature.Body));

    internal static bool Rejects(Action action, string parameter, bool valid)
    {
        try
        {
            action();
            return valid;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return !valid && e.ParamName == parameter;
        }
    }
}
