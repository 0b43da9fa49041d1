using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>Small numeric helpers shared by the quantity types.</summary>
internal static class QuantityMath
{
    /// <summary>|a − b| ≤ tol · max(|a|, |b|); equal values (including equal infinities) always pass.</summary>
    public static bool IsApproximately(double a, double b, double relativeTolerance)
    {
        QuantityGuard.NonNegative(relativeTolerance, nameof(relativeTolerance));
        return a.Equals(b) || Math.Abs(a - b) <= relativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    /// <summary>|a − b| ≤ tol; equal values (including equal infinities) always pass.</summary>
    public static bool IsWithin(double a, double b, double absoluteTolerance)
    {
        QuantityGuard.NonNegative(absoluteTolerance, nameof(absoluteTolerance));
        return a.Equals(b) || Math.Abs(a - b) <= absoluteTolerance;
    }
}
