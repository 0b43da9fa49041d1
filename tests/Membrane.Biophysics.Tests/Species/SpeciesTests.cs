using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Species;

/// <summary>The ion catalog, checked by the Nernst–Einstein relation between its two independently tabulated columns.</summary>
public class SpeciesTests
{
    public static TheoryData<string> CatalogIons() => [.. typeof(Ions).GetProperties().Select(p => p.Name)];

    private static Ion Get(string name) => (Ion)typeof(Ions).GetProperty(name)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(CatalogIons))]
    public void Diffusion_coefficient_and_limiting_conductivity_obey_Nernst_Einstein(string name)
    {
        // D = λ°RT/(z²F²) at 25 °C (Robinson & Stokes, Electrolyte Solutions, 2nd ed., eq. 2.38). The D and λ° columns
        // come from separate measurements; they agree to the 0.3 % the tables' rounding allows (LITERATURE.md §c).
        var ion = Get(name);
        Assert.NotNull(ion.DiffusionCoefficient);
        Assert.NotNull(ion.TransportSource);
        if (ion.LimitingMolarConductivity is { } lambda)
        {
            var fromLambda = lambda.SiemensSquareMetersPerMole * PhysicalConstants.MolarGasConstant * 298.15 /
                             (ion.Valence * ion.Valence * PhysicalConstants.FaradayConstant * PhysicalConstants.FaradayConstant);
            Assert.InRange(fromLambda / ion.DiffusionCoefficient!.Value.SquareMetersPerSecond, 0.997, 1.003);
        }
    }

    [Fact]
    public void Catalog_valences_and_symbols()
    {
        Assert.Equal(1, Ions.Sodium.Valence);
        Assert.Equal(-1, Ions.Chloride.Valence);
        Assert.Equal(2, Ions.Calcium.Valence);
        Assert.Equal(-2, Ions.Sulfate.Valence);
        Assert.Equal("Ca²⁺", Ions.Calcium.ToString());
        Assert.Equal(0.33 * 1.957e-9, Ions.Gluconate.DiffusionCoefficient!.Value.SquareMetersPerSecond, 15);
    }

    [Fact]
    public void A_user_made_ion_with_the_same_identity_is_the_catalog_ion()
    {
        var mine = new Ion("sodium", "Na⁺", 1);
        Assert.Equal(Ions.Sodium, mine);
        Assert.Equal(Ions.Sodium.GetHashCode(), mine.GetHashCode());
        Assert.NotEqual(Ions.Sodium, new Ion("sodium", "Na⁺", 2));
        Assert.Equal(12, new Solution((Ions.Sodium, Concentration.FromMillimolar(12)))[mine].Millimolar);
    }

    [Fact]
    public void An_ion_needs_a_charge_and_positive_transport_values()
    {
        Assert.Equal("valence", Assert.Throws<ArgumentOutOfRangeException>(() => new Ion("x", "X", 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ion("x", "X", 1, Diffusivity.FromSquareMetersPerSecond(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ion("x", "X", 1, null, MolarConductivity.FromSiemensSquareMetersPerMole(double.NaN)));
        Assert.Throws<ArgumentException>(() => new Ion(" ", "X", 1));
    }

    [Fact]
    public void A_solution_reports_charge_balance_and_ionic_strength()
    {
        // Ringer-like bath: 145 NaCl + 2 CaCl₂ + 5 KCl: Σzc = 145 + 4 + 5 − 154 = 0; I = ½(145 + 4·2 + 5 + 154) = 156 mM.
        var bath = new Solution(
            (Ions.Sodium, Concentration.FromMillimolar(145)),
            (Ions.Calcium, Concentration.FromMillimolar(2)),
            (Ions.Potassium, Concentration.FromMillimolar(5)),
            (Ions.Chloride, Concentration.FromMillimolar(154)));
        Assert.Equal(0, bath.NetCharge.Millimolar, 12);
        Assert.Equal(156, bath.IonicStrength.Millimolar, 12);
        Assert.Equal(4, bath.Count);
        Assert.Equal("Na⁺ 145 mM, Ca²⁺ 2 mM, K⁺ 5 mM, Cl⁻ 154 mM", bath.ToString());
        var moreK = bath.With(Ions.Potassium, Concentration.FromMillimolar(50));
        Assert.Equal(50, moreK[Ions.Potassium].Millimolar);
        Assert.Equal(5, bath[Ions.Potassium].Millimolar); // the original is untouched
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => bath[Ions.Lithium]);
    }

    [Fact]
    public void A_solution_rejects_duplicates_and_bad_concentrations()
    {
        Assert.Throws<ArgumentException>(() => new Solution((Ions.Sodium, Concentration.FromMillimolar(1)), (Ions.Sodium, Concentration.FromMillimolar(2))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Solution((Ions.Sodium, Concentration.FromMillimolar(-1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Solution((Ions.Sodium, Concentration.FromMillimolar(double.NaN))));
    }

    /// <summary>A recipe in mM is the same solution as one written with concentrations (1 mM = 1 mol/m³ by definition).</summary>
    [Fact]
    public void A_solution_and_a_gradient_are_written_in_millimolar()
    {
        var recipe = Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 10), (Ions.Chloride, 155));
        Assert.Equal([Ions.Potassium, Ions.Sodium, Ions.Chloride], recipe.Ions);
        Assert.Equal(145, recipe[Ions.Potassium].MolesPerCubicMeter);
        Assert.Equal(10, recipe[Ions.Sodium].MolesPerCubicMeter);
        Assert.Equal(0, recipe.NetCharge.Millimolar);
        Assert.Equal(new IonGradient(Concentration.FromMolesPerCubicMeter(140), Concentration.FromMolesPerCubicMeter(5)), IonGradient.Millimolar(140, 5));
    }

    [Fact]
    public void A_bad_recipe_is_rejected_naming_it()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Solution.Millimolar((Ions.Potassium, -3)));
        Assert.Equal("recipe[K⁺]", negative.ParamName);
        Assert.Contains("recipe[K⁺] must be a finite concentration ≥ 0; was -3 mM.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("recipe[Na⁺]", Assert.Throws<ArgumentOutOfRangeException>(() => Solution.Millimolar((Ions.Sodium, double.PositiveInfinity))).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => Solution.Millimolar((Ions.Sodium, 1), (Ions.Sodium, 2)));
        Assert.Equal("recipe", twice.ParamName);
        Assert.Equal("recipe", Assert.Throws<ArgumentNullException>(() => Solution.Millimolar(null!)).ParamName);
    }
}
