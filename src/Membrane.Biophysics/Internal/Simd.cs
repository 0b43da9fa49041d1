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
