using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Quantities;

/// <summary>
/// Unit factors against their definitions, worked out by hand from the SI prefixes and the definitions in
/// NIST Special Publication 811 (2008), Thompson and Taylor, "Guide for the Use of the SI": e.g.
/// 1 mS/cm² = 10⁻³ S / 10⁻⁴ m² = 10 S/m²; 1 thermochemical kcal = 4184 J; 0 °C = 273.15 K.
/// </summary>
public class ConversionTests
{
    private const double Tight = 1e-15;

    [Theory]
    [InlineData("-70 mV", -0.070)]
    [InlineData("1 µV", 1e-6)]
    [InlineData("1 kV", 1e3)]
    public void Potential_units(string text, double volts) =>
        Assert.True(ElectricPotential.Parse(text).IsApproximately(ElectricPotential.FromVolts(volts), Tight));

    [Theory]
    [InlineData("140 mM", 140)]
    [InlineData("1 M", 1000)]
    [InlineData("1 mol/L", 1000)]
    [InlineData("100 nM", 1e-4)]
    [InlineData("2 µM", 2e-3)]
    [InlineData("5 mol/m³", 5)]
    public void Concentration_units_in_mol_per_cubic_meter(string text, double molPerM3) =>
        Assert.True(Concentration.Parse(text).IsApproximately(Concentration.FromMolesPerCubicMeter(molPerM3), Tight));

    [Fact]
    public void Temperature_is_affine_between_celsius_and_kelvin()
    {
        Assert.Equal(310.15, Temperature.Body.Kelvins, 12);
        Assert.Equal(279.45, Temperature.Squid.Kelvins, 12);
        Assert.Equal(295.15, Temperature.Room.Kelvins, 12);
        Assert.Equal(-273.15, Temperature.FromKelvins(0).DegreesCelsius, 12);
        Assert.Equal(10, (Temperature.FromDegreesCelsius(37) - Temperature.FromDegreesCelsius(27)).Kelvins, 12);
        Assert.Equal(310.15, (Temperature.FromKelvins(300) + TemperatureDifference.FromKelvins(10.15)).Kelvins, 12);
    }

    [Theory]
    [InlineData("1 mS/cm²", 10)]
    [InlineData("36 mS/cm2", 360)]
    [InlineData("1 S/cm²", 1e4)]
    [InlineData("1 pS/µm²", 1)]
    public void Conductance_density_units(string text, double siemensPerM2) =>
        Assert.True(ConductanceDensity.Parse(text).IsApproximately(ConductanceDensity.FromSiemensPerSquareMeter(siemensPerM2), Tight));

    [Theory]
    [InlineData("1 µA/cm²", 1e-2)]
    [InlineData("1 mA/cm2", 10)]
    [InlineData("1 pA/µm²", 1)]
    public void Current_density_units(string text, double amperesPerM2) =>
        Assert.True(CurrentDensity.Parse(text).IsApproximately(CurrentDensity.FromAmperesPerSquareMeter(amperesPerM2), Tight));

    [Theory]
    [InlineData("1 µF/cm²", 1e-2)]
    [InlineData("1 uF/cm2", 1e-2)]
    [InlineData("10 fF/µm²", 1e-2)]
    public void Specific_capacitance_units(string text, double faradsPerM2) =>
        Assert.True(SpecificCapacitance.Parse(text).IsApproximately(SpecificCapacitance.FromFaradsPerSquareMeter(faradsPerM2), Tight));

    [Theory]
    [InlineData("1e-6 cm/s", 1e-8)]
    [InlineData("1 µm/s", 1e-6)]
    public void Permeability_units(string text, double metersPerSecond) =>
        Assert.True(Permeability.Parse(text).IsApproximately(Permeability.FromMetersPerSecond(metersPerSecond), Tight));

    [Theory]
    [InlineData("1.334 µm²/ms", 1.334e-9)]
    [InlineData("1.334e-5 cm²/s", 1.334e-9)]
    [InlineData("1 m^2/s", 1)]
    public void Diffusivity_units(string text, double m2PerS) =>
        Assert.True(Diffusivity.Parse(text).IsApproximately(Diffusivity.FromSquareMetersPerSecond(m2PerS), Tight));

    [Theory]
    [InlineData("1 kcal/mol", 4184)]
    [InlineData("-30.5 kJ/mol", -30500)]
    public void Molar_energy_units(string text, double joulesPerMole) =>
        Assert.True(MolarEnergy.Parse(text).IsApproximately(MolarEnergy.FromJoulesPerMole(joulesPerMole), Tight));

    [Theory]
    [InlineData("1 pL", 1e-15)]
    [InlineData("1 µm³", 1e-18)]
    [InlineData("1 L", 1e-3)]
    [InlineData("1 mL", 1e-6)]
    public void Volume_units(string text, double cubicMeters) =>
        Assert.True(Volume.Parse(text).IsApproximately(Volume.FromCubicMeters(cubicMeters), Tight));

