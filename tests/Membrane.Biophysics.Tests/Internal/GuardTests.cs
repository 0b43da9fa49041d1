using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Internal;

/// <summary>
/// Every argument error has the form "{name} must be {expectation}; was {value}.", the value printed in the invariant
/// culture. The suite runs under de-DE (CommaCulture), so a value formatted with the current culture would show "1,5".
/// </summary>
public class GuardTests
{
    private static void Message(string expected, Action check) => Message<ArgumentOutOfRangeException>(expected, check);

    private static void Message<TException>(string expected, Action check)
        where TException : ArgumentException
    {
        Assert.Equal("de-DE", CultureInfo.CurrentCulture.Name);
        var e = Assert.Throws<TException>(check);
        Assert.Equal(expected, e.Message.Split(" (Parameter", 2)[0]);
        Assert.Equal(expected.Split(' ', 2)[0], e.ParamName);
    }

    [Fact]
    public void PositiveFinite_names_what_it_wants_and_prints_the_value_invariantly()
    {
        Guard.PositiveFinite(1.5, "x");
        Message("x must be a finite number > 0; was -1.5.", () => Guard.PositiveFinite(-1.5, "x"));
        Message("q10 must be a finite Q10 > 0 (1 for no temperature dependence); was NaN.", () => Guard.PositiveFinite(double.NaN, "q10", "Q10", " (1 for no temperature dependence)"));
        Message("tol[3] must be a finite number > 0; was Infinity.", () => Guard.PositiveFinite(double.PositiveInfinity, "tol", 3));
    }

    [Fact]
    public void NonNegativeFinite_accepts_zero_and_rejects_infinity()
    {
        Guard.NonNegativeFinite(0.0, "r");
        Message("r must be a finite ratio ≥ 0; was -0.25.", () => Guard.NonNegativeFinite(-0.25, "r", "ratio"));
        Message("r must be a finite number ≥ 0; was Infinity.", () => Guard.NonNegativeFinite(double.PositiveInfinity, "r"));
        Message("p must be a finite permeability ≥ 0; was -100 cm/s.", () => Guard.NonNegativeFinite(Permeability.FromMetersPerSecond(-1), "p"));
    }

    [Fact]
    public void Fraction_includes_both_ends()
    {
        Guard.Fraction(0, "f");
        Guard.Fraction(1, "f");
        Message("f must be a fraction from 0 to 1; was 1.5.", () => Guard.Fraction(1.5, "f"));
        Message("f must be a fraction from 0 to 1; was NaN.", () => Guard.Fraction(double.NaN, "f"));
    }

    [Fact]
    public void InRange_writes_its_interval_with_the_ends_it_excludes()
    {
        Guard.InRange(0, 0, 1, "a", Ends.ExcludeHigh);
        Message("a must be a number in [0, 1); was 1.", () => Guard.InRange(1, 0, 1, "a", Ends.ExcludeHigh));
        Message("a must be a fraction in (0, 1), e.g. 0.01; was 0.", () => Guard.InRange(0, 0, 1, "a", Ends.Open, "fraction", ", e.g. 0.01"));
        Message("a must be a number in [0.5, 2.5]; was 3.25.", () => Guard.InRange(3.25, 0.5, 2.5, "a"));
    }

    [Fact]
    public void AtLeast_AtMost_GreaterThan_and_LessThan_state_their_bound()
    {
        Guard.AtLeast(2, 2, "n");
        Message("n must be at least 2 compartments; was 1.", () => Guard.AtLeast(1, 2, "n", "compartments"));
        Message("n must be at most 1.5; was 2.5.", () => Guard.AtMost(2.5, 1.5, "n"));
        Message("n must be a number > 0; was 0.", () => Guard.GreaterThan(0, 0, "n"));
        Message("w must be a width > 0 pixels; was -3.", () => Guard.GreaterThan(-3, 0, "w", "width", " pixels"));
        Message("z must be a charge number < 0; was 1.", () => Guard.LessThan(1, 0, "z", "charge number"));
        Message("d must be at least 0.5; was NaN.", () => Guard.AtLeast(double.NaN, 0.5, "d"));
    }

    [Fact]
    public void Index_returns_the_index_or_names_the_valid_range()
    {
        Assert.Equal(2, Guard.Index(2, 3, "cell", "cell"));
        Message("cell must be a cell index from 0 to 2; was 3.", () => Guard.Index(3, 3, "cell", "cell"));
        Message("cell must be a cell index from 0 to 2; was -1.", () => Guard.Index(-1, 3, "cell", "cell"));
    }

    [Fact]
    public void Defined_lists_the_names_of_the_enumeration()
    {
        Guard.Defined(DayOfWeek.Monday, "day");
        Message("day must be a defined DayOfWeek (Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday); was 9.", () => Guard.Defined((DayOfWeek)9, "day"));
    }

    [Fact]
    public void Shape_errors_are_ArgumentExceptions_in_the_same_form()
    {
        Guard.NotEmpty(1, "ions", "at least one ion");
        Message<ArgumentException>("ions must be at least one ion; was empty.", () => Guard.NotEmpty(0, "ions", "at least one ion"));
        Message<ArgumentException>("currents must be the same length as the inputs (3); was 2 long.", () => Guard.SameLength(3, 2, "currents"));
        Message<ArgumentException>("names must be one name per species (3); was 4 long.", () => Guard.Count(3, 4, "names", "one name per species"));
        Assert.Equal(1, Guard.OneOf("b", ["a", "b"], "name"));
        Message<ArgumentException>("name must be one of a, b; was 'c'.", () => Guard.OneOf("c", ["a", "b"], "name"));
        Message<ArgumentException>("x must be a solution that contains Na⁺; was 1.5.", () => throw Guard.Invalid("x", 1.5, "a solution that contains Na⁺"));
        Assert.IsNotType<ArgumentOutOfRangeException>(Guard.Invalid("x", "y", "z"));
    }

    [Fact]
    public void Fail_formats_the_value_itself_a_quantity_with_its_unit()
    {
        Message("v must be a potential; was -1.5 mV.", () => throw Guard.Fail("v", ElectricPotential.FromMillivolts(-1.5), "a potential"));
        Message("t must be between 0 °C and 100 °C; was 120.5 °C.", () => throw Guard.Fail("t", Temperature.FromDegreesCelsius(120.5), "°C", "between 0 °C and 100 °C"));
        Message("n must be non-zero; was 0.", () => throw Guard.Fail("n", 0, "non-zero"));
        Assert.Equal("0.1", Guard.Format(0.1));
        Assert.Equal("Monday", Guard.Format(DayOfWeek.Monday));
        Assert.Equal("null", Guard.Format<object?>(null));
    }

    [Fact]
    public void Within_prefixes_where_and_keeps_the_parameter_and_the_cause()
    {
        var inner = Guard.Invalid("p", "empty", "a list");
        var outer = Guard.Within(inner, "Sample 5");
        Assert.StartsWith("Sample 5: p must be a list; was empty.", outer.Message, StringComparison.Ordinal);
        Assert.Equal("p", outer.ParamName);
        Assert.Same(inner, outer.InnerException);
    }
}
