using System;
using Membrane.Biophysics.Quantities;
using UnitsNet.Units;
using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet;

/// <summary>
/// Explicit conversions between the library's quantities and UnitsNet's, one pair of extension methods for each
/// concept the two share: <c>ToUnitsNet()</c> on a library quantity, <c>ToBiophysics()</c> on a UnitsNet quantity.
/// </summary>
/// <remarks>
/// <para>
/// Every conversion goes through SI. A library quantity holds one double in its SI unit; <c>ToUnitsNet()</c> hands that
/// same double to UnitsNet in the same SI unit (UnitsNet's base unit), so it is exact. <c>ToBiophysics()</c> asks UnitsNet
/// for the value in that SI unit (its own conversion from the unit the value is held in) and stores it: exact when the
/// UnitsNet value is held in the SI unit, and otherwise UnitsNet's rounding, within a few ulps of the library's own
/// factory for the same unit. A round trip library → UnitsNet → library returns the identical double.
/// </para>
/// <para>
/// Bad input throws <see cref="ArgumentOutOfRangeException"/> naming the parameter, the value and the expectation, as
/// the library's laws do: a library quantity that is NaN or infinite (which UnitsNet cannot hold), and a UnitsNet
/// quantity whose value in the SI unit overflows a double (1e306 km is no finite number of metres). A UnitsNet
/// quantity is never NaN: UnitsNet refuses to construct one.
/// </para>
/// <para>
/// The names are the library's (<c>Concentration</c>, <c>Conductance</c>, <c>ElectricalConductivity</c>) on one side and
/// UnitsNet's (<c>Molarity</c>, <c>ElectricConductance</c>, <c>ElectricConductivity</c>) on the other. Ten of the
/// concepts have the same name in both (<c>ElectricPotential</c>, <c>Temperature</c>, <c>Length</c>, …), and
/// <c>Capacitance</c>, <c>Permeability</c> and <c>IQuantity</c> collide too; a file that uses both imports UnitsNet through
/// an alias, <c>using UN = UnitsNet;</c>, and writes <c>UN.ElectricPotential</c> for UnitsNet's. (Inside a namespace under
/// <c>Membrane.Biophysics</c>, a bare <c>UnitsNet.X</c> would find this package's namespace first; the alias, declared
/// at the top of the file, does not.) The methods are named after the side they go to: <c>ToBiophysics</c>
/// rather than <c>ToMembrane</c>, which would read as a physical operation ("to the membrane").
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnitsNetConversions
{
    /// <summary>An electric potential as UnitsNet's <see cref="UN.ElectricPotential"/>, in volts: the same double, exactly.</summary>
    /// <param name="potential">A finite electric potential.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="potential"/> is NaN or infinite.</exception>
    public static UN.ElectricPotential ToUnitsNet(this ElectricPotential potential) => new(BridgeGuard.FiniteSi(potential, nameof(potential)), ElectricPotentialUnit.Volt);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricPotential"/> as the library's <see cref="ElectricPotential"/>: its value in volts by UnitsNet's conversion
    /// (exact when it is held in volts).
    /// </summary>
    /// <param name="potential">Any UnitsNet ElectricPotential whose value in volts is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="potential"/> in volts overflows a double.</exception>
    public static ElectricPotential ToBiophysics(this UN.ElectricPotential potential) =>
        ElectricPotential.FromSiValue(BridgeGuard.Si(potential, ElectricPotentialUnit.Volt, ElectricPotential.SiUnit, nameof(potential)));

    /// <summary>A concentration as UnitsNet's <see cref="UN.Molarity"/>, in mol/m³: the same double, exactly.</summary>
    /// <param name="concentration">A finite concentration.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="concentration"/> is NaN or infinite.</exception>
    public static UN.Molarity ToUnitsNet(this Concentration concentration) => new(BridgeGuard.FiniteSi(concentration, nameof(concentration)), MolarityUnit.MolePerCubicMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.Molarity"/> as the library's <see cref="Concentration"/>: its value in mol/m³ by UnitsNet's conversion
    /// (exact when it is held in mol/m³).
    /// </summary>
    /// <param name="molarity">Any UnitsNet Molarity whose value in mol/m³ is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="molarity"/> in mol/m³ overflows a double.</exception>
    public static Concentration ToBiophysics(this UN.Molarity molarity) =>
        Concentration.FromSiValue(BridgeGuard.Si(molarity, MolarityUnit.MolePerCubicMeter, Concentration.SiUnit, nameof(molarity)));

    /// <summary>A temperature as UnitsNet's <see cref="UN.Temperature"/>, in kelvin: the same double, exactly.</summary>
    /// <param name="temperature">A finite temperature.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is NaN or infinite.</exception>
    public static UN.Temperature ToUnitsNet(this Temperature temperature) => new(BridgeGuard.FiniteSi(temperature, nameof(temperature)), TemperatureUnit.Kelvin);

    /// <summary>
    /// UnitsNet's <see cref="UN.Temperature"/> as the library's <see cref="Temperature"/>: its value in kelvin by UnitsNet's conversion
    /// (exact when it is held in kelvin).
    /// </summary>
    /// <param name="temperature">Any UnitsNet Temperature whose value in kelvin is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="temperature"/> in kelvin overflows a double.</exception>
    public static Temperature ToBiophysics(this UN.Temperature temperature) =>
        Temperature.FromSiValue(BridgeGuard.Si(temperature, TemperatureUnit.Kelvin, Temperature.SiUnit, nameof(temperature)));

    /// <summary>A temperature difference as UnitsNet's <see cref="UN.TemperatureDelta"/>, in kelvin: the same double, exactly.</summary>
    /// <param name="difference">A finite temperature difference.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="difference"/> is NaN or infinite.</exception>
    public static UN.TemperatureDelta ToUnitsNet(this TemperatureDifference difference) => new(BridgeGuard.FiniteSi(difference, nameof(difference)), TemperatureDeltaUnit.Kelvin);

    /// <summary>
    /// UnitsNet's <see cref="UN.TemperatureDelta"/> as the library's <see cref="TemperatureDifference"/>: its value in kelvin by UnitsNet's conversion
    /// (exact when it is held in kelvin).
    /// </summary>
    /// <param name="delta">Any UnitsNet TemperatureDelta whose value in kelvin is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="delta"/> in kelvin overflows a double.</exception>
    public static TemperatureDifference ToBiophysics(this UN.TemperatureDelta delta) =>
        TemperatureDifference.FromSiValue(BridgeGuard.Si(delta, TemperatureDeltaUnit.Kelvin, TemperatureDifference.SiUnit, nameof(delta)));

    /// <summary>A duration as UnitsNet's <see cref="UN.Duration"/>, in seconds: the same double, exactly.</summary>
    /// <param name="duration">A finite duration.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is NaN or infinite.</exception>
    public static UN.Duration ToUnitsNet(this Duration duration) => new(BridgeGuard.FiniteSi(duration, nameof(duration)), DurationUnit.Second);

    /// <summary>
    /// UnitsNet's <see cref="UN.Duration"/> as the library's <see cref="Duration"/>: its value in seconds by UnitsNet's conversion
    /// (exact when it is held in seconds).
    /// </summary>
    /// <param name="duration">Any UnitsNet Duration whose value in seconds is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="duration"/> in seconds overflows a double.</exception>
    public static Duration ToBiophysics(this UN.Duration duration) =>
        Duration.FromSiValue(BridgeGuard.Si(duration, DurationUnit.Second, Duration.SiUnit, nameof(duration)));

    /// <summary>A length as UnitsNet's <see cref="UN.Length"/>, in metres: the same double, exactly.</summary>
    /// <param name="length">A finite length.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is NaN or infinite.</exception>
    public static UN.Length ToUnitsNet(this Length length) => new(BridgeGuard.FiniteSi(length, nameof(length)), LengthUnit.Meter);

    /// <summary>
    /// UnitsNet's <see cref="UN.Length"/> as the library's <see cref="Length"/>: its value in metres by UnitsNet's conversion
    /// (exact when it is held in metres).
    /// </summary>
    /// <param name="length">Any UnitsNet Length whose value in metres is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="length"/> in metres overflows a double.</exception>
    public static Length ToBiophysics(this UN.Length length) =>
        Length.FromSiValue(BridgeGuard.Si(length, LengthUnit.Meter, Length.SiUnit, nameof(length)));

    /// <summary>An area as UnitsNet's <see cref="UN.Area"/>, in m²: the same double, exactly.</summary>
    /// <param name="area">A finite area.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is NaN or infinite.</exception>
    public static UN.Area ToUnitsNet(this Area area) => new(BridgeGuard.FiniteSi(area, nameof(area)), AreaUnit.SquareMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.Area"/> as the library's <see cref="Area"/>: its value in m² by UnitsNet's conversion
    /// (exact when it is held in m²).
    /// </summary>
    /// <param name="area">Any UnitsNet Area whose value in m² is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="area"/> in m² overflows a double.</exception>
    public static Area ToBiophysics(this UN.Area area) =>
        Area.FromSiValue(BridgeGuard.Si(area, AreaUnit.SquareMeter, Area.SiUnit, nameof(area)));

    /// <summary>A volume as UnitsNet's <see cref="UN.Volume"/>, in m³: the same double, exactly.</summary>
    /// <param name="volume">A finite volume.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is NaN or infinite.</exception>
    public static UN.Volume ToUnitsNet(this Volume volume) => new(BridgeGuard.FiniteSi(volume, nameof(volume)), VolumeUnit.CubicMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.Volume"/> as the library's <see cref="Volume"/>: its value in m³ by UnitsNet's conversion
    /// (exact when it is held in m³).
    /// </summary>
    /// <param name="volume">Any UnitsNet Volume whose value in m³ is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="volume"/> in m³ overflows a double.</exception>
    public static Volume ToBiophysics(this UN.Volume volume) =>
        Volume.FromSiValue(BridgeGuard.Si(volume, VolumeUnit.CubicMeter, Volume.SiUnit, nameof(volume)));

    /// <summary>An electric current as UnitsNet's <see cref="UN.ElectricCurrent"/>, in amperes: the same double, exactly.</summary>
    /// <param name="current">A finite electric current.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="current"/> is NaN or infinite.</exception>
    public static UN.ElectricCurrent ToUnitsNet(this ElectricCurrent current) => new(BridgeGuard.FiniteSi(current, nameof(current)), ElectricCurrentUnit.Ampere);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricCurrent"/> as the library's <see cref="ElectricCurrent"/>: its value in amperes by UnitsNet's conversion
    /// (exact when it is held in amperes).
    /// </summary>
    /// <param name="current">Any UnitsNet ElectricCurrent whose value in amperes is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="current"/> in amperes overflows a double.</exception>
    public static ElectricCurrent ToBiophysics(this UN.ElectricCurrent current) =>
        ElectricCurrent.FromSiValue(BridgeGuard.Si(current, ElectricCurrentUnit.Ampere, ElectricCurrent.SiUnit, nameof(current)));

    /// <summary>A current density as UnitsNet's <see cref="UN.ElectricCurrentDensity"/>, in A/m²: the same double, exactly.</summary>
    /// <param name="density">A finite current density.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="density"/> is NaN or infinite.</exception>
    public static UN.ElectricCurrentDensity ToUnitsNet(this CurrentDensity density) => new(BridgeGuard.FiniteSi(density, nameof(density)), ElectricCurrentDensityUnit.AmperePerSquareMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricCurrentDensity"/> as the library's <see cref="CurrentDensity"/>: its value in A/m² by UnitsNet's conversion
    /// (exact when it is held in A/m²).
    /// </summary>
    /// <param name="density">Any UnitsNet ElectricCurrentDensity whose value in A/m² is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="density"/> in A/m² overflows a double.</exception>
    public static CurrentDensity ToBiophysics(this UN.ElectricCurrentDensity density) =>
        CurrentDensity.FromSiValue(BridgeGuard.Si(density, ElectricCurrentDensityUnit.AmperePerSquareMeter, CurrentDensity.SiUnit, nameof(density)));

    /// <summary>A capacitance as UnitsNet's <see cref="UN.ElectricCapacitance"/>, in farads: the same double, exactly.</summary>
    /// <param name="capacitance">A finite capacitance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacitance"/> is NaN or infinite.</exception>
    public static UN.ElectricCapacitance ToUnitsNet(this Capacitance capacitance) => new(BridgeGuard.FiniteSi(capacitance, nameof(capacitance)), ElectricCapacitanceUnit.Farad);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricCapacitance"/> as the library's <see cref="Capacitance"/>: its value in farads by UnitsNet's conversion
    /// (exact when it is held in farads).
    /// </summary>
    /// <param name="capacitance">Any UnitsNet ElectricCapacitance whose value in farads is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="capacitance"/> in farads overflows a double.</exception>
    public static Capacitance ToBiophysics(this UN.ElectricCapacitance capacitance) =>
        Capacitance.FromSiValue(BridgeGuard.Si(capacitance, ElectricCapacitanceUnit.Farad, Capacitance.SiUnit, nameof(capacitance)));

    /// <summary>A conductance as UnitsNet's <see cref="UN.ElectricConductance"/>, in siemens: the same double, exactly.</summary>
    /// <param name="conductance">A finite conductance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductance"/> is NaN or infinite.</exception>
    public static UN.ElectricConductance ToUnitsNet(this Conductance conductance) => new(BridgeGuard.FiniteSi(conductance, nameof(conductance)), ElectricConductanceUnit.Siemens);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricConductance"/> as the library's <see cref="Conductance"/>: its value in siemens by UnitsNet's conversion
    /// (exact when it is held in siemens).
    /// </summary>
    /// <param name="conductance">Any UnitsNet ElectricConductance whose value in siemens is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="conductance"/> in siemens overflows a double.</exception>
    public static Conductance ToBiophysics(this UN.ElectricConductance conductance) =>
        Conductance.FromSiValue(BridgeGuard.Si(conductance, ElectricConductanceUnit.Siemens, Conductance.SiUnit, nameof(conductance)));

    /// <summary>An electric charge as UnitsNet's <see cref="UN.ElectricCharge"/>, in coulombs: the same double, exactly.</summary>
    /// <param name="charge">A finite electric charge.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="charge"/> is NaN or infinite.</exception>
    public static UN.ElectricCharge ToUnitsNet(this ElectricCharge charge) => new(BridgeGuard.FiniteSi(charge, nameof(charge)), ElectricChargeUnit.Coulomb);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricCharge"/> as the library's <see cref="ElectricCharge"/>: its value in coulombs by UnitsNet's conversion
    /// (exact when it is held in coulombs).
    /// </summary>
    /// <param name="charge">Any UnitsNet ElectricCharge whose value in coulombs is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="charge"/> in coulombs overflows a double.</exception>
    public static ElectricCharge ToBiophysics(this UN.ElectricCharge charge) =>
        ElectricCharge.FromSiValue(BridgeGuard.Si(charge, ElectricChargeUnit.Coulomb, ElectricCharge.SiUnit, nameof(charge)));

    /// <summary>A molar energy as UnitsNet's <see cref="UN.MolarEnergy"/>, in J/mol: the same double, exactly.</summary>
    /// <param name="energy">A finite molar energy.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="energy"/> is NaN or infinite.</exception>
    public static UN.MolarEnergy ToUnitsNet(this MolarEnergy energy) => new(BridgeGuard.FiniteSi(energy, nameof(energy)), MolarEnergyUnit.JoulePerMole);

    /// <summary>
    /// UnitsNet's <see cref="UN.MolarEnergy"/> as the library's <see cref="MolarEnergy"/>: its value in J/mol by UnitsNet's conversion
    /// (exact when it is held in J/mol).
    /// </summary>
    /// <param name="energy">Any UnitsNet MolarEnergy whose value in J/mol is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="energy"/> in J/mol overflows a double.</exception>
    public static MolarEnergy ToBiophysics(this UN.MolarEnergy energy) =>
        MolarEnergy.FromSiValue(BridgeGuard.Si(energy, MolarEnergyUnit.JoulePerMole, MolarEnergy.SiUnit, nameof(energy)));

    /// <summary>A rate of change of potential (dV/dt) as UnitsNet's <see cref="UN.ElectricPotentialChangeRate"/>, in V/s: the same double, exactly.</summary>
    /// <param name="rate">A finite dV/dt.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is NaN or infinite.</exception>
    public static UN.ElectricPotentialChangeRate ToUnitsNet(this PotentialRate rate) => new(BridgeGuard.FiniteSi(rate, nameof(rate)), ElectricPotentialChangeRateUnit.VoltPerSecond);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricPotentialChangeRate"/> as the library's <see cref="PotentialRate"/>: its value in V/s by UnitsNet's
    /// conversion (exact when it is held in V/s).
    /// </summary>
    /// <param name="rate">Any UnitsNet ElectricPotentialChangeRate whose value in V/s is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="rate"/> in V/s overflows a double.</exception>
    public static PotentialRate ToBiophysics(this UN.ElectricPotentialChangeRate rate) =>
        PotentialRate.FromSiValue(BridgeGuard.Si(rate, ElectricPotentialChangeRateUnit.VoltPerSecond, PotentialRate.SiUnit, nameof(rate)));

    /// <summary>An electrical conductivity as UnitsNet's <see cref="UN.ElectricConductivity"/>, in S/m: the same double, exactly.</summary>
    /// <param name="conductivity">A finite electrical conductivity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductivity"/> is NaN or infinite.</exception>
    public static UN.ElectricConductivity ToUnitsNet(this ElectricalConductivity conductivity) => new(BridgeGuard.FiniteSi(conductivity, nameof(conductivity)), ElectricConductivityUnit.SiemensPerMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricConductivity"/> as the library's <see cref="ElectricalConductivity"/>: its value in S/m by UnitsNet's conversion
    /// (exact when it is held in S/m).
    /// </summary>
    /// <param name="conductivity">Any UnitsNet ElectricConductivity whose value in S/m is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="conductivity"/> in S/m overflows a double.</exception>
    public static ElectricalConductivity ToBiophysics(this UN.ElectricConductivity conductivity) =>
        ElectricalConductivity.FromSiValue(BridgeGuard.Si(conductivity, ElectricConductivityUnit.SiemensPerMeter, ElectricalConductivity.SiUnit, nameof(conductivity)));

    /// <summary>An electrical resistivity as UnitsNet's <see cref="UN.ElectricResistivity"/>, in Ω·m: the same double, exactly.</summary>
    /// <param name="resistivity">A finite electrical resistivity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resistivity"/> is NaN or infinite.</exception>
    public static UN.ElectricResistivity ToUnitsNet(this ElectricalResistivity resistivity) => new(BridgeGuard.FiniteSi(resistivity, nameof(resistivity)), ElectricResistivityUnit.OhmMeter);

    /// <summary>
    /// UnitsNet's <see cref="UN.ElectricResistivity"/> as the library's <see cref="ElectricalResistivity"/>: its value in Ω·m by UnitsNet's conversion
    /// (exact when it is held in Ω·m).
    /// </summary>
    /// <param name="resistivity">Any UnitsNet ElectricResistivity whose value in Ω·m is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="resistivity"/> in Ω·m overflows a double.</exception>
    public static ElectricalResistivity ToBiophysics(this UN.ElectricResistivity resistivity) =>
        ElectricalResistivity.FromSiValue(BridgeGuard.Si(resistivity, ElectricResistivityUnit.OhmMeter, ElectricalResistivity.SiUnit, nameof(resistivity)));

    /// <summary>An amount of substance as UnitsNet's <see cref="UN.AmountOfSubstance"/>, in moles: the same double, exactly.</summary>
    /// <param name="amount">A finite amount of substance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN or infinite.</exception>
    public static UN.AmountOfSubstance ToUnitsNet(this AmountOfSubstance amount) => new(BridgeGuard.FiniteSi(amount, nameof(amount)), AmountOfSubstanceUnit.Mole);

    /// <summary>
    /// UnitsNet's <see cref="UN.AmountOfSubstance"/> as the library's <see cref="AmountOfSubstance"/>: its value in moles by UnitsNet's conversion
    /// (exact when it is held in moles).
    /// </summary>
    /// <param name="amount">Any UnitsNet AmountOfSubstance whose value in moles is a finite double.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value of <paramref name="amount"/> in moles overflows a double.</exception>
    public static AmountOfSubstance ToBiophysics(this UN.AmountOfSubstance amount) =>
        AmountOfSubstance.FromSiValue(BridgeGuard.Si(amount, AmountOfSubstanceUnit.Mole, AmountOfSubstance.SiUnit, nameof(amount)));

}
