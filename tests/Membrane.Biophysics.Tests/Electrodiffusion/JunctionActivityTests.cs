using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>
/// Junction potentials in activities, −(RT/F) ∫ Σ (t_i/z_i) d ln a_i along Henderson's path, against the textbook
/// closed form for one salt and against a brute-force sum along the path written here from the public
/// single-ion coefficients.
/// </summary>
public class JunctionActivityTests(ITestOutputHelper output)
{
    private static readonly Temperature T25 = Temperature.FromDegreesCelsius(25);

    /// <summary>
    /// One 1:1 salt at two concentrations: E = (t₊ − t₋)(RT/F) ln(a±,pipette/a±,bath) with t₊ = D₊/(D₊ + D₋) (Bard and
    /// Faulkner 2001, <i>Electrochemical Methods</i>, eq. 2.3.39, written bath relative to pipette), γ± from Davies.
    /// </summary>
    [Theory]
    [InlineData("KCl", 100.0, 10.0)]
    [InlineData("NaCl", 150.0, 15.0)]
    [InlineData("NaCl", 10.0, 100.0)]
    public void One_salt_matches_the_transference_number_formula(string salt, double pipetteMm, double bathMm)
    {
        var cation = salt == "KCl" ? Ions.Potassium : Ions.Sodium;
        var pipette = Solution.Millimolar((cation, pipetteMm), (Ions.Chloride, pipetteMm));
        var bath = Solution.Millimolar((cation, bathMm), (Ions.Chloride, bathMm));
        var ljp = JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Henderson, ActivityModel.Davies);

        double dp = cation.DiffusionCoefficient!.Value.SquareMetersPerSecond, dm = Ions.Chloride.DiffusionCoefficient!.Value.SquareMetersPerSecond;
        double tPlus = dp / (dp + dm), tMinus = 1 - tPlus;
        double GammaMean(double mm) => IonActivity.MeanCoefficient(1, -1, Concentration.FromMillimolar(mm), T25, ActivityModel.Davies);
        double rtOverF = 8.31446261815324 * 298.15 / 96485.33212331001;
        double expected = (tPlus - tMinus) * rtOverF * Math.Log(GammaMean(pipetteMm) * pipetteMm / (GammaMean(bathMm) * bathMm));
        var ideal = JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Henderson);
        output.WriteLine($"{salt} {pipetteMm}|{bathMm} mM: ideal {ideal.Potential.Millivolts:F4} mV, Davies {ljp.Potential.Millivolts:F4} mV, formula {expected * 1e3:F4} mV");
        Assert.Equal(expected * 1e3, ljp.Potential.Millivolts, 1e-9);
    }

    /// <summary>
    /// A K-gluconate pipette against a NaCl bath with Mg²⁺ and Ca²⁺ (the AxoBits/JPCalc set): the library's answer
    /// against a midpoint sum of −(RT/F) Σ (t_i/z_i) Δ ln(γ_i c_i) over 20 000 steps of the linear mixing path, with
    /// γ_i from <see cref="IonActivity.Coefficient"/> at the path's own ionic strength. Then the size of the correction.
    /// </summary>
    [Fact]
    public void A_physiological_pair_matches_a_sum_along_the_path()
    {
        var pipette = Solution.Millimolar((Ions.Potassium, 145), (Ions.Gluconate, 145), (Ions.Sodium, 13), (Ions.Chloride, 10), (Ions.Magnesium, 1), (Ions.Hepes, 5));
        var bath = Solution.Millimolar((Ions.Sodium, 145), (Ions.Potassium, 2.8), (Ions.Chloride, 148.8), (Ions.Magnesium, 2), (Ions.Calcium, 1), (Ions.Hepes, 5));
        var temperature = Temperature.FromDegreesCelsius(20);
        Ion[] ions = [Ions.Potassium, Ions.Gluconate, Ions.Sodium, Ions.Chloride, Ions.Magnesium, Ions.Hepes, Ions.Calcium];
        double C(Solution s, Ion ion) => s.TryGetConcentration(ion, out var c) ? c.MolesPerCubicMeter : 0;

        double Along(Ion ion, double x) => C(pipette, ion) + (x * (C(bath, ion) - C(pipette, ion)));
        double LnGamma(Ion ion, double x)
        {
            var ionicStrength = ions.Sum(other => 0.5 * other.Valence * other.Valence * Along(other, x));
            return Math.Log(IonActivity.Coefficient(ion.Valence, Concentration.FromMolesPerCubicMeter(ionicStrength), temperature, ActivityModel.Davies));
        }

        const int steps = 20_000;
        double sum = 0;
        for (var k = 0; k < steps; k++)
        {
            double x0 = (double)k / steps, x1 = (double)(k + 1) / steps, xm = 0.5 * (x0 + x1);
            var conductance = ions.Sum(ion => ion.Valence * ion.Valence * ion.DiffusionCoefficient!.Value.SquareMetersPerSecond * Along(ion, xm));
            foreach (var ion in ions)
            {
                var d = ion.DiffusionCoefficient!.Value.SquareMetersPerSecond;
                var t = ion.Valence * ion.Valence * d * Along(ion, xm) / conductance;
                // (t_i/z_i) d ln c_i = z_i D_i dc_i/Σ z²Dc: finite also for an ion absent on one side.
                sum += ion.Valence * d * (Along(ion, x1) - Along(ion, x0)) / conductance;
                sum += t / ion.Valence * (LnGamma(ion, x1) - LnGamma(ion, x0));
            }
        }

        double rtOverF = 8.31446261815324 * temperature.Kelvins / 96485.33212331001;
        double expectedMv = -rtOverF * sum * 1e3;
        var withActivities = JunctionPotential.Of(pipette, bath, temperature, JunctionMethod.Henderson, ActivityModel.Davies);
        var ideal = JunctionPotential.Of(pipette, bath, temperature, JunctionMethod.Henderson);
        output.WriteLine($"ideal {ideal.Potential.Millivolts:F4} mV; Davies {withActivities.Potential.Millivolts:F4} mV; path sum {expectedMv:F4} mV");
        Assert.Equal(expectedMv, withActivities.Potential.Millivolts, 2e-4);
        Assert.InRange(Math.Abs(withActivities.Potential.Millivolts - ideal.Potential.Millivolts), 0.001, 0.5);
    }

    [Fact]
    public void Ideal_activities_are_the_concentration_answer_and_Planck_refuses_activities()
    {
        var pipette = Solution.Millimolar((Ions.Potassium, 140), (Ions.Chloride, 140));
        var bath = Solution.Millimolar((Ions.Sodium, 150), (Ions.Chloride, 150));
        Assert.Equal(
            JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Planck).Potential,
            JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Planck, ActivityModel.Ideal).Potential);
        var ex = Assert.Throws<ArgumentException>(() => JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Planck, ActivityModel.Davies));
        Assert.Equal("method", ex.ParamName);
        Assert.Equal("ionSize", Assert.Throws<ArgumentOutOfRangeException>(() => JunctionPotential.Of(pipette, bath, T25, JunctionMethod.Henderson, ActivityModel.DebyeHuckelExtended)).ParamName);
    }
}
