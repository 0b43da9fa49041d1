using System;
using System.Globalization;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// How many times a coupled chemical reaction proceeds, as written, per transporter cycle: +1 for one ATP hydrolysed,
/// −3 for three ATP synthesised.
/// </summary>
/// <param name="Reaction">The coupled reaction.</param>
/// <param name="Count">Turnovers per cycle in the written direction of the reaction; negative for the reverse. Non-zero.</param>
/// <remarks>Immutable and thread-safe. Holds what it is given; <see cref="Stoichiometry"/> checks it.</remarks>
public readonly record struct ReactionTurnover(ChemicalReaction Reaction, int Count)
{
    /// <summary>The reaction turning the other way.</summary>
    public ReactionTurnover Reversed() => new(Reaction, checked(-Count));

    /// <summary>"1 × ATP hydrolysis", or "3 × ATP hydrolysis reversed" for a negative count, invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs((long)Count)} × {Reaction?.Name ?? "?"}{(Count < 0 ? " reversed" : string.Empty)}");
}
