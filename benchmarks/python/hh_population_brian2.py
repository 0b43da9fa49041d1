#!/usr/bin/python3
"""Brian2 timings for the HH population benchmark (the same cells as benchmarks/native/hh_population.c).

10^4 independent Hodgkin-Huxley (1952) cells in NEURON's hh.mod form (per unit area: C_m = 1 uF/cm2, gNa = 120,
gK = 36, gL = 0.3 mS/cm2, E_Na = 50, E_K = -77, E_L = -54.3 mV, 6.3 C), cell i biased by (i mod 50) uA/cm2, all
starting at -65 mV with the gates at their steady state there, stepped 10^4 times with dt = 10 us by Brian2's
'exponential_euler' (the gates by their exact exponential update at the old V, i.e. Rush-Larsen; V by the exact
exponential of its linear equation with the gates frozen, where the library and the C loop take a backward Euler
step: the same cost class, one exp per cell more here). A threshold at 0 mV counts spikes (refractory until V < 0)
as the library does.

alpha_m and alpha_n are written as in Brian2's own HH examples, u/(1 - exp(-u)) (ms^-1 units), which is 0/0 only
exactly at V = -40 and -55 mV. Brian2's exprel would be the smooth form, but in Brian2 2.5.1's numpy target every
exprel call checks the result's units with an error message built eagerly as an f-string that prints the whole array
(brian2/core/functions.py, wrapper_function -> fail_for_dimension_mismatch): about 12 us per neuron-step at 10^3
cells. The target "<target>+exprel" (e.g. cython+exprel) runs the exprel form for comparison.

Each target first runs 1 ms (code generation and, for cython, compilation are not timed), then the timed run of
10^4 steps. Times are wall clock around Network.run.

    /usr/bin/python3 benchmarks/python/hh_population_brian2.py [targets] [reps] [cells] [steps]
        targets: comma-separated from numpy,cython,numpy+exprel,cython+exprel (default numpy,cython); reps 3

Output, one line per run:
    brian2-<target> cells=<n> steps=<k> ns_per_neuron_step=<x> seconds=<s> spikes=<total> mean_v_mV=<v>
"""
import sys
import time

import brian2 as b2
from brian2 import mV, ms, uF, cm, mS, uA, exprel  # noqa: F401  (exprel is used by name in the equations)

EQUATIONS = """
dv/dt = (I - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) - gL*(v - EL)) / Cm : volt
dm/dt = alpham*(1 - m) - betam*m : 1
dh/dt = alphah*(1 - h) - betah*h : 1
dn/dt = alphan*(1 - n) - betan*n : 1
alpham = (1/ms) * ((v + 40*mV)/(10*mV)) / (1 - exp(-(v + 40*mV)/(10*mV))) : Hz
betam = (4/ms) * exp(-(v + 65*mV)/(18*mV)) : Hz
alphah = (0.07/ms) * exp(-(v + 65*mV)/(20*mV)) : Hz
betah = (1/ms) / (1 + exp(-(v + 35*mV)/(10*mV))) : Hz
alphan = (0.1/ms) * ((v + 55*mV)/(10*mV)) / (1 - exp(-(v + 55*mV)/(10*mV))) : Hz
betan = (0.125/ms) * exp(-(v + 65*mV)/(80*mV)) : Hz
I : amp/meter**2 (constant)
"""

EXPREL = {"alpham": "alpham = (1/ms) / exprel(-(v + 40*mV)/(10*mV)) : Hz",
          "alphan": "alphan = (0.1/ms) / exprel(-(v + 55*mV)/(10*mV)) : Hz"}

NAMESPACE = dict(Cm=1 * uF / cm**2, gNa=120 * mS / cm**2, gK=36 * mS / cm**2, gL=0.3 * mS / cm**2,
                 ENa=50 * mV, EK=-77 * mV, EL=-54.3 * mV)


def steady_state(rest_mv):
    import math
    u_m, u_n = (rest_mv + 40) / 10, (rest_mv + 55) / 10
    am, bm = u_m / -math.expm1(-u_m), 4 * math.exp(-(rest_mv + 65) / 18)
    ah, bh = 0.07 * math.exp(-(rest_mv + 65) / 20), 1 / (1 + math.exp(-(rest_mv + 35) / 10))
    an, bn = 0.1 * u_n / -math.expm1(-u_n), 0.125 * math.exp(-(rest_mv + 65) / 80)
    return am / (am + bm), ah / (ah + bh), an / (an + bn)


def equations(use_exprel):
    lines = EQUATIONS.strip().splitlines()
    if use_exprel:
        lines = [EXPREL.get(line.split("=")[0].strip(), line) for line in lines]
    return "\n".join(lines)


def run(label, cells, steps):
    target, _, variant = label.partition("+")
    b2.start_scope()
    b2.prefs.codegen.target = target
    b2.defaultclock.dt = 0.01 * ms
    group = b2.NeuronGroup(cells, equations(variant == "exprel"), method="exponential_euler", threshold="v >= 0*mV",
                           refractory="v >= 0*mV", namespace=NAMESPACE)
    m0, h0, n0 = steady_state(-65.0)
    group.v = -65 * mV
    group.m, group.h, group.n = m0, h0, n0
    group.I = "(i % 50) * uA/cm**2"
    spikes = b2.SpikeMonitor(group, record=False)
    net = b2.Network(group, spikes)
    net.run(1 * ms)  # code generation / compilation, untimed
    start = time.perf_counter()
    net.run(steps * b2.defaultclock.dt)
    seconds = time.perf_counter() - start
    mean_v = float(group.v[:].mean() / mV)
    print(f"brian2-{label} cells={cells} steps={steps} ns_per_neuron_step={1e9 * seconds / (cells * steps):.3f} "
          f"seconds={seconds:.3f} spikes={spikes.num_spikes} mean_v_mV={mean_v:.6f}", flush=True)


def main():
    targets = (sys.argv[1] if len(sys.argv) > 1 else "numpy,cython").split(",")
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    cells = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    steps = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
    b2.BrianLogger.log_level_error()
    for _ in range(reps):
        for target in targets:
            run(target, cells, steps)


if __name__ == "__main__":
    main()
