using System.Collections.Generic;
using System.Reflection;
using Membrane.Biophysics.Quantities;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// One concept the library shares with UnitsNet, as its pair of conversions seen through plain doubles and UnitsNet's
/// non-generic <see cref="UN.IQuantity"/>, so that one test can run over all of them.
/// </summary>
public abstract class Concept
{
    /// <summary>The library's type.</summary>
    public abstract Type LibraryType { get; }

    /// <summary>UnitsNet's type.</summary>
    public abstract Type UnitsNetType { get; }

    /// <summary>UnitsNet's description of its quantity: its base unit and every unit it knows.</summary>
    public abstract UN.QuantityInfo UnitsNetInfo { get; }

    /// <summary>The library's name of its SI unit and of the kind of quantity ("V", "electric potential").</summary>
    public abstract (string Unit, string Name) Library { get; }

    /// <summary>A library value made from <paramref name="si"/>, converted to UnitsNet.</summary>
    public abstract UN.IQuantity ToUnitsNet(double si);

    /// <summary>A UnitsNet value converted to the library, as the library's SI value.</summary>
    public abstract double ToBiophysics(UN.IQuantity quantity);

    /// <summary>A library value made from <paramref name="si"/>, printed as the library prints it in a message.</summary>
    public abstract string Format(double si);

    /// <summary>The name of the parameter of each conversion (library side, UnitsNet side), as a message names it.</summary>
    public (string ToUnitsNet, string ToBiophysics) ParameterNames =>
        (Method("ToUnitsNet", LibraryType).GetParameters()[0].Name!, Method("ToBiophysics", UnitsNetType).GetParameters()[0].Name!);

    /// <summary>Reads as the pair, for a test's name.</summary>
    public override string ToString() => LibraryType.Name == UnitsNetType.Name ? LibraryType.Name : $"{LibraryType.Name} ↔ {UnitsNetType.Name}";

    private static MethodInfo Method(string name, Type parameter) =>
        typeof(UnitsNetConversions).GetMethod(name, [parameter]) ?? throw new InvalidOperationException($"no {name}({parameter.Name})");
}

/// <summary>A concept by its two types and its two conversions.</summary>
public sealed class Concept<TLibrary, TUnitsNet>(Func<TLibrary, TUnitsNet> toUnitsNet, Func<TUnitsNet, TLibrary> toBiophysics) : Concept
    where TLibrary : struct, Quantities.IQuantity<TLibrary>
    where TUnitsNet : struct, UN.IQuantity
{
    public override Type LibraryType => typeof(TLibrary);

    public override Type UnitsNetType => typeof(TUnitsNet);

    public override UN.QuantityInfo UnitsNetInfo => default(TUnitsNet).QuantityInfo;

    public override (string Unit, string Name) Library => (TLibrary.SiUnit, TLibrary.QuantityName);

    public override UN.IQuantity ToUnitsNet(double si) => toUnitsNet(TLibrary.FromSiValue(si));

    public override string Format(double si) => TLibrary.FromSiValue(si).ToString(null, CultureInfo.InvariantCulture);

    public override double ToBiophysics(UN.IQuantity quantity) => toBiophysics((TUnitsNet)quantity).SiValue;
}

/// <summary>Every concept the bridge converts.</summary>
public static class Concepts
{
    public static readonly Concept[] All =
    [
        new Concept<ElectricPotential, UN.ElectricPotential>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Concentration, UN.Molarity>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Temperature, UN.Temperature>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<TemperatureDifference, UN.TemperatureDelta>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Duration, UN.Duration>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Length, UN.Length>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Area, UN.Area>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Volume, UN.Volume>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<ElectricCurrent, UN.ElectricCurrent>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<CurrentDensity, UN.ElectricCurrentDensity>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Capacitance, UN.ElectricCapacitance>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<Conductance, UN.ElectricConductance>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<ElectricCharge, UN.ElectricCharge>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<MolarEnergy, UN.MolarEnergy>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<ElectricalConductivity, UN.ElectricConductivity>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<ElectricalResistivity, UN.ElectricResistivity>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<AmountOfSubstance, UN.AmountOfSubstance>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
        new Concept<PotentialRate, UN.ElectricPotentialChangeRate>(UnitsNetConversions.ToUnitsNet, UnitsNetConversions.ToBiophysics),
    ];

    /// <summary>The concepts, for <c>[MemberData]</c>.</summary>
    public static TheoryData<Concept> Data => [.. All];

    /// <summary>The concept a UnitsNet value belongs to.</summary>
    public static Concept Of(UN.IQuantity quantity) => All.Single(c => c.UnitsNetType == quantity.GetType());

    /// <summary>A UnitsNet value of a concept in one of its units, by the unit's name.</summary>
    public static UN.IQuantity Make(Concept concept, string unit, double value) =>
        UN.Quantity.From(value, concept.UnitsNetInfo.UnitInfos.Single(u => u.Name == unit).Value);

    /// <summary>Every pair's types, for a reflection test.</summary>
    public static IEnumerable<(Type Library, Type UnitsNet)> Pairs => All.Select(c => (c.LibraryType, c.UnitsNetType));
}
