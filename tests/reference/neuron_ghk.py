#!/usr/bin/python3
"""Reference GHK current-equation values computed by NEURON (h.ghk) for Membrane.Biophysics tests.

Run with the system interpreter that has NEURON installed:

    /usr/bin/python3 tests/reference/neuron_ghk.py > tests/reference/neuron_ghk.json

WHAT h.ghk(v, ci, co, z) RETURNS (NEURON 8.2.2, src/nrnoc/eion.cpp, nrn_ghk):

    ktf  = 1000 * R * (celsius + 273.15) / F            [mV]
    x    = z * v / ktf                                  (dimensionless, = zFV/RT)
    efun(x) = x / (exp(x) - 1)     if |x| >= 1e-4
            = 1 - x/2              if |x| <  1e-4      (1st-order Taylor series)
    ghk  = 0.001 * z * F * ( ci * efun(-x) - co * efun(x) )

  Algebraically (for x != 0):
    ghk = 0.001 * z * F * x * (ci - co*exp(-x)) / (1 - exp(-x))
        = 0.001 * z^2 * F^2 * V/(R*T) * (ci - co*exp(-zFV/RT)) / (1 - exp(-zFV/RT))   with V in volts
  and at v = 0 exactly: ghk = 0.001 * z * F * (ci - co).

  Units: v in mV, ci/co in mM (= mol/m^3), F in C/mol.  z*F*c[mM] is C/m^3; the factor 0.001 turns it
  into C/L (= mC/cm^3).  Multiplying by a permeability in cm/s gives mA/cm^2:
      i [mA/cm^2] = P [cm/s] * ghk [C/L]      (NEURON docs: "mA/cm2 = (permeability in cm/s)*h.ghk(mV, mM, mM, valence)")
  In SI:  i [A/m^2] = P [m/s] * 1000 * ghk.   Sign: positive = outward current (NEURON convention).

Each record also holds an independent Python evaluation of the exact closed form (using expm1, same F, R,
273.15 offset) so that the effect of NEURON's Taylor branch near v = 0 can be seen.
"""
import json
import math
import sys

import neuron
from neuron import h

V_LIST = [-80.0, -30.0, -1e-3, 0.0, 1e-3, 40.0, 100.0]
CELSIUS_LIST = [6.3, 37.0]
CASES = [
    ("Ca", 1e-4, 2.0, 2),
    ("K", 140.0, 5.0, 1),
    ("Na", 10.0, 140.0, 1),
]


def ghk_exact(v, ci, co, z, celsius, R, F):
    """Exact closed form in NEURON units (returns C/L); uses expm1 for accuracy near v = 0."""
    ktf = 1000.0 * R * (celsius + 273.15) / F
    x = z * v / ktf
    if x == 0.0:
        return 0.001 * z * F * (ci - co)
    # x*(ci - co e^-x)/(1 - e^-x) = x*(ci - co) / (-expm1(-x)) + co*x   [rewritten: ci - co e^-x = (ci-co) + co(1-e^-x)]
    return 0.001 * z * F * (x * (ci - co) / (-math.expm1(-x)) + co * x)


def run_mode(legacy):
    h.nrnunit_use_legacy(legacy)
    # F, R actually used inside eion.cpp (legacy: 96485.309 / 8.3134; modern: e*NA / k*NA)
    if legacy:
        F_used, R_used = 96485.309, 8.3134
    else:
        F_used, R_used = 1.602176634e-19 * 6.02214076e23, 1.380649e-23 * 6.02214076e23
    out = {
        "nrnunit_use_legacy": int(h.nrnunit_use_legacy()),
        "h_FARADAY": h.FARADAY,
        "h_R": h.R,
        "F_used_internally": F_used,
        "R_used_internally": R_used,
        "results": [],
    }
    for celsius in CELSIUS_LIST:
        h.celsius = celsius
        ktf = 1000.0 * R_used * (celsius + 273.15) / F_used
        for label, ci, co, z in CASES:
            for v in V_LIST:
                g = h.ghk(v, ci, co, z)
                ex = ghk_exact(v, ci, co, z, celsius, R_used, F_used)
                out["results"].append({
                    "label": label,
                    "v_mV": v,
                    "ci_mM": ci,
                    "co_mM": co,
                    "z": z,
                    "celsius": celsius,
                    "ghk_C_per_L": g,
                    "x_zFV_over_RT": z * v / ktf,
                    "taylor_branch_used": abs(z * v / ktf) < 1e-4,
                    "ghk_exact_python_C_per_L": ex,
                    "rel_diff_neuron_vs_exact": (g - ex) / ex if ex != 0 else g - ex,
                    "i_mA_per_cm2_for_P_1e-5_cm_per_s": 1e-5 * g,
                })
    return out


def main():
    default_legacy = int(h.nrnunit_use_legacy())
    doc = {
        "description": "NEURON h.ghk(v, ci, co, z): GHK current normalised to unit permeability. v in mV, "
        "ci/co in mM, returns coulomb/litre (= mC/cm^3); P[cm/s]*ghk = current density in mA/cm^2 (outward +).",
        "formula": "ghk = 0.001*z*F*(ci*efun(-x) - co*efun(x)), x = z*v*F/(1000*R*(celsius+273.15)), "
        "efun(x) = x/(exp(x)-1) for |x|>=1e-4 else 1-x/2",
        "source": "neuronsimulator/nrn src/nrnoc/eion.cpp (nrn_ghk, efun); "
        "docs/python/analysis/programmatic/misc.rst (tag 8.2.2)",
        "generator": "tests/reference/neuron_ghk.py",
        "python": sys.version.split()[0],
        "neuron_version": neuron.__version__,
        "default_nrnunit_use_legacy": default_legacy,
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
