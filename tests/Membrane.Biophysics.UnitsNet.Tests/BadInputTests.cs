using System.Text.RegularExpressions;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// Bad input is rejected as the library's laws reject it: <see cref="ArgumentOutOfRangeException"/> naming the parameter,
/// the value received and what was expected, in the invariant culture (the suite runs under de-DE).
/// </summary>
public class BadInputTests
{
    public static TheoryData<Concept, double> NonFinite
    {
        get
        {
            var data = new TheoryData<Concept, double>();
            foreach (var concept in Concepts.All)
            {
                data.Add(concept, double.NaN);
                data.Add(concept, double.PositiveInfinity);
                data.Add(concept, double.NegativeInfinity);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void A_library_value_that_is_not_finite_is_refused_by_name(Concept concept, double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => concept.ToUnitsNet(value));

        var parameter = concept.ParameterNames.ToUnitsNet;
        Assert.Equal(parameter, e.ParamName);
        var printed = concept.Format(value);
        Assert.StartsWith($"{parameter} must be a finite {concept.Library.Name}; was {printed}.", e.Message, StringComparison.Ordinal);
        // The value as the library prints it (which, for −∞, drops the sign: the core's display format treats a number
        // without nonzero digits as a negative zero).
        Assert.Contains(double.IsNaN(value) ? "NaN" : "Infinity", printed, StringComparison.Ordinal);
    }

    /// <summary>FsCheck's default doubles include NaN and both infinities on purpose.</summary>
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool Any_double_converts_exactly_when_finite_and_is_refused_otherwise(double value) =>
        Concepts.All.All(c =>
        {
            try
            {
                var theirs = c.ToUnitsNet(value);
                return double.IsFinite(value) && BitConverter.DoubleToInt64Bits(theirs.As(theirs.Unit)) == BitConverter.DoubleToInt64Bits(value);
            }
            catch (ArgumentOutOfRangeException e)
            {
                return !double.IsFinite(value) && e.ParamName == c.ParameterNames.ToUnitsNet;
            }
        });

    /// <summary>
    /// A UnitsNet value is always finite (UnitsNet refuses NaN), but in a unit larger than the SI unit its SI value can
    /// overflow: the largest double of kilometres is no double of metres.
    /// </summary>
    [Theory]
    [MemberData(nameof(Concepts.Data), MemberType = typeof(Concepts))]
    public void A_UnitsNet_value_whose_SI_value_overflows_is_refused_by_name(Concept concept)
    {
        var siUnit = concept.UnitsNetInfo.BaseUnitInfo.Value;
        var largest = concept.UnitsNetInfo.UnitInfos.Select(u => u.Value).MaxBy(u => UN.Quantity.From(1, u).As(siUnit))!;
        Assert.True(UN.Quantity.From(1, largest).As(siUnit) > 1, $"{concept}: UnitsNet has no unit larger than its SI unit");
        var theirs = UN.Quantity.From(double.MaxValue, largest);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => concept.ToBiophysics(theirs));

        var parameter = concept.ParameterNames.ToBiophysics;
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith($"{parameter} must be finite in {concept.Library.Unit}; was {theirs.ToString("R", CultureInfo.InvariantCulture)}.", e.Message, StringComparison.Ordinal);
        Assert.Contains("1.7976931348623157E+308", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_has_the_form_of_the_core_s_own()
    {
        var core = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Nernst.Potential(1, Concentration.FromMillimolar(double.NaN), Concentration.FromMillimolar(5), Temperature.Body));
        var bridge = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.FromMillimolar(double.NaN).ToUnitsNet());

        // "inside must be a finite concentration > 0; was NaN mM." and "concentration must be a finite concentration; was NaN mM."
        var form = new Regex(@"^(?<parameter>\w+) must be (?<expectation>.+); was (?<value>.+)\.(?: \(Parameter '\k<parameter>'\))?$");
        Assert.Matches(form, core.Message);
        Assert.Matches(form, bridge.Message);
        Assert.Equal(form.Match(core.Message).Groups["value"].Value, form.Match(bridge.Message).Groups["value"].Value);
    }
}
