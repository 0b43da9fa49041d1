using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The vector path of the <see cref="GateBlock"/>s at the same compartments whose gates are all HH 1952 gates (a cell's
/// Na and K channels): a register of 4 or 8 instances at consecutive compartments at a time, the rates in closed form,
/// computed once per register for every block.
/// </summary>
/// <remarks>
/// <para>
/// The rates are those of <see cref="HodgkinHuxley1952"/> (HH 1952 eqs. 12–13, 20–21, 23–24 in NEURON's form, in s⁻¹),
/// each kept as a fraction num/den so that x∞ = α/(α + β) and α + β come out of one division per gate:
/// with α = a/b and β = c/d, P = a d + c b and Q = b d, α + β = P/Q = P²·r and x∞ = a d/P = a d Q·r, r = 1/(P Q).
/// Then x′ = x∞ + (x − x∞) e^(−Δt φ (α + β)) (Rush–Larsen).
/// </para>
/// <para>
/// Four exponentials serve the six rates (only those the blocks' gates read are computed: m and h, n, or all), all through <see cref="VectorExp"/> (Cody–Waite reduction, degree-13 series):
/// with u_m = (V + 40 mV)/10 mV and u_n = (V + 55 mV)/10 mV, the pair e^(−|u|) − 1, e^(−|u|) gives
/// B(u) = u/(1 − e^(−u)) without cancellation on both sides of the removable singularity (B(|u|) = |u|/(1 − e^(−|u|)),
/// B(−|u|) = B(|u|) e^(−|u|)), and the series 1 + u/2 + u²/12 − u⁴/720 below |u| = <see cref="Bernoulli.SeriesLimit"/>: the
/// vector twin of the scalar <see cref="Bernoulli.Of(double)"/> at −u, which <see cref="HodgkinHuxley1952"/> uses (tested against it); β_h = 1/(1 + e^(−(V + 35 mV)/10 mV)) reuses e^(−|u_m|) (the exponent differs
/// from −u_m by ½); β_m takes its own exponential; α_h ∝ e^(−(V + 65 mV)/20 mV) is the fourth power of β_n's
/// e^(−(V + 65 mV)/80 mV). Each rate is within a few ulps of the scalar one; a gate's e^(−Δt φ/τ) is one more
/// exponential, flushed to 0 below e^(−708) (where it is under 4·10⁻³⁰⁸ and changes no gate).
/// </para>
/// <para>
/// A register whose V lies outside [−1 V, 1 V] (where every exponent above stays within the exponential's range) is
/// left to the per-gate path, which also takes the instances outside whole registers. Registers start at multiples of
/// the width, so a population split over threads at such multiples steps every cell exactly as one thread would.
/// </para>
/// </remarks>
internal sealed class HodgkinHuxleyGates
{
    private const int KindM = 1;
    private const int KindH = 2;
    private const int KindN = 3;

    private readonly Member[] _members;
    private readonly Needs _needs;      // which of the six rates the members' gates read

    /// <summary>One vector path for <paramref name="blocks"/>, gate blocks at the same compartments whose gates are all HH 1952 gates.</summary>
    public HodgkinHuxleyGates(IReadOnlyList<GateBlock> blocks)
    {
        _members = new Member[blocks.Count];
        var (m, h, n) = (false, false, false);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = new int[block.Gates];
            for (var g = 0; g < kind.Length; g++)
            {
                kind[g] = KindOf(block.Kinetics(g));
            }

            (m, h, n) = (m || Array.IndexOf(kind, KindM) >= 0, h || Array.IndexOf(kind, KindH) >= 0, n || Array.IndexOf(kind, KindN) >= 0);
            _members[i] = new Member(kind, block.Rate, block.Power, block.X, block.Open, block.AdvancePerGate);
        }

        _needs = new Needs(m, h, n);
    }

    /// <summary>Whether the vector path can step these gates: all HH 1952 gates, at least one, on a machine with 256- or 512-bit vectors.</summary>
    public static bool Accepts(IReadOnlyList<GateKinetics> kinetics)
    {
        if (!(Simd512.IsAccelerated || Simd256.IsAccelerated) || kinetics.Count == 0)
        {
            return false;
        }

        foreach (var k in kinetics)
        {
            if (KindOf(k) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int KindOf(GateKinetics kinetics) =>
        ReferenceEquals(kinetics, HodgkinHuxley1952.M) ? KindM
        : ReferenceEquals(kinetics, HodgkinHuxley1952.H) ? KindH
        : ReferenceEquals(kinetics, HodgkinHuxley1952.N) ? KindN
        : 0;

    /// <summary>The number of instances a register holds (4 or 8): vector paths split a range at its multiples.</summary>
    public static int Width => Simd512.IsAccelerated ? Simd512.Count : Simd256.Count;

    /// <summary>
    /// Advances every member's instances in [<paramref name="from"/>, <paramref name="to"/>) a register at a time (from
    /// the first multiple of <see cref="Width"/>, so a range split at such multiples advances each instance as the whole
    /// range would), the rates computed once per register for all members, and sets their open fractions Π xₖ^pₖ
    /// (multiplied in the per-gate path's order, so bit for bit alike); a register whose compartments are not
    /// consecutive or whose V is outside ±1 V, and the instances outside whole registers, go to each member's per-gate
    /// path, which sets their open fractions too.
    /// </summary>
    /// <param name="voltage">The compartments' V.</param>
    /// <param name="site">The instances' compartments (the same for every member), increasing.</param>
    /// <param name="count">The number of instances.</param>
    /// <param name="from">The first instance.</param>
    /// <param name="to">The end of the instances.</param>
    public void Advance(double[] voltage, int[] site, int count, int from, int to)
    {
        if (Simd512.IsAccelerated)
        {
            Advance<Simd512, Vector512<double>>(voltage, site, count, from, to);
        }
        else
        {
            Advance<Simd256, Vector256<double>>(voltage, site, count, from, to);
        }
    }

    private void PerGate(int from, int to)
    {
        foreach (var member in _members)
        {
            member.PerGate(from, to);
        }
    }

    private void Advance<TSimd, TVector>(double[] voltage, int[] site, int count, int from, int to)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(voltage);
        var (low, high, one) = (TSimd.Broadcast(-1000.0), TSimd.Broadcast(1000.0), TSimd.Broadcast(1.0));
        var width = TSimd.Count;
        var k = Math.Min(to, (from + width - 1) / width * width);
        if (k > from)
        {
            PerGate(from, k);
        }

        for (; k + width <= to; k += width)
        {
            var first = site[k];
            if (site[k + width - 1] != first + width - 1)
            {
                PerGate(k, k + width); // not consecutive compartments
                continue;
            }

            var mv = TSimd.Multiply(TSimd.Load(ref v0, (nuint)first), TSimd.Broadcast(1000.0));
            if (!TSimd.AllWithin(mv, low, high))
            {
                PerGate(k, k + width);
                continue;
            }

            var rates = Rates<TSimd, TVector>.At(mv, _needs);
            foreach (var member in _members)
            {
                ref var x0 = ref MemoryMarshal.GetArrayDataReference(member.X);
                var (kind, rate, powers) = (member.Kind, member.Rate, member.Power);
                var fraction = one;
                for (var g = 0; g < kind.Length; g++)
                {
                    var (a, b, c, d) = rates.Of(kind[g]);
                    var p = TSimd.MultiplyAdd(a, d, TSimd.Multiply(c, b));
                    var q = TSimd.Multiply(b, d);
                    var r = TSimd.Divide(one, TSimd.Multiply(p, q));
                    var steady = TSimd.Multiply(TSimd.Multiply(TSimd.Multiply(a, d), q), r);
                    var exponent = TSimd.Multiply(TSimd.Broadcast(-rate[g]), TSimd.Multiply(TSimd.Multiply(p, p), r));
                    var decay = TSimd.And(TSimd.GreaterThanOrEqual(exponent, TSimd.Broadcast(-708.0)), VectorExp.Of<TSimd, TVector>(exponent));
                    var at = (nuint)((g * count) + k);
                    var xg = TSimd.MultiplyAdd(TSimd.Subtract(TSimd.Load(ref x0, at), steady), decay, steady);
                    TSimd.Store(xg, ref x0, at);
                    var power = xg;
                    for (var e = 1; e < powers[g]; e++)
                    {
                        power = TSimd.Multiply(power, xg);
                    }

                    fraction = TSimd.Multiply(fraction, power);
                }

                TSimd.Store(fraction, ref MemoryMarshal.GetArrayDataReference(member.Open), (nuint)k);
            }
        }

        if (k < to)
        {
            PerGate(k, to);
        }
    }

    /// <summary>One gate block stepped by this path: its gates' kinds (1 m, 2 h, 3 n), Δt·φ and powers, its state, its per-gate path.</summary>
    private readonly record struct Member(int[] Kind, double[] Rate, int[] Power, double[] X, double[] Open, Action<int, int> PerGate);

    /// <summary>Which rates a channel's gates read: m's α and β, h's, n's.</summary>
    private readonly record struct Needs(bool M, bool H, bool N);

    /// <summary>The six HH 1952 rates (s⁻¹) at a register of potentials (mV), each as numerator and denominator.</summary>
    private readonly struct Rates<TSimd, TVector>
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        private const double HalfExp = 1.6487212707001282; // e^½

        private readonly TVector _alphaM, _alphaMDen, _betaM, _alphaH, _betaH, _betaHDen, _alphaN, _alphaNDen, _betaN;

        private Rates(TVector alphaM, TVector alphaMDen, TVector betaM, TVector alphaH, TVector betaH, TVector betaHDen, TVector alphaN, TVector alphaNDen, TVector betaN)
        {
            (_alphaM, _alphaMDen, _betaM) = (alphaM, alphaMDen, betaM);
            (_alphaH, _betaH, _betaHDen) = (alphaH, betaH, betaHDen);
            (_alphaN, _alphaNDen, _betaN) = (alphaN, alphaNDen, betaN);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Rates<TSimd, TVector> At(TVector mv, Needs needs)
        {
            var one = TSimd.Broadcast(1.0);
            var (alphaM, alphaMDen, betaM, alphaH, betaH, betaHDen, alphaN, alphaNDen, betaN) = (one, one, one, one, one, one, one, one, one);
            var fromRest = TSimd.Add(mv, TSimd.Broadcast(65.0));
            if (needs.M || needs.H)
            {
                var uM = TSimd.Multiply(TSimd.Add(mv, TSimd.Broadcast(40.0)), TSimd.Broadcast(0.1));
                (alphaM, alphaMDen) = ScaledBernoulli<TSimd, TVector>(uM, 1000.0, out var eM, out var mPositive);

                // e^(−(V + 35)/10) = e^½ e^(−u_m): for u_m ≥ 0, β_h = 1000/(1 + e^½ e^(−|u_m|)); else 1000 e^(−|u_m|)/(e^(−|u_m|) + e^½).
                betaH = TSimd.Select(mPositive, TSimd.Broadcast(1000.0), TSimd.Multiply(TSimd.Broadcast(1000.0), eM));
                betaHDen = TSimd.Select(mPositive, TSimd.MultiplyAdd(eM, TSimd.Broadcast(HalfExp), one), TSimd.Add(eM, TSimd.Broadcast(HalfExp)));
            }

            if (needs.M)
            {
                betaM = TSimd.Multiply(TSimd.Broadcast(4000.0), VectorExp.Of<TSimd, TVector>(TSimd.Multiply(fromRest, TSimd.Broadcast(-1.0 / 18.0))));
            }

            if (needs.H || needs.N)
            {
                var e80 = VectorExp.Of<TSimd, TVector>(TSimd.Multiply(fromRest, TSimd.Broadcast(-1.0 / 80.0)));
                betaN = TSimd.Multiply(TSimd.Broadcast(125.0), e80);
                var e40 = TSimd.Multiply(e80, e80);
                alphaH = TSimd.Multiply(TSimd.Broadcast(70.0), TSimd.Multiply(e40, e40));
            }

            if (needs.N)
            {
                var uN = TSimd.Multiply(TSimd.Add(mv, TSimd.Broadcast(55.0)), TSimd.Broadcast(0.1));
                (alphaN, alphaNDen) = ScaledBernoulli<TSimd, TVector>(uN, 100.0, out _, out _);
            }

            return new(alphaM, alphaMDen, betaM, alphaH, betaH, betaHDen, alphaN, alphaNDen, betaN);
        }

        /// <summary>The rate pair (α num, α den, β num, β den) of gate kind 1 (m), 2 (h) or 3 (n).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (TVector A, TVector B, TVector C, TVector D) Of(int kind)
        {
            var one = TSimd.Broadcast(1.0);
            return kind switch
            {
                KindM => (_alphaM, _alphaMDen, _betaM, one),
                KindH => (_alphaH, one, _betaH, _betaHDen),
                _ => (_alphaN, _alphaNDen, _betaN, one),
            };
        }
    }

    /// <summary>
    /// scale·B(u) = scale·u/(1 − e^(−u)) as numerator/denominator: scale·|u|·(1 or e^(−|u|)) over 1 − e^(−|u|),
    /// or the series over 1 for |u| &lt; <see cref="Bernoulli.SeriesLimit"/> (the vector twin of
    /// <see cref="Bernoulli.Of(double)"/> at −u); also e^(−|u|) and the mask of u ≥ 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (TVector Numerator, TVector Denominator) ScaledBernoulli<TSimd, TVector>(TVector u, double scale, out TVector expMinusAbs, out TVector positive)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var one = TSimd.Broadcast(1.0);
        var abs = TSimd.Abs(u);
        var minusOne = VectorExp.NonPositiveMinusOne<TSimd, TVector>(TSimd.Subtract(TSimd.Broadcast(0.0), abs), out expMinusAbs);
        positive = TSimd.GreaterThanOrEqual(u, TSimd.Broadcast(0.0));
        var numerator = TSimd.Multiply(TSimd.Multiply(TSimd.Broadcast(scale), abs), TSimd.Select(positive, one, expMinusAbs));
        var denominator = TSimd.Subtract(TSimd.Broadcast(0.0), minusOne);

        var u2 = TSimd.Multiply(u, u);
        var series = TSimd.MultiplyAdd(u2, TSimd.MultiplyAdd(u2, TSimd.Broadcast(-1.0 / 720.0), TSimd.Broadcast(1.0 / 12.0)), TSimd.MultiplyAdd(u, TSimd.Broadcast(0.5), one));
        var large = TSimd.GreaterThanOrEqual(abs, TSimd.Broadcast(Bernoulli.SeriesLimit));
        return (TSimd.Select(large, numerator, TSimd.Multiply(TSimd.Broadcast(scale), series)), TSimd.Select(large, denominator, one));
    }
}
