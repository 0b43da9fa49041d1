using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Electrodiffusion;

/// <summary>Nernst–Einstein: D, mobility, molar conductivity and conductivity, against tables and a solid electrolyte.</summary>
public class NernstEinsteinTests
{
    private static readonly Temperature T25 = Temperature.FromDegreesCelsius(25);

    /// <summary>
    /// The catalog's D (Vanýsek, CRC) and λ° (CRC and Lange's, an independent column) satisfy λ = z²F²D/RT to 0.3 %
    /// for every ion that has both.
    /// </summary>
    [Theory]
    [InlineData("Na⁺")]
    [InlineData("K⁺")]
    [InlineData("Cl⁻")]
    [InlineData("Ca²⁺")]
    [InlineData("Mg²⁺")]
    [InlineData("H⁺")]
    [InlineData("HCO₃⁻")]
    [InlineData("SO₄²⁻")]
    public void Catalog_diffusion_coefficients_and_limiting_conductivities_agree(string symbol)
    {
        var ion = typeof(Ions).GetProperties().Select(p => p.GetValue(null)).OfType<Ion>().Single(i => i.Symbol == symbol);
        var lambda = NernstEinstein.MolarConductivity(ion.DiffusionCoefficient!.Value, ion.Valence, T25);
        Assert.InRange(lambda / ion.LimitingMolarConductivity!.Value, 0.997, 1.003);
        var back = NernstEinstein.DiffusionCoefficient(ion.LimitingMolarConductivity!.Value, ion.Valence, T25);
        Assert.InRange(back / ion.DiffusionCoefficient!.Value, 0.997, 1.003);
    }

    /// <summary>
    /// Ionic mobilities in water at 298 K (Atkins, P. and de Paula, J., <i>Physical Chemistry</i>, 8th ed. (2006),
    /// Table 21.5): K⁺ 7.62, Na⁺ 5.19, Cl⁻ 7.91, H⁺ 36.23 × 10⁻⁸ m²/(V·s). From the catalog D by u = |z|FD/RT, within 0.5 %.
    /// </summary>
    [Theory]
    [InlineData("K⁺", 7.62)]
    [InlineData("Na⁺", 5.19)]
    [InlineData("Cl⁻", 7.91)]
    [InlineData("H⁺", 36.23)]
    public void Mobilities_match_the_textbook_table(string symbol, double mobility1e8)
    {
        var ion = typeof(Ions).GetProperties().Select(p => p.GetValue(null)).OfType<Ion>().Single(i => i.Symbol == symbol);
        var u = NernstEinstein.Mobility(ion.DiffusionCoefficient!.Value, ion.Valence, T25);
        Assert.InRange(u.SquareMetersPerVoltSecond / (mobility1e8 * 1e-8), 0.995, 1.005);
    }

    [PhysicalProperty]
    public bool Mobility_and_molar_conductivity_round_trip(Valence z, Temperature t)
    {
        var d = Diffusivity.FromSquareMetersPerSecond(1.234e-9);
        var viaMobility = NernstEinstein.DiffusionCoefficient(NernstEinstein.Mobility(d, z.Value, t), z.Value, t);
        var viaLambda = NernstEinstein.DiffusionCoefficient(NernstEinstein.MolarConductivity(d, z.Value, t), z.Value, t);
        return Math.Abs((viaMobility / d) - 1) < 1e-14 && Math.Abs((viaLambda / d) - 1) < 1e-14;
    }

    /// <summary>
    /// Ahmad, M. M. (2015) Estimation of the concentration and mobility of mobile Li⁺ in the cubic garnet-type
    /// Li₇La₃Zr₂O₁₂. <i>RSC Adv.</i> 5, 25824, doi:10.1039/C4RA15972A: n_c = 3.17 × 10²¹ cm⁻³ mobile Li⁺ and
    /// D = 1.33 × 10⁻⁸ cm²/s at room temperature (taken as 25 °C). σ = n e² D/(k T) = 2.63 × 10⁻⁴ S/cm, written out
    /// here with e, k independently; the room-temperature conductivities measured for cubic LLZO lie between 10⁻⁴ and
    /// 10⁻³ S/cm (up to 4 × 10⁻⁴: Cussen, E. J. (2010) <i>J. Mater. Chem.</i> 20, 5167; 0.8 mS/cm Nb-doped: Ohta et al.
    /// (2011) <i>J. Power Sources</i> 196, 3342).
    /// </summary>
    [Fact]
    public void Garnet_LLZO_conductivity_from_its_mobile_lithium()
    {
        const double n = 3.17e21 * 1e6, d = 1.33e-8 * 1e-4;
        var li = ChargeCarrier.FromNumberDensity("Li⁺ (mobile)", 1, Diffusivity.FromSquareMetersPerSecond(d), n);
        var sigma = NernstEinstein.Conductivity([li], T25);
        var e = PhysicalConstants.ElementaryCharge;
        var byHand = n * e * e * d / (PhysicalConstants.BoltzmannConstant * 298.15);
        Assert.Equal(byHand, sigma.SiemensPerMeter, 12);
        Assert.Equal(2.63e-4, sigma.SiemensPerCentimeter, 6);
        Assert.InRange(sigma.SiemensPerCentimeter, 1e-4, 1e-3);
    }

    /// <summary>
    /// 0.1 mol/kg KCl at 25 °C, the NIST primary conductivity standard: κ = 12 824.6 µS/cm = 1.28246 S/m (CRC Handbook,
    /// 92nd ed., "Standard KCl solutions for calibrating conductivity cells", p. 5-73, from Wu, Koch and Pratt (1991)
    /// <i>J. Res. NIST</i> 96, 191). The infinite-dilution (Kohlrausch) estimate at 0.0997 mol/L, (λ_K + λ_Cl)·c = 1.49 S/m,
    /// is 17 % high: interionic effects, as the remark on <see cref="NernstEinstein"/> warns.
    /// </summary>
    [Fact]
    public void A_solution_conductivity_is_the_ideal_upper_bound()
    {
        var c = Concentration.FromMolar(0.1 * 0.99705); // 0.1 mol/kg in water of density 0.99705 kg/L
        var kcl = new Solution((Ions.Potassium, c), (Ions.Chloride, c));
        var sigma = NernstEinstein.Conductivity(kcl, T25);
        Assert.Equal(1.49, sigma.SiemensPerMeter, 2);
        Assert.InRange(sigma.SiemensPerMeter / 1.28246, 1.15, 1.18);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NernstEinstein.Mobility(Diffusivity.FromSquareMetersPerSecond(-1), 1, T25));
        Assert.Throws<ArgumentOutOfRangeException>(() => NernstEinstein.Mobility(Diffusivity.Zero, 0, T25));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChargeCarrier("v", 2, Diffusivity.Zero, Concentration.FromMillimolar(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChargeCarrier.FromNumberDensity("v", 2, Diffusivity.Zero, double.NaN));
        Assert.Throws<ArgumentException>(() => NernstEinstein.Conductivity(new Solution((new Ion("x", "X⁺", 1), Concentration.FromMillimolar(1))), T25));
    }
}
