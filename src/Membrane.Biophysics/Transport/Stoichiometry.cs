using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// What one cycle of a transporter does, written for one direction of the cycle (called forward): for each species
/// how many cross inward (negative: outward), and optionally the chemical reactions coupled to the cycle
/// (e.g. one ATP hydrolysed).
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. At least one species crosses; no count is zero; no species or reaction is listed
/// twice. Two stoichiometries are equal when they move the same species by the same counts and couple the same
/// reactions the same number of times, in any order.
/// </para>
/// <para>
/// The free energy of one cycle follows from it (<see cref="Transporter.FreeEnergy"/>):
/// ΔG = Σᵢ nᵢ Δμ̃ᵢ + Σⱼ mⱼ ΔGⱼ with Δμ̃ᵢ = RT ln(cᵢ,in/cᵢ,out) + zᵢFV (Nicholls, D. G. and Ferguson, S. J. (2013)
/// <i>Bioenergetics 4</i>, Academic Press, ch. 3 (Δμ̃, eq. 3.27); Läuger, P. (1991)
/// <i>Electrogenic Ion Pumps</i>, Sinauer, ch. 1).
/// </para>
/// </remarks>
public sealed class Stoichiometry : IEquatable<Stoichiometry>
{
    private readonly Translocation[] _translocations;
    private readonly ReactionTurnover[] _reactions;

    /// <summary>A stoichiometry of the given translocations and coupled reactions.</summary>
    /// <param name="translocations">Each species that crosses, with its count inward per cycle; at least one, none zero, no species twice.</param>
    /// <param name="reactions">The coupled reactions with their turnovers per cycle; none zero, no reaction twice. Null or empty for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">No species, a zero count, or a species or reaction listed twice.</exception>
    public Stoichiometry(IEnumerable<Translocation> translocations, IEnumerable<ReactionTurnover>? reactions = null)
    {
        ArgumentNullException.ThrowIfNull(translocations);
        _translocations = translocations.ToArray();
        _reactions = reactions?.ToArray() ?? [];
        if (_translocations.Length == 0)
        {
            throw Guard.Fail(nameof(translocations), "empty", "at least one species that crosses the membrane (e.g. (Ions.Sodium, 1))");
        }

        var seen = new HashSet<Ion>();
        foreach (var (ion, count) in _translocations)
        {
            if (ion is null)
            {
                throw Guard.Fail(nameof(translocations), "a term with no species", "a species for every term");
            }

            if (count == 0)
            {
                throw Guard.Fail($"{nameof(translocations)}[{ion.Symbol}]", count, "a non-zero count (positive inward, negative outward)");
            }

            if (!seen.Add(ion))
            {
                throw Guard.Fail(nameof(translocations), $"{ion.Symbol} listed twice", "each species listed once (add its counts into one term)");
            }
        }

        var seenReactions = new HashSet<ChemicalReaction>();
        foreach (var (reaction, count) in _reactions)
        {
            if (reaction is null)
            {
                throw Guard.Fail(nameof(reactions), "a term with no reaction", "a reaction for every term");
            }

            if (count == 0)
            {
                throw Guard.Fail($"{nameof(reactions)}[{reaction.Name}]", count, "a non-zero number of turnovers per cycle");
            }

            if (!seenReactions.Add(reaction))
            {
                throw Guard.Fail(nameof(reactions), $"{reaction.Name} listed twice", "each reaction listed once");
            }
        }

        NetChargeInward = _translocations.Aggregate(0, (sum, t) => checked(sum + t.ChargeInward));
    }

    /// <summary>A stoichiometry of the given species and counts, with no coupled reaction.</summary>
    /// <param name="translocations">Each species with its count inward per cycle (negative: outward).</param>
    /// <exception cref="ArgumentOutOfRangeException">No species, a zero count, or a species listed twice.</exception>
    public Stoichiometry(params (Ion Species, int Count)[] translocations)
        : this((translocations ?? throw new ArgumentNullException(nameof(translocations))).Select(t => new Translocation(t.Species, t.Count)))
    {
    }

    /// <summary>The species that cross, each with its count inward per cycle, in the order given.</summary>
    public IReadOnlyList<Translocation> Translocations => _translocations;

    /// <summary>The coupled chemical reactions with their turnovers per cycle; empty for a secondary transporter.</summary>
    public IReadOnlyList<ReactionTurnover> Reactions => _reactions;

    /// <summary>z_net = Σ nᵢzᵢ, the elementary charges carried inward per cycle (so −1 for the Na⁺/K⁺ pump, +1 for NCX).</summary>
    public int NetChargeInward { get; }

    /// <summary>True when a cycle moves net charge (z_net ≠ 0), so its ΔG depends on the membrane potential.</summary>
    public bool IsElectrogenic => NetChargeInward != 0;

    /// <summary>The count of a species per cycle, inward; 0 when it does not cross.</summary>
    /// <param name="species">The species.</param>
    public int CountOf(Ion species) => _translocations.FirstOrDefault(t => t.Species.Equals(species)).Count;

    /// <summary>A copy that also couples a reaction, <paramref name="turnovers"/> times per cycle.</summary>
    /// <param name="reaction">The reaction, e.g. <see cref="AtpHydrolysis.Reaction"/>.</param>
    /// <param name="turnovers">Turnovers per cycle in the reaction's written direction (−1 to run it backwards); non-zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">Zero turnovers, or the reaction is already coupled.</exception>
    public Stoichiometry WithReaction(ChemicalReaction reaction, int turnovers)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        if (turnovers == 0)
        {
            throw Guard.Fail(nameof(turnovers), turnovers, "a non-zero number of turnovers per cycle");
        }

