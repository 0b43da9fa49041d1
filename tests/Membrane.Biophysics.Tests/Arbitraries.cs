using FsCheck;
using FsCheck.Fluent;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests;

/// <summary>A charge number drawn from ±1…±3.</summary>
public readonly record struct Valence(int Value);

/// <summary>A concentration ≥ 0 (zero allowed, as on the far side of a GHK current).</summary>
public readonly record struct NonNegativeConcentration(Concentration Value);

/// <summary>A concentration a solution is made of, 10 µM – 1 M (see <see cref="Arbitraries.SaltConcentration"/>).</summary>
public readonly record struct SaltConcentration(Concentration Value);

/// <summary>A set of permeant ions of mixed valences (see <see cref="Arbitraries.PermeantSet"/>).</summary>
public sealed record PermeantSet(PermeantIon[] Ions)
{
    /// <summary>Lists the ions for FsCheck's counter-example output.</summary>
    public override string ToString() => string.Join("; ", Ions.Select(i => $"{i.Ion} P={i.Permeability:R} in={i.Gradient.Inside:R} out={i.Gradient.Outside:R}"));
}

/// <summary>A set of permeant monovalent ions (see <see cref="Arbitraries.MonovalentPermeantSet"/>).</summary>
public sealed record MonovalentPermeantSet(PermeantIon[] Ions)
{
    /// <summary>Lists the ions for FsCheck's counter-example output.</summary>
    public override string ToString() => string.Join("; ", Ions.Select(i => $"{i.Ion} P={i.Permeability:R} in={i.Gradient.Inside:R} out={i.Gradient.Outside:R}"));
}

