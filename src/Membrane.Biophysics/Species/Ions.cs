using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Species;

/// <summary>
/// A catalog of the ions physiologists use, with their charge numbers and, where published, their diffusion
/// coefficients and limiting molar conductivities at infinite dilution in water at 25 °C.
/// </summary>
/// <remarks>
/// Diffusion coefficients: P. Vanýsek, "Ionic conductivity and diffusion at infinite dilution", <i>CRC Handbook of
/// Chemistry and Physics</i>, 92nd ed. (2011), pp. 5-77 to 5-79, one consistent table. Limiting molar conductivities
/// (per mole of ion, |z| × the per-equivalent value): the same CRC table for the cations K⁺, Ca²⁺, Mg²⁺, H⁺, Li⁺,
/// Cs⁺ and NH₄⁺, and J. A. Dean, <i>Lange's Handbook of Chemistry</i>, 15th ed. (1999), Table 8.32 for the rest.
/// The two agree with D = λ°RT/(|z|²F²) to within 0.3 %. The large organic ions of patch-clamp solutions (gluconate,
/// HEPES, NMDG, TEA, choline, Tris, aspartate, glutamate, isethionate, MES) and H₂PO₄⁻, absent from both, carry the
/// mobilities relative to K⁺ of Barry's tables used by JPCalc (Barry and Lynch 1991; Ng and Barry 1995, <i>J.
/// Neurosci. Methods</i> 56, 37–41), as the liquid-junction-potential laws need. Each ion's <see cref="Ion.TransportSource"/> says which.
/// Immutable and thread-safe.
/// </remarks>
public static class Ions
{
    private const string Crc = "25 °C, infinite dilution. D and λ°: Vanýsek, CRC Handbook of Chemistry and Physics, 92nd ed., pp. 5-77–5-79";
    private const string CrcLange = "25 °C, infinite dilution. D: Vanýsek, CRC Handbook of Chemistry and Physics, 92nd ed., pp. 5-77–5-79; λ°: Lange's Handbook of Chemistry, 15th ed., Table 8.32";
    private const string Barry = "25 °C. D = (mobility relative to K⁺) × D(K⁺, CRC): relative mobility from Barry & Lynch (1991) J. Membr. Biol. 121:101 and the JPCalc ion table (Ng & Barry 1995, J. Neurosci. Methods 56:37)";

    /// <summary>Sodium, Na⁺: D = 1.334 × 10⁻⁹ m²/s, λ° = 50.11 S·cm²/mol.</summary>
    public static Ion Sodium { get; } = Crc25("sodium", "Na⁺", 1, 1.334, 50.11, CrcLange);

    /// <summary>Potassium, K⁺: D = 1.957 × 10⁻⁹ m²/s, λ° = 73.48 S·cm²/mol.</summary>
    public static Ion Potassium { get; } = Crc25("potassium", "K⁺", 1, 1.957, 73.48);

    /// <summary>Chloride, Cl⁻: D = 2.032 × 10⁻⁹ m²/s, λ° = 76.31 S·cm²/mol.</summary>
    public static Ion Chloride { get; } = Crc25("chloride", "Cl⁻", -1, 2.032, 76.31, CrcLange);

    /// <summary>Calcium, Ca²⁺: D = 0.792 × 10⁻⁹ m²/s, λ° = 2 × 59.47 S·cm²/mol.</summary>
    public static Ion Calcium { get; } = Crc25("calcium", "Ca²⁺", 2, 0.792, 118.94);

    /// <summary>Magnesium, Mg²⁺: D = 0.706 × 10⁻⁹ m²/s, λ° = 2 × 53.0 S·cm²/mol.</summary>
    public static Ion Magnesium { get; } = Crc25("magnesium", "Mg²⁺", 2, 0.706, 106.0);

    /// <summary>The proton, H⁺ (as hydronium): D = 9.311 × 10⁻⁹ m²/s, λ° = 349.65 S·cm²/mol.</summary>
    public static Ion Hydrogen { get; } = Crc25("hydrogen", "H⁺", 1, 9.311, 349.65);

    /// <summary>Bicarbonate, HCO₃⁻: D = 1.185 × 10⁻⁹ m²/s, λ° = 44.5 S·cm²/mol.</summary>
    public static Ion Bicarbonate { get; } = Crc25("bicarbonate", "HCO₃⁻", -1, 1.185, 44.5, CrcLange);

    /// <summary>Lithium, Li⁺: D = 1.029 × 10⁻⁹ m²/s, λ° = 38.66 S·cm²/mol.</summary>
    public static Ion Lithium { get; } = Crc25("lithium", "Li⁺", 1, 1.029, 38.66);

    /// <summary>Caesium, Cs⁺: D = 2.056 × 10⁻⁹ m²/s, λ° = 77.2 S·cm²/mol.</summary>
    public static Ion Cesium { get; } = Crc25("cesium", "Cs⁺", 1, 2.056, 77.2);

    /// <summary>Ammonium, NH₄⁺: D = 1.957 × 10⁻⁹ m²/s, λ° = 73.5 S·cm²/mol.</summary>
    public static Ion Ammonium { get; } = Crc25("ammonium", "NH₄⁺", 1, 1.957, 73.5);

