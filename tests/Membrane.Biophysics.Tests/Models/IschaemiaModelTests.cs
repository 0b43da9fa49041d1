using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The ischaemia model: the derived leaks hold the cell at rest with its pump (a check of the balance by the
/// simulation, which does not use it), pump failure runs the gradients down and swells the cell, and ions and water
/// are conserved between cell and extracellular space. No paper number is reproduced: the pump and exchanger are
/// Luo–Rudy's cardiac laws and the water permeability is assumed (see <see cref="IschaemiaModel"/>).
/// </summary>
public class IschaemiaModelTests
{
    private static readonly IschaemiaResult Default = (IschaemiaModel.Default with { Duration = Duration.FromMinutes(5) }).Run();

    [Fact]
    public void With_its_pump_the_cell_stays_at_rest()
    {
        var c = Default.Control;
        Assert.Equal(-65, c.Voltage.Final.Millivolts, 0.05);
        Assert.Equal(12, c.SodiumInside.Final.Millimolar, 0.01);
        Assert.Equal(4, c.PotassiumOutside.Final.Millimolar, 0.01);
        Assert.Equal(0, c.Swelling, 1e-4);
    }

    /// <summary>
    /// Without the pump: Na⁺ in, K⁺ out, the membrane depolarises toward the falling E_K, [K⁺]ₒ in the small space rises
    /// several-fold, Ca²⁺ loads, and net NaCl entry swells the cell while the extracellular space shrinks.
    /// </summary>
    [Fact]
    public void Pump_failure_runs_the_gradients_down_and_swells_the_cell()
    {
        var s = Default.Ischaemia;
        Assert.True(s.Voltage.Final > ElectricPotential.FromMillivolts(-50));
        Assert.True(s.SodiumInside.Final > s.SodiumInside.Initial);
        Assert.True(s.PotassiumInside.Final < s.PotassiumInside.Initial);
        Assert.True(s.PotassiumOutside.Final > s.PotassiumOutside.Initial * 4);
        Assert.True(s.CalciumInside.Final > s.CalciumInside.Initial * 10);
        Assert.True(s.ChlorideInside.Final > s.ChlorideInside.Initial);
        Assert.True(s.Swelling > 0.005);
        Assert.True(s.ExtracellularVolume.Final < s.ExtracellularVolume.Initial);
    }

    /// <summary>
    /// Every pathway moves ions between the cell and the closed extracellular space and water between them, so
    /// c_in V_in + c_out V_out of Na⁺, K⁺ and Cl⁻ and V_in + V_out stay what they were (relative 10⁻⁹), whatever the pump
    /// fraction and the water permeability.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 5)]
    public bool Ions_and_water_are_conserved(FsCheck.PositiveInt pump, FsCheck.PositiveInt water)
    {
        var m = IschaemiaModel.Default with
        {
            WaterPermeability = Permeability.FromCentimetersPerSecond(1e-4 * (1 + (water.Get % 20))),
            Duration = Duration.FromSeconds(30),
            SamplingInterval = Duration.FromSeconds(30),
        };
        var s = m.RunWithPumpFraction("random", (pump.Get % 11) / 10.0);
        bool Conserved(TimeSeries<Concentration> inside, TimeSeries<Concentration> outside)
        {
            double start = (inside.Initial.MolesPerCubicMeter * s.CellVolume.Initial.CubicMeters) + (outside.Initial.MolesPerCubicMeter * s.ExtracellularVolume.Initial.CubicMeters);
            double end = (inside.Final.MolesPerCubicMeter * s.CellVolume.Final.CubicMeters) + (outside.Final.MolesPerCubicMeter * s.ExtracellularVolume.Final.CubicMeters);
            return Math.Abs(end - start) <= 1e-9 * start;
        }

        double total0 = s.CellVolume.Initial.CubicMeters + s.ExtracellularVolume.Initial.CubicMeters;
        double total1 = s.CellVolume.Final.CubicMeters + s.ExtracellularVolume.Final.CubicMeters;
        return Conserved(s.SodiumInside, s.SodiumOutside) && Conserved(s.PotassiumInside, s.PotassiumOutside) && Conserved(s.ChlorideInside, s.ChlorideOutside)
            && Math.Abs(total1 - total0) <= 1e-12 * total0;
    }

    /// <summary>
    /// A second integration method: the same cell stepped by the fixed-step Simulation (0.5 ms, implicit V, every
    /// variable advanced together) for the first minute of ischaemia ends where the model's quasi-steady run does
    /// (0.05 mV, 0.1 % of each concentration, 10⁻⁴ of the volume).
    /// </summary>
    [Fact]
    public void Fixed_step_and_quasi_steady_integration_agree()
    {
        var m = IschaemiaModel.Default with { Duration = Duration.FromSeconds(60), SamplingInterval = Duration.FromSeconds(60) };
        var quasi = m.RunWithPumpFraction("quasi-steady", 0);
        var sim = new Simulation(m.CellModel(0), m.Temperature, m.TimeStep, m.RestingPotential);
        sim.Advance(Duration.FromSeconds(60));
        Assert.Equal(sim.Voltage.Millivolts, quasi.Voltage.Final.Millivolts, 0.05);
        Assert.Equal(sim.InsideConcentration(Ions.Sodium).Millimolar, quasi.SodiumInside.Final.Millimolar, quasi.SodiumInside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.OutsideConcentration(Ions.Potassium).Millimolar, quasi.PotassiumOutside.Final.Millimolar, quasi.PotassiumOutside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.InsideConcentration(Ions.Calcium).Millimolar, quasi.CalciumInside.Final.Millimolar, quasi.CalciumInside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.InsideVolume.CubicMeters, quasi.CellVolume.Final.CubicMeters, quasi.CellVolume.Final.CubicMeters * 1e-4);
    }

    /// <summary>
    /// With Luo and Rudy's (1994) cardiac exchanger density (the default; no neuronal density with this rate law was
    /// found in the literature searched, see docs/models.md) NCX does not reverse: [Ca²⁺]ᵢ has no other way out and the
    /// Ca²⁺ leak was balanced against NCX at rest, so [Ca²⁺]ᵢ follows V within seconds and holds E_NCX = 3E_Na − 2E_Ca
    /// just above V (by 0.2 mV after 5 min). Checked by hand at every sample: E_NCX from the sampled concentrations.
    /// </summary>
    [Fact]
    public void With_the_cardiac_exchanger_NCX_stays_forward_throughout()
    {
        var s = Default.Ischaemia;
        Assert.Null(s.ExchangerReversalTime);
        for (int i = 0; i < s.Voltage.Count; i++)
        {
            Assert.True(s.Voltage[i].Millivolts < ExchangerReversalByHand(s, i), $"V above E_NCX at {s.Voltage.Times[i]}");
        }
    }

    /// <summary>
    /// NCX reverses only while [Na⁺]ᵢ rises faster than [Ca²⁺]ᵢ can follow (at a steady [Ca²⁺]ᵢ the exchanger must carry
    /// the Ca²⁺ leak out, i.e. run forward). Both Ca²⁺ pathways scale with the exchanger (the leak is balanced against
    /// it), so a weaker exchanger slows [Ca²⁺]ᵢ: at 1/1000 of the cardiac density NCX reverses within the first minute,
    /// at 1/100 after several minutes. The reported moment is the first sample where V exceeds E_NCX worked out by hand.
    /// These densities are not cited neuronal values; they show what decides whether and when NCX reverses.
    /// </summary>
    [Fact]
    public void A_weaker_exchanger_lets_sodium_outrun_calcium_and_NCX_reverses()
    {
        var faster = WithExchangerScaled(1e-3, Duration.FromSeconds(60));
        var slower = WithExchangerScaled(1e-2, Duration.FromMinutes(8));
        Assert.NotNull(faster.ExchangerReversalTime);
        Assert.NotNull(slower.ExchangerReversalTime);
        Assert.True(faster.ExchangerReversalTime < Duration.FromSeconds(60));
        Assert.True(slower.ExchangerReversalTime > Duration.FromMinutes(2));
        Assert.Contains(Enumerable.Range(0, faster.Voltage.Count), i => faster.Voltage[i].Millivolts > ExchangerReversalByHand(faster, i) + 1); // clearly in reverse, not grazing
        foreach (var s in new[] { faster, slower })
        {
            int i = (int)Math.Round(s.ExchangerReversalTime!.Value.Seconds);
            Assert.True(s.Voltage[i].Millivolts > ExchangerReversalByHand(s, i));
            Assert.True(s.Voltage[i - 1].Millivolts < ExchangerReversalByHand(s, i - 1));
        }
    }

    private static IschaemiaScenario WithExchangerScaled(double factor, Duration duration)
    {
        var lr = NcxKinetics.LuoRudy1994;
        var exchanger = new NcxKinetics(lr.Scale * factor, lr.SodiumHalfSaturation, lr.CalciumHalfSaturation, lr.Saturation, lr.Partition);
        return (IschaemiaModel.Default with { Exchanger = exchanger, Duration = duration }).RunWithPumpFraction("ischaemia", 0);
    }

    // E_NCX = 3E_Na − 2E_Ca in mV from the sampled concentrations, 37 °C, R and F of SI 2019. [Ca²⁺]ₒ is not recorded: it
    // follows from conservation, the Ca²⁺ the cell took up leaving a closed space that started at 1.5 mM and shrinks as the cell swells.
    private static double ExchangerReversalByHand(IschaemiaScenario s, int i)
    {
        const double rtOverF = 8.314462618 * 310.15 / 96485.33212 * 1000;
        double calciumOutside = ((1.5 * s.ExtracellularVolume.Initial.CubicMeters) + (s.CalciumInside.Initial.Millimolar * s.CellVolume.Initial.CubicMeters)
            - (s.CalciumInside[i].Millimolar * s.CellVolume[i].CubicMeters)) / s.ExtracellularVolume[i].CubicMeters;
        double eNa = rtOverF * Math.Log(s.SodiumOutside[i].Millimolar / s.SodiumInside[i].Millimolar);
        double eCa = rtOverF / 2 * Math.Log(calciumOutside / s.CalciumInside[i].Millimolar);
        return (3 * eNa) - (2 * eCa);
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var m = IschaemiaModel.Default with { ExtracellularFraction = 1 };
        Assert.Contains("ExtracellularFraction", Assert.Throws<ArgumentOutOfRangeException>(() => m.Run()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => IschaemiaModel.Default.RunWithPumpFraction("x", 1.5));
    }
}
