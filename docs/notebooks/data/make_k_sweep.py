"""Writes k-sweep.csv: a simulated whole-cell K+ voltage-clamp sweep with recording noise.

The currents are the Goldman-Hodgkin-Katz current equation (Goldman 1943; Hodgkin and Katz 1949) for K+ alone,
computed here in plain Python with the exact SI 2019 constants, independently of Membrane.Biophysics; Gaussian noise
(sigma 10 pA, seeded) stands in for the amplifier. The header comments record the true reversal potential (the Nernst
potential of K+) and the true slope conductance there, which the notebooks and scripts read back and CI checks.

Run: /usr/bin/python3 docs/notebooks/data/make_k_sweep.py > docs/notebooks/data/k-sweep.csv
"""
import math
import random

E_CHARGE = 1.602176634e-19   # C, exact (SI 2019)
N_A = 6.02214076e23          # 1/mol, exact
K_B = 1.380649e-23           # J/K, exact
F = E_CHARGE * N_A
R = K_B * N_A

T = 273.15 + 22.0            # K, room temperature
K_IN, K_OUT = 140.0, 25.0    # mM = mol/m^3
PERMEABILITY_AREA = 2e-16    # P*A in m^3/s (a whole cell's worth of K+ channels)
NOISE_PA = 10.0


def ghk_current(v):
    """Whole-cell K+ current in A at membrane potential v (V), outward positive."""
    u = F * v / (R * T)
    if abs(u) < 1e-9:
        return PERMEABILITY_AREA * F * (K_IN - K_OUT)
    return PERMEABILITY_AREA * F * u * (K_IN - K_OUT * math.exp(-u)) / (1.0 - math.exp(-u))


e_k = R * T / F * math.log(K_OUT / K_IN)
h = 1e-6
slope = (ghk_current(e_k + h) - ghk_current(e_k - h)) / (2 * h)

rng = random.Random(7)
print("# Simulated whole-cell K+ voltage-clamp sweep (docs/notebooks/data/make_k_sweep.py): GHK K+ current,")
print(f"# [K+]i = {K_IN:g} mM, [K+]o = {K_OUT:g} mM, 22 degC, P*A = {PERMEABILITY_AREA:g} m^3/s, Gaussian noise sigma {NOISE_PA:g} pA (seed 7).")
print(f"# true reversal potential E_K = {e_k * 1e3:.4f} mV; true slope conductance at E_K = {slope * 1e9:.4f} nS")
print("V_mV,I_pA")
for k in range(33):
    v_mv = -120.0 + 5.0 * k
    i_pa = ghk_current(v_mv * 1e-3) * 1e12 + rng.gauss(0.0, NOISE_PA)
    print(f"{v_mv:.1f},{i_pa:.2f}")
