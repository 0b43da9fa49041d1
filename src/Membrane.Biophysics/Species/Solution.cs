using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Species;

/// <summary>
/// The concentrations of a set of ions in one aqueous compartment (a bath, a pipette, a cytosol).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; <see cref="With"/> returns a new solution. Each ion appears once, in the order given.
/// Concentrations must be finite and ≥ 0. Electroneutrality is reported (<see cref="NetCharge"/>), never corrected.
/// </remarks>
public sealed class Solution : IReadOnlyCollection<KeyValuePair<Ion, Concentration>>
{
    private readonly KeyValuePair<Ion, Concentration>[] _entries;

    /// <summary>A solution of the given ions.</summary>
    /// <param name="concentrations">Each ion with its concentration; no ion twice.</param>
    /// <exception cref="ArgumentException">An ion is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is negative, NaN or infinite.</exception>
    public Solution(IEnumerable<KeyValuePair<Ion, Concentration>> concentrations)
        : this(concentrations, nameof(concentrations))
    {
    }

    /// <summary>Validates the entries, naming <paramref name="parameterName"/> (the caller's parameter) in any error.</summary>
    private Solution(IEnumerable<KeyValuePair<Ion, Concentration>> concentrations, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(concentrations, parameterName);
        _entries = concentrations.ToArray();
        var seen = new HashSet<Ion>();
        foreach (var (ion, c) in _entries)
        {
            ArgumentNullException.ThrowIfNull(ion, parameterName);
            Guard.NonNegativeFinite(c, $"{parameterName}[{ion.Symbol}]");
            if (!seen.Add(ion))
            {
                throw Guard.Invalid(parameterName, $"a list in which {ion.Symbol} appears twice", "a list of each ion once");
            }
        }
    }

    /// <summary>A solution of the given ions.</summary>
    /// <param name="concentrations">Each ion with its concentration; no ion twice.</param>
    public Solution(params (Ion Ion, Concentration Concentration)[] concentrations)
        : this((concentrations ?? throw new ArgumentNullException(nameof(concentrations))).Select(p => KeyValuePair.Create(p.Ion, p.Concentration)))
    {
    }

    /// <summary>
    /// A solution written as a recipe in millimolar, the way a lab writes it:
    /// <c>Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 10), (Ions.Chloride, 155))</c>.
    /// </summary>
    /// <param name="recipe">Each ion with its concentration in mM; no ion twice.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="ArgumentNullException">The recipe or an ion is null.</exception>
    /// <exception cref="ArgumentException">An ion is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is negative, NaN or infinite.</exception>
    public static Solution Millimolar(params (Ion Ion, double Millimolar)[] recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return new Solution(recipe.Select(p => KeyValuePair.Create(p.Ion, Concentration.FromMillimolar(p.Millimolar))), nameof(recipe));
    }

    /// <summary>A solution with no ions.</summary>
    public static Solution Empty { get; } = new(Array.Empty<KeyValuePair<Ion, Concentration>>());

    /// <summary>The number of ions.</summary>
    public int Count => _entries.Length;

    /// <summary>The ions, in the order given.</summary>
    public IEnumerable<Ion> Ions => _entries.Select(e => e.Key);

    /// <summary>The concentration of an ion.</summary>
    /// <param name="ion">An ion of this solution.</param>
    /// <exception cref="KeyNotFoundException">The ion is not in this solution.</exception>
    public Concentration this[Ion ion] => TryGetConcentration(ion, out var c)
        ? c
        : throw new KeyNotFoundException($"{ion?.Symbol} is not in this solution ({this}).");

    /// <summary>
    /// The net charge concentration Σ zᵢcᵢ, in equivalents (mM of elementary charges); zero for an electroneutral
    /// solution of the listed ions.
    /// </summary>
    public Concentration NetCharge => Concentration.FromMillimolar(_entries.Sum(e => e.Key.Valence * e.Value.Millimolar));

    /// <summary>The ionic strength I = ½ Σ zᵢ²cᵢ.</summary>
    public Concentration IonicStrength => Concentration.FromMillimolar(0.5 * _entries.Sum(e => e.Key.Valence * e.Key.Valence * e.Value.Millimolar));

    /// <summary>Looks up an ion's concentration.</summary>
    /// <param name="ion">The ion.</param>
    /// <param name="concentration">Its concentration, or zero when absent.</param>
    public bool TryGetConcentration(Ion ion, out Concentration concentration)
    {
        foreach (var (key, value) in _entries)
        {
            if (key.Equals(ion))
            {
                concentration = value;
                return true;
            }
        }

        concentration = default;
        return false;
    }

    /// <summary>True when the ion is in this solution.</summary>
    /// <param name="ion">The ion.</param>
    public bool Contains(Ion ion) => TryGetConcentration(ion, out _);

    /// <summary>A copy of this solution with one ion added or its concentration replaced.</summary>
    /// <param name="ion">The ion.</param>
    /// <param name="concentration">Its concentration; finite and ≥ 0.</param>
    public Solution With(Ion ion, Concentration concentration)
    {
        ArgumentNullException.ThrowIfNull(ion);
        var replaced = _entries.Select(e => e.Key.Equals(ion) ? KeyValuePair.Create(ion, concentration) : e);
        return new Solution(Contains(ion) ? replaced : replaced.Append(KeyValuePair.Create(ion, concentration)));
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Ion, Concentration>> GetEnumerator() => ((IEnumerable<KeyValuePair<Ion, Concentration>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>"Na⁺ 145 mM, K⁺ 5 mM, …", invariant culture.</summary>
    public override string ToString() =>
        _entries.Length == 0 ? "(no ions)" : string.Join(", ", _entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key.Symbol} {e.Value}")));
}