    /// <summary>Bromide, Br⁻: D = 2.080 × 10⁻⁹ m²/s, λ° = 78.1 S·cm²/mol.</summary>
    public static Ion Bromide { get; } = Crc25("bromide", "Br⁻", -1, 2.080, 78.1, CrcLange);

    /// <summary>Fluoride, F⁻: D = 1.475 × 10⁻⁹ m²/s, λ° = 55.4 S·cm²/mol.</summary>
    public static Ion Fluoride { get; } = Crc25("fluoride", "F⁻", -1, 1.475, 55.4, CrcLange);

    /// <summary>Nitrate, NO₃⁻: D = 1.902 × 10⁻⁹ m²/s, λ° = 71.42 S·cm²/mol.</summary>
    public static Ion Nitrate { get; } = Crc25("nitrate", "NO₃⁻", -1, 1.902, 71.42, CrcLange);

    /// <summary>Acetate, CH₃COO⁻: D = 1.089 × 10⁻⁹ m²/s, λ° = 41.0 S·cm²/mol.</summary>
    public static Ion Acetate { get; } = Crc25("acetate", "CH₃COO⁻", -1, 1.089, 41.0, CrcLange);

    /// <summary>Sulfate, SO₄²⁻: D = 1.065 × 10⁻⁹ m²/s, λ° = 2 × 80.0 S·cm²/mol.</summary>
    public static Ion Sulfate { get; } = Crc25("sulfate", "SO₄²⁻", -2, 1.065, 160.0, CrcLange);

    /// <summary>Gluconate, C₆H₁₁O₇⁻, the usual large anion of K-gluconate pipette solutions: mobility 0.33 × K⁺, D ≈ 0.646 × 10⁻⁹ m²/s.</summary>
    public static Ion Gluconate { get; } = RelativeToPotassium("gluconate", "gluconate⁻", -1, 0.33);

    /// <summary>HEPES⁻, the deprotonated buffer anion: mobility 0.30 × K⁺, D ≈ 0.587 × 10⁻⁹ m²/s.</summary>
    public static Ion Hepes { get; } = RelativeToPotassium("HEPES", "HEPES⁻", -1, 0.30);

    /// <summary>N-methyl-D-glucamine, NMDG⁺, the usual Na⁺ substitute: mobility 0.33 × K⁺.</summary>
    public static Ion Nmdg { get; } = RelativeToPotassium("N-methyl-D-glucamine", "NMDG⁺", 1, 0.33);

    /// <summary>Tetraethylammonium, TEA⁺, the K⁺-channel blocker: mobility 0.444 × K⁺.</summary>
    public static Ion Tetraethylammonium { get; } = RelativeToPotassium("tetraethylammonium", "TEA⁺", 1, 0.444);

    /// <summary>Choline⁺, a Na⁺ substitute: mobility 0.51 × K⁺.</summary>
    public static Ion Choline { get; } = RelativeToPotassium("choline", "choline⁺", 1, 0.51);

    /// <summary>Protonated Tris (TrisH⁺), the buffer cation: mobility 0.40 × K⁺.</summary>
    public static Ion Tris { get; } = RelativeToPotassium("Tris (protonated)", "TrisH⁺", 1, 0.40);

    /// <summary>Aspartate⁻, a Cl⁻ substitute in pipette solutions: mobility 0.30 × K⁺.</summary>
    public static Ion Aspartate { get; } = RelativeToPotassium("aspartate", "aspartate⁻", -1, 0.30);

    /// <summary>Glutamate⁻, a Cl⁻ substitute in pipette solutions: mobility 0.26 × K⁺.</summary>
    public static Ion Glutamate { get; } = RelativeToPotassium("glutamate", "glutamate⁻", -1, 0.26);

    /// <summary>Isethionate⁻, a Cl⁻ substitute: mobility 0.52 × K⁺.</summary>
    public static Ion Isethionate { get; } = RelativeToPotassium("isethionate", "isethionate⁻", -1, 0.52);

    /// <summary>MES⁻, the deprotonated buffer anion: mobility 0.37 × K⁺.</summary>
    public static Ion Mes { get; } = RelativeToPotassium("MES", "MES⁻", -1, 0.37);

    /// <summary>Dihydrogen phosphate, H₂PO₄⁻: mobility 0.45 × K⁺.</summary>
    public static Ion DihydrogenPhosphate { get; } = RelativeToPotassium("dihydrogen phosphate", "H₂PO₄⁻", -1, 0.45);

    private static Ion Crc25(string name, string symbol, int valence, double diffusion1e9, double lambda, string source = Crc) =>
        new(name, symbol, valence,
            Diffusivity.FromSquareMetersPerSecond(diffusion1e9 * 1e-9),
            MolarConductivity.FromSiemensSquareCentimetersPerMole(lambda),
            source);

    private static Ion RelativeToPotassium(string name, string symbol, int valence, double relativeMobility) =>
        new(name, symbol, valence, Potassium.DiffusionCoefficient * relativeMobility, null, Barry);
}
