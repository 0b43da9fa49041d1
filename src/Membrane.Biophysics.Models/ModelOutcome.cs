using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A headline result of a model run: what it is (<see cref="Name"/>), its value in SI units with the SI unit's symbol
/// (<see cref="SiValue"/>, <see cref="SiUnit"/>) for scripts, and the same value as people read it, in the unit it is
/// read in (<see cref="Text"/>: "41.3 mM"). A result that is not a number has only its text, and one that the run did not
/// produce (NCX never reversed) says so by its <see cref="Kind"/>, with no value, rather than by a sentinel number.
/// </summary>
/// <remarks>
/// Made by <see cref="Quantity{TQuantity}(string, TQuantity, string)"/>,
/// <see cref="Quantity{TQuantity}(string, TQuantity?, string, string)"/> (which may be absent),
/// <see cref="Number(string, double, string, string)"/> and <see cref="Statement(string, string)"/>. Texts are
/// formatted with the invariant culture. Immutable and thread-safe.
/// </remarks>
public sealed record ModelOutcome
{
    private ModelOutcome(string name, ModelOutcomeKind kind, double? siValue, string siUnit, string text)
    {
        Name = name;
        Kind = kind;
        SiValue = siValue;
        SiUnit = siUnit;
        Text = text;
    }

    /// <summary>What the result is, e.g. "peak [K⁺]o, weak buffering".</summary>
    public string Name { get; }

    /// <summary>Whether it is a quantity, a plain number, an absent quantity or a statement.</summary>
    public ModelOutcomeKind Kind { get; }

    /// <summary>The value in <see cref="SiUnit"/> (for a plain number, the number); null when <see cref="Kind"/> is
    /// <see cref="ModelOutcomeKind.Absent"/> or <see cref="ModelOutcomeKind.Statement"/>.</summary>
    public double? SiValue { get; }

    /// <summary>The symbol of the SI unit of <see cref="SiValue"/> ("mol/m³", "V", "s"), the unit given with a plain
    /// number ("H⁺/s"), empty for a dimensionless number or a statement. An absent quantity keeps the unit it would have had.</summary>
    public string SiUnit { get; }

    /// <summary>The value with the unit it is read in ("41.3 mM", "5.4 %"), or the statement ("never", "depolarising").</summary>
    public string Text { get; }

    /// <summary>A quantity, e.g. <c>Quantity("peak [K⁺]o", peak, "F2")</c> → "33.29 mM".</summary>
    /// <typeparam name="TQuantity">Its type.</typeparam>
    /// <param name="name">What it is; not empty.</param>
    /// <param name="value">The value; finite.</param>
    /// <param name="format">The numeric format of its text (the quantity chooses the unit), e.g. "F1" or "G3".</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static ModelOutcome Quantity<TQuantity>(string name, TQuantity value, string format)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.Finite(value, nameof(value));
        return new(name, ModelOutcomeKind.Quantity, value.SiValue, TQuantity.SiUnit, value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>A quantity the run may not have produced, e.g. the time at which NCX reversed, null when it never did.</summary>
    /// <typeparam name="TQuantity">Its type.</typeparam>
    /// <param name="name">What it is; not empty.</param>
    /// <param name="value">The value, finite; null when there is none.</param>
    /// <param name="format">The numeric format of its text.</param>
    /// <param name="whenAbsent">The text when there is no value, e.g. "never"; not empty.</param>
    /// <returns>A <see cref="ModelOutcomeKind.Quantity"/>, or an <see cref="ModelOutcomeKind.Absent"/> outcome with no value.</returns>
    /// <exception cref="ArgumentException">The name or the absent text is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static ModelOutcome Quantity<TQuantity>(string name, TQuantity? value, string format, string whenAbsent)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(whenAbsent);
        return value is { } v ? Quantity(name, v, format) : new(name, ModelOutcomeKind.Absent, null, TQuantity.SiUnit, whenAbsent);
    }

    /// <summary>
    /// A plain number: a count, a ratio, a fraction ("P1" prints 0.054 as "5.4 %"), an open probability, or a number in a
    /// unit the library has no quantity type for (a pump's turnover, "H⁺/s").
    /// </summary>
    /// <param name="name">What it is; not empty.</param>
    /// <param name="value">The number; finite.</param>
    /// <param name="format">Its numeric format, e.g. "F2" or "P1".</param>
    /// <param name="unit">The symbol of its unit, written after the number; empty for a pure number.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static ModelOutcome Number(string name, double value, string format, string unit = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        Guard.Finite(value, nameof(value));
        var text = QuantityText.WithoutNegativeZero(value.ToString(format, CultureInfo.InvariantCulture));
        return new(name, ModelOutcomeKind.Number, value, unit, unit.Length == 0 ? text : $"{text} {unit}");
    }

    /// <summary>A result that is not a number, e.g. the direction an exchanger runs or the polarity of a GABA_A response.</summary>
    /// <param name="name">What it is; not empty.</param>
    /// <param name="text">The statement; not empty.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The name or the text is empty.</exception>
    public static ModelOutcome Statement(string name, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(name, ModelOutcomeKind.Statement, null, "", text);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} = {Text}";
}
