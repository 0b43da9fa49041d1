using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Quantities;

/// <summary>Round trips of formatting and parsing over random values, under the invariant and a comma-decimal culture.</summary>
public class QuantityProperties
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool Round_trip_format_is_exact(double value)
    {
        var v = ElectricPotential.FromVolts(value);
        return ElectricPotential.Parse(v.ToString("R", null)).Equals(v) &&
               Concentration.Parse(Concentration.FromMillimolar(value).ToString("R", German), German).Equals(Concentration.FromMillimolar(value));
    }

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool Display_format_parses_back_to_12_digits(FsCheck.NormalFloat value)
    {
        var c = Concentration.FromMillimolar(value.Item);
        var t = Temperature.FromKelvins(Math.Abs(value.Item));
        return Concentration.Parse(c.ToString()).IsApproximately(c, 1e-11) &&
               ConductanceDensity.Parse(ConductanceDensity.FromSiemensPerSquareMeter(value.Item).ToString(null, German), German)
                   .IsApproximately(ConductanceDensity.FromSiemensPerSquareMeter(value.Item), 1e-11) &&
               Math.Abs(Temperature.Parse(t.ToString()).Kelvins - t.Kelvins) <= 1e-11 * Math.Max(Math.Max(1, t.Kelvins), Math.Abs(t.DegreesCelsius)); // printed in °C, so relative to the Celsius value
    }

    [FsCheck.Xunit.Property]
    public bool Unit_conversion_round_trips(FsCheck.NormalFloat value) =>
        QuantityMathIsClose(ElectricPotential.FromMillivolts(value.Item).Millivolts, value.Item) &&
        QuantityMathIsClose(Concentration.FromMicromolar(value.Item).Micromolar, value.Item) &&
        QuantityMathIsClose(Temperature.FromDegreesCelsius(value.Item).DegreesCelsius, value.Item, absolute: 1e-12);

    private static bool QuantityMathIsClose(double a, double b, double absolute = 0) =>
        Math.Abs(a - b) <= Math.Max(absolute, 1e-15 * Math.Abs(b));
}
