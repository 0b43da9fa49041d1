using System.Collections.Generic;
using System.Reflection;
using Membrane.Biophysics.Quantities;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// Holds the bridge to what it promises: a pair of conversions, inverse in type, for each concept the two libraries
/// share, each landing in UnitsNet's SI base unit, and every other library quantity listed with the reason it has none,
/// so that a quantity added to the core is a decision here, not an omission.
/// </summary>
public class CoverageTests
{
    /// <summary>The library's quantities that have no UnitsNet counterpart, and why.</summary>
    private static readonly Dictionary<string, string> WithoutCounterpart = new(StringComparer.Ordinal)
    {
        ["ConductanceDensity"] = "S/m² (mS/cm²): UnitsNet has no conductance per area",
        ["SpecificCapacitance"] = "F/m² (µF/cm²): UnitsNet has no capacitance per area",
        ["Permeability"] = "m/s (cm/s): UnitsNet's Permeability is the magnetic one, in H/m",
        ["Diffusivity"] = "m²/s (µm²/ms): UnitsNet's KinematicViscosity has the dimension, not the meaning",
        ["MolarFlux"] = "mol/(m²·s): UnitsNet's MolarFlow is mol/s, not per area",
        ["PotentialGradient"] = "V/m: dφ/dx, the negative of UnitsNet's ElectricField",
        ["ElectricalMobility"] = "m²/(V·s): none in UnitsNet",
        ["MolarConductivity"] = "S·m²/mol: none in UnitsNet",
        ["ConcentrationGradient"] = "mol/m⁴: none in UnitsNet",
        ["ConcentrationRate"] = "mol/(m³·s): none in UnitsNet",
        ["MolarEnergyGradient"] = "J/(mol·m): none in UnitsNet",
        ["Ph"] = "pH: none in UnitsNet",
        ["Rate"] = "s⁻¹ (a rate constant, a firing rate): UnitsNet's nearest is Frequency, in Hz, which means cycles per second",
    };

    [Fact]
    public void Every_library_quantity_is_converted_or_listed_with_its_reason()
    {
        var quantities = typeof(ElectricPotential).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Quantities.IQuantity<>)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var accounted = Concepts.All.Select(c => c.LibraryType.Name).Concat(WithoutCounterpart.Keys).Order(StringComparer.Ordinal);

        Assert.Equal(quantities, accounted);
    }

    [Fact]
    public void The_public_surface_is_exactly_the_pairs_of_conversions_the_tests_cover()
    {
        var type = typeof(UnitsNetConversions);
        Assert.Equal([type], type.Assembly.GetExportedTypes());
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        Assert.All(methods, m => Assert.True(m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)), $"{m} is not an extension method"));

        var toUnitsNet = methods.Where(m => m.Name == "ToUnitsNet").Select(m => Pair(m.GetParameters().Single().ParameterType, m.ReturnType));
        var toBiophysics = methods.Where(m => m.Name == "ToBiophysics").Select(m => Pair(m.ReturnType, m.GetParameters().Single().ParameterType));
        var pairs = Concepts.Pairs.Select(p => Pair(p.Library, p.UnitsNet)).Order(StringComparer.Ordinal);
        Assert.Equal(methods.Length, toUnitsNet.Count() + toBiophysics.Count());
        Assert.Equal(pairs, toUnitsNet.Order(StringComparer.Ordinal));
        Assert.Equal(pairs, toBiophysics.Order(StringComparer.Ordinal));
    }

    private static string Pair(Type library, Type unitsNet) => $"{library.FullName} ↔ {unitsNet.FullName}";

    [Theory]
    [MemberData(nameof(Concepts.Data), MemberType = typeof(Concepts))]
    public void A_library_value_arrives_in_UnitsNets_base_unit_which_is_the_library_s_SI_unit(Concept concept)
    {
        var theirs = concept.ToUnitsNet(1);

        Assert.Equal(concept.UnitsNetInfo.BaseUnitInfo.Value, theirs.Unit);
        Assert.Equal(1, theirs.As(theirs.Unit));
        // The same unit on both sides, by its symbol (UnitsNet writes a temperature difference's kelvin "∆K").
        Assert.Equal(concept.Library.Unit, theirs.ToString("A", CultureInfo.InvariantCulture).TrimStart('∆'));
    }

    [Fact]
    public void UnitsNets_obsolete_Capacitance_is_not_converted_its_ElectricCapacitance_is()
    {
        var obsolete = typeof(UN.ElectricCapacitance).Assembly.GetType("UnitsNet.Capacitance", throwOnError: true)!;
        Assert.NotNull(obsolete.GetCustomAttribute<ObsoleteAttribute>());
        Assert.Contains(Concepts.All, c => c.UnitsNetType == typeof(UN.ElectricCapacitance));
        Assert.DoesNotContain(Concepts.All, c => c.UnitsNetType == obsolete);
    }
}
