using System.Collections.Generic;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>
/// Liquid junction potentials against published values (sign convention: bath relative to pipette, as JPCalc, pClamp
/// and LJPcalc). The published sets are those LJPcalc's test suite transcribes (swharden/LJPcalc,
/// src/LJPcalc.Core/KnownIonSets.cs), each with the ±0.5 mV accuracy those sources claim. Mobilities here are the
/// catalog's CRC diffusion coefficients, whose ratios to K⁺ agree with Barry's relative mobilities to 0.002.
/// </summary>
public partial class JunctionPotentialTests
{
    private static void Near(double expectedMillivolts, ElectricPotential actual, double tolerance) =>
        Assert.True(Math.Abs(actual.Millivolts - expectedMillivolts) <= tolerance, $"expected {expectedMillivolts} ± {tolerance} mV, was {actual.Millivolts} mV");

    /// <summary>
    /// JPCalcWin manual (Barry), p. 7: pipette 135 CsF + 10 NaCl, bath 145 NaCl, 20 °C → +8.74 mV (JPCalc's
    /// Henderson). Our Henderson gives 8.739 mV; Planck 8.83 mV.
    /// </summary>
    [Theory]
    [InlineData(JunctionMethod.Henderson)]
    [InlineData(JunctionMethod.Planck)]
    public void JPCalcWin_manual_CsF_pipette_in_NaCl_bath(JunctionMethod method)
    {
        var pipette = Solution.Millimolar((Ions.Cesium, 135), (Ions.Fluoride, 135), (Ions.Sodium, 10), (Ions.Chloride, 10));
        var bath = Solution.Millimolar((Ions.Sodium, 145), (Ions.Chloride, 145));
        Near(8.74, JunctionPotential.Of(pipette, bath, Temperature.FromDegreesCelsius(20), method).Potential, 0.5);
    }

    /// <summary>
    /// Ng, B. and Barry, P. H. (1995) <i>J. Neurosci. Methods</i> 56, 37–41, Table 2, bottom row: 50 CaCl₂ + 50 MgCl₂
    /// against 100 LiCl at 25 °C → −8.2 mV. Ours: Henderson −8.39, Planck −8.41 mV.
    /// </summary>
    [Theory]
    [InlineData(JunctionMethod.Henderson)]
    [InlineData(JunctionMethod.Planck)]
    public void Ng_and_Barry_divalent_chlorides_against_LiCl(JunctionMethod method)
    {
        var pipette = Solution.Millimolar((Ions.Calcium, 50), (Ions.Magnesium, 50), (Ions.Chloride, 200));
        var bath = Solution.Millimolar((Ions.Lithium, 100), (Ions.Chloride, 100));
        Near(-8.2, JunctionPotential.Of(pipette, bath, Temperature.FromDegreesCelsius(25), method).Potential, 0.5);
    }

    /// <summary>
    /// Figl, Viten and Barry, AxoBits 39 (2003), p. 8, a JPCalc screen: K-gluconate pipette (145 K-gluconate, 13 Na⁺,
    /// 10 Cl⁻, 1 Mg²⁺, 5 HEPES) in a NaCl bath (145 Na⁺, 2.8 K⁺, 148.8 Cl⁻, 2 Mg²⁺, 1 Ca²⁺, 5 HEPES) at 20 °C →
    /// +15.6 mV. Ours: Henderson 15.61, Planck 16.05 mV. (HEPES⁻ is counted as a monovalent anion so that both
    /// solutions balance, as the screen's set does.)
    /// </summary>
    [Theory]
    [InlineData(JunctionMethod.Henderson)]
    [InlineData(JunctionMethod.Planck)]
    public void AxoBits_K_gluconate_pipette_in_NaCl_bath(JunctionMethod method)
    {
        var ljp = JunctionPotential.Of(KGluconatePipette, NaClBath, Temperature.FromDegreesCelsius(20), method);
        Near(15.6, ljp.Potential, 0.5);
        Assert.True(ljp.Pipette.IsNeutral() && ljp.Bath.IsNeutral());
    }

