#!/usr/bin/python3
"""Reference Nernst potentials computed by NEURON (h.nernst) for Membrane.Biophysics tests.

Run with the system interpreter that has NEURON installed:

    /usr/bin/python3 tests/reference/neuron_nernst.py > tests/reference/neuron_nernst.json

Output: JSON on stdout (NEURON's "no DISPLAY" warnings go to stderr).

Units (NEURON conventions): concentrations ci, co in mM, z = valence (signed),
celsius in degC, result E in mV.  NEURON evaluates (src/nrnoc/eion.cpp, nrn_nernst)

    ktf = 1000 * R * (celsius + 273.15) / F          [mV]
    E   = ktf / z * log(co / ci)
    special cases: z == 0 -> 0 ; ci <= 0 -> +1e6 ; co <= 0 -> -1e6

with (modern units, the default since NEURON 8.0):
    F = e * N_A = 1.602176634e-19 * 6.02214076e23   (96485.33212331001 as double)
    R = k * N_A = 1.380649e-23    * 6.02214076e23   (8.31446261815324  as double)
and, when h.nrnunit_use_legacy(1) is in effect, eion's *internal* constants are
    F = 96485.309, R = 8.3134  (sic; NOT the hoc-level h.R = 8.31441).
The script verifies those constants numerically (see "formula_check").
"""
import json
import math
import os
import sys

import neuron
from neuron import h

CELSIUS_LIST = [6.3, 22.0, 37.0]  # 6.3 degC is NEURON's default h.celsius

# (label, ci [mM], co [mM], z)
CASES = [
    ("Na_10_140_NEURON_default", 10.0, 140.0, 1),
    ("K_54.4_2.5_NEURON_default", 54.4, 2.5, 1),
    ("K_140_5", 140.0, 5.0, 1),
    ("Cl", 10.0, 110.0, -1),
    ("Ca", 1e-4, 2.0, 2),
    ("Mg", 0.5, 1.0, 2),
    ("HCO3", 12.0, 24.0, -1),
    ("H_pH7.2_in_pH7.4_out", 6.309573444801929e-05, 3.981071705534969e-05, 1),
    ("squid_Na_50_440", 50.0, 440.0, 1),
    ("squid_K_400_20", 400.0, 20.0, 1),
    ("squid_Cl_40_560", 40.0, 560.0, -1),
    ("NEURON_default_Ca_5e-5_2", 5e-5, 2.0, 2),
    ("trivalent_z3", 1e-3, 1.0, 3),
    ("divalent_anion_z-2", 0.5, 10.0, -2),
    ("tiny_conc", 1e-9, 1e-6, 1),
    ("tiny_and_large", 1e-6, 1000.0, 1),
    ("large_conc", 500.0, 1000.0, 1),
    ("equal_conc", 5.0, 5.0, 1),
    ("inverse_ratio_Na", 140.0, 10.0, 1),
]

# Edge cases that exercise NEURON's guard branches in nrn_nernst
EDGE_CASES = [
    ("z_zero", 10.0, 140.0, 0),
    ("ci_zero", 0.0, 140.0, 1),
    ("co_zero", 10.0, 0.0, 1),
    ("ci_negative", -1.0, 140.0, 1),
]

# Candidate constant pairs to identify what nernst() really uses
CANDIDATES = {
    "modern_codata2018_exact_SI": (1.380649e-23 * 6.02214076e23, 1.602176634e-19 * 6.02214076e23),
    "legacy_eion_R8.3134_F96485.309": (8.3134, 96485.309),
    "legacy_hoc_R8.31441_F96485.309": (8.31441, 96485.309),
    "codata2014_R8.3144598_F96485.33289": (8.3144598, 96485.33289),
}


def formula(ci, co, z, celsius, R, F):
    return 1000.0 * R * (celsius + 273.15) / (z * F) * math.log(co / ci)


def run_mode(legacy):
    h.nrnunit_use_legacy(legacy)
    out = {
        "nrnunit_use_legacy": int(h.nrnunit_use_legacy()),
        "h_FARADAY": h.FARADAY,
        "h_R": h.R,
        "results": [],
        "edge_cases": [],
        "formula_check": {},
    }
    for celsius in CELSIUS_LIST:
        h.celsius = celsius
        # ktf actually used by nernst(): E for co/ci = e, z = 1
        ktf_used = h.nernst(1.0, math.e, 1)
        out["formula_check"]["celsius=%g" % celsius] = {
            "ktf_used_mV": ktf_used,
            "R_over_F_used": ktf_used / (1000.0 * (celsius + 273.15)),
            "ktf_from_h_R_h_FARADAY": 1000.0 * h.R * (celsius + 273.15) / h.FARADAY,
            "rel_diff_vs_h_R_h_FARADAY": (ktf_used - 1000.0 * h.R * (celsius + 273.15) / h.FARADAY)
            / ktf_used,
            "rel_diff_vs_candidates": {
                name: (ktf_used - 1000.0 * R * (celsius + 273.15) / F) / ktf_used
                for name, (R, F) in CANDIDATES.items()
            },
        }
        for label, ci, co, z in CASES:
            e = h.nernst(ci, co, z)
            py = formula(ci, co, z, celsius, h.R, h.FARADAY)
            rec = {
                "label": label,
                "ci_mM": ci,
                "co_mM": co,
                "z": z,
                "celsius": celsius,
                "E_mV": e,
                "E_python_with_h_R_h_FARADAY_mV": py,
            }
            rec["rel_diff_neuron_vs_python"] = (e - py) / e if e != 0 else (e - py)
            out["results"].append(rec)
        for label, ci, co, z in EDGE_CASES:
            out["edge_cases"].append(
                {"label": label, "ci_mM": ci, "co_mM": co, "z": z, "celsius": celsius,
                 "E_mV": h.nernst(ci, co, z)}
            )
    return out


def main():
    default_legacy = int(h.nrnunit_use_legacy())
    doc = {
        "description": "NEURON h.nernst(ci, co, z) reference values; ci, co in mM; E in mV; "
        "formula E = 1000*R*(celsius+273.15)/(z*F)*ln(co/ci)",
        "generator": "tests/reference/neuron_nernst.py",
        "python": sys.version.split()[0],
        "neuron_version": neuron.__version__,
        "nrnversion": h.nrnversion(),
        "env_NRNUNIT_USE_LEGACY": os.environ.get("NRNUNIT_USE_LEGACY"),
        "default_nrnunit_use_legacy": default_legacy,
        "default_celsius": 6.3,
        "notes": [
            "h.nrnunit_use_legacy(0/1) switches units at run time (also env NRNUNIT_USE_LEGACY=1 at start).",
            "Modern mode: h.FARADAY = e*N_A, h.R = k*N_A (exact SI 2019 / CODATA 2018), and nernst() uses the same.",
            "Legacy mode: hoc constants h.FARADAY = 96485.309, h.R = 8.31441, but nernst()/ghk() internally use "
            "F = 96485.309 and R = 8.3134 (see formula_check: rel diff 0 vs legacy_eion candidate).",
            "Temperature offset is 273.15 in both modes.",
        ],
        "modes": {},
    }
    doc["modes"]["modern"] = run_mode(0)
    doc["modes"]["legacy"] = run_mode(1)
    h.nrnunit_use_legacy(default_legacy)
    h.celsius = 6.3
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
