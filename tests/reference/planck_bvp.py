"""Independent check of the Planck (stationary, electroneutral, zero-current Nernst-Planck) liquid junction potential.

Solves the junction in x with SciPy's collocation BVP solver: states c_i(x), unknown constant fluxes J_i as parameters,
dpsi/dx = -sum(z J/D)/sum(z^2 c), dc_i/dx = -J_i/D_i - z_i c_i dpsi/dx, c_i(0) = pipette, c_i(1) = bath (all ions but the
last: electroneutrality carries it) and sum z_i J_i = 0. A different formulation and different numerics from the
library's (potential as independent variable, matrix exponentials, Newton). Diffusion coefficients are the library
catalog's (CRC, 25 degC; gluconate 0.33 and HEPES 0.30 of K+). Output: LJP = phi_bath - phi_pipette in mV.

Run with /usr/bin/python3 (SciPy 1.10): /usr/bin/python3 tests/reference/planck_bvp.py > tests/reference/planck_bvp.json
"""
import json
import numpy as np
from scipy.integrate import solve_bvp

R = 8.31446261815324
F = 96485.3321233100184
D = {"K": 1.957, "Na": 1.334, "Cl": 2.032, "Ca": 0.792, "Mg": 0.706, "SO4": 1.065, "HCO3": 1.185, "Cs": 2.056,
     "Gluconate": 0.33 * 1.957, "HEPES": 0.30 * 1.957}
Z = {"K": 1, "Na": 1, "Cl": -1, "Ca": 2, "Mg": 2, "SO4": -2, "HCO3": -1, "Cs": 1, "Gluconate": -1, "HEPES": -1}


def ljp(pipette, bath, celsius):
    ions = sorted(set(pipette) | set(bath), key=lambda n: (Z[n] == -2, n))  # a monovalent ion last
    z = np.array([Z[n] for n in ions], float)
    d = np.array([D[n] for n in ions], float)
    c0 = np.array([pipette.get(n, 0.0) for n in ions], float)
    cl = np.array([bath.get(n, 0.0) for n in ions], float)
    n = len(ions)
    scale = max(c0.max(), cl.max())
    c0, cl = c0 / scale, cl / scale

    def f(x, y, p):
        c = y[:n]
        dpsi = -np.sum(z * p / d) / np.sum((z ** 2)[:, None] * c, axis=0)
        return np.vstack([-p[i] / d[i] - z[i] * c[i] * dpsi for i in range(n)] + [dpsi])

    def bc(ya, yb, p):
        return np.array(list(ya[:n] - c0) + list(yb[:n - 1] - cl[:n - 1]) + [np.sum(z * p), ya[n]])

    x = np.linspace(0, 1, 4001)
    y = np.vstack([c0[i] + (cl[i] - c0[i]) * x for i in range(n)] + [0 * x])
    sol = solve_bvp(f, bc, x, y, p=-d * (cl - c0), tol=1e-10, max_nodes=400000)
    assert sol.status == 0, sol.message
    return sol.y[n, -1] * R * (celsius + 273.15) / F * 1e3


cases = []
for k, na, celsius in [(10, 1, 25), (67.2095519187, 0.0165579283893, 41.98), (364.938766674, 0.0768286142619, 6.733)]:
    one = {"K": k, "Gluconate": k, "Ca": 0.01 * na, "Cl": 0.02 * na}
    two = {"Na": na, "Cl": na, "Mg": 0.5 * k, "SO4": 0.5 * k}
    cases.append({"label": f"K-gluconate/CaCl2 {k} mM vs NaCl/MgSO4 {na} mM", "celsius": celsius, "pipette": one, "bath": two, "ljp_mV": ljp(one, two, celsius)})
    cases.append({"label": f"NaCl/MgSO4 {na} mM vs K-gluconate/CaCl2 {k} mM", "celsius": celsius, "pipette": two, "bath": one, "ljp_mV": ljp(two, one, celsius)})
axo_p = {"K": 145, "Na": 13, "Cl": 10, "Gluconate": 145, "Mg": 1, "HEPES": 5}
axo_b = {"K": 2.8, "Na": 145, "Cl": 148.8, "Mg": 2, "Ca": 1, "HEPES": 5}
cases.append({"label": "AxoBits 39 K-gluconate pipette, NaCl bath", "celsius": 20, "pipette": axo_p, "bath": axo_b, "ljp_mV": ljp(axo_p, axo_b, 20)})
ten_p = {"K": 120, "Na": 10, "Gluconate": 110, "Cl": 14, "Mg": 2, "HEPES": 10, "Ca": 0.5, "SO4": 1, "Cs": 1}
ten_b = {"K": 2.5, "Na": 151, "Cl": 131.5, "Mg": 1, "Ca": 2, "SO4": 1, "HCO3": 26}
cases.append({"label": "10-ion set", "celsius": 25, "pipette": ten_p, "bath": ten_b, "ljp_mV": ljp(ten_p, ten_b, 25)})
print(json.dumps({"generator": "tests/reference/planck_bvp.py", "scipy_solve_bvp_tol": 1e-10, "cases": cases}, indent=1))
