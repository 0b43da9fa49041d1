using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Species;

/// <summary>The concentrations of one species on the two sides of a membrane.</summary>
/// <param name="Inside">The concentration inside (cytosol, or the lumen of an organelle).</param>
/// <param name="Outside">The concentration outside (extracellular fluid, bath, or cytosol around an organelle).</param>
/// <remarks>Immutable and thread-safe. Holds what it is given; the laws check the values they need.</remarks>
public readonly record struct IonGradient(Concentration Inside, Concentration Outside)
{
    /// <summary>
    /// A gradient written in millimolar: <c>IonGradient.Millimolar(140, 5)</c>. Named like
    /// <see cref="Solution.Millimolar"/>, not <c>From…</c>: an <see cref="IonGradient"/> is a pair of quantities, not a
    /// quantity, and only quantities have <c>From{Unit}</c> factories.
    /// </summary>
    /// <param name="inside">The inside concentration in mM.</param>
    /// <param name="outside">The outside concentration in mM.</param>
    public static IonGradient Millimolar(double inside, double outside) =>
        new(Concentration.FromMillimolar(inside), Concentration.FromMillimolar(outside));

    /// <summary>The same concentrations with the sides exchanged.</summary>
    public IonGradient Reversed() => new(Outside, Inside);

    /// <summary>c_in / c_out.</summary>
    public double InsideToOutsideRatio => Inside / Outside;
}
