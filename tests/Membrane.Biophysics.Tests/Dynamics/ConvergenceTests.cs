using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Quantities;
using Xunit.Abstractions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The integrator's order of convergence, measured by halving Δt: with errors e(Δt) against a run at Δt/64 of the
/// finest step, p = log₂(e(Δt)/e(Δt/2)). Rush–Larsen gates with a backward-Euler V update are first order
/// (Rush and Larsen 1978; Hines and Carnevale 1997), so p ≈ 1 is expected.
/// </summary>
public class ConvergenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Spike_time_and_voltage_converge_at_first_order()
    {
        double[] steps = [0.04, 0.02, 0.01, 0.005];
        const double finest = 0.005 / 16;
        var reference = HodgkinHuxleyReferenceTests.RunStep(10, 20, finest, 0.04);
        var spikeErrors = new double[steps.Length];
        var voltageErrors = new double[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var r = HodgkinHuxleyReferenceTests.RunStep(10, 20, steps[i], 0.04);
            spikeErrors[i] = Math.Abs(r.SpikeTimes[0].Milliseconds - reference.SpikeTimes[0].Milliseconds);
            // V at t = 16 ms, on the after-hyperpolarisation: a smooth stretch where no spike edge magnifies the error
            var k = 400;
            Assert.Equal(16, r.Times[k].Milliseconds, 1e-9);
            voltageErrors[i] = Math.Abs(r.Voltages[k].Millivolts - reference.Voltages[k].Millivolts);
        }

        for (var i = 0; i + 1 < steps.Length; i++)
        {
            var pSpike = Math.Log2(spikeErrors[i] / spikeErrors[i + 1]);
            var pVoltage = Math.Log2(voltageErrors[i] / voltageErrors[i + 1]);
            output.WriteLine($"Δt {steps[i]} → {steps[i + 1]} ms: spike-time error {spikeErrors[i]:E3} → {spikeErrors[i + 1]:E3} ms (p = {pSpike:F3}); V(16 ms) error {voltageErrors[i]:E3} → {voltageErrors[i + 1]:E3} mV (p = {pVoltage:F3})");
            Assert.InRange(pSpike, 0.9, 1.15);
            Assert.InRange(pVoltage, 0.85, 1.2);
        }
    }
}
