#!/usr/bin/python3
"""Reference Hodgkin-Huxley (1952) action-potential features computed by NEURON for Membrane.Biophysics tests.

Run with the system interpreter that has NEURON installed:

    /usr/bin/python3 tests/reference/hh_reference.py > tests/reference/hh_reference.json

THE MODEL: one isopotential soma with NEURON's built-in `hh` mechanism at its default parameters
(gnabar = 0.12 S/cm2, gkbar = 0.036 S/cm2, gl = 0.0003 S/cm2, el = -54.3 mV, ena = 50 mV, ek = -77 mV;
src/nrnoc/hh.mod), with usetable_hh = 0 so that the rate functions are evaluated exactly (by default hh.mod
interpolates them from a table at 1 mV spacing, which moves the resting potential by 0.4 uV, the spike threshold by
0.013 mV and the firing rates by up to 0.09 %), cm = 1 uF/cm2, celsius = 6.3, v_init = -65 mV (gates at their steady state there).
The soma is a cylinder with L = diam = sqrt(1000/pi) um, so its membrane area is exactly 1000 um^2 = 1e-5 cm2
and an IClamp of 0.01 nA is a current density of 1 uA/cm2 (positive = into the cell, depolarising).

THE INTEGRATOR: CVODE (variable-order, variable-step BDF) with atol = 1e-9 and rtol = 1e-9, so that the
reference error is far below that of the fixed-step solvers it is compared with; v is recorded at a fixed
interval of DT_RECORD by Vector.record(..., Dt), which under CVODE returns interpolated values at those times.

THE FEATURES, all computed here from the recorded trace by the definitions the C# tests use:
  rest          v after 500 ms with no stimulus.
  spikes        upward crossings of SPIKE_THRESHOLD_MV, times linearly interpolated between samples.
  first spike of a step of SHAPE_AMPLITUDE (from STEP_START for STEP_LENGTH):
    peak        the largest sample of v between the crossing and the next fall below the crossing level.
    threshold   v where dV/dt, by forward differences of consecutive samples, first reaches
                DVDT_THRESHOLD mV/ms after the step starts (linear interpolation in dV/dt; Sekerli et al. 2004,
                IEEE Trans. Biomed. Eng. 51, 1665, "method I").
    half_width  time between the upward and downward crossings of (threshold + peak)/2, interpolated.
  f-I: for each amplitude, a step of STEP_LENGTH; rate = 1000 / mean inter-spike interval (Hz) over the spikes
       after STEP_START + TRANSIENT; 0 when fewer than two spikes fall there.
"""
import json
import math
import sys

import neuron
from neuron import h

CELSIUS = 6.3
V_INIT = -65.0
DT_RECORD = 0.005          # ms
SPIKE_THRESHOLD_MV = 0.0
DVDT_THRESHOLD = 10.0      # mV/ms
STEP_START = 10.0          # ms
STEP_LENGTH = 300.0        # ms
TRANSIENT = 100.0          # ms
SHAPE_AMPLITUDE = 10.0     # uA/cm2
AMPLITUDES = [0.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 60.0, 80.0]  # uA/cm2; at 80 the late oscillation no longer crosses 0 mV (rate 0 by this definition)
AREA_CM2 = 1e-5
ATOL = RTOL = 1e-9


def make_cell():
    soma = h.Section(name="soma")
    soma.L = soma.diam = math.sqrt(1000.0 / math.pi)
    soma.nseg = 1
    soma.cm = 1.0
    soma.insert("hh")
    return soma


def run(soma, amplitude, tstop):
    stim = h.IClamp(soma(0.5))
    stim.delay = STEP_START
    stim.dur = STEP_LENGTH
    stim.amp = amplitude * AREA_CM2 * 1e3  # uA/cm2 * cm2 = uA; *1e3 -> nA
    v = h.Vector()
    v.record(soma(0.5)._ref_v, DT_RECORD)
    h.celsius = CELSIUS
    h.finitialize(V_INIT)
    h.continuerun(tstop)
    trace = list(v)
    stim = None
    return trace


def crossings(trace, level):
    out = []
    for i in range(1, len(trace)):
        if trace[i - 1] < level <= trace[i]:
            out.append((i - 1 + (level - trace[i - 1]) / (trace[i] - trace[i - 1])) * DT_RECORD)
    return out


