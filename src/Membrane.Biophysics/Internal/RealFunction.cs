namespace Membrane.Biophysics.Internal;

/// <summary>
/// A real function of one real variable, as a struct (or ref struct) type argument so that each root finder is
/// specialised for it by the JIT and nothing is allocated: no delegate, no closure.
/// </summary>
internal interface IRealFunction
{
    /// <summary>f(x).</summary>
    double Evaluate(double x);
}

/// <summary>A real function that can also give its derivative, where it has one at hand (for Newton's method).</summary>
internal interface IDifferentiableFunction : IRealFunction
{
    /// <summary>f(x) and f′(x); false where the derivative is not at hand (the caller then does without it).</summary>
    bool TryEvaluate(double x, out double value, out double derivative);
}
