using System;
using System.Globalization;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// One term of a transporter's stoichiometry: how many of one species cross the membrane per cycle, counted inward
/// (positive: from outside to inside; negative: from inside to outside).
/// </summary>
/// <param name="Species">The species that crosses.</param>
/// <param name="Count">How many cross inward per cycle; negative for outward. <see cref="Stoichiometry"/> rejects zero.</param>
/// <remarks>Immutable and thread-safe. Holds what it is given; <see cref="Stoichiometry"/> checks it.</remarks>
public readonly record struct Translocation(Ion Species, int Count)
{
    /// <summary>The charge this term carries inward per cycle, Count × z.</summary>
    public int ChargeInward => checked(Count * (Species ?? throw new InvalidOperationException("A translocation needs a species.")).Valence);

    /// <summary>The same species moving the other way.</summary>
    public Translocation Reversed() => new(Species, checked(-Count));

    /// <summary>"3 Na⁺ in" or "1 Ca²⁺ out", invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs((long)Count)} {Species?.Symbol ?? "?"} {(Count >= 0 ? "in" : "out")}");
}