def shape(trace):
    start = int(round(STEP_START / DT_RECORD))
    dvdt = [(trace[i + 1] - trace[i]) / DT_RECORD for i in range(len(trace) - 1)]
    k = next(i for i in range(start, len(dvdt)) if dvdt[i] >= DVDT_THRESHOLD)
    # dV/dt sample i belongs to the midpoint of samples i, i+1; interpolate v at the fraction where dV/dt = threshold
    f = (DVDT_THRESHOLD - dvdt[k - 1]) / (dvdt[k] - dvdt[k - 1])
    vmid0 = 0.5 * (trace[k - 1] + trace[k])
    vmid1 = 0.5 * (trace[k] + trace[k + 1])
    threshold = vmid0 + f * (vmid1 - vmid0)
    up = next(i for i in range(k, len(trace)) if trace[i] >= SPIKE_THRESHOLD_MV)
    j = up
    while trace[j + 1] >= SPIKE_THRESHOLD_MV:
        j += 1
    peak = max(trace[up:j + 1])
    half = 0.5 * (threshold + peak)
    i = k
    while trace[i] < half:
        i += 1
    t_up = (i - 1 + (half - trace[i - 1]) / (trace[i] - trace[i - 1])) * DT_RECORD
    while trace[i] >= half:
        i += 1
    t_down = (i - 1 + (trace[i - 1] - half) / (trace[i - 1] - trace[i])) * DT_RECORD
    return {"peak_mV": peak, "threshold_mV": threshold, "half_width_ms": t_down - t_up,
            "half_amplitude_level_mV": half}


def rate(trace):
    spikes = [t for t in crossings(trace, SPIKE_THRESHOLD_MV)
              if STEP_START + TRANSIENT <= t <= STEP_START + STEP_LENGTH]
    if len(spikes) < 2:
        return 0.0, len(spikes)
    return 1000.0 * (len(spikes) - 1) / (spikes[-1] - spikes[0]), len(spikes)


def main():
    soma = make_cell()
    h.usetable_hh = 0  # exact rate functions, not hh.mod's 1 mV lookup table with linear interpolation
    cvode = h.CVode()
    cvode.active(1)
    cvode.atol(ATOL)
    cvode.rtol(RTOL)
    h.load_file("stdrun.hoc")

    rest_trace = run(soma, 0.0, 500.0)
    rest = rest_trace[-1]
    shape_trace = run(soma, SHAPE_AMPLITUDE, STEP_START + 50.0)
    first = shape(shape_trace)
    first["spike_time_ms"] = crossings(shape_trace, SPIKE_THRESHOLD_MV)[0]
    fi = []
    for amplitude in AMPLITUDES:
        r, n = rate(run(soma, amplitude, STEP_START + STEP_LENGTH))
        fi.append({"amplitude_uA_per_cm2": amplitude, "rate_Hz": r, "spikes_counted": n})

    doc = {
        "description": "Hodgkin-Huxley 1952 squid axon (NEURON hh.mod defaults), single compartment, "
        "celsius 6.3, cm 1 uF/cm2, v_init -65 mV; features defined in the generator's docstring.",
        "generator": "tests/reference/hh_reference.py",
        "command": "/usr/bin/python3 tests/reference/hh_reference.py > tests/reference/hh_reference.json",
        "python": sys.version.split()[0],
        "neuron_version": neuron.__version__,
        "integrator": {"usetable_hh": int(h.usetable_hh), "cvode": True, "atol": ATOL, "rtol": RTOL, "record_interval_ms": DT_RECORD},
        "parameters": {"celsius": CELSIUS, "v_init_mV": V_INIT, "cm_uF_per_cm2": 1.0,
                       "gnabar_S_per_cm2": soma(0.5).hh.gnabar, "gkbar_S_per_cm2": soma(0.5).hh.gkbar,
                       "gl_S_per_cm2": soma(0.5).hh.gl, "el_mV": soma(0.5).hh.el,
                       "ena_mV": soma(0.5).ena, "ek_mV": soma(0.5).ek},
        "definitions": {"spike_threshold_mV": SPIKE_THRESHOLD_MV, "dvdt_threshold_mV_per_ms": DVDT_THRESHOLD,
                        "step_start_ms": STEP_START, "step_length_ms": STEP_LENGTH,
                        "rate_transient_ms": TRANSIENT, "shape_amplitude_uA_per_cm2": SHAPE_AMPLITUDE},
        "rest_mV": rest,
        "first_spike": first,
        "f_I": fi,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
