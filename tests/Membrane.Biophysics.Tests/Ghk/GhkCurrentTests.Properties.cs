using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>Identities of the GHK current over random physical inputs.</summary>
public partial class GhkCurrentTests
{
    /// <summary>The current flows down the electrochemical gradient: its sign is that of V − E_ion, for cations and anions.</summary>
    [PhysicalProperty]
    public bool Has_the_sign_of_V_minus_the_Nernst_potential(Concentration inside, Concentration outside, Valence z, ElectricPotential v, Permeability p, Temperature t)
    {
        var e = Nernst.Potential(z.Value, inside, outside, t);
        var drive = v.Volts - e.Volts;
        if (Math.Abs(drive) < 1e-9)
        {
            return true; // within rounding of E itself
        }

        var i = GhkCurrent.Density(z.Value, p, inside, outside, v, t).AmperesPerSquareMeter;
        return Math.Sign(i) == Math.Sign(drive);
    }

    [PhysicalProperty]
    public bool Is_zero_at_the_Nernst_potential(Concentration inside, Concentration outside, Valence z, Temperature t)
    {
        var e = Nernst.Potential(z.Value, inside, outside, t);
        var p = Permeability.FromMetersPerSecond(1);
        var i = GhkCurrent.Density(z.Value, p, inside, outside, e, t).AmperesPerSquareMeter;
        var oneWay = GhkCurrent.Density(z.Value, p, inside, Concentration.Zero, e, t).AmperesPerSquareMeter;
        return Math.Abs(i) <= 1e-13 * Math.Abs(oneWay);
    }

    /// <summary>Mirror symmetry: exchanging the sides and reversing V reverses the current, exactly.</summary>
    [PhysicalProperty]
    public bool Exchanging_sides_and_reversing_V_negates_the_current(NonNegativeConcentration a, NonNegativeConcentration b, Valence z, ElectricPotential v, Permeability p, Temperature t) =>
        GhkCurrent.Density(z.Value, p, a.Value, b.Value, v, t) == -GhkCurrent.Density(z.Value, p, b.Value, a.Value, -v, t);

    [PhysicalProperty]
    public bool Is_increasing_in_V(NonNegativeConcentration a, Concentration b, Valence z, ElectricPotential v, Permeability p, Temperature t)
    {
        var lower = GhkCurrent.Density(z.Value, p, a.Value, b, v, t);
        var higher = GhkCurrent.Density(z.Value, p, a.Value, b, v + ElectricPotential.FromMillivolts(1), t);
        return higher > lower;
    }

    /// <summary>With the ion on one side only the current never reverses: it carries that side's ions across.</summary>
    [PhysicalProperty]
    public bool With_the_ion_on_one_side_only_the_current_has_one_direction(Concentration c, Valence z, ElectricPotential v, Permeability p, Temperature t)
    {
        var insideOnly = GhkCurrent.Density(z.Value, p, c, Concentration.Zero, v, t).AmperesPerSquareMeter;
        var outsideOnly = GhkCurrent.Density(z.Value, p, Concentration.Zero, c, v, t).AmperesPerSquareMeter;
        return Math.Sign(insideOnly) == Math.Sign(z.Value) && Math.Sign(outsideOnly) == -Math.Sign(z.Value) || (insideOnly == 0 && outsideOnly == 0);
    }

    /// <summary>
    /// Continuity at V → 0: for |V| ≤ 1 µV the current equals the series P z F [(c_in − c_out) + (u/2)(c_in + c_out)
    /// + (u²/12)(c_in − c_out)] to 1e-13 of the one-way scale P z F (c_in + c_out).
    /// </summary>
    [PhysicalProperty]
    public bool Tends_continuously_to_the_limit_at_zero_volts(NonNegativeConcentration a, NonNegativeConcentration b, Valence z, Temperature t, Permeability p, int seed)
    {
        var volts = ((seed % 2_000_001) - 1_000_000) * 1e-12; // −1 µV … +1 µV
        var f = PhysicalConstants.FaradayConstant;
        var u = z.Value * volts * f / (PhysicalConstants.MolarGasConstant * t.Kelvins);
        var ci = a.Value.MolesPerCubicMeter;
        var co = b.Value.MolesPerCubicMeter;
        var k = p.MetersPerSecond * z.Value * f;
        var expected = k * ((ci - co) + (u / 2 * (ci + co)) + (u * u / 12 * (ci - co)));
        var i = GhkCurrent.Density(z.Value, p, a.Value, b.Value, ElectricPotential.FromVolts(volts), t).AmperesPerSquareMeter;
        return Math.Abs(i - expected) <= 1e-13 * Math.Abs(k) * (ci + co);
    }

