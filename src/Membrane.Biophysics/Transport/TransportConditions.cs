using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// The two compartments a transporter works between: the concentration of every species on each side (protons
/// through pH if wished) and the free energy of any coupled chemical reaction (e.g. ATP hydrolysis in the cytosol).
/// The membrane potential and temperature are passed separately, so one set of conditions serves a whole I–V sweep.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; the <c>With…</c> methods return new conditions. "Inside" is the cytosol, or the lumen
/// of an organelle (then "outside" is the cytosol around it), as everywhere in this library. Protons are
/// <see cref="Ions.Hydrogen"/> at [H⁺] = 10^(−pH) M, activity taken equal to concentration as in <see cref="Ph"/>.
/// </remarks>
public sealed class TransportConditions
{
    private readonly KeyValuePair<ChemicalReaction, MolarEnergy>[] _reactions;

    /// <summary>Conditions given by the solutions on the two sides.</summary>
    /// <param name="inside">The inside solution.</param>
    /// <param name="outside">The outside solution.</param>
    public TransportConditions(Solution inside, Solution outside)
        : this(inside, outside, [])
    {
    }

    private TransportConditions(Solution inside, Solution outside, KeyValuePair<ChemicalReaction, MolarEnergy>[] reactions)
    {
        ArgumentNullException.ThrowIfNull(inside);
        ArgumentNullException.ThrowIfNull(outside);
        Inside = inside;
        Outside = outside;
        _reactions = reactions;
    }

    /// <summary>Conditions with no species and no reaction, to build on with the <c>With…</c> methods.</summary>
    public static TransportConditions Empty { get; } = new(Solution.Empty, Solution.Empty);

    /// <summary>The inside solution (cytosol, or lumen of an organelle).</summary>
    public Solution Inside { get; }

    /// <summary>The outside solution.</summary>
    public Solution Outside { get; }

    /// <summary>The free energies given for coupled reactions, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<ChemicalReaction, MolarEnergy>> ReactionFreeEnergies => _reactions;

