#!/usr/bin/python3
"""Reference passive branched tree computed by NEURON for Membrane.Biophysics tests (CableTree).

Run with the system interpreter that has NEURON installed:

    /usr/bin/python3 tests/reference/tree_passive.py > tests/reference/tree_passive.json

THE MODEL: a trunk (200 um x 2 um, nseg 20) whose 1 end carries two daughters that do NOT obey Rall's 3/2 rule:
"thin" (150 um x 0.7 um, nseg 15) and "long" (300 um x 1.2 um, nseg 30), and "long" carries a grandchild "tip"
(100 um x 0.5 um, nseg 10). Passive membrane everywhere: cm = 1 uF/cm2, g_pas = 3e-4 S/cm2, e_pas = -65 mV,
Ra = 100 ohm cm, v_init = -65 mV. A current density of STIM_DENSITY uA/cm2 is injected into the trunk's first
compartment from t = 0 for the whole run (an IClamp whose nA is that density times the compartment's area).
NEURON's fixed-step backward Euler (secondorder = 0, CVODE off) at dt = 0.025 ms: the same linear system per step as
the library's CableTree (zero-area nodes at section ends, children sharing the parent's 1-end node).

RECORDED: v at the centre of chosen compartments (section, index) at t = 1, 2 and 10 ms.
"""
import json
import sys

import neuron
from neuron import h

DT = 0.025
STIM_DENSITY = 200.0  # uA/cm2
SECTIONS = [  # name, parent, L (um), diam (um), nseg
    ("trunk", None, 200.0, 2.0, 20),
    ("thin", "trunk", 150.0, 0.7, 15),
    ("long", "trunk", 300.0, 1.2, 30),
    ("tip", "long", 100.0, 0.5, 10),
]
PROBES = [("trunk", 0), ("trunk", 19), ("thin", 0), ("thin", 14), ("long", 0), ("long", 29), ("tip", 9)]
TIMES = [1.0, 2.0, 10.0]


def main():
    h.load_file("stdrun.hoc")
    secs = {}
    for name, parent, length, diam, nseg in SECTIONS:
        sec = h.Section(name=name)
        sec.L = length
        sec.diam = diam
        sec.nseg = nseg
        sec.Ra = 100.0
        sec.cm = 1.0
        sec.insert("pas")
        for seg in sec:
            seg.pas.g = 3e-4
            seg.pas.e = -65.0
        if parent is not None:
            sec.connect(secs[parent](1), 0)
        secs[name] = sec
    trunk = secs["trunk"]
    first = trunk(0.5 / trunk.nseg)
    stim = h.IClamp(first)
    stim.delay = 0.0
    stim.dur = 1e9
    stim.amp = STIM_DENSITY * 1e-3 * first.area() * 1e-8 * 1e6  # uA/cm2 -> mA/cm2 * cm2 = mA -> nA
    h.cvode_active(0)
    h.secondorder = 0
    h.dt = DT
    h.steps_per_ms = 1.0 / DT
    h.finitialize(-65.0)
    values = {}
    for t in TIMES:
        h.continuerun(t)
        values[repr(t)] = [secs[name]((k + 0.5) / secs[name].nseg).v for name, k in PROBES]
    doc = {
        "description": "Passive branched tree (trunk, two unequal daughters, a grandchild), pas everywhere, Ra 100 ohm cm, "
        "fixed-step backward Euler dt 0.025 ms; current density into the trunk's first compartment.",
        "generator": "tests/reference/tree_passive.py",
        "command": "/usr/bin/python3 tests/reference/tree_passive.py > tests/reference/tree_passive.json",
        "python": sys.version.split()[0],
        "neuron_version": neuron.__version__,
        "parameters": {"dt_ms": DT, "stim_density_uA_per_cm2": STIM_DENSITY, "g_pas_S_per_cm2": 3e-4, "e_pas_mV": -65.0,
                       "Ra_ohm_cm": 100.0, "cm_uF_per_cm2": 1.0,
                       "sections": [{"name": n, "parent": p, "L_um": l, "diam_um": d, "nseg": s} for n, p, l, d, s in SECTIONS]},
        "probes": [{"section": n, "compartment": k} for n, k in PROBES],
        "v_mV": values,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
