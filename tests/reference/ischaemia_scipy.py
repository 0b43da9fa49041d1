#!/usr/bin/python3
"""A second, independent implementation of IschaemiaModel's default cell in SciPy, for its tests and as the baseline
its benchmark is compared with.

    /usr/bin/python3 tests/reference/ischaemia_scipy.py > tests/reference/ischaemia_scipy.json

Written from the model's documentation (docs/models.md, the XML docs of IschaemiaModel and of the Dynamics laws it
cites) and from the channel files of Gentiletti et al. (2022, ModelDB 267499: pnas.mod, nap.mod, pkdrs.mod), not
translated from the C#. One continuous ODE in 15 unknowns: V; the gates m, h (transient Na+), m, h (persistent Na+),
n (delayed rectifier), each relaxing to its steady state (no Rush-Larsen, no quasi-steady shortcut); the inside and
outside amounts of Na+, K+, Cl- and Ca2+ (inside Ca2+ as free + bound, the free part the root of the rapid-buffer
equation of Wagner & Keizer 1994); and the cell's volume (osmotic water flow, Dijkstra et al. 2016) in a closed
outside space that loses what the cell gains. Currents: ohmic channels with live Nernst potentials, GHK leaks balanced
at rest with the channels' window currents, Luo & Rudy (1994) Na+/K+-ATPase, NCX and PMCA. Integrated with SciPy's
LSODA at rtol 1e-9 (a variable-order, variable-step BDF/Adams method: a different method from the library's fixed
first-order steps), spike and NCX-reversal times located as roots of the dense output.

Three runs: (a) the control cell at rest with one 1-ms test pulse (spike peak, width at 0 mV, the voltage where
dV/dt first exceeds 100 V/s, and the pulse amplitude threshold by bisection); (b, c) ATP lost at t = 0 (pump and PMCA
stop), 60 s with the default test pulses every 10 s: every 0-mV upward crossing, the pulses' responses, the NCX
reversal intervals and samples every second (control: ncx_reversal_s is the one interval of the evoked spike).
Prints JSON on stdout; the wall time of run (b, c) on stderr. Options: --ischaemia-only (skip the control, as the
benchmark does), --duration S (default 60); ISCHAEMIA_RTOL=1e-10 in the environment checks the reference's own accuracy
(it moves the last spike by 0.6 us and no sample by more than 10^-5 relative or 0.02 mV).
"""
import json
import math
import os
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

# Exact SI 2019 constants.
F = 96485.33212331001
R = 8.31446261815324
T = 310.15                      # 37 C
VT = R * T / F * 1e3            # thermal voltage, mV

# The default cell (IschaemiaModel's documented defaults), SI unless noted; concentrations in mM = mol/m^3.
V_REST = -65.0                  # mV
NA_I, K_I, CA_I = 12.0, 155.0, 1e-4
NA_O, K_O, CA_O, CL_O = 145.0, 4.0, 1.5, 123.0
CL_I = CL_O * math.exp(V_REST / VT)     # Cl- at equilibrium at rest: E_Cl = V_rest
CM = 1e-2                       # F/m^2 (1 uF/cm^2)
G_NAT, G_NAP, G_KDR = 140.0, 6.0, 320.0  # S/m^2 (14, 0.6, 32 mS/cm^2)
RADIUS = 10e-6
AREA = 4 * math.pi * RADIUS ** 2
VOL_I0 = 4 * math.pi * RADIUS ** 3 / 3
ALPHA = 0.2
VOL_O0 = VOL_I0 * ALPHA / (1 - ALPHA)
P_F = 1e-5                      # m/s (1e-3 cm/s)
VW = 18.01528e-3 / 997.047      # partial molar volume of water, m^3/mol
B_T, K_D = 0.05, 2.38e-3        # calmodulin, mM
PUMP_MAX, PUMP_KNA, PUMP_KK = 1.5e-2, 10.0, 1.5            # A/m^2, mM
NCX_K, NCX_KNA, NCX_KCA, NCX_KSAT, NCX_ETA = 20.0, 87.5, 1.38, 0.1, 0.35
PMCA_MAX, PMCA_KM = 1.15e-2, 5e-4
CL_TO_K = 0.45
PULSE_AMP, PULSE_LEN, PULSE_EVERY, WINDOW = 0.2, 1e-3, 10.0, 50e-3   # A/m^2 (20 uA/cm^2), s


