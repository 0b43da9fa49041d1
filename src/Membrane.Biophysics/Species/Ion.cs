using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Species;

/// <summary>
/// An ion or any charged species that can cross a membrane: a name, a symbol, a charge number (valence) and,
/// where known, its transport properties at infinite dilution with their literature source.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two ions are equal when name, symbol and valence are equal: transport data describe a
/// species, they do not make a different one (a user's <c>new Ion("sodium", "Na⁺", 1)</c> is <see cref="Ions.Sodium"/>). The catalog <see cref="Ions"/> holds the common
/// ones; create your own for any other species (<c>new Ion("NMDG", "NMDG⁺", 1)</c>).
/// </remarks>
public sealed record Ion
{
    /// <summary>Defines a charged species.</summary>
    /// <param name="name">Its name, e.g. "sodium".</param>
    /// <param name="symbol">Its symbol, e.g. "Na⁺".</param>
    /// <param name="valence">Its charge number z; non-zero.</param>
    /// <param name="diffusionCoefficient">Its diffusion coefficient at infinite dilution, if known; positive.</param>
    /// <param name="limitingMolarConductivity">Its limiting molar conductivity λ°, if known; positive.</param>
    /// <param name="transportSource">Where the transport values come from, and at what temperature.</param>
    /// <exception cref="ArgumentOutOfRangeException">Zero valence, or a non-positive transport value.</exception>
    public Ion(
        string name,
        string symbol,
        int valence,
        Diffusivity? diffusionCoefficient = null,
        MolarConductivity? limitingMolarConductivity = null,
        string? transportSource = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Guard.NonZeroValence(valence, nameof(valence));
        if (diffusionCoefficient is { } d)
        {
            Guard.PositiveFinite(d, nameof(diffusionCoefficient));
        }

        if (limitingMolarConductivity is { } lambda)
        {
            Guard.PositiveFinite(lambda, nameof(limitingMolarConductivity));
        }

        Name = name;
        Symbol = symbol;
        Valence = valence;
        DiffusionCoefficient = diffusionCoefficient;
        LimitingMolarConductivity = limitingMolarConductivity;
        TransportSource = transportSource;
    }

    /// <summary>The name, e.g. "sodium".</summary>
    public string Name { get; }

    /// <summary>The symbol, e.g. "Na⁺".</summary>
    public string Symbol { get; }

    /// <summary>The charge number z (valence): +1 for Na⁺, −1 for Cl⁻, +2 for Ca²⁺.</summary>
    public int Valence { get; }

    /// <summary>The diffusion coefficient at infinite dilution, when known (see <see cref="TransportSource"/>).</summary>
    public Diffusivity? DiffusionCoefficient { get; }

    /// <summary>The limiting molar conductivity λ° at infinite dilution, when known (see <see cref="TransportSource"/>).</summary>
    public MolarConductivity? LimitingMolarConductivity { get; }

    /// <summary>The literature source of the transport values, with their temperature; null when none are given.</summary>
    public string? TransportSource { get; }

    /// <summary>The symbol, e.g. "Na⁺".</summary>
    public override string ToString() => Symbol;

    /// <summary>Equal when name, symbol and valence are equal (ordinal comparison).</summary>
    /// <param name="other">The other ion.</param>
    public bool Equals(Ion? other) =>
        other is not null && Valence == other.Valence &&
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Symbol), Valence);
}
