#!/usr/bin/python3
"""NEURON 8.2 twins of the library's two cable benchmarks (DynamicsBenchmarks.CableStep1000 and .CableTreeStep200):
the time per fadvance() step, and the state after a given time, to check each twin against the library.

THE HH CABLE (CableStep1000; issue 13's cable): one section, nseg 1000, L 10 mm, diam 10 um, Ra 35.4 ohm cm,
cm 1 uF/cm2, NEURON's hh at its defaults, celsius 6.3, dt 0.01 ms, v_init -65 mV. The library's benchmark injects
10 uA/cm2 into its first compartment from t = 0; here an IClamp of that density times the compartment's area
(0.0314 nA) at its centre.

THE CHLORIDE TREE (CableTreeStep200): a trunk 500 um x 4 um (nseg 100) whose 1 end carries two daughters
300 um x 2 um (nseg 50 each); Ra 100 ohm cm, cm 1 uF/cm2, celsius 6.3, dt 0.01 ms, v_init -65 mV. Every compartment
has hh at its defaults and the library's membrane (Cl- 8 mM in, 130 mM out, K+ 140 in, 4 out):
  - a Cl- pool (benchmarks/neuron/clpool.mod) that every Cl- current moves, volume per area diam/4 (the library's
    CableTree sizes each compartment's pools to its cylinder); [Cl-]o a bath; ecl recomputed from it every step;
  - KCC2 at J = -U dG/RT = U ln([K]i[Cl]i/([K]o[Cl]o)), U = 1e-8 mol/(m2 s) (kcc2.mod, the library's
    FreeEnergyKinetics.Kcc2), moving K+ and Cl- out; electroneutral;
  - a GABA_A conductance of Cl- alone, bi-exponential (rise 0.5 ms, decay 10 ms), peak 1 mS/cm2 (gabacl.mod), with
    events every 5 ms from t = 0 (1000 of them) on every compartment at once.
Where the twin cannot be the library's description word for word, and why:
  - [K+]i is KCC2's own state, not NEURON's ki: the library's HH K+ channel keeps E_K = -77 mV and moves no K+, so only
    KCC2 moves the K+ pool; a NEURON mechanism reading ki or ko would make ek follow the concentrations, and a ki
    pool would collect hh's ik too. ek stays -77 mV, as hh's default.
  - The synapse is a density on every compartment in the library; NEURON delivers NetCon events only to point
    processes, so here one GabaCl per compartment whose weight is 1 mS/cm2 times the compartment's area, all driven
    by one NetStim (no noise) through NetCons of delay 0.
  - Within a step NEURON takes the currents with the gates, the synaptic conductance and the concentrations at t and
    then advances them with the new V; the library advances the gates and synapses first, then V, then the ions with
    the currents at the new V. Both are first order in dt; they agree to that order (the check below).

MECHANISMS: benchmarks/neuron/*.mod, compiled with nrnivmodl into benchmarks/neuron/bin/ (again whenever a .mod file is
newer than the library). Debian 12's nrnivmodl (package neuron-dev) looks for its makefile in /usr/bin and for
libnrniv.so in /usr/lib, where the packages do not put them (both are in /usr/lib/nrn); when that is so, the script
hands nrnivmodl a folder whose bin/ points at the makefile (NRNHOME_EXEC) and -L/usr/lib/nrn. The 'special'
executable nrnivmodl also links needs libinterviews-dev.

    /usr/bin/python3 benchmarks/python/cable_neuron.py time [reps] [steps]
    /usr/bin/python3 benchmarks/python/cable_neuron.py check

time: per model, after h.finitialize(-65) and a warm-up of 1000 steps, `reps` rounds (default 15) in each of which
usetable_hh = 1 (NEURON's default: rates interpolated in a 1 mV table) and usetable_hh = 0 (rates computed at every
step, as the library does) take turns, each timing `steps` (default 2000) fadvance() calls in one hoc loop (wall
clock). Then, as a harness check, the same number of steps called one by one from Python. One line per run:
    neuron-<model>-<table|notable|pyloop> steps=<k> us_per_step=<x>
check: usetable_hh = 0, the cable for 10 ms and the tree for 100 ms from rest at dt = 0.01 ms (the library's) and at
dt = 0.001 ms (a finer-step solution of the same equations, to size the discretisation error); one line per run:
    twin-check <model> neuron-dt<dt> t_ms=<t> <probe> v_mV=<v> [cl_mM=<c> ecl_mV=<e> k_mM=<k>] ...
in the form DynamicsBenchmarks' cleanups print the library's. E_Cl is the Nernst potential of the [Cl-]i printed
(NEURON's own ecl at that moment is the one the last step used, computed before the pool moved).
"""
import os
import shutil
import subprocess
import sys
import time

