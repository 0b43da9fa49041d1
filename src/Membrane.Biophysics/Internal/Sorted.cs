using System;

namespace Membrane.Biophysics.Internal;

/// <summary>Searches in sorted arrays.</summary>
internal static class Sorted
{
    /// <summary>The first index i with <paramref name="values"/>[i] ≥ <paramref name="value"/> (the length if none), for values in non-decreasing order; O(log n).</summary>
    public static int LowerBound(ReadOnlySpan<int> values, int value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
