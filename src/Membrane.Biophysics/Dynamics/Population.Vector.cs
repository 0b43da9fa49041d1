using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The vector kernel of <see cref="Population"/> for models whose gates are all HH 1952 gates: one pass over the cells,
/// a register of 4 or 8 cells at a time.
/// </summary>
/// <remarks>
/// <para>
/// The rates are those of <see cref="HodgkinHuxley1952"/> (HH 1952 eqs. 12–13, 20–21, 23–24 in NEURON's form, in s⁻¹),
/// each kept as a fraction num/den so that x∞ = α/(α + β) and α + β come out of one division per gate:
/// with α = a/b and β = c/d, P = a d + c b and Q = b d, α + β = P/Q = P²·r and x∞ = a d/P = a d Q·r, r = 1/(P Q).
/// Then x′ = x∞ + (x − x∞) e^(−Δt φ (α + β)) (Rush–Larsen, as <see cref="Simulation"/>), and
/// V′ = (C V/Δt + I − offset)/(C/Δt + G) with G and the offset summed over the channels in the model's order.
/// </para>
/// <para>
/// Four exponentials serve the six rates, all through <see cref="VectorExp"/> (Cody–Waite reduction, degree-13 series):
/// with u_m = (V + 40 mV)/10 mV and u_n = (V + 55 mV)/10 mV, the pair e^(−|u|) − 1, e^(−|u|) gives
/// B(u) = u/(1 − e^(−u)) without cancellation on both sides of the removable singularity (B(|u|) = |u|/(1 − e^(−|u|)),
/// B(−|u|) = B(|u|) e^(−|u|)), and the series 1 + u/2 + u²/12 − u⁴/720 below |u| = 10⁻⁴ exactly as the scalar
/// <see cref="HodgkinHuxley1952"/>; β_h = 1/(1 + e^(−(V + 35 mV)/10 mV)) reuses e^(−|u_m|) (the exponent differs
/// from −u_m by ½); β_m takes its own exponential; α_h ∝ e^(−(V + 65 mV)/20 mV) is the fourth power of β_n's
/// e^(−(V + 65 mV)/80 mV). Each rate is within a few ulps of the scalar one; a gate's e^(−Δt φ/τ) is one more
/// exponential, flushed to 0 below e^(−708) (where it is under 4·10⁻³⁰⁸ and changes no gate).
/// </para>
/// <para>
/// A register of cells whose V is outside [−1 V, 1 V] (where every exponent above stays within the exponential's
/// range) is stepped cell by cell instead, and a non-finite V′ is reported by the same path's checks. No lookup table
/// is used: the rates are evaluated in closed form at every step.
/// </para>
/// </remarks>
public sealed partial class Population
{
    private const int KindM = 1;
    private const int KindH = 2;
    private const int KindN = 3;

    /// <summary>Per gate 1 (m), 2 (h) or 3 (n) when every gate is an HH 1952 gate; otherwise null.</summary>
    private static int[]? HodgkinHuxleyGates(GateKinetics[] kinetics)
    {
        var kinds = new int[kinetics.Length];
        for (var g = 0; g < kinetics.Length; g++)
        {
            kinds[g] = ReferenceEquals(kinetics[g], HodgkinHuxley1952.M) ? KindM
                : ReferenceEquals(kinetics[g], HodgkinHuxley1952.H) ? KindH
                : ReferenceEquals(kinetics[g], HodgkinHuxley1952.N) ? KindN
                : 0;
            if (kinds[g] == 0)
            {
                return null;
            }
        }

        return kinds;
    }