    [Fact]
    public void Other_units()
    {
        Close(1e-12, ElectricCurrent.Parse("1 pA").Amperes);
        Close(1e-9, Conductance.Parse("1 nS").Siemens);
        Close(1e-12, Capacitance.Parse("1 pF").Farads);
        Close(1e-10, Length.Parse("1 Å").Meters);
        Close(1e-12, Area.Parse("1 µm²").SquareMeters);
        Assert.Equal(0.5, Duration.Parse("500 ms").Seconds, 15);
        Assert.Equal(60, Duration.Parse("1 min").Seconds, 15);
        Close(1e-15, AmountOfSubstance.Parse("1 fmol").Moles);
        Close(1e-8, MolarFlux.Parse("1 pmol/(cm²·s)").MolesPerSquareMeterSecond);
        Close(1e-4, MolarConductivity.Parse("1 S·cm²/mol").SiemensSquareMetersPerMole);
        Assert.Equal(7.4, Ph.Parse("pH 7.4").Value, 15);
    }

    /// <summary>
    /// The units that were parse-only until every unit got a factory and a property: one of each is, by the prefix
    /// definitions of SI Brochure (9th ed., 2019) Table 7 and NIST SP 811, e.g. 1 pM = 10⁻¹² mol/L = 10⁻⁹ mol/m³,
    /// 1 nA/cm² = 10⁻⁹ A / 10⁻⁴ m² = 10⁻⁵ A/m², 1 µS/cm² = 10⁻⁶ S / 10⁻⁴ m² = 10⁻² S/m², 1 Å = 10⁻¹⁰ m,
    /// 1 thermochemical cal = 4.184 J, 1 h = 3600 s.
    /// </summary>
    [Fact]
    public void Every_unit_has_a_factory_and_a_property()
    {
        Unit(1e-9, Concentration.FromPicomolar, c => c.Picomolar, c => c.MolesPerCubicMeter);
        Unit(1e-5, CurrentDensity.FromNanoamperesPerSquareCentimeter, c => c.NanoamperesPerSquareCentimeter, c => c.AmperesPerSquareMeter);
        Unit(1, CurrentDensity.FromPicoamperesPerSquareMicrometer, c => c.PicoamperesPerSquareMicrometer, c => c.AmperesPerSquareMeter);
        Unit(1e4, CurrentDensity.FromAmperesPerSquareCentimeter, c => c.AmperesPerSquareCentimeter, c => c.AmperesPerSquareMeter);
        Unit(1e-2, ConductanceDensity.FromMicrosiemensPerSquareCentimeter, c => c.MicrosiemensPerSquareCentimeter, c => c.SiemensPerSquareMeter);
        Unit(1, ConductanceDensity.FromPicosiemensPerSquareMicrometer, c => c.PicosiemensPerSquareMicrometer, c => c.SiemensPerSquareMeter);
        Unit(1e-6, AmountOfSubstance.FromMicromoles, a => a.Micromoles, a => a.Moles);
        Unit(1e-9, AmountOfSubstance.FromNanomoles, a => a.Nanomoles, a => a.Moles);
        Unit(1e-15, AmountOfSubstance.FromFemtomoles, a => a.Femtomoles, a => a.Moles);
        Unit(1e-6, Area.FromSquareMillimeters, a => a.SquareMillimeters, a => a.SquareMeters);
        Unit(1e-18, Area.FromSquareNanometers, a => a.SquareNanometers, a => a.SquareMeters);
        Unit(1e-15, Capacitance.FromFemtofarads, c => c.Femtofarads, c => c.Farads);
        Unit(1e3, ConcentrationGradient.FromMolarPerMeter, g => g.MolarPerMeter, g => g.MolesPerMeterToTheFourth);
        Unit(1e-12, Diffusivity.FromSquareMicrometersPerSecond, d => d.SquareMicrometersPerSecond, d => d.SquareMetersPerSecond);
        Unit(1e-6, Diffusivity.FromSquareMillimetersPerSecond, d => d.SquareMillimetersPerSecond, d => d.SquareMetersPerSecond);
        Unit(1e-9, Duration.FromNanoseconds, d => d.Nanoseconds, d => d.Seconds);
        Unit(3600, Duration.FromHours, d => d.Hours, d => d.Seconds);
        Unit(1e-3, ElectricCharge.FromMillicoulombs, q => q.Millicoulombs, q => q.Coulombs);
        Unit(1e-6, ElectricCharge.FromMicrocoulombs, q => q.Microcoulombs, q => q.Coulombs);
        Unit(1e-15, ElectricCharge.FromFemtocoulombs, q => q.Femtocoulombs, q => q.Coulombs);
        Unit(1e-15, ElectricCurrent.FromFemtoamperes, i => i.Femtoamperes, i => i.Amperes);
        Unit(1e3, ElectricPotential.FromKilovolts, v => v.Kilovolts, v => v.Volts);
        Unit(1e-10, Length.FromAngstroms, l => l.Angstroms, l => l.Meters);
        Unit(1e-3, MolarConductivity.FromMillisiemensSquareMetersPerMole, m => m.MillisiemensSquareMetersPerMole, m => m.SiemensSquareMetersPerMole);
        Unit(4.184, MolarEnergy.FromCaloriesPerMole, e => e.CaloriesPerMole, e => e.JoulesPerMole);
        Unit(1e9, MolarEnergyGradient.FromKilojoulesPerMoleMicrometer, g => g.KilojoulesPerMoleMicrometer, g => g.JoulesPerMoleMeter);
        Unit(1e4, MolarFlux.FromMolesPerSquareCentimeterSecond, j => j.MolesPerSquareCentimeterSecond, j => j.MolesPerSquareMeterSecond);
        Unit(1e-5, MolarFlux.FromNanomolesPerSquareCentimeterSecond, j => j.NanomolesPerSquareCentimeterSecond, j => j.MolesPerSquareMeterSecond);
        Unit(1e-9, Permeability.FromNanometersPerSecond, p => p.NanometersPerSecond, p => p.MetersPerSecond);
        Unit(100, PotentialGradient.FromVoltsPerCentimeter, g => g.VoltsPerCentimeter, g => g.VoltsPerMeter);
        Unit(1e-3, SpecificCapacitance.FromFemtofaradsPerSquareMicrometer, c => c.FemtofaradsPerSquareMicrometer, c => c.FaradsPerSquareMeter);
        Unit(1, Ph.FromValue, p => p.Value, p => p.Value);
    }

