using System.Collections.Generic;
using System.Reflection;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Quantities;

/// <summary>
/// Round trips of formatting and parsing over random values, for every quantity of the library, under the invariant
/// culture, a comma-decimal culture (de-DE) and one whose minus sign is U+2212 (sv-SE).
/// </summary>
public class QuantityProperties
{
    private static readonly IFormatProvider[] Cultures =
        [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("sv-SE")];

    /// <summary>Every public quantity type, found by reflection so that a new one cannot be left out.</summary>
    private static readonly Type[] QuantityTypes = typeof(ElectricPotential).Assembly.GetExportedTypes()
        .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<>)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    private static readonly (Type Type, Func<double, IFormatProvider, bool> Exact, Func<double, IFormatProvider, bool> Display)[] Checks =
        QuantityTypes.Select(t => (
            t,
            Method<Func<double, IFormatProvider, bool>>(nameof(RoundTripIsExact), t),
            Method<Func<double, IFormatProvider, bool>>(nameof(DisplayIsWithinSixDigits), t)))
        .ToArray();

    [Fact]
    public void Every_quantity_is_checked() =>
        Assert.True(QuantityTypes.Length >= 29 && QuantityTypes.Contains(typeof(Temperature)) && QuantityTypes.Contains(typeof(Ph)),
            string.Join(", ", QuantityTypes.Select(t => t.Name)));

    /// <summary>Parse(x.ToString("R", c), c) is x, bit for bit (−0 included), for every finite x and every quantity.</summary>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 2000)]
    public bool Round_trip_format_is_exact(WideDouble value) =>
        Failures(value.Value, c => c.Exact).Count == 0;

    /// <summary>
    /// The default ToString() has six significant digits in the display unit: parsed back it is within half a unit in
    /// the sixth digit, 5 × 10⁻⁶ relative (of the Celsius value, for a temperature).
    /// </summary>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 1000)]
    public bool Display_format_parses_back_to_six_digits(WideDouble value)
    {
        var x = value.Value;
        return !(Math.Abs(x) is > 1e-280 and < 1e280 or 0) || Failures(x, c => c.Display).Count == 0;
    }

    [Theory]
    [InlineData(-69.7950478358, "-69.795 mV")]
    [InlineData(-89.05870533567, "-89.0587 mV")]
    [InlineData(0.1 + 0.2, "0.3 mV")]
    [InlineData(123456789, "1.23457E+08 mV")]
    public void Default_prints_six_significant_digits(double millivolts, string expected) =>
        Assert.Equal(expected, ElectricPotential.FromMillivolts(millivolts).ToString());

    [Fact]
    public void R_round_trips_what_the_default_rounds()
    {
        var v = ElectricPotential.FromVolts(-0.0697950478358);
        Assert.Equal("-69.795 mV", v.ToString());
        Assert.Equal("-0.0697950478358 V", v.ToString("R", null));
        Assert.Equal(v, ElectricPotential.Parse(v.ToString("R", null)));
        Assert.Equal("-0,0697950478358 V", v.ToString("R", CultureInfo.GetCultureInfo("de-DE")));
    }

    private static List<string> Failures(double x, Func<(Type Type, Func<double, IFormatProvider, bool> Exact, Func<double, IFormatProvider, bool> Display), Func<double, IFormatProvider, bool>> check)
    {
        var failures = new List<string>();
        foreach (var c in Checks)
        {
            foreach (var culture in Cultures)
            {
                if (!check(c)(x, culture))
                {
                    failures.Add($"{c.Type.Name} {x:R} in {culture}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
        return failures;
    }

    private static bool RoundTripIsExact<T>(double si, IFormatProvider culture)
        where T : struct, IQuantity<T>
    {
        var text = T.FromSiValue(si).ToString("R", culture);
        return BitConverter.DoubleToInt64Bits(T.Parse(text, culture).SiValue) == BitConverter.DoubleToInt64Bits(si);
    }

    private static bool DisplayIsWithinSixDigits<T>(double si, IFormatProvider culture)
        where T : struct, IQuantity<T>
    {
        if (typeof(T) == typeof(Temperature))
        {
            var t = Temperature.FromKelvins(si);
            var back = Temperature.Parse(t.ToString(null, culture), culture);
            return Math.Abs(back.DegreesCelsius - t.DegreesCelsius) <= (5e-6 * Math.Abs(t.DegreesCelsius)) + (1e-15 * Math.Abs(si));
        }

        var parsed = T.Parse(T.FromSiValue(si).ToString(null, culture), culture).SiValue;
        return Math.Abs(parsed - si) <= 5.000001e-6 * Math.Abs(si);
    }

    private static TDelegate Method<TDelegate>(string name, Type quantity)
        where TDelegate : Delegate =>
        typeof(QuantityProperties).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(quantity).CreateDelegate<TDelegate>();

    [FsCheck.Xunit.Property]
    public bool Unit_conversion_round_trips(FsCheck.NormalFloat value) =>
        QuantityMathIsClose(ElectricPotential.FromMillivolts(value.Item).Millivolts, value.Item) &&
        QuantityMathIsClose(Concentration.FromMicromolar(value.Item).Micromolar, value.Item) &&
        QuantityMathIsClose(Temperature.FromDegreesCelsius(value.Item).DegreesCelsius, value.Item, absolute: 1e-12);

    private static bool QuantityMathIsClose(double a, double b, double absolute = 0) =>
        Math.Abs(a - b) <= Math.Max(absolute, 1e-15 * Math.Abs(b));
}
