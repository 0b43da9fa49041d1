using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>A stretch of time from <paramref name="Start"/> to <paramref name="End"/>. Immutable and thread-safe.</summary>
/// <param name="Start">Its beginning.</param>
/// <param name="End">Its end; the run's end when it was still going on then.</param>
public sealed record TimeInterval(Duration Start, Duration End)
{
    /// <summary>End − Start.</summary>
    public Duration Length => End - Start;
}
