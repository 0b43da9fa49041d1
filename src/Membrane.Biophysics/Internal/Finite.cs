using System;
using System.Numerics;

namespace Membrane.Biophysics.Internal;

/// <summary>Whether ranges of numbers are all finite, a vector register at a time (x − x is 0 for finite x and NaN for ±∞ and NaN).</summary>
internal static class Finite
{
    /// <summary>Whether a[i], b[i] and c[i] are finite for every i in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool All(double[] a, double[] b, double[] c, int from, int to)
    {
        var sum = Vector<double>.Zero;
        var i = from;
        for (; i <= to - Vector<double>.Count; i += Vector<double>.Count)
        {
            var (x, y, z) = (new Vector<double>(a, i), new Vector<double>(b, i), new Vector<double>(c, i));
            sum += (x - x) + (y - y) + (z - z);
        }

        var tail = 0.0;
        for (; i < to; i++)
        {
            tail += (a[i] - a[i]) + (b[i] - b[i]) + (c[i] - c[i]);
        }

        return Vector.Sum(sum) + tail == 0;
    }
}
