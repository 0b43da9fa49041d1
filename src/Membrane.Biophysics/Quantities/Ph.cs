using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// The pH of a solution, pH = −log₁₀(a_H⁺ / 1 M), taken here with activity equal to concentration unless a caller
/// converts through an activity coefficient. Written "pH 7.4".
/// <para>
/// Stored as one dimensionless <see cref="double"/>; the default value is pH 0. Immutable and thread-safe.
/// pH is a logarithm, so it has no sum; the difference of two pH values is a plain number (ΔpH).
/// NaN and infinities are stored as given.
/// </para>
/// </summary>
[Quantity("pH", Additive = false)]
[Unit("pH", 1, "Value", IsPrefix = true)]
public readonly partial struct Ph
{
    /// <summary>The pH of a free proton concentration, −log₁₀([H⁺]/1 M).</summary>
    /// <param name="protons">The free H⁺ concentration; must be positive and finite.</param>
    public static Ph FromProtonConcentration(Concentration protons)
    {
        QuantityGuard.PositiveFinite(protons, nameof(protons));
        return new(-Math.Log10(protons.Molar));
    }

    /// <summary>The free proton concentration 10^(−pH) M.</summary>
    public Concentration ProtonConcentration => Concentration.FromMolar(Math.Pow(10, -_si));

    /// <summary>ΔpH, the difference of two pH values (a pure number).</summary>
    public static double operator -(Ph left, Ph right) => left._si - right._si;
}
