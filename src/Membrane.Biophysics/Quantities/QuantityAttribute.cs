using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// Marks a <c>readonly partial struct</c> as a quantity holding one SI value. The build writes the shared
/// members (equality, comparison, formatting, parsing and, when <see cref="Additive"/>, arithmetic).
/// </summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class QuantityAttribute : Attribute
{
    /// <summary>Marks a quantity stored in the SI unit <paramref name="siUnit"/>.</summary>
    public QuantityAttribute(string siUnit) => SiUnit = siUnit;

    /// <summary>The SI unit symbol.</summary>
    public string SiUnit { get; }

    /// <summary>False for affine quantities such as temperature, which have no meaningful sum.</summary>
    public bool Additive { get; init; } = true;
}
