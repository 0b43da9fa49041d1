using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Equilibrium;

/// <summary>Donnan equilibrium against the closed forms of the monovalent case and the equilibrium conditions themselves.</summary>
public class DonnanTests
{
    [Fact]
    public void Shaws_worked_example_ends_with_a_ratio_of_two()
    {
        // Shaw, Introduction to Colloid and Surface Chemistry, §2 (Donnan membrane equilibrium): NaR a = 100 mM inside,
        // NaCl b = 100 mM outside, equal volumes: x = b²/(a + 2b) = 33.33 mM of NaCl moves in. At the end the bath
        // holds 66.67 mM NaCl, the inside 133.33 mM Na⁺ and 33.33 mM Cl⁻: r = 2, V = −(RT/F) ln 2 = −17.81 mV at 25 °C.
        var bath = new Solution((Ions.Sodium, Concentration.FromMillimolar(200.0 / 3)), (Ions.Chloride, Concentration.FromMillimolar(200.0 / 3)));
        var eq = Donnan.Equilibrium(bath, Concentration.FromMillimolar(100), -1, Temperature.FromDegreesCelsius(25));
        Assert.Equal(2, eq.DonnanRatio, 12);
        Assert.Equal(400.0 / 3, eq.Inside[Ions.Sodium].Millimolar, 10);
        Assert.Equal(100.0 / 3, eq.Inside[Ions.Chloride].Millimolar, 10);
        Assert.Equal(-17.8087, eq.Potential.Millivolts, 4);
    }

    [PhysicalProperty]
    public bool Matches_the_quadratic_closed_form_for_one_monovalent_salt(Concentration salt, Concentration fixedAnion, Temperature t)
    {
        // KCl c outside, impermeant anion a inside: [K]ᵢ[Cl]ᵢ = c² and [K]ᵢ = [Cl]ᵢ + a, so [K]ᵢ = a/2 + √(a²/4 + c²).
        var c = salt.Millimolar;
        var a = fixedAnion.Millimolar;
        var bath = new Solution((Ions.Potassium, salt), (Ions.Chloride, salt));
        var eq = Donnan.Equilibrium(bath, fixedAnion, -1, t);
        var kInside = (a / 2) + Math.Sqrt((a * a / 4) + (c * c));
        return eq.Inside[Ions.Potassium].IsApproximately(Concentration.FromMillimolar(kInside), 1e-10);
    }

    [PhysicalProperty]
    public bool Every_ion_sits_at_its_Nernst_potential_and_the_inside_is_electroneutral(
        Concentration na, Concentration ca, Concentration cl, Concentration fixedCharge, Valence z, Temperature t)
    {
        var bath = new Solution((Ions.Sodium, na), (Ions.Calcium, ca), (Ions.Chloride, cl), (Ions.Sulfate, cl * 0.1));
        var eq = Donnan.Equilibrium(bath, fixedCharge, z.Value * 0.7, t);
        var balance = eq.Inside.NetCharge.Millimolar + (z.Value * 0.7 * fixedCharge.Millimolar);
        var scale = eq.Inside.Sum(e => Math.Abs(e.Key.Valence * e.Value.Millimolar)) + Math.Abs(z.Value * 0.7 * fixedCharge.Millimolar);
        var nernstOk = bath.All(e =>
        {
            var inside = eq.Inside[e.Key];
            if (!(inside.Millimolar > 0 && double.IsNormal(inside.Millimolar)))
            {
                return true; // driven below the range of a double: no finite Nernst potential to compare
            }

            var en = Nernst.Potential(e.Key, new IonGradient(inside, e.Value), t);
            return Math.Abs(en.Volts - eq.Potential.Volts) <= 1e-9;
        });
        return nernstOk && Math.Abs(balance) <= 1e-12 * scale;
    }

    [Fact]
    public void Without_fixed_charge_nothing_moves()
    {
        var bath = new Solution((Ions.Potassium, Concentration.FromMillimolar(150)), (Ions.Chloride, Concentration.FromMillimolar(150)));
        var eq = Donnan.Equilibrium(bath, Concentration.Zero, -1, Temperature.Body);
        Assert.Equal(0, eq.Potential.Millivolts, 12);
        Assert.Equal(1, eq.DonnanRatio, 15);
    }

    [Fact]
    public void No_counter_ion_means_no_equilibrium()
    {
        var onlyAnions = new Solution((Ions.Chloride, Concentration.FromMillimolar(100)));
        var e = Assert.Throws<ArgumentException>(() => Donnan.Equilibrium(onlyAnions, Concentration.FromMillimolar(50), -1, Temperature.Body));
        Assert.Contains("permeant cation", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Donnan.Equilibrium(Solution.Empty, Concentration.FromMillimolar(50), -1, Temperature.Body));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var bath = new Solution((Ions.Potassium, Concentration.FromMillimolar(150)), (Ions.Chloride, Concentration.FromMillimolar(150)));
        Assert.Equal("impermeantInside", Assert.Throws<ArgumentOutOfRangeException>(() => Donnan.Equilibrium(bath, Concentration.FromMillimolar(-1), -1, Temperature.Body)).ParamName);
        Assert.Equal("impermeantValence", Assert.Throws<ArgumentOutOfRangeException>(() => Donnan.Equilibrium(bath, Concentration.FromMillimolar(1), double.NaN, Temperature.Body)).ParamName);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => Donnan.Equilibrium(bath, Concentration.FromMillimolar(1), -1, Temperature.FromKelvins(0))).ParamName);
    }
}