    /// <summary>1 ms⁻¹ = 1/(10⁻³ s) = 10³ s⁻¹; 1 Hz = 1 s⁻¹ (SI Brochure Table 4); 1 mV/ms = 10⁻³ V / 10⁻³ s = 1 V/s.</summary>
    [Theory]
    [InlineData("0.1 ms⁻¹", 100)]
    [InlineData("0.1 /ms", 100)]
    [InlineData("0.1/ms", 100)]
    [InlineData("0.1 ms^-1", 100)]
    [InlineData("40 Hz", 40)]
    [InlineData("1.5 kHz", 1500)]
    [InlineData("40 s⁻¹", 40)]
    [InlineData("40/s", 40)]
    [InlineData("40 s^-1", 40)]
    public void Rate_units(string text, double perSecond) =>
        Close(perSecond, Rate.Parse(text).PerSecond);

    [Fact]
    public void Rate_and_potential_rate_factories()
    {
        Unit(1e3, Rate.FromPerMillisecond, r => r.PerMillisecond, r => r.PerSecond);
        Unit(1, Rate.FromHertz, r => r.Hertz, r => r.PerSecond);
        Unit(1e3, Rate.FromKilohertz, r => r.Kilohertz, r => r.PerSecond);
        Unit(1, PotentialRate.FromMillivoltsPerMillisecond, r => r.MillivoltsPerMillisecond, r => r.VoltsPerSecond);
        Unit(1e-3, PotentialRate.FromMillivoltsPerSecond, r => r.MillivoltsPerSecond, r => r.VoltsPerSecond);
        Close(20, PotentialRate.Parse("20 mV/ms").VoltsPerSecond);
        Assert.Equal("100 s⁻¹", Rate.FromPerMillisecond(0.1).ToString());
        Assert.Equal("0.1 ms⁻¹", Rate.FromPerSecond(100).ToString("ms⁻¹", null));
        Assert.Equal("20 V/s", PotentialRate.FromMillivoltsPerMillisecond(20).ToString());
    }

    [Theory]
    [InlineData("3 pM", 3e-9)]
    [InlineData("3 pmol/L", 3e-9)]
    public void Picomolar_parses(string text, double molPerM3) =>
        Close(molPerM3, Concentration.Parse(text).MolesPerCubicMeter);

    /// <summary>One of the unit is <paramref name="si"/> in SI, and 2.5 of them read back as 2.5.</summary>
    private static void Unit<T>(double si, Func<double, T> from, Func<T, double> inUnit, Func<T, double> inSi)
    {
        Close(si, inSi(from(1)));
        Close(2.5, inUnit(from(2.5)));
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-14 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void Ph_and_proton_concentration_are_inverse()
    {
        // pH 7 is 100 nM of free H⁺ by definition of pH (IUPAC Gold Book, "pH").
        Close(1e-4, Ph.FromValue(7).ProtonConcentration.Millimolar);
        Assert.Equal(7.4, Ph.FromProtonConcentration(Concentration.FromNanomolar(Math.Pow(10, 9 - 7.4))).Value, 12);
        Assert.Equal(-0.8, Ph.FromValue(6.6) - Ph.FromValue(7.4), 12);
    }
}