def bern(x):
    """x / (1 - exp(-x)), its limit 1 at x = 0."""
    if abs(x) < 1e-6:
        return 1 + x / 2
    return x / -math.expm1(-x)


# Gates of pnas.mod, nap.mod and pkdrs.mod (V in mV, rates per ms).
def nat_m_rates(v):
    return 0.8 * 4 * bern((v + 39.8) / 4), 0.7 * 5 * bern(-(v + 14.8) / 5)


def nat_h_rates(v):
    return 0.32 * math.exp(-(v + 15) / 18), 10 / (1 + math.exp(-(v + 15) / 5))


def nap_tau(x):
    return 1 / (0.091 * 5 * bern(x / 5) + 0.062 * 5 * bern(-x / 5))


def nap_m(v):
    return 1 / (1 + math.exp(-(v + 48.7) / 4.4)), nap_tau(v + 38)


def nap_h(v):
    tau = 3700 + 2000 * nap_tau(v + 60) if v <= -60 else 1200 + 8000 * nap_tau(v + 74)
    return 1 / (1 + math.exp((v + 48.8) / 9.98)), tau


def kdr_n(v):
    # 0.016 e^(v/5) (64.9 + v) / (e^(v/5) - 2.30599e-6) is 0.016 (v + 64.9) / (1 - e^(-(v + 64.9)/5)).
    return 1 / (1 + math.exp((-v - 22.8) / 13.6)), 1.6 / (0.0338338 * math.exp(-v / 40) + 0.016 * 5 * bern((v + 64.9) / 5))


def steady_gates(v):
    am, bm = nat_m_rates(v)
    ah, bh = nat_h_rates(v)
    return [am / (am + bm), ah / (ah + bh), nap_m(v)[0], nap_h(v)[0], kdr_n(v)[0]]


def ghk_flux(z, p, ci, co, v):
    """Outward GHK flux density, mol/(m^2 s), for permeability p (m/s), V in mV."""
    u = z * v / VT
    return p * (ci * bern(u) - co * bern(-u))  # = p u (ci - co e^-u) / (1 - e^-u)


def nernst(z, ci, co):
    return VT / z * math.log(co / ci)


def pump_current(v, na_i, na_o, k_o):
    u = v / VT
    sigma = (math.exp(na_o / 67.3) - 1) / 7
    f = 1 / (1 + 0.1245 * math.exp(-0.1 * u) + 0.0365 * sigma * math.exp(-u))
    return PUMP_MAX * f / (1 + (PUMP_KNA / na_i) ** 1.5) * k_o / (k_o + PUMP_KK)


def ncx_current(v, na_i, na_o, ca_i, ca_o):
    u = v / VT
    return NCX_K * (math.exp(NCX_ETA * u) * na_i ** 3 * ca_o - math.exp((NCX_ETA - 1) * u) * na_o ** 3 * ca_i) / (
        (NCX_KNA ** 3 + na_o ** 3) * (NCX_KCA + ca_o) * (1 + NCX_KSAT * math.exp((NCX_ETA - 1) * u)))


def pmca_current(ca_i):
    return PMCA_MAX * ca_i / (ca_i + PMCA_KM)


def channel_currents(v, g, na_i, na_o, k_i, k_o):
    m, h, mp, hp, n = g
    e_na, e_k = nernst(1, na_i, na_o), nernst(1, k_i, k_o)
    return (G_NAT * m ** 3 * h + G_NAP * mp ** 2 * hp) * (v - e_na) * 1e-3, G_KDR * n ** 4 * (v - e_k) * 1e-3


