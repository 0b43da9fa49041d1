using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// One mobile species of a Poisson–Nernst–Planck problem: its charge number, diffusion coefficient and, at the left
/// (x = 0, inside) and right (x = L, outside) ends, a fixed (Dirichlet) concentration or a no-flux wall.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every property is equal.</remarks>
public sealed record PnpSpecies
{
    /// <summary>Defines a species.</summary>
    /// <param name="name">A name for output, e.g. "K⁺".</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="diffusionCoefficient">D; finite and &gt; 0.</param>
    /// <param name="left">c at x = 0; finite and &gt; 0.</param>
    /// <param name="right">c at x = L; finite and &gt; 0.</param>
    /// <param name="leftBoundary">What holds it at x = 0; a fixed concentration unless given.</param>
    /// <param name="rightBoundary">What holds it at x = L; a fixed concentration unless given.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range, or no-flux at both ends.</exception>
    public PnpSpecies(string name, int valence, Diffusivity diffusionCoefficient, Concentration left, Concentration right, PnpBoundary leftBoundary = PnpBoundary.FixedConcentration, PnpBoundary rightBoundary = PnpBoundary.FixedConcentration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.PositiveFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.PositiveFinite(left, nameof(left));
        Guard.PositiveFinite(right, nameof(right));
        if (leftBoundary == PnpBoundary.NoFlux && rightBoundary == PnpBoundary.NoFlux)
        {
            throw Guard.Fail(nameof(rightBoundary), "NoFlux at both ends", "a fixed concentration at one end at least (a species sealed at both ends has no fixed amount)");
        }

        Guard.Defined(leftBoundary, nameof(leftBoundary));
        Guard.Defined(rightBoundary, nameof(rightBoundary));

        LeftBoundary = leftBoundary;
        RightBoundary = rightBoundary;
        Name = name;
        Valence = valence;
        DiffusionCoefficient = diffusionCoefficient;
        Left = left;
        Right = right;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The charge number z.</summary>
    public int Valence { get; }

    /// <summary>The diffusion coefficient D.</summary>
    public Diffusivity DiffusionCoefficient { get; }

    /// <summary>The concentration held at x = 0 (inside); the starting guess there when <see cref="LeftBoundary"/> is no-flux.</summary>
    public Concentration Left { get; }

    /// <summary>The concentration held at x = L (outside); the starting guess there when <see cref="RightBoundary"/> is no-flux.</summary>
    public Concentration Right { get; }

    /// <summary>What holds the species at x = 0.</summary>
    public PnpBoundary LeftBoundary { get; }

    /// <summary>What holds the species at x = L.</summary>
    public PnpBoundary RightBoundary { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
