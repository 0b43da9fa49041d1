using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// The few vector operations the batch laws need, over one register width. A kernel written once against this
/// interface is specialised by the JIT for each width (<see cref="Simd512"/>, <see cref="Simd256"/>), with every
/// call inlined: one loop body, no per-width copies.
/// </summary>
/// <typeparam name="TVector">The register type.</typeparam>
internal interface ISimd<TVector>
    where TVector : struct
{
    /// <summary>True when this width runs in hardware here.</summary>
    static abstract bool IsAccelerated { get; }

    /// <summary>Doubles per register.</summary>
    static abstract int Count { get; }

    static abstract TVector Load(ref double source, nuint index);

    static abstract void Store(TVector value, ref double destination, nuint index);

    static abstract TVector Broadcast(double value);

    static abstract TVector Add(TVector left, TVector right);

    static abstract TVector Subtract(TVector left, TVector right);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector c);

    /// <summary>Splits positive normal x into x = 2^k · m with m in [1, 2): returns m, and k (an integer) as a double.</summary>
    static abstract TVector Decompose(TVector x, out TVector k);

    /// <summary>
    /// 2^k from <paramref name="shifted"/> = k + 1.5·2⁵² (an integer k in [−1022, 1023] held in the low mantissa bits,
    /// see <see cref="VectorExp"/>): k + 1023 placed in the exponent field.
    /// </summary>
    static abstract TVector PowerOfTwo(TVector shifted);

    /// <summary>|x| per lane.</summary>
    static abstract TVector Abs(TVector value);

    /// <summary>All bits set in the lanes where left ≥ right, else zero.</summary>
    static abstract TVector GreaterThanOrEqual(TVector left, TVector right);

    /// <summary>Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>.</summary>
    static abstract TVector Select(TVector mask, TVector whenTrue, TVector whenFalse);

    /// <summary>Bitwise and (a mask and a value: the value where the mask is set, else +0).</summary>
    static abstract TVector And(TVector mask, TVector value);

    static abstract TVector Multiply(TVector left, TVector right);

    static abstract TVector Divide(TVector left, TVector right);

    static abstract TVector Log(TVector value);

    static abstract TVector Exp(TVector value);

    /// <summary>True when every lane satisfies low ≤ lane &lt; high (NaN lanes fail).</summary>
    static abstract bool AllWithin(TVector value, TVector low, TVector high);
}

/// <summary>AVX-512: eight doubles.</summary>
internal readonly struct Simd512 : ISimd<Vector512<double>>
{
    public static bool IsAccelerated => Vector512.IsHardwareAccelerated;

    public static int Count => Vector512<double>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(ref double source, nuint index) => Vector512.LoadUnsafe(ref source, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<double> value, ref double destination, nuint index) => value.StoreUnsafe(ref destination, index);

    public static Vector512<double> Broadcast(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Add(Vector512<double> left, Vector512<double> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Subtract(Vector512<double> left, Vector512<double> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Decompose(Vector512<double> x, out Vector512<double> k)
    {
        var bits = x.AsUInt64();
        k = (Vector512.ShiftRightLogical(bits, 52) | Vector512.Create(VectorLog.TwoPow52Bits)).AsDouble() - Vector512.Create(VectorLog.TwoPow52PlusBias);
        return ((bits & Vector512.Create(VectorLog.MantissaMask)) | Vector512.Create(VectorLog.OneBits)).AsDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> PowerOfTwo(Vector512<double> shifted) =>
        Vector512.ShiftLeft(shifted.AsUInt64() + Vector512.Create(1023UL), 52).AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Abs(Vector512<double> value) => Vector512.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> GreaterThanOrEqual(Vector512<double> left, Vector512<double> right) => Vector512.GreaterThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Select(Vector512<double> mask, Vector512<double> whenTrue, Vector512<double> whenFalse) => Vector512.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> And(Vector512<double> mask, Vector512<double> value) => mask & value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Multiply(Vector512<double> left, Vector512<double> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Divide(Vector512<double> left, Vector512<double> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> value) => Vector512.Log(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> value) => Vector512.Exp(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllWithin(Vector512<double> value, Vector512<double> low, Vector512<double> high) =>
        Vector512.GreaterThanOrEqualAll(value, low) && Vector512.LessThanAll(value, high);
}

/// <summary>AVX2: four doubles.</summary>
internal readonly struct Simd256 : ISimd<Vector256<double>>
{
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    public static int Count => Vector256<double>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(ref double source, nuint index) => Vector256.LoadUnsafe(ref source, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<double> value, ref double destination, nuint index) => value.StoreUnsafe(ref destination, index);

    public static Vector256<double> Broadcast(double value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Add(Vector256<double> left, Vector256<double> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Subtract(Vector256<double> left, Vector256<double> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Decompose(Vector256<double> x, out Vector256<double> k)
    {
        var bits = x.AsUInt64();
        k = (Vector256.ShiftRightLogical(bits, 52) | Vector256.Create(VectorLog.TwoPow52Bits)).AsDouble() - Vector256.Create(VectorLog.TwoPow52PlusBias);
        return ((bits & Vector256.Create(VectorLog.MantissaMask)) | Vector256.Create(VectorLog.OneBits)).AsDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> PowerOfTwo(Vector256<double> shifted) =>
        Vector256.ShiftLeft(shifted.AsUInt64() + Vector256.Create(1023UL), 52).AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Abs(Vector256<double> value) => Vector256.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> GreaterThanOrEqual(Vector256<double> left, Vector256<double> right) => Vector256.GreaterThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Select(Vector256<double> mask, Vector256<double> whenTrue, Vector256<double> whenFalse) => Vector256.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> And(Vector256<double> mask, Vector256<double> value) => mask & value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Multiply(Vector256<double> left, Vector256<double> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Divide(Vector256<double> left, Vector256<double> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> value) => Vector256.Log(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> value) => Vector256.Exp(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllWithin(Vector256<double> value, Vector256<double> low, Vector256<double> high) =>
        Vector256.GreaterThanOrEqualAll(value, low) && Vector256.LessThanAll(value, high);
}
