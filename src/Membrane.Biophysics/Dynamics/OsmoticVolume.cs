using System;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The running volumes of a cell whose water follows osmotic gradients (<see cref="CellModel.WithOsmoticVolume"/>):
/// dV_in/dt = P_f A v̄_w (Σc_in − Σc_out), explicit Euler each step, every concentration then rescaled by
/// V_old/V_new so that amounts are unchanged. A closed outside volume loses what the cell gains.
/// </summary>
/// <remarks>
/// Solutes the simulation does not move (the impermeant X, buffer molecules, species no channel carries) are kept as
/// fixed amounts. Internal: the mutable half of <see cref="Simulation"/>'s state for volume.
/// </remarks>
internal sealed class OsmoticVolume
{
    /// <summary>v̄_w = M_w/ρ_w = 18.015 g/mol / 0.99705 g/cm³ = 1.8069e-5 m³/mol (water at 25 °C; CRC Handbook of Chemistry and Physics).</summary>
    public const double PartialMolarVolumeOfWater = 18.01528e-3 / 997.047;

    private readonly double _waterFlow;          // P_f A v̄_w, m³·m³/(mol·s)
    private readonly double _otherInsideAmount;  // mol
    private readonly double _otherOutsideAmount; // mol, closed outside
    private readonly double _otherOutsideBath;   // mol/m³, open bath

    public OsmoticVolume(double waterPermeability, double area, double insideVolume, double? outsideVolume, double otherInside, double otherOutside)
    {
        _waterFlow = waterPermeability * area * PartialMolarVolumeOfWater;
        Inside = insideVolume;
        Outside = outsideVolume ?? double.PositiveInfinity;
        _otherInsideAmount = otherInside * insideVolume;
        _otherOutsideAmount = outsideVolume is { } v ? otherOutside * v : 0;
        _otherOutsideBath = otherOutside;
    }

    /// <summary>V_in, m³.</summary>
    public double Inside { get; private set; }

    /// <summary>V_out, m³; +∞ for a bath.</summary>
    public double Outside { get; private set; }

    /// <summary>The concentration of everything inside the simulation does not move, at the present volume.</summary>
    public double OtherInside => _otherInsideAmount / Inside;

    /// <summary>
    /// Moves water for one step from the osmolarities of the moving species and the fixed rest; returns the factors
    /// V_old/V_new by which inside and outside concentrations must be multiplied.
    /// </summary>
    public (double Inside, double Outside) Step(double dt, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside)
    {
        var gained = dt * Inflow(inside, outside);
        var oldIn = Inside;
        Inside = oldIn + gained;
        if (!double.IsFinite(Outside))
        {
            return (oldIn / Inside, 1);
        }

        var oldOut = Outside;
        Outside = oldOut - gained;
        return (oldIn / Inside, oldOut / Outside);
    }

    /// <summary>Sets both volumes (the quasi-steady mode's trial states); V_out is ignored for a bath.</summary>
    public void SetVolumes(double inside, double outside)
    {
        Inside = inside;
        if (double.IsFinite(Outside))
        {
            Outside = outside;
        }
    }

    /// <summary>dV_in/dt = P_f A v̄_w (osm_in − osm_out) at the present volumes, m³/s.</summary>
    public double Inflow(ReadOnlySpan<double> inside, ReadOnlySpan<double> outside)
    {
        var osmIn = OtherInside;
        var osmOut = double.IsFinite(Outside) ? _otherOutsideAmount / Outside : _otherOutsideBath;
        for (var i = 0; i < inside.Length; i++)
        {
            osmIn += inside[i];
            osmOut += outside[i];
        }

        return _waterFlow * (osmIn - osmOut);
    }
}
