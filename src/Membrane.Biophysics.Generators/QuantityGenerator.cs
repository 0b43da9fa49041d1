using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Membrane.Biophysics.Generators;

/// <summary>
/// For every <c>readonly partial struct</c> marked <c>[Quantity("SI symbol")]</c>, writes the members
/// all quantities share. The hand-written half of the struct supplies its unit table
/// (<c>Units</c>, display unit first) and its physically meaningful operators.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class QuantityGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Membrane.Biophysics.Quantities.QuantityAttribute";
    private const string UnitAttributeName = "Membrane.Biophysics.Quantities.UnitAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var quantities = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax,
            static (ctx, _) => Describe(ctx));
        context.RegisterSourceOutput(quantities, static (spc, q) =>
            spc.AddSource(q.Name + ".g.cs", SourceText.From(Emit(q), Encoding.UTF8)));
    }

    private static QuantityModel Describe(GeneratorAttributeSyntaxContext ctx)
    {
        var symbol = (INamedTypeSymbol)ctx.TargetSymbol;
        var attribute = ctx.Attributes[0];
        var siUnit = (string)attribute.ConstructorArguments[0].Value!;
        var additive = true;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Additive" && named.Value.Value is bool b)
            {
                additive = b;
            }
        }

        var units = symbol.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == UnitAttributeName)
            .Select(DescribeUnit)
            .ToArray();
        return new QuantityModel(
            symbol.ContainingNamespace.ToDisplayString(),
            symbol.Name,
            siUnit,
            additive,
            HumanName(symbol.Name),
            units);
    }

    private static UnitModel DescribeUnit(AttributeData a)
    {
        var args = a.ConstructorArguments;
        var unit = new UnitModel
        {
            Symbol = (string)args[0].Value!,
            Factor = System.Convert.ToDouble(args[1].Value, CultureInfo.InvariantCulture),
            Name = args.Length > 2 ? args[2].Value as string : null,
        };
        foreach (var named in a.NamedArguments)
        {
            switch (named.Key)
            {
                case "Offset":
                    unit.Offset = System.Convert.ToDouble(named.Value.Value, CultureInfo.InvariantCulture);
                    break;
                case "IsPrefix":
                    unit.IsPrefix = named.Value.Value is true;
                    break;
                case "Aliases":
                    unit.Aliases = named.Value.Values.Select(v => (string)v.Value!).ToArray();
                    break;
            }
        }

        return unit;
    }

    private static string DisplayUnit(QuantityModel q) => q.Units.Length == 0 ? q.SiUnit : q.Units[0].Symbol;

    private static string UnitList(QuantityModel q) => string.Join(", ", q.Units.Select(u => u.Symbol));

    private static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void EmitUnits(StringBuilder sb, QuantityModel q)
    {
        sb.Append("    private static readonly global::Membrane.Biophysics.Quantities.QuantityUnit[] Units =\n    [\n");
        foreach (var u in q.Units)
        {
            var aliases = string.Concat(u.Aliases.Select(a => ", \"" + a + "\""));
            var prefix = u.IsPrefix ? " { IsPrefix = true }" : string.Empty;
            sb.Append($"        new(\"{u.Symbol}\", {Literal(u.Factor)}, {Literal(u.Offset)}{aliases}){prefix},\n");
        }

        sb.Append("    ];\n\n");
        foreach (var u in q.Units.Where(u => u.Name is not null))
        {
            var param = char.ToLowerInvariant(u.Name![0]) + u.Name.Substring(1);
            var from = u.Factor == 1 ? param : $"{param} * {Literal(u.Factor)}";
            if (u.Offset != 0)
            {
                from = $"{from} + {Literal(u.Offset)}";
            }

            var shifted = u.Offset == 0 ? "_si" : $"(_si - {Literal(u.Offset)})";
            var to = u.Factor == 1 ? shifted : $"{shifted} / {Literal(u.Factor)}";
            sb.Append($$"""
    /// <summary>Creates a value from a number of {{u.Symbol}}.</summary>
    /// <param name="{{param}}">The value in {{u.Symbol}}.</param>
    public static {{q.Name}} From{{u.Name}}(double {{param}}) => new({{from}});

    /// <summary>The value in {{u.Symbol}}.</summary>
    public double {{u.Name}} => {{to}};


""");
        }
    }

    private static string HumanName(string typeName)
    {
        var sb = new StringBuilder();
        foreach (var c in typeName)
        {
            if (char.IsUpper(c) && sb.Length > 0 && sb[sb.Length - 1] != ' ' && !char.IsUpper(sb[sb.Length - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return typeName == "Ph" ? "pH" : sb.ToString();
    }

    private static string Emit(QuantityModel q)
    {
        var t = q.Name;
        var sb = new StringBuilder();
        sb.Append($$"""
// <auto-generated>Written by Membrane.Biophysics.Generators.QuantityGenerator; do not edit.</auto-generated>
#nullable enable
namespace {{q.Namespace}};

/// <remarks>
/// Stored as one <see cref="double"/> in {{q.SiUnit}}; the default value is 0 {{q.SiUnit}}. Immutable and thread-safe.
/// Equality is exact (<c>Equals</c> treats NaN as equal to itself; <c>==</c> follows IEEE); NaN and infinities are
/// stored as given, and the laws of this library reject them with a clear exception.
/// Prints in {{DisplayUnit(q)}} with the invariant culture and parses what it prints; units: {{UnitList(q)}}.
/// </remarks>
partial struct {{t}} :
    global::Membrane.Biophysics.Quantities.IQuantity<{{t}}>
""");
        if (q.Additive)
        {
            sb.Append($$"""
,
    global::System.Numerics.IAdditionOperators<{{t}}, {{t}}, {{t}}>,
    global::System.Numerics.ISubtractionOperators<{{t}}, {{t}}, {{t}}>,
    global::System.Numerics.IUnaryNegationOperators<{{t}}, {{t}}>,
    global::System.Numerics.IUnaryPlusOperators<{{t}}, {{t}}>,
    global::System.Numerics.IMultiplyOperators<{{t}}, double, {{t}}>,
    global::System.Numerics.IDivisionOperators<{{t}}, double, {{t}}>,
    global::System.Numerics.IAdditiveIdentity<{{t}}, {{t}}>
""");
        }

        sb.Append($$"""

{
    private readonly double _si;

    private {{t}}(double si) => _si = si;

""");
        EmitUnits(sb, q);
        sb.Append($$"""
    /// <summary>The value in the SI unit, {{q.SiUnit}}.</summary>
    public double SiValue => _si;

    /// <summary>The symbol of the SI unit in which the value is stored: "{{q.SiUnit}}".</summary>
    public static string SiUnit => "{{q.SiUnit}}";

    /// <summary>The name of this kind of quantity, for messages: "{{q.Human}}".</summary>
    public static string QuantityName => "{{q.Human}}";

    /// <summary>Creates a {{q.Human}} from its value in the SI unit, {{q.SiUnit}}.</summary>
    /// <param name="value">The value in {{q.SiUnit}}; NaN and infinities are stored as given.</param>
    public static {{t}} FromSiValue(double value) => new(value);

    /// <summary>Exact equality of the stored SI values (as <see cref="double.Equals(double)"/>: NaN equals NaN).</summary>
    public bool Equals({{t}} other) => _si.Equals(other._si);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is {{t}} other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _si.GetHashCode();

    /// <summary>Orders by the stored SI value (NaN first, as <see cref="double.CompareTo(double)"/>).</summary>
    public int CompareTo({{t}} other) => _si.CompareTo(other._si);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        {{t}} other => CompareTo(other),
        _ => throw new global::System.ArgumentException($"Expected a {{t}}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>True when the two values differ by at most <paramref name="relativeTolerance"/> times the larger magnitude.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <param name="relativeTolerance">A non-negative relative tolerance, e.g. 1e-12.</param>
    public bool IsApproximately({{t}} other, double relativeTolerance) =>
        global::Membrane.Biophysics.Quantities.QuantityMath.IsApproximately(_si, other._si, relativeTolerance);

    /// <summary>Equal by IEEE comparison of the SI values (NaN is not equal to itself).</summary>
    public static bool operator ==({{t}} left, {{t}} right) => left._si == right._si;

    /// <summary>Not equal by IEEE comparison of the SI values.</summary>
    public static bool operator !=({{t}} left, {{t}} right) => left._si != right._si;

    /// <summary>Compares the SI values.</summary>
    public static bool operator <({{t}} left, {{t}} right) => left._si < right._si;

    /// <summary>Compares the SI values.</summary>
    public static bool operator >({{t}} left, {{t}} right) => left._si > right._si;

    /// <summary>Compares the SI values.</summary>
    public static bool operator <=({{t}} left, {{t}} right) => left._si <= right._si;

    /// <summary>Compares the SI values.</summary>
    public static bool operator >=({{t}} left, {{t}} right) => left._si >= right._si;

    /// <summary>
    /// Formats in the display unit with up to 6 significant digits, invariant culture (e.g. "-70 mV", "-69.795 mV");
    /// <c>ToString("R", null)</c> gives the exact round trip.
    /// </summary>
    public override string ToString() =>
        global::Membrane.Biophysics.Quantities.QuantityText.Format(_si, Units, null, global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats with a numeric format and/or a unit: null or "G" gives the display unit with up to 6 significant digits;
    /// "R" gives the SI unit with the shortest text that parses back to the identical value, for every value and any
    /// culture (<c>Parse(x.ToString("R", c), c) == x</c>); a unit symbol ("V") or "F2 mV" chooses the unit.
    /// </summary>
    /// <param name="format">A numeric format, a unit symbol, both separated by a space, or "R".</param>
    /// <param name="formatProvider">The culture for the number; null means the invariant culture.</param>
    public string ToString(string? format, global::System.IFormatProvider? formatProvider) =>
        global::Membrane.Biophysics.Quantities.QuantityText.Format(_si, Units, format, formatProvider);

    /// <summary>Parses text such as <c>{{"\""}}{{SampleText(q)}}{{"\""}}</c> (a number, optional space, a unit symbol), invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="global::System.FormatException">The text is not a number followed by a known unit of {{q.Human}}.</exception>
    public static {{t}} Parse(string s) => Parse(s, null);

    /// <summary>Parses text such as <c>{{"\""}}{{SampleText(q)}}{{"\""}}</c>, reading the number with the given culture (invariant when null).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture for the number.</param>
    /// <exception cref="global::System.FormatException">The text is not a number followed by a known unit of {{q.Human}}.</exception>
    public static {{t}} Parse(string s, global::System.IFormatProvider? provider) =>
        new(global::Membrane.Biophysics.Quantities.QuantityText.Parse(s, Units, "{{q.Human}}", provider));

    /// <summary>Tries to parse text such as <c>{{"\""}}{{SampleText(q)}}{{"\""}}</c> with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The parsed value, or the default value when parsing fails.</param>
    public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out {{t}} result) =>
        TryParse(s, null, out result);

    /// <summary>Tries to parse text such as <c>{{"\""}}{{SampleText(q)}}{{"\""}}</c> with the given culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture for the number (invariant when null).</param>
    /// <param name="result">The parsed value, or the default value when parsing fails.</param>
    public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, global::System.IFormatProvider? provider, out {{t}} result)
    {
        var ok = global::Membrane.Biophysics.Quantities.QuantityText.TryParse(s, Units, provider, out var si);
        result = new(si);
        return ok;
    }

""");
        if (q.Additive)
        {
            sb.Append($$"""
    /// <summary>The zero value.</summary>
    public static {{t}} Zero => default;

    /// <inheritdoc />
    static {{t}} global::System.Numerics.IAdditiveIdentity<{{t}}, {{t}}>.AdditiveIdentity => default;

    /// <summary>The magnitude.</summary>
    public {{t}} Abs() => new(global::System.Math.Abs(_si));

    /// <summary>True when the two values differ by at most <paramref name="absoluteTolerance"/>.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <param name="absoluteTolerance">A non-negative tolerance of the same kind.</param>
    public bool IsApproximately({{t}} other, {{t}} absoluteTolerance) =>
        global::Membrane.Biophysics.Quantities.QuantityMath.IsWithin(_si, other._si, absoluteTolerance._si);

    /// <summary>The sum.</summary>
    public static {{t}} operator +({{t}} left, {{t}} right) => new(left._si + right._si);

    /// <summary>The difference.</summary>
    public static {{t}} operator -({{t}} left, {{t}} right) => new(left._si - right._si);

    /// <summary>The negated value.</summary>
    public static {{t}} operator -({{t}} value) => new(-value._si);

    /// <summary>The value itself.</summary>
    public static {{t}} operator +({{t}} value) => value;

    /// <summary>Scales by a pure number.</summary>
    public static {{t}} operator *({{t}} left, double right) => new(left._si * right);

    /// <summary>Scales by a pure number.</summary>
    public static {{t}} operator *(double left, {{t}} right) => new(left * right._si);

    /// <summary>Divides by a pure number.</summary>
    public static {{t}} operator /({{t}} left, double right) => new(left._si / right);

    /// <summary>The ratio of two values of the same kind, a pure number.</summary>
    public static double operator /({{t}} left, {{t}} right) => left._si / right._si;

""");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static string SampleText(QuantityModel q) => q.SiUnit switch
    {
        "V" => "-70 mV",
        "mol/m³" => "140 mM",
        "K" => "37 °C",
        _ => "1 " + q.SiUnit,
    };

    private sealed class UnitModel
    {
        public string Symbol { get; set; } = string.Empty;

        public double Factor { get; set; }

        public string? Name { get; set; }

        public double Offset { get; set; }

        public bool IsPrefix { get; set; }

        public string[] Aliases { get; set; } = [];

        public override string ToString() =>
            $"{Symbol}|{Literal(Factor)}|{Name}|{Literal(Offset)}|{IsPrefix}|{string.Join(",", Aliases)}";
    }

    private sealed class QuantityModel : System.IEquatable<QuantityModel>
    {
        public QuantityModel(string ns, string name, string siUnit, bool additive, string human, UnitModel[] units)
        {
            Units = units;
            Namespace = ns;
            Name = name;
            SiUnit = siUnit;
            Additive = additive;
            Human = human;
        }

        public string Namespace { get; }

        public string Name { get; }

        public string SiUnit { get; }

        public bool Additive { get; }

        public string Human { get; }

        public UnitModel[] Units { get; }

        private string UnitsKey => string.Join(";", Units.Select(u => u.ToString()));

        public bool Equals(QuantityModel? other) =>
            other is not null && Namespace == other.Namespace && Name == other.Name &&
            SiUnit == other.SiUnit && Additive == other.Additive && UnitsKey == other.UnitsKey;

        public override bool Equals(object? obj) => Equals(obj as QuantityModel);

        public override int GetHashCode() => (Namespace + Name + SiUnit + Additive + UnitsKey).GetHashCode();
    }
}