    /// <summary>
    /// JLJP's example (Marino, Misuri and Brogioli 2014, arXiv:1403.3640; the value LJPcalc's tests hold it to):
    /// 9 M ZnCl₂ against 3 M KCl (+ 28.4 mM Zn²⁺) at 25 °C → −20.796 mV by the stationary Nernst–Planck equation.
    /// A hard case for Henderson (divalent, concentrated): ours is −19.86 mV, 0.9 mV away, while
    /// our Planck solve gives −20.81 mV. D(Zn²⁺) = 0.703 × 10⁻⁹ m²/s (Vanýsek, CRC Handbook, 92nd ed., p. 5-79).
    /// </summary>
    [Fact]
    public void JLJP_zinc_chloride_against_KCl_needs_Planck()
    {
        var zinc = new Ion("zinc", "Zn²⁺", 2, Diffusivity.FromSquareMetersPerSecond(0.703e-9));
        var left = Solution.Millimolar((zinc, 9000), (Ions.Chloride, 18000));
        var right = Solution.Millimolar((zinc, 28.4), (Ions.Potassium, 3000), (Ions.Chloride, 3056.8));
        var t = Temperature.FromDegreesCelsius(25);
        Near(-20.796, JunctionPotential.Planck(left, right, t), 0.1);
        Assert.True(Math.Abs(JunctionPotential.Henderson(left, right, t).Millivolts + 20.796) > 0.5);
    }

    /// <summary>
    /// The catalog's CRC diffusion coefficients, as mobilities relative to K⁺, against Barry's table used by JPCalc
    /// (Ng and Barry 1995, J. Neurosci. Methods 56, 37, as listed in the Catacomb/Spatch junction-potential help,
    /// compneuro.org): Cs 1.05, Na 0.682, Li 0.525, NH₄ 1.00, Cl 1.039, Br 1.063, F 0.753, NO₃ 0.972, HCO₃ 0.605,
    /// acetate 0.556, Ca 0.405, Mg 0.361, SO₄ 0.544. Two independent sources agree to 0.002 — why LJPs from either
    /// agree to well under 0.1 mV.
    /// </summary>
    [Theory]
    [InlineData("Cs⁺", 1.05)]
    [InlineData("Na⁺", 0.682)]
    [InlineData("Li⁺", 0.525)]
    [InlineData("NH₄⁺", 1.00)]
    [InlineData("Cl⁻", 1.039)]
    [InlineData("Br⁻", 1.063)]
    [InlineData("F⁻", 0.753)]
    [InlineData("NO₃⁻", 0.972)]
    [InlineData("HCO₃⁻", 0.605)]
    [InlineData("CH₃COO⁻", 0.556)]
    [InlineData("Ca²⁺", 0.405)]
    [InlineData("Mg²⁺", 0.361)]
    [InlineData("SO₄²⁻", 0.544)]
    public void Catalog_mobilities_match_Barrys_relative_mobilities(string symbol, double relative)
    {
        var ion = typeof(Ions).GetProperties().Select(p => p.GetValue(null)).OfType<Ion>().Single(i => i.Symbol == symbol);
        Assert.InRange(ion.DiffusionCoefficient!.Value / Ions.Potassium.DiffusionCoefficient!.Value - relative, -0.002, 0.002);
    }

    [Fact]
    public void Correcting_a_K_gluconate_recording_subtracts_the_junction_potential()
    {
        var ljp = JunctionPotential.Of(KGluconatePipette, NaClBath, Temperature.FromDegreesCelsius(20), JunctionMethod.Henderson);
        var measured = ElectricPotential.FromMillivolts(-55);
        var corrected = ljp.Correct(measured);
        Assert.Equal(measured.Millivolts - ljp.Potential.Millivolts, corrected.Millivolts, 12);
        Assert.True(corrected.Millivolts < -70); // the cell is more negative than it reads
        Assert.Equal(ElectricPotential.FromMillivolts(-70), JunctionPotential.Correct(ElectricPotential.FromMillivolts(-54), ElectricPotential.FromMillivolts(16)));
    }

    [Fact]
    public void Identical_solutions_have_no_junction_potential()
    {
        var t = Temperature.FromDegreesCelsius(25);
        Assert.Equal(ElectricPotential.Zero, JunctionPotential.Planck(NaClBath, NaClBath, t));
        Assert.Equal(0, JunctionPotential.Henderson(NaClBath, NaClBath, t).Volts, 15);
    }

