using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Transport;

/// <summary>A transporter's thermodynamic state at one set of conditions and one membrane potential.</summary>
/// <param name="Transporter">The transporter.</param>
/// <param name="MembranePotential">The V = φ_in − φ_out it was evaluated at.</param>
/// <param name="FreeEnergy">ΔG of one cycle in its written direction, per mole of cycles; &lt; 0 means it turns as written.</param>
/// <param name="ReversalPotential">E_rev, where ΔG = 0; null for an electroneutral transporter.</param>
/// <param name="Direction">The way the cycle turns.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TransporterState(
    Transporter Transporter,
    ElectricPotential MembranePotential,
    MolarEnergy FreeEnergy,
    ElectricPotential? ReversalPotential,
    TransportDirection Direction)
{
    /// <summary>z_net, the elementary charges carried inward per cycle as written.</summary>
    public int NetChargeInward => Transporter.NetChargeInward;

    /// <summary>V − E_rev, the electrical driving force on the cycle; null for an electroneutral transporter.</summary>
    public ElectricPotential? DrivingForce => MembranePotential - ReversalPotential;

    /// <summary>"NCX1 (3 Na⁺ in, 1 Ca²⁺ out) at V = −80 mV: ΔG = −2.1 kJ/mol, E_rev = −58.2 mV, z_net = +1: turns as written", invariant culture.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var erev = ReversalPotential is { } e ? string.Create(c, $"E_rev = {e.ToString("F1", c)}") : "electroneutral (no E_rev)";
        var turns = Direction switch
        {
            TransportDirection.Forward => "turns forward (as written)",
            TransportDirection.Reverse => "turns in reverse",
            _ => "at equilibrium",
        };
        return string.Create(c, $"{Transporter} at V = {MembranePotential.ToString("F1", c)}: ΔG = {FreeEnergy.ToString("F2", c)}, {erev}, z_net = {NetChargeInward:+0;-0;0}: {turns}");
    }
}