def resting_permeabilities():
    """P_Na, P_K, P_Cl, P_Ca: each ion's leak carries what pump, NCX, PMCA and the window currents leave at rest."""
    v = V_REST
    pump = pump_current(v, NA_I, NA_O, K_O) / F
    ncx = -ncx_current(v, NA_I, NA_O, CA_I, CA_O) / F
    pmca = pmca_current(CA_I) / (2 * F)
    i_na, i_k = channel_currents(v, steady_gates(v), NA_I, NA_O, K_I, K_O)
    p_k = (2 * pump - i_k / F) / ghk_flux(1, 1, K_I, K_O, v)
    p_na = -(3 * pump - 3 * ncx + i_na / F) / ghk_flux(1, 1, NA_I, NA_O, v)
    p_ca = -(ncx + pmca) / ghk_flux(2, 1, CA_I, CA_O, v)
    return p_na, p_k, CL_TO_K * p_k, p_ca


P_NA, P_K, P_CL, P_CA = resting_permeabilities()
# Osmoles inside that no membrane flux moves (the buffer molecules, free or bound, and the impermeant X), per initial
# volume: what the free ions leave of the outside osmolarity at the start, so that the cell starts in balance.
FIXED_OSMOLES = NA_O + K_O + CA_O + CL_O - (NA_I + K_I + CL_I + CA_I)
CA_TOT0 = CA_I + B_T * CA_I / (CA_I + K_D)

# State (amounts per initial cell volume, mM; w = V_in/V_in0):
# 0 V, 1-5 gates, 6 Na_i, 7 K_i, 8 Cl_i, 9 Ca_i total, 10 Na_o, 11 K_o, 12 Cl_o, 13 Ca_o, 14 w
NS = 15
OUT_RATIO = VOL_O0 / VOL_I0
A_OVER_V0 = AREA / VOL_I0


def free_calcium(total, buffer):
    b = buffer + K_D - total
    return 2 * K_D * total / (b + math.sqrt(b * b + 4 * K_D * total)) if b > 0 else (-b + math.sqrt(b * b + 4 * K_D * total)) / 2


def concentrations(y):
    w = y[14]
    wo = OUT_RATIO - (w - 1)
    ca_i = free_calcium(y[9] / w, B_T / w)
    return (y[6] / w, y[7] / w, y[8] / w, ca_i, y[10] / wo, y[11] / wo, y[12] / wo, y[13] / wo, w, wo)


def make_rhs(pump_fraction, stim):
    def rhs(t, y):
        v = y[0]
        g = y[1:6]
        na_i, k_i, cl_i, ca_i, na_o, k_o, cl_o, ca_o, w, wo = concentrations(y)
        i_na, i_k = channel_currents(v, g, na_i, na_o, k_i, k_o)
        pump = pump_fraction * pump_current(v, na_i, na_o, k_o)
        ncx = ncx_current(v, na_i, na_o, ca_i, ca_o)
        pmca = pump_fraction * pmca_current(ca_i)
        # Outward fluxes, mol/(m^2 s).
        j_na = i_na / F + ghk_flux(1, P_NA, na_i, na_o, v) + 3 * pump / F + 3 * ncx / F
        j_k = i_k / F + ghk_flux(1, P_K, k_i, k_o, v) - 2 * pump / F
        j_cl = ghk_flux(-1, P_CL, cl_i, cl_o, v)
        j_ca = ghk_flux(2, P_CA, ca_i, ca_o, v) - ncx / F + pmca / (2 * F)
        i_mem = F * (j_na + j_k - j_cl + 2 * j_ca)
        am, bm = nat_m_rates(v)
        ah, bh = nat_h_rates(v)
        mp_inf, mp_tau = nap_m(v)
        hp_inf, hp_tau = nap_h(v)
        n_inf, n_tau = kdr_n(v)
        osm_in = na_i + k_i + cl_i + ca_i + FIXED_OSMOLES / w
        osm_out = na_o + k_o + cl_o + ca_o
        dy = [0.0] * NS
        dy[0] = (stim(t) - i_mem) / CM * 1e3
        dy[1] = 1e3 * (am * (1 - g[0]) - bm * g[0])
        dy[2] = 1e3 * (ah * (1 - g[1]) - bh * g[1])
        dy[3] = 1e3 * (mp_inf - g[2]) / mp_tau
        dy[4] = 1e3 * (hp_inf - g[3]) / hp_tau
        dy[5] = 1e3 * (n_inf - g[4]) / n_tau
        for k, j in ((6, j_na), (7, j_k), (8, j_cl), (9, j_ca)):
            dy[k] = -A_OVER_V0 * j
            dy[k + 4] = A_OVER_V0 * j
        dy[14] = P_F * AREA * VW * (osm_in - osm_out) / VOL_I0
        return dy
    return rhs