    [Fact]
    public void A_solution_that_does_not_balance_is_reported_not_corrected()
    {
        var unbalanced = Solution.Millimolar((Ions.Potassium, 140), (Ions.Gluconate, 130));
        var e = Assert.Throws<ArgumentException>(() => JunctionPotential.Planck(unbalanced, NaClBath, Temperature.FromDegreesCelsius(25)));
        Assert.Equal("pipette", e.ParamName);
        Assert.Contains("+10 mM", e.Message, StringComparison.Ordinal);
        var report = Electroneutrality.Of(unbalanced);
        Assert.Equal(10, report.NetCharge.Millimolar, 12);
        Assert.Equal(270, report.TotalCharge.Millimolar, 12);
        Assert.False(report.IsNeutral());
    }

    [Fact]
    public void An_ion_without_a_diffusion_coefficient_is_named()
    {
        var nmdg = new Ion("N-methyl-D-glucamine", "NMDG⁺", 1);
        var pipette = Solution.Millimolar((nmdg, 140), (Ions.Chloride, 140));
        var e = Assert.Throws<ArgumentException>(() => JunctionPotential.Henderson(pipette, NaClBath, Temperature.FromDegreesCelsius(25)));
        Assert.Contains("NMDG⁺", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_solution_or_a_bad_temperature_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => JunctionPotential.Planck(Solution.Empty, NaClBath, Temperature.FromDegreesCelsius(25)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JunctionPotential.Planck(KGluconatePipette, NaClBath, Temperature.FromKelvins(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JunctionPotential.Correct(ElectricPotential.FromVolts(double.NaN), ElectricPotential.Zero));
    }

    [Fact]
    public void The_result_prints_its_convention() =>
        Assert.Contains("bath relative to pipette", JunctionPotential.Of(KGluconatePipette, NaClBath, Temperature.FromDegreesCelsius(20), JunctionMethod.Planck).ToString(), StringComparison.Ordinal);

    internal static Solution KGluconatePipette { get; } =
        Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 13), (Ions.Chloride, 10), (Ions.Gluconate, 145), (Ions.Magnesium, 1), (Ions.Hepes, 5));

    internal static Solution NaClBath { get; } =
        Solution.Millimolar((Ions.Potassium, 2.8), (Ions.Sodium, 145), (Ions.Chloride, 148.8), (Ions.Magnesium, 2), (Ions.Calcium, 1), (Ions.Hepes, 5));
}

/// <summary>The Planck solve against an independent SciPy collocation solution in x (tests/reference/planck_bvp.py).</summary>
public class PlanckAgainstSciPyTests
{
    private static readonly Dictionary<string, Ion> Catalog = new()
    {
        ["K"] = Ions.Potassium, ["Na"] = Ions.Sodium, ["Cl"] = Ions.Chloride, ["Ca"] = Ions.Calcium, ["Mg"] = Ions.Magnesium,
        ["SO4"] = Ions.Sulfate, ["HCO3"] = Ions.Bicarbonate, ["Cs"] = Ions.Cesium, ["Gluconate"] = Ions.Gluconate, ["HEPES"] = Ions.Hepes,
    };

    public static TheoryData<string> Labels()
    {
        var data = new TheoryData<string>();
        foreach (var c in Reference.Load("planck_bvp.json").GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("label").GetString()!);
        }

        return data;
    }

    /// <summary>
    /// SciPy's <c>solve_bvp</c> (tol 10⁻¹⁰) on the x-formulation with the fluxes as unknown parameters; the library
    /// solves in the potential with matrix exponentials. They agree to about 10⁻¹³ mV; 10⁻⁶ mV is asked. The cases
    /// include five-decade concentration spreads solved through the library's continuation fallback.
    /// </summary>
    [Theory]
    [MemberData(nameof(Labels))]
    public void Agrees_with_an_independent_collocation_solution(string label)
    {
        var c = Reference.Load("planck_bvp.json").GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("label").GetString() == label);
        Solution Read(string side) => new(c.GetProperty(side).EnumerateObject()
            .Select(p => KeyValuePair.Create(Catalog[p.Name], Concentration.FromMillimolar(p.Value.GetDouble()))));
        var ljp = JunctionPotential.Planck(Read("pipette"), Read("bath"), Temperature.FromDegreesCelsius(c.GetProperty("celsius").GetDouble()));
        Assert.Equal(c.GetProperty("ljp_mV").GetDouble(), ljp.Millivolts, 6);
    }
}