    [PhysicalProperty]
    public bool Flux_times_zF_is_the_current(Concentration a, NonNegativeConcentration b, Valence z, ElectricPotential v, Permeability p, Temperature t)
    {
        var i = GhkCurrent.Density(z.Value, p, a, b.Value, v, t).AmperesPerSquareMeter;
        var j = GhkCurrent.Flux(z.Value, p, a, b.Value, v, t).MolesPerSquareMeterSecond;
        return Math.Abs((j * z.Value * PhysicalConstants.FaradayConstant) - i) <= 1e-15 * Math.Abs(i);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_every_permeability_that_is_not_finite_and_non_negative(double value) =>
        Equilibrium.NernstTests.Rejects(
            () => GhkCurrent.Density(1, Permeability.FromMetersPerSecond(value), Concentration.FromMillimolar(1), Concentration.FromMillimolar(2), ElectricPotential.Zero, Temperature.Body),
            "permeability",
            value >= 0 && double.IsFinite(value));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_every_concentration_that_is_not_finite_and_non_negative(double value)
    {
        var c = Concentration.FromMillimolar(value);
        var good = Concentration.FromMillimolar(10);
        var p = Permeability.FromMetersPerSecond(1e-6);
        var valid = value >= 0 && double.IsFinite(value);
        return Equilibrium.NernstTests.Rejects(() => GhkCurrent.Density(1, p, c, good, ElectricPotential.Zero, Temperature.Body), "inside", valid) &&
               Equilibrium.NernstTests.Rejects(() => GhkCurrent.Flux(-2, p, good, c, ElectricPotential.Zero, Temperature.Body), "outside", valid);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_every_voltage_that_is_not_finite(double volts)
    {
        // Every finite V up to 1e290 V is accepted; beyond, where u = zFV/RT or the current itself overflows a
        // double, the call is refused (never an ∞ or NaN returned).
        if (double.IsFinite(volts) && Math.Abs(volts) > 1e290)
        {
            try
            {
                var i = GhkCurrent.Density(1, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(1), Concentration.FromMillimolar(2), ElectricPotential.FromVolts(volts), Temperature.Body);
                return double.IsFinite(i.AmperesPerSquareMeter);
            }
            catch (ArgumentOutOfRangeException e)
            {
                return e.ParamName == "voltage";
            }
        }

        return Equilibrium.NernstTests.Rejects(
            () => GhkCurrent.Density(1, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(1), Concentration.FromMillimolar(2), ElectricPotential.FromVolts(volts), Temperature.Body),
            "voltage",
            double.IsFinite(volts));
    }

    [Fact]
    public void Rejects_zero_valence_and_a_bad_temperature()
    {
        var c = Concentration.FromMillimolar(1);
        var p = Permeability.FromMetersPerSecond(1);
        Assert.Equal("valence", Assert.Throws<ArgumentOutOfRangeException>(() => GhkCurrent.Density(0, p, c, c, ElectricPotential.Zero, Temperature.Body)).ParamName);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => GhkCurrent.Density(1, p, c, c, ElectricPotential.Zero, Temperature.FromKelvins(0))).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GhkCurrent.Density(1, Permeability.FromMetersPerSecond(-1e-6), c, c, ElectricPotential.Zero, Temperature.Body));
        Assert.Contains("permeability must be a finite permeability ≥ 0; was", e.Message, StringComparison.Ordinal);
    }
}
