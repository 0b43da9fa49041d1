using System;
using System.Numerics;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// What every quantity of this library is: an immutable value holding exactly one <see cref="double"/> in its SI
/// unit, with exact equality, ordering, invariant formatting with the unit symbol, and parsing of what it writes.
/// </summary>
/// <typeparam name="TSelf">The quantity type itself.</typeparam>
/// <remarks>
/// Because a quantity is exactly one double, a span of quantities can be reinterpreted as a span of doubles in SI
/// units at no cost (<see cref="System.Runtime.InteropServices.MemoryMarshal.Cast{TFrom,TTo}(ReadOnlySpan{TFrom})"/>).
/// </remarks>
public interface IQuantity<TSelf> :
    IEquatable<TSelf>,
    IComparable<TSelf>,
    IComparable,
    IFormattable,
    IParsable<TSelf>,
    IEqualityOperators<TSelf, TSelf, bool>,
    IComparisonOperators<TSelf, TSelf, bool>
    where TSelf : struct, IQuantity<TSelf>
{
    /// <summary>The value in the SI unit <see cref="SiUnit"/>.</summary>
    double SiValue { get; }

    /// <summary>The symbol of the SI unit the value is stored in.</summary>
    static abstract string SiUnit { get; }

    /// <summary>The name of this kind of quantity, for messages, e.g. "electric potential".</summary>
    static abstract string QuantityName { get; }

    /// <summary>Creates a value from its SI value.</summary>
    /// <param name="value">The value in <see cref="SiUnit"/>.</param>
    static abstract TSelf FromSiValue(double value);
}