        if (_reactions.Any(r => r.Reaction.Equals(reaction)))
        {
            throw Guard.Fail(nameof(reaction), $"{reaction.Name}, already coupled", "a reaction not yet in this cycle");
        }

        return new Stoichiometry(_translocations, _reactions.Append(new ReactionTurnover(reaction, turnovers)));
    }

    /// <summary>The same cycle run backwards: every count and turnover negated. Its ΔG is the negative of this one's.</summary>
    public Stoichiometry Reversed() =>
        new(_translocations.Select(t => t.Reversed()), _reactions.Select(r => r.Reversed()));

    /// <summary>
    /// The cycle made of one cycle of this and one of <paramref name="other"/>: counts and turnovers summed per species
    /// and reaction; terms that cancel are dropped. Its ΔG is the sum of the two ΔGs.
    /// </summary>
    /// <param name="other">The other cycle.</param>
    /// <exception cref="ArgumentOutOfRangeException">Every species cancels (the composite moves nothing across the membrane).</exception>
    public Stoichiometry ComposedWith(Stoichiometry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var ions = Sum(_translocations.Concat(other._translocations), t => t.Species, t => t.Count);
        var reactions = Sum(_reactions.Concat(other._reactions), r => r.Reaction, r => r.Count);
        if (ions.Count == 0)
        {
            throw Guard.Fail(nameof(other), $"a cycle that cancels every species of {this}", "a cycle that leaves some species crossing the membrane");
        }

        return new Stoichiometry(
            ions.Select(p => new Translocation(p.Key, p.Value)),
            reactions.Select(p => new ReactionTurnover(p.Key, p.Value)));
    }

    /// <summary>True when both move the same species by the same counts and couple the same reactions equally, in any order.</summary>
    /// <param name="other">The other stoichiometry.</param>
    public bool Equals(Stoichiometry? other) =>
        other is not null &&
        _translocations.Length == other._translocations.Length &&
        _reactions.Length == other._reactions.Length &&
        _translocations.All(t => other.CountOf(t.Species) == t.Count) &&
        _reactions.All(r => other._reactions.Contains(r));

    /// <summary>True when both are null or equal (<see cref="Equals(Stoichiometry)"/>).</summary>
    public static bool operator ==(Stoichiometry? left, Stoichiometry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when they differ.</summary>
    public static bool operator !=(Stoichiometry? left, Stoichiometry? right) => !(left == right);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Stoichiometry);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _translocations.Aggregate(0, (h, t) => h ^ t.GetHashCode()) ^ _reactions.Aggregate(17, (h, r) => h ^ r.GetHashCode());

    /// <summary>"3 Na⁺ in, 2 K⁺ out; 1 × ATP hydrolysis", invariant culture.</summary>
    public override string ToString()
    {
        var ions = string.Join(", ", _translocations.Select(t => t.ToString()));
        return _reactions.Length == 0 ? ions : string.Create(CultureInfo.InvariantCulture, $"{ions}; {string.Join(", ", _reactions.Select(r => r.ToString()))}");
    }

    /// <summary>
    /// The voltage-independent part of ΔG in J/mol: Σ nᵢ RT ln(cᵢ,in/cᵢ,out) + Σ mⱼ ΔGⱼ, after checking the conditions
    /// give every species and reaction. <paramref name="owner"/> names the transporter in error messages.
    /// </summary>
    internal double ChemicalFreeEnergy(TransportConditions conditions, Temperature temperature, ConstantSet? constants, string owner)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var rt = (constants ?? ConstantSet.Si2019).MolarGasConstant * temperature.Kelvins;
        var sum = 0.0;
        foreach (var (ion, count) in _translocations)
        {
            var gradient = conditions.RequireGradient(ion, owner);
            sum += Term(count, rt, gradient.Inside.MolesPerCubicMeter, gradient.Outside.MolesPerCubicMeter);
        }

        foreach (var (reaction, count) in _reactions)
        {
            sum += count * conditions.RequireReactionFreeEnergy(reaction, owner).JoulesPerMole;
        }

        return sum;
    }

    /// <summary>
    /// Σ nᵢ RT ln(cᵢ,in/cᵢ,out) over the translocations (J/mol), each species' concentrations (mol/m³, &gt; 0) given in
    /// the order of <see cref="Translocations"/>, without the coupled reactions; allocation-free, for a simulator's pools.
    /// </summary>
    internal double ChemicalFreeEnergy(ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double rt)
    {
        var sum = 0.0;
        for (var i = 0; i < _translocations.Length; i++)
        {
            sum += Term(_translocations[i].Count, rt, inside[i], outside[i]);
        }

        return sum;
    }

    /// <summary>One species' share of the free energy, n RT ln(c_in/c_out).</summary>
    private static double Term(int count, double rt, double inside, double outside) => count * rt * AccurateMath.LogRatio(inside, outside);

    private static List<KeyValuePair<TKey, int>> Sum<T, TKey>(IEnumerable<T> terms, Func<T, TKey> key, Func<T, int> count)
        where TKey : notnull
    {
        var sums = new Dictionary<TKey, int>();
        var order = new List<TKey>();
        foreach (var term in terms)
        {
            var k = key(term);
            if (!sums.TryGetValue(k, out var s))
            {
                order.Add(k);
            }

            sums[k] = checked(s + count(term));
        }

        return order.Where(k => sums[k] != 0).Select(k => KeyValuePair.Create(k, sums[k])).ToList();
    }
}
