#!/usr/bin/python3
"""A second, independent method for ChlorideHomeostasisModel's whole cell: its steady state solved as algebraic
equations with SciPy's fsolve, not integrated in time.

    /usr/bin/python3 tests/reference/chloride_wholecell_scipy.py > tests/reference/chloride_wholecell_scipy.json

Written from the model's documentation, not from the C#. Unknowns: V, [Na+]i, [K+]i, [Cl-]i and the volume w relative
to the start. Equations: Na+, K+ and Cl- each in balance (GHK Na+/K+ leaks with P_Na, P_K derived so the cell without
cotransport rests at -65 mV with 12/155 mM; Luo-Rudy 1994 Na+/K+ pump; NKCC1 and KCC2 J = -U dG/RT; ohmic Cl- leak);
the charge carried by the ions inside conserved, (Na + K - Cl) w = (Na0 + K0 - Cl0) (V is quasi-steady, so the net
current is zero at every instant); water in balance, Na + K + Cl + X0/w = [Na]o + [K]o + [Cl]o, X0 set so the start
is balanced. Start: [Cl-]i at equilibrium at -65 mV. 37 C, SI 2019 constants. Prints JSON.
"""
import json
import math

import numpy as np
from scipy.optimize import fsolve

F = 96485.33212331001
R = 8.31446261815324
T = 310.15
vt = R * T / F
na_o, k_o, cl_o = 145.0, 4.0, 123.0
na0, k0 = 12.0, 155.0
v0 = -0.065
cl0 = cl_o * math.exp(v0 / vt)
g_cl = 0.01 * 10.0  # 0.01 mS/cm^2 in S/m^2
hco3_i, hco3_o, r_hco3 = 16.0, 26.0, 0.18


def pump_cycles(v, na, scale=1.0):
    """Luo & Rudy (1991/1994) I_NaK / F, mol/(m^2 s); I_max 1.5 uA/cm^2 = 0.015 A/m^2."""
    sigma = (math.exp(na_o / 67.3) - 1) / 7
    u = v / vt
    f = 1 / (1 + 0.1245 * math.exp(-0.1 * u) + 0.0365 * sigma * math.exp(-u))
    return scale * 0.015 * f / (1 + (10.0 / na) ** 1.5) * k_o / (k_o + 1.5) / F


def ghk_out(p, c_in, c_out, v):
    """Outward GHK flux of a monovalent cation, mol/(m^2 s)."""
    u = v / vt
    return p * u * (c_in - c_out * math.exp(-u)) / (1 - math.exp(-u))


# Leaks that balance the pump at the reference state (K+ out = 2 cycles, Na+ in = 3 cycles).
def leaks(scale):
    p = pump_cycles(v0, na0, scale)
    return -3 * p / ghk_out(1.0, na0, na_o, v0), 2 * p / ghk_out(1.0, k0, k_o, v0)


x0 = (na_o + k_o + cl_o) - (na0 + k0 + cl0)
q0 = na0 + k0 - cl0


def residuals(x, u_n, u_k, scale):
    v, na, k, cl, w = x
    p_na, p_k = leaks(scale)
    pump = pump_cycles(v, na, scale)
    nkcc1 = u_n * math.log(na_o * k_o * cl_o ** 2 / (na * k * cl ** 2))  # cycles inward
    kcc2 = u_k * math.log(k * cl / (k_o * cl_o))                        # cycles outward
    e_cl = vt * math.log(cl / cl_o)                                      # anion: E = (RT/F) ln(ci/co)
    cl_in = g_cl * (v - e_cl) / F                                        # outward anion current = inward flux
    s = 1e8  # scale the flux equations to order 1
    return [
        s * (-ghk_out(p_na, na, na_o, v) + nkcc1 - 3 * pump),
        s * (-ghk_out(p_k, k, k_o, v) + nkcc1 + 2 * pump - kcc2),
        s * (cl_in + 2 * nkcc1 - kcc2),
        (na + k - cl) * w - q0,
        na + k + cl + x0 / w - (na_o + k_o + cl_o),
    ]


def steady(u_n, u_k, scale=1.0):
    x, info, ok, msg = fsolve(residuals, [v0, na0, k0, cl0, 1.0], args=(u_n, u_k, scale), full_output=True, xtol=1e-13)
    if ok != 1:
        raise RuntimeError(msg)
    v, na, k, cl, w = x
    e_gaba = vt * math.log((cl + r_hco3 * hco3_i) / (cl_o + r_hco3 * hco3_o))
    return {"V_mV": v * 1e3, "Na_mM": na, "K_mM": k, "Cl_mM": cl, "volume_ratio": w,
            "E_Cl_mV": vt * math.log(cl / cl_o) * 1e3, "E_GABA_mV": e_gaba * 1e3,
            "residual": float(np.max(np.abs(residuals(x, u_n, u_k, scale))))}


print(json.dumps({
    "immature": steady(1e-8, 1e-9),
    "mature": steady(1e-9, 1e-7),
    "immature_pump_x100": steady(1e-8, 1e-9, 100.0),
}, indent=1))
