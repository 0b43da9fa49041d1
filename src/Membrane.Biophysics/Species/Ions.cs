using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Species;

/// <summary>
/// A catalog of the ions physiologists use, with their charge numbers and, where published, their diffusion
/// coefficients and limiting molar conductivities at infinite dilution in water at 25 °C.
/// </summary>
/// <remarks>
/// Transport values: P. Vanýsek, "Ionic conductivity and diffusion at infinite dilution", in <i>CRC Handbook of
/// Chemistry and Physics</i>, 97th ed. (CRC Press, 2016), section 5 — one consistent primary table, in which
/// D = λ°RT/(z²F²) holds row by row. Species the table lacks carry the source named on each one.
/// Immutable and thread-safe.
/// </remarks>
public static class Ions
{
    private const string Crc = "Vanýsek, CRC Handbook of Chemistry and Physics, 97th ed. (2016), 'Ionic conductivity and diffusion at infinite dilution', 25 °C";

    /// <summary>Sodium, Na⁺: D = 1.334 × 10⁻⁹ m²/s, λ° = 50.08 S·cm²/mol.</summary>
    public static Ion Sodium { get; } = Crc25("sodium", "Na⁺", 1, 1.334, 50.08);

    /// <summary>Potassium, K⁺: D = 1.957 × 10⁻⁹ m²/s, λ° = 73.48 S·cm²/mol.</summary>
    public static Ion Potassium { get; } = Crc25("potassium", "K⁺", 1, 1.957, 73.48);

    /// <summary>Chloride, Cl⁻: D = 2.032 × 10⁻⁹ m²/s, λ° = 76.31 S·cm²/mol.</summary>
    public static Ion Chloride { get; } = Crc25("chloride", "Cl⁻", -1, 2.032, 76.31);

    /// <summary>Calcium, Ca²⁺: D = 0.792 × 10⁻⁹ m²/s, λ° = 2 × 59.47 S·cm²/mol.</summary>
    public static Ion Calcium { get; } = Crc25("calcium", "Ca²⁺", 2, 0.792, 118.94);

    /// <summary>Magnesium, Mg²⁺: D = 0.706 × 10⁻⁹ m²/s, λ° = 2 × 53.0 S·cm²/mol.</summary>
    public static Ion Magnesium { get; } = Crc25("magnesium", "Mg²⁺", 2, 0.706, 106.0);

    /// <summary>The proton, H⁺ (as hydronium): D = 9.311 × 10⁻⁹ m²/s, λ° = 349.65 S·cm²/mol.</summary>
    public static Ion Hydrogen { get; } = Crc25("hydrogen", "H⁺", 1, 9.311, 349.65);

    /// <summary>Bicarbonate, HCO₃⁻: D = 1.185 × 10⁻⁹ m²/s, λ° = 44.5 S·cm²/mol.</summary>
    public static Ion Bicarbonate { get; } = Crc25("bicarbonate", "HCO₃⁻", -1, 1.185, 44.5);

    /// <summary>Lithium, Li⁺: D = 1.029 × 10⁻⁹ m²/s, λ° = 38.66 S·cm²/mol.</summary>
    public static Ion Lithium { get; } = Crc25("lithium", "Li⁺", 1, 1.029, 38.66);

    /// <summary>Caesium, Cs⁺: D = 2.056 × 10⁻⁹ m²/s, λ° = 77.2 S·cm²/mol.</summary>
    public static Ion Cesium { get; } = Crc25("cesium", "Cs⁺", 1, 2.056, 77.2);

    /// <summary>Ammonium, NH₄⁺: D = 1.957 × 10⁻⁹ m²/s, λ° = 73.5 S·cm²/mol.</summary>
    public static Ion Ammonium { get; } = Crc25("ammonium", "NH₄⁺", 1, 1.957, 73.5);

    /// <summary>Bromide, Br⁻: D = 2.080 × 10⁻⁹ m²/s, λ° = 78.1 S·cm²/mol.</summary>
    public static Ion Bromide { get; } = Crc25("bromide", "Br⁻", -1, 2.080, 78.1);

    /// <summary>Fluoride, F⁻: D = 1.475 × 10⁻⁹ m²/s, λ° = 55.4 S·cm²/mol.</summary>
    public static Ion Fluoride { get; } = Crc25("fluoride", "F⁻", -1, 1.475, 55.4);

    /// <summary>Nitrate, NO₃⁻: D = 1.902 × 10⁻⁹ m²/s, λ° = 71.42 S·cm²/mol.</summary>
    public static Ion Nitrate { get; } = Crc25("nitrate", "NO₃⁻", -1, 1.902, 71.42);

    /// <summary>Acetate, CH₃COO⁻: D = 1.089 × 10⁻⁹ m²/s, λ° = 40.9 S·cm²/mol.</summary>
    public static Ion Acetate { get; } = Crc25("acetate", "CH₃COO⁻", -1, 1.089, 40.9);

    /// <summary>Sulfate, SO₄²⁻: D = 1.065 × 10⁻⁹ m²/s, λ° = 2 × 80.0 S·cm²/mol.</summary>
    public static Ion Sulfate { get; } = Crc25("sulfate", "SO₄²⁻", -2, 1.065, 160.0);

    private static Ion Crc25(string name, string symbol, int valence, double diffusion1e9, double lambda) =>
        new(name, symbol, valence,
            Diffusivity.FromSquareMetersPerSecond(diffusion1e9 * 1e-9),
            MolarConductivity.FromSiemensSquareCentimetersPerMole(lambda),
            Crc);
}
