using Membrane.Biophysics.Quantities;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// UnitsNet's own unit conversions as the outside reference: a library value made from a unit equals, after conversion,
/// UnitsNet's value made from the same number in the same unit, and the reverse. Both sides scale by the same decimal
/// factor, but not always in the same order of operations, so "equal" means within 2 ulps in SI (4 ulps back in the unit,
/// after the library's rounding and then UnitsNet's); where the unit is the SI unit it means the identical double.
/// </summary>
public class UnitsNetReferenceTests
{
    /// <summary>
    /// For each unit the library and UnitsNet both name: the library's factory (as an SI value) and UnitsNet's factory.
    /// </summary>
    private static readonly (string Unit, Func<double, double> Library, Func<double, UN.IQuantity> UnitsNet)[] SameUnit =
    [
        ("V", x => ElectricPotential.FromVolts(x).SiValue, x => UN.ElectricPotential.FromVolts(x)),
        ("mV", x => ElectricPotential.FromMillivolts(x).SiValue, x => UN.ElectricPotential.FromMillivolts(x)),
        ("µV", x => ElectricPotential.FromMicrovolts(x).SiValue, x => UN.ElectricPotential.FromMicrovolts(x)),
        ("mol/m³", x => Concentration.FromMolesPerCubicMeter(x).SiValue, x => UN.Molarity.FromMolesPerCubicMeter(x)),
        ("mM", x => Concentration.FromMillimolar(x).SiValue, x => UN.Molarity.FromMillimolesPerLiter(x)),
        ("µM", x => Concentration.FromMicromolar(x).SiValue, x => UN.Molarity.FromMicromolesPerLiter(x)),
        ("nM", x => Concentration.FromNanomolar(x).SiValue, x => UN.Molarity.FromNanomolesPerLiter(x)),
        ("M", x => Concentration.FromMolar(x).SiValue, x => UN.Molarity.FromMolesPerLiter(x)),
        ("K", x => Temperature.FromKelvins(x).SiValue, x => UN.Temperature.FromKelvins(x)),
        ("°C", x => Temperature.FromDegreesCelsius(x).SiValue, x => UN.Temperature.FromDegreesCelsius(x)),
        ("ΔK", x => TemperatureDifference.FromKelvins(x).SiValue, x => UN.TemperatureDelta.FromKelvins(x)),
        ("Δ°C", x => TemperatureDifference.FromDegreesCelsius(x).SiValue, x => UN.TemperatureDelta.FromDegreesCelsius(x)),
        ("s", x => Duration.FromSeconds(x).SiValue, x => UN.Duration.FromSeconds(x)),
        ("ms", x => Duration.FromMilliseconds(x).SiValue, x => UN.Duration.FromMilliseconds(x)),
        ("µs", x => Duration.FromMicroseconds(x).SiValue, x => UN.Duration.FromMicroseconds(x)),
        ("min", x => Duration.FromMinutes(x).SiValue, x => UN.Duration.FromMinutes(x)),
        ("m", x => Length.FromMeters(x).SiValue, x => UN.Length.FromMeters(x)),
        ("µm", x => Length.FromMicrometers(x).SiValue, x => UN.Length.FromMicrometers(x)),
        ("cm", x => Length.FromCentimeters(x).SiValue, x => UN.Length.FromCentimeters(x)),
        ("mm", x => Length.FromMillimeters(x).SiValue, x => UN.Length.FromMillimeters(x)),
        ("nm", x => Length.FromNanometers(x).SiValue, x => UN.Length.FromNanometers(x)),
        ("m²", x => Area.FromSquareMeters(x).SiValue, x => UN.Area.FromSquareMeters(x)),
        ("µm²", x => Area.FromSquareMicrometers(x).SiValue, x => UN.Area.FromSquareMicrometers(x)),
        ("cm²", x => Area.FromSquareCentimeters(x).SiValue, x => UN.Area.FromSquareCentimeters(x)),
        ("m³", x => Volume.FromCubicMeters(x).SiValue, x => UN.Volume.FromCubicMeters(x)),
        ("L", x => Volume.FromLiters(x).SiValue, x => UN.Volume.FromLiters(x)),
        ("mL", x => Volume.FromMilliliters(x).SiValue, x => UN.Volume.FromMilliliters(x)),
        ("µL", x => Volume.FromMicroliters(x).SiValue, x => UN.Volume.FromMicroliters(x)),
        ("nL", x => Volume.FromNanoliters(x).SiValue, x => UN.Volume.FromNanoliters(x)),
        ("µm³", x => Volume.FromCubicMicrometers(x).SiValue, x => UN.Volume.FromCubicMicrometers(x)),
        ("A", x => ElectricCurrent.FromAmperes(x).SiValue, x => UN.ElectricCurrent.FromAmperes(x)),
        ("pA", x => ElectricCurrent.FromPicoamperes(x).SiValue, x => UN.ElectricCurrent.FromPicoamperes(x)),
        ("nA", x => ElectricCurrent.FromNanoamperes(x).SiValue, x => UN.ElectricCurrent.FromNanoamperes(x)),
        ("µA", x => ElectricCurrent.FromMicroamperes(x).SiValue, x => UN.ElectricCurrent.FromMicroamperes(x)),
        ("mA", x => ElectricCurrent.FromMilliamperes(x).SiValue, x => UN.ElectricCurrent.FromMilliamperes(x)),
        ("A/m²", x => CurrentDensity.FromAmperesPerSquareMeter(x).SiValue, x => UN.ElectricCurrentDensity.FromAmperesPerSquareMeter(x)),
        ("F", x => Capacitance.FromFarads(x).SiValue, x => UN.ElectricCapacitance.FromFarads(x)),
        ("pF", x => Capacitance.FromPicofarads(x).SiValue, x => UN.ElectricCapacitance.FromPicofarads(x)),
        ("nF", x => Capacitance.FromNanofarads(x).SiValue, x => UN.ElectricCapacitance.FromNanofarads(x)),
        ("µF", x => Capacitance.FromMicrofarads(x).SiValue, x => UN.ElectricCapacitance.FromMicrofarads(x)),
        ("S", x => Conductance.FromSiemens(x).SiValue, x => UN.ElectricConductance.FromSiemens(x)),
        ("nS", x => Conductance.FromNanosiemens(x).SiValue, x => UN.ElectricConductance.FromNanosiemens(x)),
        ("µS", x => Conductance.FromMicrosiemens(x).SiValue, x => UN.ElectricConductance.FromMicrosiemens(x)),
        ("mS", x => Conductance.FromMillisiemens(x).SiValue, x => UN.ElectricConductance.FromMillisiemens(x)),
        ("C", x => ElectricCharge.FromCoulombs(x).SiValue, x => UN.ElectricCharge.FromCoulombs(x)),
        ("pC", x => ElectricCharge.FromPicocoulombs(x).SiValue, x => UN.ElectricCharge.FromPicocoulombs(x)),
        ("nC", x => ElectricCharge.FromNanocoulombs(x).SiValue, x => UN.ElectricCharge.FromNanocoulombs(x)),
        ("V/s", x => PotentialRate.FromVoltsPerSecond(x).SiValue, x => UN.ElectricPotentialChangeRate.FromVoltsPerSeconds(x)),
        ("mV/s", x => PotentialRate.FromMillivoltsPerSecond(x).SiValue, x => UN.ElectricPotentialChangeRate.FromMillivoltsPerSeconds(x)),
        ("J/mol", x => MolarEnergy.FromJoulesPerMole(x).SiValue, x => UN.MolarEnergy.FromJoulesPerMole(x)),
        ("kJ/mol", x => MolarEnergy.FromKilojoulesPerMole(x).SiValue, x => UN.MolarEnergy.FromKilojoulesPerMole(x)),
        ("S/m", x => ElectricalConductivity.FromSiemensPerMeter(x).SiValue, x => UN.ElectricConductivity.FromSiemensPerMeter(x)),
        ("mS/cm", x => ElectricalConductivity.FromMillisiemensPerCentimeter(x).SiValue, x => UN.ElectricConductivity.FromMillisiemensPerCentimeter(x)),
        ("µS/cm", x => ElectricalConductivity.FromMicrosiemensPerCentimeter(x).SiValue, x => UN.ElectricConductivity.FromMicrosiemensPerCentimeter(x)),
        ("S/cm", x => ElectricalConductivity.FromSiemensPerCentimeter(x).SiValue, x => UN.ElectricConductivity.FromSiemensPerCentimeter(x)),
        ("Ω·m", x => ElectricalResistivity.FromOhmMeters(x).SiValue, x => UN.ElectricResistivity.FromOhmMeters(x)),
        ("Ω·cm", x => ElectricalResistivity.FromOhmCentimeters(x).SiValue, x => UN.ElectricResistivity.FromOhmsCentimeter(x)),
        ("mol", x => AmountOfSubstance.FromMoles(x).SiValue, x => UN.AmountOfSubstance.FromMoles(x)),
        ("mmol", x => AmountOfSubstance.FromMillimoles(x).SiValue, x => UN.AmountOfSubstance.FromMillimoles(x)),
        ("pmol", x => AmountOfSubstance.FromPicomoles(x).SiValue, x => UN.AmountOfSubstance.FromPicomoles(x)),
    ];

