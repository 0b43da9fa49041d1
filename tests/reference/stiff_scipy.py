#!/usr/bin/python3
"""Reference values for StiffIntegrator's tests from SciPy's Radau (implicit Runge-Kutta, order 5) at tight
tolerances, an independent method:

    /usr/bin/python3 tests/reference/stiff_scipy.py robertson > tests/reference/stiff_robertson.json
    /usr/bin/python3 tests/reference/stiff_scipy.py vanderpol > tests/reference/stiff_vanderpol.json

Each is solved twice so the reference's own error can be judged.

Robertson's chemical kinetics (Robertson 1966; Hairer & Wanner 1996, Solving ODEs II, Sect. IV.1, eq. 1.4):
  y1' = -0.04 y1 + 1e4 y2 y3,  y2' = 0.04 y1 - 1e4 y2 y3 - 3e7 y2^2,  y3' = 3e7 y2^2,  y(0) = (1, 0, 0),
at t = 0.4, 4, 40, 400, 4e3, 4e4 (rtol 1e-12, atol 1e-20 for y2, 1e-14 for y1, y3; analytic Jacobian).
Van der Pol y'' - mu (1 - y^2) y' + y = 0 with mu = 1000 (Hairer & Wanner 1996, Sect. IV.1; MATLAB's vdp1000 over
[0, 3000]), written y1' = y2, y2' = mu (1 - y1^2) y2 - y1, y(0) = (2, 0), at t = 1000, 2000, 3000 (rtol 1e-12,
atol 1e-12; analytic Jacobian).
"""
import json
import sys

import numpy as np
import scipy
from scipy.integrate import solve_ivp


def robertson(t, y):
    y1, y2, y3 = y
    return [-0.04 * y1 + 1e4 * y2 * y3, 0.04 * y1 - 1e4 * y2 * y3 - 3e7 * y2 * y2, 3e7 * y2 * y2]


def robertson_jac(t, y):
    y1, y2, y3 = y
    return [[-0.04, 1e4 * y3, 1e4 * y2], [0.04, -1e4 * y3 - 6e7 * y2, -1e4 * y2], [0.0, 6e7 * y2, 0.0]]


MU = 1000.0


def vdp(t, y):
    return [y[1], MU * (1 - y[0] ** 2) * y[1] - y[0]]


def vdp_jac(t, y):
    return [[0.0, 1.0], [-2 * MU * y[0] * y[1] - 1, MU * (1 - y[0] ** 2)]]


which = sys.argv[1] if len(sys.argv) > 1 else "robertson"
if which == "robertson":
    rob_t = [0.4, 4.0, 40.0, 400.0, 4e3, 4e4]
    out = {"t": rob_t}
    for method in ("Radau", "LSODA"):
        sol = solve_ivp(robertson, (0, rob_t[-1]), [1.0, 0.0, 0.0], method=method, t_eval=rob_t, rtol=1e-12,
                        atol=[1e-14, 1e-20, 1e-14], jac=robertson_jac)
        out[method] = sol.y.T.tolist()
else:
    vdp_t = [1000.0, 2000.0, 3000.0]
    out = {"t": vdp_t}
    for method in ("Radau", "LSODA"):
        sol = solve_ivp(vdp, (0, vdp_t[-1]), [2.0, 0.0], method=method, t_eval=vdp_t, rtol=1e-12, atol=1e-12, jac=vdp_jac)
        out[method] = sol.y.T.tolist()
print(json.dumps({"scipy": scipy.__version__, "problem": which, **out}, indent=1))