    /// <summary>Conditions given species by species.</summary>
    /// <param name="gradients">Each species with its inside and outside concentrations; no species twice.</param>
    /// <exception cref="ArgumentException">A species listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A concentration negative, NaN or infinite.</exception>
    public static TransportConditions FromGradients(params (Ion Species, IonGradient Gradient)[] gradients)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        return new TransportConditions(
            new Solution(gradients.Select(g => (g.Species, g.Gradient.Inside)).ToArray()),
            new Solution(gradients.Select(g => (g.Species, g.Gradient.Outside)).ToArray()));
    }

    /// <summary>A copy with one species' concentrations added or replaced.</summary>
    /// <param name="species">The species.</param>
    /// <param name="gradient">Its inside and outside concentrations; finite and ≥ 0 (a transporter needs them &gt; 0).</param>
    public TransportConditions WithGradient(Ion species, IonGradient gradient)
    {
        ArgumentNullException.ThrowIfNull(species);
        Guard.NonNegativeFinite(gradient.Inside, "gradient.Inside");
        Guard.NonNegativeFinite(gradient.Outside, "gradient.Outside");
        return new(Inside.With(species, gradient.Inside), Outside.With(species, gradient.Outside), _reactions);
    }

    /// <summary>A copy with the proton concentrations set from the pH on each side ([H⁺] = 10^(−pH) M).</summary>
    /// <param name="inside">The pH inside; finite.</param>
    /// <param name="outside">The pH outside; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A pH that is not finite, or whose [H⁺] is not a positive finite double.</exception>
    public TransportConditions WithPh(Ph inside, Ph outside)
    {
        var hIn = ProtonConcentration(inside, nameof(inside));
        var hOut = ProtonConcentration(outside, nameof(outside));
        return WithGradient(Ions.Hydrogen, new IonGradient(hIn, hOut));
    }

    /// <summary>A copy with the free energy of a coupled reaction added or replaced.</summary>
    /// <param name="reaction">The reaction.</param>
    /// <param name="freeEnergy">ΔG of one turnover in the reaction's written direction; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A free energy that is not finite.</exception>
    public TransportConditions WithReactionFreeEnergy(ChemicalReaction reaction, MolarEnergy freeEnergy)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        Guard.Finite(freeEnergy, nameof(freeEnergy));
        var entry = KeyValuePair.Create(reaction, freeEnergy);
        var rest = _reactions.Where(r => !r.Key.Equals(reaction));
        return new TransportConditions(Inside, Outside, rest.Append(entry).ToArray());
    }

    /// <summary>A copy with the free energy of ATP hydrolysis (ΔG_ATP, e.g. from <see cref="AtpHydrolysis.FreeEnergy"/>).</summary>
    /// <param name="freeEnergy">ΔG of ATP + H₂O → ADP + Pᵢ on the side where ATP is used; finite, typically −50 to −60 kJ/mol.</param>
    public TransportConditions WithAtpHydrolysis(MolarEnergy freeEnergy) => WithReactionFreeEnergy(AtpHydrolysis.Reaction, freeEnergy);

    /// <summary>Looks up a species' concentrations on the two sides.</summary>
    /// <param name="species">The species.</param>
    /// <param name="gradient">Its inside and outside concentrations, when both are given.</param>
    /// <returns>True when both sides give the species.</returns>
    public bool TryGetGradient(Ion species, out IonGradient gradient)
    {
        if (Inside.TryGetConcentration(species, out var cin) && Outside.TryGetConcentration(species, out var cout))
        {
            gradient = new IonGradient(cin, cout);
            return true;
        }

        gradient = default;
        return false;
    }

    /// <summary>Looks up the free energy given for a reaction.</summary>
    /// <param name="reaction">The reaction.</param>
    /// <param name="freeEnergy">Its ΔG per turnover, when given.</param>
    /// <returns>True when given.</returns>
    public bool TryGetReactionFreeEnergy(ChemicalReaction reaction, out MolarEnergy freeEnergy)
    {
        foreach (var (key, value) in _reactions)
        {
            if (key.Equals(reaction))
            {
                freeEnergy = value;
                return true;
            }
        }

        freeEnergy = default;
        return false;
    }

    /// <summary>"inside: Na⁺ 12 mM, …; outside: …; ATP hydrolysis −57 kJ/mol", invariant culture.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"inside: {Inside}; outside: {Outside}");
        return _reactions.Length == 0
            ? text
            : text + "; " + string.Join(", ", _reactions.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.Name} {r.Value}")));
    }

    /// <summary>The gradient of a species a transporter moves, or a clear error naming what is missing.</summary>
    internal IonGradient RequireGradient(Ion species, string owner)
    {
        var hasIn = Inside.TryGetConcentration(species, out var cin);
        var hasOut = Outside.TryGetConcentration(species, out var cout);
        if (!hasIn || !hasOut)
        {
            var side = (hasIn, hasOut) switch
            {
                (false, false) => "on both sides",
                (false, true) => "inside",
                _ => "outside",
            };
            throw Guard.Fail(
                "conditions",
                string.Create(CultureInfo.InvariantCulture, $"missing {species.Symbol} {side} ({this})"),
                $"conditions giving {species.Symbol} inside and outside, since {owner} moves it");
        }

        Guard.PositiveFinite(cin, $"conditions.Inside[{species.Symbol}]");
        Guard.PositiveFinite(cout, $"conditions.Outside[{species.Symbol}]");
        return new IonGradient(cin, cout);
    }

    /// <summary>The free energy of a reaction a transporter couples to, or a clear error.</summary>
    internal MolarEnergy RequireReactionFreeEnergy(ChemicalReaction reaction, string owner) =>
        TryGetReactionFreeEnergy(reaction, out var g)
            ? g
            : throw Guard.Fail(
                "conditions",
                string.Create(CultureInfo.InvariantCulture, $"missing the free energy of {reaction.Name} ({this})"),
                $"conditions giving ΔG of {reaction.Name} ({reaction.Equation}), since {owner} couples to it (see {nameof(WithReactionFreeEnergy)})");

    private static Concentration ProtonConcentration(Ph ph, string parameterName)
    {
        Guard.Finite(ph, parameterName);
        var h = ph.ProtonConcentration;
        Guard.PositiveFinite(h, parameterName);
        return h;
    }
}
