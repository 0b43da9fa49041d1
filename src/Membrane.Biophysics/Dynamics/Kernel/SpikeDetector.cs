using System;
using System.Numerics;

using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Spikes: upward crossings of each compartment's threshold, timed by linear interpolation within the step, counted
/// per compartment with the first and last crossing (what a steady firing rate needs) and, while a recording asks,
/// the times of one compartment's crossings.
/// </summary>
internal sealed class SpikeDetector
{
    /// <summary>A detector with the same threshold everywhere (+∞ counts nothing).</summary>
    public SpikeDetector(int sites, double threshold)
    {
        Threshold = AlignedArray.Of(sites);
        Array.Fill(Threshold, threshold);
        Count = new int[sites];
        First = new double[sites];
        Last = new double[sites];
    }

    /// <summary>Each compartment's threshold, V.</summary>
    public double[] Threshold { get; }

    /// <summary>Crossings per compartment since the last reset.</summary>
    public int[] Count { get; }

    /// <summary>The first crossing's time per compartment, s.</summary>
    public double[] First { get; }

    /// <summary>The last crossing's time per compartment, s.</summary>
    public double[] Last { get; }

    /// <summary>The compartment whose crossing times are kept, −1 for none.</summary>
    public int RecordedSite { get; set; } = -1;

    /// <summary>The crossing times kept, s (the first <see cref="Recorded"/>).</summary>
    public double[] Times { get; private set; } = new double[64];

    /// <summary>How many crossing times are kept.</summary>
    public int Recorded { get; set; }

    /// <summary>
    /// Counts (and keeps) the crossings of compartments [<paramref name="from"/>, <paramref name="to"/>) between
    /// <paramref name="tOld"/> (V = <paramref name="v"/>) and <paramref name="tOld"/> + <paramref name="dt"/> (V′ = <paramref name="vNew"/>).
    /// </summary>
    public void Detect(int from, int to, double tOld, double dt, double[] v, double[] vNew)
    {
        var threshold = Threshold;
        var s = from;
        for (; s <= to - Vector<double>.Count; s += Vector<double>.Count)
        {
            var th = new Vector<double>(threshold, s);
            if (Vector.LessThanAny(new Vector<double>(v, s), th) && Vector.GreaterThanOrEqualAny(new Vector<double>(vNew, s), th))
            {
                Scan(s, s + Vector<double>.Count, tOld, dt, v, vNew);
            }
        }

        Scan(s, to, tOld, dt, v, vNew);
    }

    /// <summary>The crossings in [from, to), one compartment at a time.</summary>
    private void Scan(int from, int to, double tOld, double dt, double[] v, double[] vNew)
    {
        var threshold = Threshold;
        for (var s = from; s < to; s++)
        {
            if (v[s] < threshold[s] && vNew[s] >= threshold[s])
            {
                Cross(s, tOld + (dt * (threshold[s] - v[s]) / (vNew[s] - v[s])));
            }
        }
    }

    private void Cross(int site, double when)
    {
        if (Count[site]++ == 0)
        {
            First[site] = when;
        }

        Last[site] = when;
        if (site == RecordedSite)
        {
            if (Recorded == Times.Length)
            {
                var grown = new double[2 * Times.Length];
                Times.CopyTo(grown, 0);
                Times = grown;
            }

            Times[Recorded++] = when;
        }
    }
}