    private static readonly string[] SiUnits = ["V", "mol/m³", "K", "ΔK", "s", "m", "m²", "m³", "A", "A/m²", "F", "S", "C", "J/mol", "S/m", "Ω·m", "mol"];

    [Fact]
    public void Every_concept_is_compared_in_its_SI_unit_and_in_a_unit_physiologists_use()
    {
        // Current density is the exception: A/m² is the only unit both name (UnitsNet has A/in² and A/ft², not µA/cm²).
        var concepts = SameUnit.Select(row => Concepts.Of(row.UnitsNet(1))).ToList();
        Assert.All(Concepts.All, c => Assert.True(concepts.Count(d => d == c) >= (c.LibraryType == typeof(CurrentDensity) ? 1 : 2), $"{c} is compared in too few units"));
        Assert.All(SiUnits, u => Assert.Contains(u, SameUnit.Select(r => r.Unit)));
    }

    [BridgeProperty]
    public void A_library_value_made_in_a_unit_converts_to_UnitsNets_value_made_in_that_unit(Magnitude x)
    {
        foreach (var (unit, library, unitsNet) in SameUnit)
        {
            var theirs = unitsNet(x.Value);
            var concept = Concepts.Of(theirs);
            var converted = concept.ToUnitsNet(library(x.Value));
            var siUnit = concept.UnitsNetInfo.BaseUnitInfo.Value;
            Assert.True(Agree(converted.As(siUnit), theirs.As(siUnit), unit, ulps: 2), Invariant($"{x} {unit}: the library's {converted} against UnitsNet's {theirs}"));
            var offset = UN.Quantity.From(0, siUnit).As(theirs.Unit); // −273.15 for °C: the scale of its rounding
            // Back in the unit: the library's rounding into SI, then UnitsNet's out of it.
            Assert.True(Agree(converted.As(theirs.Unit), x.Value, unit, ulps: 4, offset), Invariant($"{x} {unit}: the library's value reads {converted.As(theirs.Unit):R} {unit} in UnitsNet"));
        }
    }

