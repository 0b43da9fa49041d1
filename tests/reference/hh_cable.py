#!/usr/bin/python3
"""Reference Hodgkin-Huxley axon conduction computed by NEURON for Membrane.Biophysics tests.

Run with the system interpreter that has NEURON installed:

    /usr/bin/python3 tests/reference/hh_cable.py > tests/reference/hh_cable.json

THE MODEL: an unbranched cable of length 50 mm and diameter 500 um (a squid giant axon), Ra = 35.4 ohm cm, cm = 1
uF/cm2, NEURON's `hh` at its defaults with usetable_hh = 0, celsius = 6.3, v_init = -65 mV, sealed ends, nseg = 500
(0.1 mm compartments, centres at (i + 0.5)/nseg: the cell-centred discretisation the library's Cable uses).
A current density of STIM_DENSITY uA/cm2 is injected into the first compartment for STIM_LENGTH ms from t = 0
(an IClamp whose nA is that density times the compartment's area). CVODE at atol = rtol = 1e-8.

RECORDED: the times v crosses 0 mV upward (linear interpolation between samples every 0.002 ms) at the centres
of compartments 150 and 350 (x = 15.05 and 35.05 mm), and the conduction velocity between them in m/s.
"""
import json
import math
import sys

import neuron
from neuron import h

LENGTH_UM = 50000.0
DIAM_UM = 500.0
RA = 35.4
NSEG = 500
STIM_DENSITY = 50000.0  # uA/cm2 (the charge spreads over ~lambda = 7 mm of axon at once)
STIM_LENGTH = 0.2      # ms
DT_RECORD = 0.002
PROBES = [150, 350]
TSTOP = 5.0


def main():
    h.load_file("stdrun.hoc")
    h.usetable_hh = 0
    axon = h.Section(name="axon")
    axon.L = LENGTH_UM
    axon.diam = DIAM_UM
    axon.Ra = RA
    axon.cm = 1.0
    axon.nseg = NSEG
    axon.insert("hh")
    first = axon((0.5) / NSEG)
    area_cm2 = first.area() * 1e-8
    stim = h.IClamp(first)
    stim.delay = 0.0
    stim.dur = STIM_LENGTH
    stim.amp = STIM_DENSITY * 1e-3 * area_cm2 * 1e6  # uA/cm2 -> mA/cm2 * cm2 = mA -> nA
    vectors = []
    for k in PROBES:
        vec = h.Vector()
        vec.record(axon((k + 0.5) / NSEG)._ref_v, DT_RECORD)
        vectors.append(vec)
    cvode = h.CVode()
    cvode.active(1)
    cvode.atol(1e-8)
    cvode.rtol(1e-8)
    h.celsius = 6.3
    h.finitialize(-65.0)
    h.continuerun(TSTOP)
    times = []
    for vec in vectors:
        v = list(vec)
        t = next((i - 1 + (0.0 - v[i - 1]) / (v[i] - v[i - 1])) * DT_RECORD for i in range(1, len(v)) if v[i - 1] < 0.0 <= v[i])
        times.append(t)
    distance_mm = (PROBES[1] - PROBES[0]) * LENGTH_UM / NSEG / 1000.0
    doc = {
        "description": "HH 1952 axon (hh.mod defaults, usetable_hh 0), 50 mm x 500 um, Ra 35.4 ohm cm, nseg 500, "
        "celsius 6.3; first compartment stimulated; 0 mV upward crossing times at two compartments.",
        "generator": "tests/reference/hh_cable.py",
        "command": "/usr/bin/python3 tests/reference/hh_cable.py > tests/reference/hh_cable.json",
        "python": sys.version.split()[0],
        "neuron_version": neuron.__version__,
        "parameters": {"length_um": LENGTH_UM, "diam_um": DIAM_UM, "Ra_ohm_cm": RA, "nseg": NSEG, "celsius": 6.3,
                       "stim_density_uA_per_cm2": STIM_DENSITY, "stim_length_ms": STIM_LENGTH,
                       "stim_amp_nA": stim.amp, "first_compartment_area_um2": first.area(),
                       "cvode_atol": 1e-8, "cvode_rtol": 1e-8, "record_interval_ms": DT_RECORD},
        "probe_compartments": PROBES,
        "crossing_times_ms": times,
        "velocity_m_per_s": distance_mm / (times[1] - times[0]),
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
