namespace Membrane.Biophysics.Models;

/// <summary>What a <see cref="ModelOutcome"/> holds.</summary>
public enum ModelOutcomeKind
{
    /// <summary>A physical quantity: <see cref="ModelOutcome.SiValue"/> in <see cref="ModelOutcome.SiUnit"/>.</summary>
    Quantity,

    /// <summary>A plain number (a count, a ratio, a fraction, a gate's open probability), or one in a unit no quantity type of the library has (a pump's turnover in H⁺/s).</summary>
    Number,

    /// <summary>A quantity the run did not produce (an event that never happened within it): no value, only the unit it would have had and a text saying why.</summary>
    Absent,

    /// <summary>Not a number at all: a direction, a polarity.</summary>
    Statement,
}