    [BridgeProperty]
    public void A_UnitsNet_value_made_in_a_unit_converts_to_the_library_value_made_in_that_unit(Magnitude x)
    {
        foreach (var (unit, library, unitsNet) in SameUnit)
        {
            var theirs = unitsNet(x.Value);
            var mine = Concepts.Of(theirs).ToBiophysics(theirs);
            Assert.True(Agree(mine, library(x.Value), unit, ulps: 2), Invariant($"{x} {unit}: {mine:R} from UnitsNet, {library(x.Value):R} from the library's factory"));
        }
    }

    [Fact]
    public void Physiological_values_agree_with_UnitsNet_to_the_last_digit()
    {
        // UnitsNet's own arithmetic: 37 °C is 310.15 K, 140 mmol/L is 140 mol/m³, -70 mV is -0.07 V.
        Assert.Equal(Temperature.Body, UN.Temperature.FromDegreesCelsius(37).ToBiophysics());
        Assert.Equal(310.15, Temperature.Body.ToUnitsNet().Kelvins);
        Assert.Equal(37, Temperature.Body.ToUnitsNet().DegreesCelsius, 12);
        Assert.Equal(140, Concentration.FromMillimolar(140).ToUnitsNet().MillimolesPerLiter, 12);
        Assert.Equal(Concentration.FromMillimolar(140), UN.Molarity.FromMolesPerCubicMeter(140).ToBiophysics());
        Assert.Equal(-0.07, ElectricPotential.FromMillivolts(-70).ToUnitsNet().Volts);
        Assert.Equal(ElectricPotential.FromMillivolts(-70), UN.ElectricPotential.FromMillivolts(-70).ToBiophysics());
        Assert.Equal(1, Capacitance.FromMicrofarads(1).ToUnitsNet().Microfarads, 14);
        Assert.Equal(10, Duration.FromMilliseconds(10).ToUnitsNet().Milliseconds, 14);
        // 1 µA/cm² = 0.01 A/m², which UnitsNet holds without a unit of its own for it.
        Assert.Equal(0.01, CurrentDensity.FromMicroamperesPerSquareCentimeter(1).ToUnitsNet().AmperesPerSquareMeter);
    }

    private static bool Agree(double actual, double expected, string unit, int ulps, double scale = 0) =>
        SiUnits.Contains(unit) ? BitConverter.DoubleToInt64Bits(actual) == BitConverter.DoubleToInt64Bits(expected) : Ulps.Within(actual, expected, ulps, scale);
}