/// <summary>Any finite double, every binary exponent equally likely (subnormals, ±0 and the extremes included).</summary>
public readonly record struct WideDouble(double Value)
{
    /// <summary>The exact value, for FsCheck's counter-example output.</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// The physical domains the property tests draw from: concentrations 1 nM – 1 M spread evenly over the decades,
/// temperatures 273–320 K, membrane potentials ±200 mV, valences ±1…±3.
/// </summary>
public static class Arbitraries
{
    /// <summary>Positive concentrations from 1 nM to 1 M, log-uniform.</summary>
    public static Arbitrary<Concentration> Concentration() =>
        Gen.Choose(-6_000_000, 3_000_000)
            .Select(k => global::Membrane.Biophysics.Quantities.Concentration.FromMillimolar(Math.Pow(10, k / 1e6)))
            .ToArbitrary();

    /// <summary>Absolute temperatures from 273 K to 320 K.</summary>
    public static Arbitrary<Temperature> Temperature() =>
        Gen.Choose(273_000, 320_000).Select(k => global::Membrane.Biophysics.Quantities.Temperature.FromKelvins(k / 1000.0)).ToArbitrary();

    /// <summary>Membrane potentials from −200 mV to +200 mV.</summary>
    public static Arbitrary<ElectricPotential> Potential() =>
        Gen.Choose(-2_000_000, 2_000_000).Select(k => ElectricPotential.FromMillivolts(k / 1e4)).ToArbitrary();

    /// <summary>Random transporters over a pool of species, with conditions for all of them (see <see cref="Transport.TransportCase"/>).</summary>
    public static Arbitrary<Transport.TransportCase> TransportCase() =>
        Gen.Choose(0, int.MaxValue).Select(Transport.TransportCase.FromSeed).ToArbitrary();

    /// <summary>Permeabilities from 1e-12 to 1e-4 m/s (1e-10 – 1e-2 cm/s), log-uniform.</summary>
    public static Arbitrary<Permeability> Permeability() =>
        Gen.Choose(-12_000_000, -4_000_000)
            .Select(k => global::Membrane.Biophysics.Quantities.Permeability.FromMetersPerSecond(Math.Pow(10, k / 1e6)))
            .ToArbitrary();

    /// <summary>Conductance densities from 1e-3 to 1e3 S/m² (0.1 µS/cm² – 100 mS/cm²), log-uniform.</summary>
    public static Arbitrary<ConductanceDensity> ConductanceDensity() =>
        Gen.Choose(-3_000_000, 3_000_000)
            .Select(k => global::Membrane.Biophysics.Quantities.ConductanceDensity.FromSiemensPerSquareMeter(Math.Pow(10, k / 1e6)))
            .ToArbitrary();

    /// <summary>
    /// Concentrations of a salt solution, 10 µM to 1 M, log-uniform: five decades, as far apart as two solutions of a
    /// junction ever are.
    /// </summary>
    public static Arbitrary<SaltConcentration> SaltConcentration() =>
        Gen.Choose(-2_000_000, 3_000_000)
            .Select(k => new SaltConcentration(global::Membrane.Biophysics.Quantities.Concentration.FromMillimolar(Math.Pow(10, k / 1e6))))
            .ToArbitrary();

    /// <summary>Concentrations that may be zero (one draw in eight), otherwise as <see cref="Concentration"/>.</summary>
    public static Arbitrary<NonNegativeConcentration> NonNegativeConcentration() =>
        Gen.Frequency(
                (1, Gen.Constant(global::Membrane.Biophysics.Quantities.Concentration.Zero)),
                (7, Concentration().Generator))
            .Select(c => new NonNegativeConcentration(c))
            .ToArbitrary();

    /// <summary>One to four permeant ions of valence ±1…±3, each present on both sides, with permeabilities over 8 decades.</summary>
    public static Arbitrary<PermeantSet> PermeantSet() => PermeantIons(Gen.Elements(-3, -2, -1, 1, 2, 3)).Select(a => new PermeantSet(a)).ToArbitrary();

    /// <summary>One to four permeant monovalent ions (cations and anions), each present on both sides.</summary>
    public static Arbitrary<MonovalentPermeantSet> MonovalentPermeantSet() => PermeantIons(Gen.Elements(-1, 1)).Select(a => new MonovalentPermeantSet(a)).ToArbitrary();

    private static Gen<PermeantIon[]> PermeantIons(Gen<int> valences)
    {
        var one =
            from z in valences
            from p in Permeability().Generator
            from ci in Concentration().Generator
            from co in Concentration().Generator
            select new PermeantIon(IonOfValence(z), p, new IonGradient(ci, co));
        return Gen.Choose(1, 4).SelectMany(n => one.ArrayOf(n));
    }

    private static Ion IonOfValence(int z) => z switch
    {
        1 => Ions.Sodium,
        -1 => Ions.Chloride,
        2 => Ions.Calcium,
        -2 => Ions.Sulfate,
        3 => new Ion("lanthanum", "La³⁺", 3),
        _ => new Ion("citrate", "citrate³⁻", -3),
    };

    /// <summary>
    /// Finite doubles over the whole range: a random sign, a biased exponent uniform over 0…2046 (0 is the subnormals)
    /// and a random 52-bit significand; one draw in ten a value people type (k/10, k/1000) and a few edge values.
    /// </summary>
    public static Arbitrary<WideDouble> WideDouble()
    {
        var bits =
            from sign in Gen.Elements(0L, 1L)
            from exponent in Gen.Choose(0, 2046)
            from high in Gen.Choose(0, (1 << 20) - 1)
            from middle in Gen.Choose(0, (1 << 16) - 1)
            from low in Gen.Choose(0, (1 << 16) - 1)
            select BitConverter.Int64BitsToDouble((sign << 63) | ((long)exponent << 52) | ((long)high << 32) | ((long)middle << 16) | (long)low);
        var typed = Gen.Choose(-1_000_000, 1_000_000).SelectMany(k => Gen.Elements(k / 10.0, k / 1000.0, k * 1e-9));
        var edges = Gen.Elements(0.0, -0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 0.1, 1.0 / 3, 6.3 + 273.15);
        return Gen.Frequency((17, bits), (2, typed), (1, edges)).Select(d => new WideDouble(d)).ToArbitrary();
    }

    /// <summary>Charge numbers ±1, ±2, ±3.</summary>
    public static Arbitrary<Valence> Valence() =>
        Gen.Elements(-3, -2, -1, 1, 2, 3).Select(z => new Valence(z)).ToArbitrary();
}

/// <summary>Marks a property test that draws from <see cref="Arbitraries"/> (500 cases each).</summary>
public sealed class PhysicalPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Registers the physical domains.</summary>
    public PhysicalPropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        MaxTest = 500;
    }
}
