using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// One unbranched cylinder of a <see cref="CableTree"/>: its length and diameter, the section it hangs from (its proximal
/// end joins the distal end of its parent), and one membrane per compartment, proximal to distal — so each compartment
/// can carry its own concentrations, synapses, pools and injected current.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CableSection
{
    private readonly CellModel[] _compartments;

    /// <summary>A section with a membrane per compartment.</summary>
    /// <param name="name">Its name, e.g. "trunk".</param>
    /// <param name="parent">The index of the section whose distal end it joins, earlier in the tree's list; −1 for the root.</param>
    /// <param name="length">Its length; finite and &gt; 0.</param>
    /// <param name="diameter">Its diameter; finite and &gt; 0.</param>
    /// <param name="compartments">One membrane per compartment, proximal to distal; at least one. Copied.</param>
    /// <exception cref="ArgumentNullException">An argument or membrane is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CableSection(string name, int parent, Length length, Length diameter, IEnumerable<CellModel> compartments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(compartments);
        Guard.PositiveFinite(length, nameof(length));
        Guard.PositiveFinite(diameter, nameof(diameter));
        Guard.AtLeast(parent, -1, nameof(parent), detail: ": −1 (the root) or the index of an earlier section");

        _compartments = compartments.ToArray();
        if (_compartments.Length == 0)
        {
            throw Guard.Fail(nameof(compartments), "empty", "at least one compartment's membrane");
        }

        foreach (var c in _compartments)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(compartments));
        }

        Name = name;
        Parent = parent;
        Length = length;
        Diameter = diameter;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The parent section's index; −1 for the root.</summary>
    public int Parent { get; }

    /// <summary>The length.</summary>
    public Length Length { get; }

    /// <summary>The diameter.</summary>
    public Length Diameter { get; }

    /// <summary>The membrane of each compartment, proximal to distal.</summary>
    public IReadOnlyList<CellModel> Compartments => _compartments;

    /// <summary>A section whose compartments all have the same membrane.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="parent">The parent section's index; −1 for the root.</param>
    /// <param name="length">Its length; finite and &gt; 0.</param>
    /// <param name="diameter">Its diameter; finite and &gt; 0.</param>
    /// <param name="compartments">The number of compartments; ≥ 1.</param>
    /// <param name="membrane">The membrane of every compartment.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static CableSection Uniform(string name, int parent, Length length, Length diameter, int compartments, CellModel membrane)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        Guard.AtLeast(compartments, 1, nameof(compartments), "compartment");

        return new CableSection(name, parent, length, diameter, Enumerable.Repeat(membrane, compartments));
    }
}