def initial_state():
    return [V_REST] + steady_gates(V_REST) + [NA_I, K_I, CL_I, CA_TOT0, NA_O * OUT_RATIO, K_O * OUT_RATIO, CL_O * OUT_RATIO, CA_O * OUT_RATIO, 1.0]


RTOL = float(os.environ.get("ISCHAEMIA_RTOL", "1e-9"))  # ISCHAEMIA_RTOL=1e-10 checks the reference's own accuracy
ATOL = [1e-7] + [1e-10] * 5 + [1e-9] * 3 + [1e-14] + [1e-9] * 4 + [1e-12]


def ncx_drive(y):
    na_i, _, _, ca_i, na_o, _, _, ca_o, _, _ = concentrations(y)
    return y[0] - (3 * nernst(1, na_i, na_o) - 2 * nernst(2, ca_i, ca_o))


def integrate(rhs, t0, t1, y0, t_eval=None):
    spike = lambda t, y: y[0]
    spike.direction = 1
    drive = lambda t, y: ncx_drive(y)
    return solve_ivp(rhs, (t0, t1), y0, method="LSODA", rtol=RTOL, atol=ATOL, events=[spike, drive], t_eval=t_eval,
                     dense_output=True, first_step=1e-6, max_step=2e-3)


def control_pulse(amplitude, keep=False):
    """The control cell at rest, one pulse at 20 ms, 60 ms after it."""
    start = 20e-3
    y = initial_state()
    pieces = []
    for t0, t1, amp in ((0, start, 0.0), (start, start + PULSE_LEN, amplitude), (start + PULSE_LEN, start + PULSE_LEN + 60e-3, 0.0)):
        sol = integrate(make_rhs(1.0, lambda t, a=amp: a), t0, t1, y)
        pieces.append(sol)
        y = sol.y[:, -1]
    ts = np.arange(start, start + PULSE_LEN + 60e-3, 1e-6)
    vs = np.array([next(p for p in pieces if p.t[0] <= t <= p.t[-1]).sol(t)[0] for t in ts])
    peak = float(vs.max())
    crossings = [t for p in pieces for t in p.t_events[0]]
    ncx_roots = [t for p in pieces for t in p.t_events[1]]
    out = {"peak_mV": peak, "peak_time_s": float(ts[vs.argmax()]) - start, "spike": peak > 0}
    if keep and crossings:
        dv = np.gradient(vs, ts) * 1e-3  # V/s
        up = crossings[0]
        below = np.nonzero((ts > up) & (vs < 0))[0]
        out["up_0mV_s"] = up - start
        out["down_0mV_s"] = float(ts[below[0]]) - start if len(below) else None
        out["width_0mV_s"] = out["down_0mV_s"] - out["up_0mV_s"]
        after = np.nonzero((ts > start + PULSE_LEN) & (dv > 100))[0]
        out["threshold_100V_per_s_mV"] = float(vs[after[0]]) if len(after) else None
        out["ncx_reversal_s"] = [float(t) - start for t in ncx_roots]
        out["final_mV"] = float(pieces[-1].y[0, -1])
    return out


