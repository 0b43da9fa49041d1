namespace Membrane.Biophysics.Constants;

/// <summary>
/// The defining constants of the SI as revised in 2019 (exact by definition) and the molar constants derived from
/// them: F = e·N_A and R = k_B·N_A, also exact. The one place these numbers are written.
/// </summary>
/// <remarks>
/// Source: BIPM, <i>The International System of Units (SI)</i>, 9th edition (2019), Table 1; CODATA 2018
/// (Tiesinga, Mohr, Newell and Taylor, Rev. Mod. Phys. 93, 025010, 2021), which lists F and R as exact.
/// The vacuum permittivity is not exact after 2019; its CODATA 2018 value is given.
/// </remarks>
public static class PhysicalConstants
{
    /// <summary>Elementary charge e = 1.602 176 634 × 10⁻¹⁹ C (exact).</summary>
    public const double ElementaryCharge = 1.602176634e-19;

    /// <summary>Avogadro constant N_A = 6.022 140 76 × 10²³ mol⁻¹ (exact).</summary>
    public const double AvogadroConstant = 6.02214076e23;

    /// <summary>Boltzmann constant k_B = 1.380 649 × 10⁻²³ J/K (exact).</summary>
    public const double BoltzmannConstant = 1.380649e-23;

    /// <summary>Faraday constant F = e·N_A = 96 485.332 123 310 018 4 C/mol (exact).</summary>
    public const double FaradayConstant = 96485.3321233100184;

    /// <summary>Molar gas constant R = k_B·N_A = 8.314 462 618 153 24 J/(mol·K) (exact).</summary>
    public const double MolarGasConstant = 8.31446261815324;

    /// <summary>Vacuum electric permittivity ε₀ = 8.854 187 8128(13) × 10⁻¹² F/m (CODATA 2018).</summary>
    public const double VacuumPermittivity = 8.8541878128e-12;
}