    /// <summary>Steps whole registers of cells; returns the first cell it left to the per-cell path.</summary>
    private int StepVectors<TSimd, TVector>(double t, double injected)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var kinds = _hodgkinHuxleyGate!;
        var membrane = _membrane;
        var n = _count;
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(_v);
        ref var bias0 = ref MemoryMarshal.GetArrayDataReference(_bias);
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(membrane.X);
        var cOverDt = _capacitance / _dt;
        var (capacity, drive, threshold) = (TSimd.Broadcast(cOverDt), TSimd.Broadcast(injected), TSimd.Broadcast(_threshold));
        var (low, high, zero, one) = (TSimd.Broadcast(-1000.0), TSimd.Broadcast(1000.0), TSimd.Broadcast(0.0), TSimd.Broadcast(1.0));
        var (lowest, infinity) = (TSimd.Broadcast(double.MinValue), TSimd.Broadcast(double.PositiveInfinity));
        var width = TSimd.Count;
        var i = 0;
        for (; i + width <= n; i += width)
        {
            var v = TSimd.Load(ref v0, (nuint)i);
            var mv = TSimd.Multiply(v, TSimd.Broadcast(1000.0));
            if (!TSimd.AllWithin(mv, low, high))
            {
                for (var j = i; j < i + width; j++)
                {
                    StepCell(j, t, injected);
                }

                continue;
            }

            var rates = Rates<TSimd, TVector>.At(mv);
            for (var g = 0; g < kinds.Length; g++)
            {
                var (a, b, c, d) = rates.Of(kinds[g]);
                var p = TSimd.MultiplyAdd(a, d, TSimd.Multiply(c, b));
                var q = TSimd.Multiply(b, d);
                var r = TSimd.Divide(one, TSimd.Multiply(p, q));
                var steady = TSimd.Multiply(TSimd.Multiply(TSimd.Multiply(a, d), q), r);
                var exponent = TSimd.Multiply(TSimd.Broadcast(-membrane.Rate[g]), TSimd.Multiply(TSimd.Multiply(p, p), r));
                var decay = TSimd.And(TSimd.GreaterThanOrEqual(exponent, TSimd.Broadcast(-708.0)), VectorExp.Of<TSimd, TVector>(exponent));
                var at = (nuint)((g * n) + i);
                var x = TSimd.Load(ref x0, at);
                TSimd.Store(TSimd.MultiplyAdd(TSimd.Subtract(x, steady), decay, steady), ref x0, at);
            }

            var conductance = zero;
            var offset = zero;
            for (var c = 0; c < membrane.Channels; c++)
            {
                var open = one;
                for (var g = membrane.FirstGate[c]; g < membrane.FirstGate[c + 1]; g++)
                {
                    open = TSimd.Multiply(open, Power<TSimd, TVector>(TSimd.Load(ref x0, (nuint)((g * n) + i)), membrane.Power[g]));
                }

                var gc = TSimd.Multiply(TSimd.Broadcast(membrane.Maximal[c]), open);
                conductance = TSimd.Add(conductance, gc);
                offset = TSimd.MultiplyAdd(gc, TSimd.Broadcast(-membrane.Reversal(c, 0)), offset);
            }

            var numerator = TSimd.Subtract(TSimd.MultiplyAdd(capacity, v, TSimd.Add(drive, TSimd.Load(ref bias0, (nuint)i))), offset);
            var vNew = TSimd.Divide(numerator, TSimd.Add(capacity, conductance));
            var crossed = TSimd.Select(TSimd.GreaterThanOrEqual(v, threshold), zero, TSimd.GreaterThanOrEqual(vNew, threshold));
            if (!TSimd.AllWithin(vNew, lowest, infinity) || !TSimd.AllWithin(crossed, zero, one))
            {
                Lanes<TSimd, TVector>(i, t, vNew);
            }

            TSimd.Store(vNew, ref v0, (nuint)i);
        }