def control():
    shape = control_pulse(PULSE_AMP, keep=True)
    lo, hi = 0.0, PULSE_AMP
    while hi - lo > 1e-5:  # 1e-3 uA/cm^2
        mid = (lo + hi) / 2
        if control_pulse(mid)["spike"]:
            hi = mid
        else:
            lo = mid
    shape["threshold_amplitude_uA_per_cm2"] = (lo + hi) / 2 * 100
    return shape


def ischaemia(duration=60.0):
    """ATP lost at t = 0; test pulses every 10 s whose response window fits in the run."""
    rhs0 = make_rhs(0.0, lambda t: 0.0)
    rhs_pulse = make_rhs(0.0, lambda t: PULSE_AMP)
    pulses = [k * PULSE_EVERY for k in range(1, int(duration / PULSE_EVERY) + 1) if k * PULSE_EVERY + PULSE_LEN + WINDOW <= duration + 1e-9]
    bounds = sorted({0.0, duration, *pulses, *(p + PULSE_LEN for p in pulses)})
    y = initial_state()
    samples = {k: [] for k in ("t", "V_mV", "Na_i_mM", "K_i_mM", "K_o_mM", "Na_o_mM", "Ca_i_uM", "Cl_i_mM", "volume_ratio", "E_ncx_mV")}
    crossings, drive_roots, responses = [], [], []
    for t0, t1 in zip(bounds[:-1], bounds[1:]):
        in_pulse = t0 in pulses
        grid = np.arange(math.ceil(t0 - 1e-12), t1 + 1e-12, 1.0)
        grid = grid[(grid >= t0) & (grid <= t1)]
        if t0 > 0:
            grid = grid[grid > t0]
        sol = integrate(rhs_pulse if in_pulse else rhs0, t0, t1, y, t_eval=grid if len(grid) else None)
        if not sol.success:
            raise RuntimeError(sol.message)
        for t, yy in zip(sol.t if len(grid) else [], sol.y.T if len(grid) else []):
            c = concentrations(yy)
            samples["t"].append(float(t))
            samples["V_mV"].append(float(yy[0]))
            for key, val in zip(("Na_i_mM", "K_i_mM", "Ca_i_uM", "Cl_i_mM", "Na_o_mM", "K_o_mM"), (c[0], c[1], c[3] * 1e3, c[2], c[4], c[5])):
                samples[key].append(float(val))
            samples["volume_ratio"].append(float(yy[14]))
            samples["E_ncx_mV"].append(float(yy[0] - ncx_drive(yy)))
        crossings += [float(t) for t in sol.t_events[0]]
        drive_roots += [float(t) for t in sol.t_events[1]]
        if in_pulse:
            end = t1
            seg = integrate(rhs0, end, end + WINDOW, sol.y[:, -1])
            ts = np.linspace(end, end + WINDOW, 50001)
            vs = seg.sol(ts)[0]
            responses.append({"time_s": t0, "V_before_mV": float(sol.y[0, 0]), "V_end_mV": float(sol.y[0, -1]), "peak_mV": float(max(vs.max(), sol.y[0, -1]))})
        y = sol.y[:, -1]
    # The reversal intervals from the roots of V - E_NCX (NCX runs forward at rest, so the first root opens one).
    y0 = initial_state()
    assert ncx_drive(y0) < 0
    intervals = [[drive_roots[i], drive_roots[i + 1] if i + 1 < len(drive_roots) else duration] for i in range(0, len(drive_roots), 2)]
    return {"duration_s": duration, "spike_times_s": crossings, "test_pulses": responses, "ncx_reversals_s": intervals, "samples": samples}


def main():
    out = {"permeabilities_m_per_s": {"Na": P_NA, "K": P_K, "Cl": P_CL, "Ca": P_CA}}
    if "--ischaemia-only" not in sys.argv:
        out["control"] = control()
    start = time.perf_counter()
    out["ischaemia"] = ischaemia(float(sys.argv[sys.argv.index("--duration") + 1]) if "--duration" in sys.argv else 60.0)
    elapsed = time.perf_counter() - start
    print(f"ischaemia run: {elapsed * 1e3:.0f} ms", file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
