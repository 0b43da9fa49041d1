#!/usr/bin/python3
"""A second, independent implementation of EndosomeAcidificationModel's equations in SciPy, for its tests and as
the baseline its benchmark is compared with.

    /usr/bin/python3 tests/reference/endosome_scipy.py > tests/reference/endosome_scipy.json

Written from the model's documentation (Grabe & Oster 2001's structure with Ishida et al. 2013's lysosome numbers),
not from the C#: state (lumen pH, lumen Cl-, K+, Na+ amounts, H+ entered), psi = F (sum z n - fixed)/C, GHK fluxes
with surface-potential Boltzmann factors, the V-ATPase rate j_max tanh(-dG/2RT) with dG = n F (psi - E_H) + dG_ATP.
Integrated with SciPy's LSODA (stiff-capable, a different method from the C# Dormand-Prince) to 2000 s.
Prints the final pH and psi with and without the Cl- shunt as JSON on stdout, and the wall time of one default run
(both cases, LSODA) on stderr.
"""
import json
import math
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

F = 96485.33212331001
R = 8.31446261815324
NA = 6.02214076e23
T = 298.15
RT = R * T
r = 0.34e-6
A = 4 * math.pi * r * r
V = 4 * math.pi * r ** 3 / 3
C = 1e-2 * A
beta = 40.0
pH_cyt = 7.2
K_cyt, Na_cyt, Cl_cyt = 145.0, 10.0, 10.0
pH0, K0, Na0, Cl0 = 7.4, 5.0, 145.0, 110.0
psi_out, psi_in = -0.050, 0.0
P_H = 6e-7
pumps = 300
jmax = 100.0
n_h = 2
dG_atp = -50e3
fixed = (K0 + Na0 - Cl0) * V  # psi starts at 0


def ghk_flux_out(z, P, c_in, c_out, psi):
    """GHK flux, lumen (inside) -> cytosol positive, mol/(m^2 s)."""
    if P == 0:
        return 0.0
    u = z * F * psi / RT
    if abs(u) < 1e-9:
        return P * (c_in - c_out)
    return P * u * (c_in - c_out * math.exp(-u)) / (1 - math.exp(-u))


def rhs(t, y, P_Cl):
    pH, nCl, nK, nNa, nH = y
    psi = F * (nH + nK + nNa - nCl - fixed) / C
    h_l = 10 ** (-pH) * 1e3
    h_c = 10 ** (-pH_cyt) * 1e3
    e_h = RT / F * math.log(h_c / h_l)
    dG = n_h * F * (psi - e_h) + dG_atp
    pump = pumps / NA * jmax * math.tanh(-dG / (2 * RT))
    cat_c, an_c = math.exp(-F * psi_out / RT), math.exp(F * psi_out / RT)
    cat_l, an_l = math.exp(-F * psi_in / RT), math.exp(F * psi_in / RT)
    leak = -A * ghk_flux_out(1, P_H, h_l * cat_l, h_c * cat_c, psi)
    cl = -A * ghk_flux_out(-1, P_Cl, nCl / V * an_l, Cl_cyt * an_c, psi)
    j = pump + leak
    return [-j / (beta * V), cl, 0.0, 0.0, j]


def run(P_Cl):
    y0 = [pH0, Cl0 * V, K0 * V, Na0 * V, 0.0]
    sol = solve_ivp(rhs, (0, 2000), y0, args=(P_Cl,), method="LSODA", rtol=1e-10, atol=[1e-12, 1e-27, 1e-27, 1e-27, 1e-27])
    pH, nCl, nK, nNa, nH = sol.y[:, -1]
    psi = F * (nH + nK + nNa - nCl - fixed) / C
    return {"pH": pH, "psi_mV": psi * 1e3, "chloride_mM": nCl / V}


start = time.perf_counter()
without = run(0.0)
shunt = run(1.2e-7)
elapsed = time.perf_counter() - start
print(json.dumps({"without_counterion": without, "chloride_shunt": shunt}, indent=1))
print(f"both runs: {elapsed * 1e3:.1f} ms", file=sys.stderr)
