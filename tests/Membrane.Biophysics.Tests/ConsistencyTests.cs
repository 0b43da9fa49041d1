using System.Reflection;
using System.Runtime.CompilerServices;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests;

/// <summary>Holds the whole assembly to its conventions (after NodaTime's ConsistencyTest).</summary>
public class ConsistencyTests
{
    private static readonly Assembly Library = typeof(ElectricPotential).Assembly;

    /// <summary>The core and the ready models' package, held to the same conventions (the models were in the core until 0.1.0).</summary>
    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes(), .. typeof(Membrane.Biophysics.Models.ReadyModels).Assembly.GetExportedTypes()];

    public static TheoryData<Type> QuantityTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in Library.GetExportedTypes().Where(IsQuantity))
        {
            data.Add(t);
        }

        return data;
    }

    [Fact]
    public void The_suite_runs_under_a_comma_decimal_culture() =>
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);

    [Fact]
    public void There_are_the_quantities_later_layers_need() =>
        Assert.True(QuantityTypes().Count >= 22, $"found {QuantityTypes().Count}");

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void A_quantity_is_a_readonly_struct_of_exactly_one_double(Type type)
    {
        Assert.True(type.IsValueType);
        Assert.NotNull(type.GetCustomAttribute<IsReadOnlyAttribute>());
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.Equal(typeof(double), Assert.Single(fields).FieldType);
        Assert.Equal(sizeof(double), (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!);
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Equatable_has_equality_operators_and_comparable_has_ordering(Type type)
    {
        foreach (var op in new[] { "op_Equality", "op_Inequality", "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(op, [type, type]));
        }

        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.Contains(typeof(IComparable<>).MakeGenericType(type), type.GetInterfaces());
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Formats_with_a_unit_and_parses_what_it_formats(Type type)
    {
        var fromSi = type.GetMethod("FromSiValue")!;
        var value = fromSi.Invoke(null, [1.25])!;
        var text = value.ToString()!;
        Assert.Matches(@"[^\d\s.\-]", text); // carries a unit symbol
        var parse = type.GetMethod("Parse", [typeof(string)])!;
        var parsed = parse.Invoke(null, [text])!;
        Assert.Equal(1.25, (double)type.GetProperty("SiValue")!.GetValue(parsed)!, 12);
        var exact = parse.Invoke(null, [((IFormattable)value).ToString("R", null)])!;
        Assert.Equal(value, exact);
    }

    [Fact]
    public void Every_public_type_is_immutable()
    {
        foreach (var type in PublicTypes.Where(t => !t.IsInterface && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable field");
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ?? true;
                Assert.True(initOnly, $"{type.Name}.{property.Name} has a public setter");
            }
        }
    }

    [Fact]
    public void No_public_method_has_a_temperature_default()
    {
        foreach (var method in PublicTypes.SelectMany(t => t.GetMethods()))
        {
            foreach (var p in method.GetParameters().Where(p => p.ParameterType == typeof(Temperature) || p.ParameterType == typeof(Temperature?)))
            {
                Assert.False(p.HasDefaultValue, $"{method.DeclaringType!.Name}.{method.Name}({p.Name}) has a hidden default temperature");
            }
        }
    }

    private static bool IsQuantity(Type t) =>
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<>));
}