        return i;
    }

    /// <summary>The rare register with a spike or a non-finite V′: each lane checked and counted as <see cref="StepCell"/> does.</summary>
    private void Lanes<TSimd, TVector>(int i, double t, TVector vNew)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        TSimd.Store(vNew, ref MemoryMarshal.GetArrayDataReference(_lanes), 0);
        for (var j = 0; j < TSimd.Count; j++)
        {
            if (!double.IsFinite(_lanes[j]))
            {
                throw NonFinite(string.Create(CultureInfo.InvariantCulture, $"V of cell {i + j}"), _lanes[j]);
            }

            Crossing(i + j, t, _v[i + j], _lanes[j]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Power<TSimd, TVector>(TVector x, int power)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var r = x;
        for (var k = 1; k < power; k++)
        {
            r = TSimd.Multiply(r, x);
        }

        return r;
    }

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
        public static Rates<TSimd, TVector> At(TVector mv)
        {
            var one = TSimd.Broadcast(1.0);
            var uM = TSimd.Multiply(TSimd.Add(mv, TSimd.Broadcast(40.0)), TSimd.Broadcast(0.1));
            var (alphaM, alphaMDen) = Bernoulli(uM, 1000.0, out var eM, out var mPositive);
            var uN = TSimd.Multiply(TSimd.Add(mv, TSimd.Broadcast(55.0)), TSimd.Broadcast(0.1));
            var (alphaN, alphaNDen) = Bernoulli(uN, 100.0, out _, out _);

            var fromRest = TSimd.Add(mv, TSimd.Broadcast(65.0));
            var betaM = TSimd.Multiply(TSimd.Broadcast(4000.0), VectorExp.Of<TSimd, TVector>(TSimd.Multiply(fromRest, TSimd.Broadcast(-1.0 / 18.0))));
            var e80 = VectorExp.Of<TSimd, TVector>(TSimd.Multiply(fromRest, TSimd.Broadcast(-1.0 / 80.0)));
            var betaN = TSimd.Multiply(TSimd.Broadcast(125.0), e80);
            var e40 = TSimd.Multiply(e80, e80);
            var alphaH = TSimd.Multiply(TSimd.Broadcast(70.0), TSimd.Multiply(e40, e40));

            // e^(−(V + 35)/10) = e^½ e^(−u_m): for u_m ≥ 0, β_h = 1000/(1 + e^½ e^(−|u_m|)); else 1000 e^(−|u_m|)/(e^(−|u_m|) + e^½).
            var betaH = TSimd.Select(mPositive, TSimd.Broadcast(1000.0), TSimd.Multiply(TSimd.Broadcast(1000.0), eM));
            var betaHDen = TSimd.Select(mPositive, TSimd.MultiplyAdd(eM, TSimd.Broadcast(HalfExp), one), TSimd.Add(eM, TSimd.Broadcast(HalfExp)));
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

        /// <summary>
        /// scale·B(u) = scale·u/(1 − e^(−u)) as numerator/denominator: scale·|u|·(1 or e^(−|u|)) over 1 − e^(−|u|),
        /// or the series over 1 for |u| &lt; 10⁻⁴; also e^(−|u|) and the mask of u ≥ 0.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (TVector Numerator, TVector Denominator) Bernoulli(TVector u, double scale, out TVector expMinusAbs, out TVector positive)
        {
            var one = TSimd.Broadcast(1.0);
            var abs = TSimd.Abs(u);
            var minusOne = VectorExp.NonPositiveMinusOne<TSimd, TVector>(TSimd.Subtract(TSimd.Broadcast(0.0), abs), out expMinusAbs);
            positive = TSimd.GreaterThanOrEqual(u, TSimd.Broadcast(0.0));
            var numerator = TSimd.Multiply(TSimd.Multiply(TSimd.Broadcast(scale), abs), TSimd.Select(positive, one, expMinusAbs));
            var denominator = TSimd.Subtract(TSimd.Broadcast(0.0), minusOne);

            var u2 = TSimd.Multiply(u, u);
            var series = TSimd.MultiplyAdd(u2, TSimd.MultiplyAdd(u2, TSimd.Broadcast(-1.0 / 720.0), TSimd.Broadcast(1.0 / 12.0)), TSimd.MultiplyAdd(u, TSimd.Broadcast(0.5), one));
            var large = TSimd.GreaterThanOrEqual(abs, TSimd.Broadcast(1e-4));
            return (TSimd.Select(large, numerator, TSimd.Multiply(TSimd.Broadcast(scale), series)), TSimd.Select(large, denominator, one));
        }
    }
}
