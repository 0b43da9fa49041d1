using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// One mobile species of a Poisson–Nernst–Planck problem: its charge number, diffusion coefficient and the fixed
/// (Dirichlet) concentrations at the left (x = 0, inside) and right (x = L, outside) ends.
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
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public PnpSpecies(string name, int valence, Diffusivity diffusionCoefficient, Concentration left, Concentration right)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.NonZeroValence(valence, nameof(valence));
        Guard.PositiveFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.PositiveFinite(left, nameof(left));
        Guard.PositiveFinite(right, nameof(right));
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

    /// <summary>The concentration held at x = 0 (inside).</summary>
    public Concentration Left { get; }

    /// <summary>The concentration held at x = L (outside).</summary>
    public Concentration Right { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