import neuron
from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
MOD_DIR = os.path.join(HERE, "..", "neuron")
BUILD_DIR = os.path.join(MOD_DIR, "bin")
DT = 0.01
WARMUP = 1000
CABLE_PROBES = [0, 1, 500, 999]
TREE_PROBES = [("trunk", 0), ("trunk", 99), ("left", 0), ("left", 49)]


def mechanisms():
    """Compiles benchmarks/neuron/*.mod with nrnivmodl where the library is missing or older, and loads it."""
    mods = sorted(os.path.join(os.path.abspath(MOD_DIR), f) for f in os.listdir(MOD_DIR) if f.endswith(".mod"))
    library = os.path.join(BUILD_DIR, "x86_64", ".libs", "libnrnmech.so")
    if not os.path.exists(library) or os.path.getmtime(library) < max(os.path.getmtime(m) for m in mods):
        nrnivmodl = shutil.which("nrnivmodl")
        if nrnivmodl is None:
            sys.exit("cable_neuron.py: nrnivmodl is missing (Debian: apt-get install neuron-dev libinterviews-dev)")
        shutil.rmtree(BUILD_DIR, ignore_errors=True)
        os.makedirs(BUILD_DIR)
        env, flags = dict(os.environ), []
        debian = "/usr/lib/nrn"
        if not os.path.exists(os.path.join(os.path.dirname(nrnivmodl), "nrnmech_makefile")) and \
                os.path.exists(os.path.join(debian, "nrnmech_makefile")):
            shim = os.path.join(BUILD_DIR, "nrnhome", "bin")
            os.makedirs(shim)
            os.symlink(os.path.join(debian, "nrnmech_makefile"), os.path.join(shim, "nrnmech_makefile"))
            env["NRNHOME_EXEC"] = os.path.dirname(shim)
            flags = ["-loadflags", f"-L{debian} -Wl,-rpath,{debian}"]
        done = subprocess.run([nrnivmodl, *flags, *mods], cwd=BUILD_DIR, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not os.path.exists(library):
            sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
            sys.exit(f"cable_neuron.py: nrnivmodl failed (exit {done.returncode}); its output is above")
    neuron.load_mechanisms(BUILD_DIR)


def hh_cable():
    """CableStep1000's twin; returns what must stay alive and the probes (label, segment)."""
    sec = h.Section(name="cable")
    sec.L = 10000.0
    sec.diam = 10.0
    sec.Ra = 35.4
    sec.cm = 1.0
    sec.nseg = 1000
    sec.insert("hh")
    first = sec(0.5 / sec.nseg)
    stim = h.IClamp(first)
    stim.delay = 0.0
    stim.dur = 1e9
    stim.amp = 10e-3 * first.area() * 1e-8 * 1e6  # 10 uA/cm2 = 1e-2 mA/cm2, times um2 -> cm2, mA -> nA
    probes = [(f"cable[{i}]", sec((i + 0.5) / sec.nseg)) for i in CABLE_PROBES]
    return [sec, stim], probes


def chloride_tree():
    """CableTreeStep200's twin; returns what must stay alive and the probes (label, segment)."""
    h.cli0_cl_ion = 8.0
    h.clo0_cl_ion = 130.0
    sections = {}
    for name, parent, length, diam, nseg in (("trunk", None, 500.0, 4.0, 100),
                                             ("left", "trunk", 300.0, 2.0, 50),
                                             ("right", "trunk", 300.0, 2.0, 50)):
        sec = h.Section(name=name)
        sec.L = length
        sec.diam = diam
        sec.nseg = nseg
        sec.Ra = 100.0
        sec.cm = 1.0
        for mechanism in ("hh", "clpool", "kcc2"):
            sec.insert(mechanism)
        for seg in sec:
            seg.kcc2.U = 1e-8
            seg.kcc2.kin0 = 140.0
            seg.kcc2.kout = 4.0
        if parent is not None:
            sec.connect(sections[parent](1), 0)
        sections[name] = sec
    stim = h.NetStim()
    stim.start = 0.0
    stim.interval = 5.0
    stim.number = 1000
    stim.noise = 0.0
    keep = [stim, *sections.values()]
    for sec in sections.values():
        for seg in sec:
            synapse = h.GabaCl(seg)
            synapse.tau1 = 0.5
            synapse.tau2 = 10.0
            connection = h.NetCon(stim, synapse)
            connection.delay = 0.0
            connection.weight[0] = 1e-3 * seg.area() * 1e-8 * 1e6  # 1 mS/cm2 times um2 -> cm2, S -> uS
            keep += [synapse, connection]
    probes = [(f"{name}[{k}]", sections[name]((k + 0.5) / sections[name].nseg)) for name, k in TREE_PROBES]
    return keep, probes


MODELS = {"hh-cable": (hh_cable, 10.0), "chloride-tree": (chloride_tree, 100.0)}


def setup(dt):
    h.celsius = 6.3
    h.CVode().active(0)
    h.secondorder = 0
    h.dt = dt
    h.finitialize(-65.0)


def time_model(name, reps, steps):
    keep, _ = MODELS[name][0]()
    setup(DT)
    h.advance_n(WARMUP)
    for _ in range(reps):
        for label, table in (("table", 1), ("notable", 0)):
            h.usetable_hh = table
            start = time.perf_counter()
            h.advance_n(steps)
            seconds = time.perf_counter() - start
            print(f"neuron-{name}-{label} steps={steps} us_per_step={1e6 * seconds / steps:.3f}", flush=True)
    h.usetable_hh = 1
    start = time.perf_counter()
    for _ in range(steps):
        h.fadvance()
    seconds = time.perf_counter() - start
    print(f"neuron-{name}-pyloop steps={steps} us_per_step={1e6 * seconds / steps:.3f}", flush=True)
    del keep


def check_model(name, dt):
    build, t_ms = MODELS[name]
    keep, probes = build()
    h.usetable_hh = 0
    setup(dt)
    h.advance_n(int(round(t_ms / dt)))
    fields = []
    for label, seg in probes:
        field = f"{label} v_mV={seg.v:.9f}"
        if name == "chloride-tree":
            # E_Cl of the [Cl-]i now: seg.ecl is the value this step's currents used, one pool update behind
            field += f" cl_mM={seg.cli:.9f} ecl_mV={h.nernst(seg.cli, seg.clo, -1):.9f} k_mM={seg.kcc2.kin:.9f}"
        fields.append(field)
    print(f"twin-check {name} neuron-dt{dt:g} t_ms={h.t:g} " + " ".join(fields), flush=True)
    del keep


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "time"
    mechanisms()
    h("proc advance_n() { local i  for i = 1, $1 { fadvance() } }")
    if mode == "time":
        reps = int(sys.argv[2]) if len(sys.argv) > 2 else 15
        steps = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
        print(f"# NEURON {neuron.__version__}, FARADAY {h.FARADAY}, R {h.R}", flush=True)
        for name in MODELS:
            time_model(name, reps, steps)
    elif mode == "check":
        for name in MODELS:
            for dt in (DT, DT / 10):
                check_model(name, dt)
    else:
        sys.exit(f"cable_neuron.py: unknown mode {mode!r} (time or check)")


if __name__ == "__main__":
    main()
