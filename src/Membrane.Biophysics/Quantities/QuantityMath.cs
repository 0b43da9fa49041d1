using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>Small numeric helpers shared by the quantity types.</summary>
internal static class QuantityMath
{
    /// <summary>|a − b| ≤ tol · max(|a|, |b|); equal values (including equal infinities) always pass.</summary>
    public static bool IsApproximately(double a, double b, double relativeTolerance)
    {
        if (!(relativeTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), $"relativeTolerance must be ≥ 0; was {relativeTolerance}.");
        }

        return a.Equals(b) || Math.Abs(a - b) <= relativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    /// <summary>|a − b| ≤ tol; equal values (including equal infinities) always pass.</summary>
    public static bool IsWithin(double a, double b, double absoluteTolerance)
    {
        if (!(absoluteTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(absoluteTolerance), $"absoluteTolerance must be ≥ 0; was {absoluteTolerance}.");
        }

        return a.Equals(b) || Math.Abs(a - b) <= absoluteTolerance;
    }
}
