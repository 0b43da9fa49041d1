using System;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// A chemical reaction a transporter couples to its cycle, such as ATP hydrolysis. Its free energy is a property of
/// the compartment where it happens (the cytosol's [ATP], [ADP], [Pᵢ]), not of the transporter, so it is given with
/// the conditions (<see cref="TransportConditions.WithReactionFreeEnergy"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; two reactions are the same when their name and equation are.</remarks>
public sealed record ChemicalReaction
{
    /// <summary>Names a reaction.</summary>
    /// <param name="name">A short name, e.g. "ATP hydrolysis".</param>
    /// <param name="equation">The reaction as written, in the direction whose free energy is given, e.g. "ATP + H₂O → ADP + Pᵢ".</param>
    public ChemicalReaction(string name, string equation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(equation);
        Name = name;
        Equation = equation;
    }

    /// <summary>A short name, e.g. "ATP hydrolysis".</summary>
    public string Name { get; }

    /// <summary>The reaction as written, in the direction whose free energy is given.</summary>
    public string Equation { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
