#!/usr/bin/python3
"""Independent numpy reference of the durability hazard model (engine/durability/hazard_core.cpp).

Reads the model input exported by the engine (mechanisms, lens weights, levers, and the K
parameter sets by name: `durability_tool export`), rebuilds the three channel hazards from the
formulas in the model card, and simulates the same number of trajectories with numpy's own
random numbers, vectorised over trajectories. Only the parameter draws are shared with the
engine; hazards and simulation are written from scratch here.

usage: reference.py INPUT.json [--compare ENGINE_SURVIVAL.json] [--bench REPS]
  --compare: exit 1 unless |S_ref(m) - S_engine(m)| <= 4.5 standard errors at every month
             (two independent samples of `runs` trajectories each, plus 0.005 slack).
  --bench:   print {"numpy_ms": <min over REPS>} for the simulation (table build included).
Run with /usr/bin/python3 (Debian's python3-numpy).
"""
import json
import sys
import time

import numpy as np

ESC, DEL, COL = 0, 1, 2
MAX_MONTHLY = 0.95
MAX_EROSION = 0.04
COMMIT, EROSION = 3, 4


def lens(inp, p, key):
    """A lens weight: its parameter row in this set, or 1 (evidence lens, historical cases)."""
    rows = inp.get("lens_rows")
    return p[rows[key]] if rows else 1.0


LEVER_WEIGHTS = [("lever_weight_aid", -1.0), ("lever_weight_sanctions", -1.0),
                 ("lever_weight_outside_support", 1.0), ("lever_weight_trend", -1.0),
                 ("lever_weight_inflation", -1.0), ("lever_weight_casualties", -1.0)]


def lever_pressure(inp, p):
    dev = inp.get("lever_deviation") or [0.0] * len(LEVER_WEIGHTS)
    return sum(sign * p[name] * d for (name, sign), d in zip(LEVER_WEIGHTS, dev))


def smooth_floor(a, f):
    return np.sqrt(a * a + f * f) / np.sqrt(1.0 + f * f)


def credibility(p, c):
    return [1.0, p["credibility_wavering"], p["credibility_lapsed"]][c]


def deterrence_automaticity(m, p):
    if "guarantee_russian_veto" in m:
        return 0.0
    if "nato_membership" in m: return p["det_auto_treaty"]
    if "strong_guarantee" in m: return p["det_auto_us_pledge"]
    return p["det_auto_other"] if "guarantee" in m else 0.0


def deterrence_score(m, p):
    """Weighted automaticity, forces on the ground and nuclear commitment, capped at 1."""
    if "guarantee_russian_veto" in m:
        return 0.0
    nato = "nato_membership" in m
    us = nato or "strong_guarantee" in m
    auto = deterrence_automaticity(m, p)
    forces = 0.0
    if "western_force" in m: forces = p["det_forces_tripwire"]
    if "reassurance_force" in m: forces = max(forces, p["det_forces_reassurance"])
    if nato: forces = max(forces, p["det_forces_allied_basing"])
    nuclear = 1.0 if us else p["det_nuclear_european"] if "western_force" in m else 0.0
    s = p["det_weight_automaticity"] * auto + p["det_weight_forces"] * forces + p["det_weight_nuclear"] * nuclear
    return min(max(s, 0.0), 1.0)


def vague(m, p, logs):
    """Vague terms lose part of the agreement group's effect (not deterrence)."""
    if "specificity_low" in m and "specificity_high" not in m:
        return logs * (1.0 - p["vague_terms_dampening"])
    return logs


def agreement_logs(inp, p, c):
    """(capped agreement logs, deterrence logs outside the cap), per channel."""
    m = set(inp["mechanisms"])
    dyn = inp["dynamic_layer"]
    share = np.array([p["share_escalation"], 0.0, p["share_collapse"]])
    share[DEL] = 1.0 - share[ESC] - share[COL]
    off = p["off_channel_weight"]
    logs = np.zeros(3)
    outside = np.zeros(3)
    cred = credibility(p, c if dyn else 0)

    def add(ch, hr, lens=1.0, target=logs):
        if hr == 1.0 or lens == 0.0:
            return
        l = np.log(hr) * lens
        a_primary = (1.0 - off * (1.0 - share[ch])) / share[ch]
        for k in range(3):
            target[k] += l * (a_primary if k == ch else off)

    def credible(hr):
        return 1.0 - (1.0 - hr) * cred

    sector = p[inp["separation_share"]] if inp.get("separation_share") else 1.0

    def sectoral(hr):
        return 1.0 - sector * (1.0 - hr)

    consented = (not dyn) or inp.get("consent", True)
    inst, det, conc = lens(inp, p, "institution"), lens(inp, p, "deterrence"), lens(inp, p, "concession")
    if "withdrawal" in m: add(ESC, sectoral(p["hr_withdrawal"]))
    if "dmz" in m: add(ESC, sectoral(p["hr_dmz"]))
    if "dmz_wide" in m: add(ESC, sectoral(p["hr_dmz_wide"]))
    if consented and "observers_neutral" in m: add(ESC, p["hr_observers_neutral"], inst)
    if consented and "observers_with_party" in m: add(ESC, p["hr_observers_with_party"], inst)
    if consented and "armed_neutral_force" in m: add(ESC, p["hr_armed_neutral"])
    if "force_with_party" in m: add(ESC, p["hr_force_with_party"])
    if "guarantee" in m and not dyn: add(DEL, p["hr_guarantee"], 1.0, outside)
    if consented and "joint_commission" in m: add(ESC, p["hr_joint_commission"], inst)
    if "specificity_high" in m and "specificity_low" not in m: add(ESC, p["hr_specificity_high"])
    if "arms_limits" in m: add(DEL, p["hr_arms_limits"])
    if "economic_linkage" in m: add(COL, p["hr_economic_linkage"])
    if not dyn:
        return vague(m, p, logs), outside
    if "tech_monitoring" in m: add(ESC, p["hr_tech_monitoring"])
    score = deterrence_score(m, p)
    if score > 0.0: add(DEL, credible(1.0 - (1.0 - p["hr_strong_guarantee"]) * score), det, outside)
    if "guarantee_conditional" in m: add(ESC, p["hr_conditional_guarantee"])
    if "international_admin" in m: add(ESC, p["hr_international_admin"])
    if "ukraine_rearmed" in m: add(DEL, credible(p["hr_ukraine_rearmed"]), det)
    if "auto_snapback" in m: add(COL, p["hr_auto_snapback"], det)
    if "assets_escrow" in m: add(DEL, p["hr_assets_escrow"], det)
    if "secondary_sanctions" in m: add(DEL, p["hr_secondary_sanctions"], det)
    if "flank_alert" in m: add(DEL, p["hr_flank_alert"], det)
    for k in ("nato_barred", "arms_control_europe", "recognition_de_facto", "recognition_de_jure", "maximal_territory"):
        if k in m: add(DEL, p["hr_concession"], conc)
    if "ukraine_gains" in m: add(DEL, p["hr_ukraine_gains"])
    if consented and "two_tracks" in m: add(DEL, p["hr_two_tracks"], inst)
    return vague(m, p, logs), outside


def context_multiplier(inp, p):
    m = set(inp["mechanisms"])
    x = 1.0
    if "specificity_low" in m and "specificity_high" not in m: x *= p["hr_specificity_low"]
    if "territory_unresolved" in m: x *= p["hr_territory_unresolved"]
    if "great_power_party" in m: x *= p["hr_great_power_party"]
    if "decisive_victory" in m: x *= p["hr_decisive_victory"]
    if inp["stakes"]: x *= p["hr_stakes"]
    return x


def unanswered(inp, p, c):
    m = set(inp["mechanisms"])
    d = p["detection_none"]
    if "observers_with_party" in m or "force_with_party" in m: d = p["detection_with_party"]
    if "observers_neutral" in m: d = p["detection_observers"]
    if "armed_neutral_force" in m: d = p["detection_armed"]
    if "tech_monitoring" in m: d += p["detection_tech_bonus"]
    d = min(max(d, 0.0), p["detection_cap"])
    if "auto_snapback" in m:
        a = p["auto_response"]
    else:
        a = p["political_approval"]
        if inp["dynamic_layer"]:
            a += (p["auto_response"] - a) * deterrence_automaticity(m, p)
        a *= credibility(p, c if inp["dynamic_layer"] else 0)
    return 1.0 - d * a


def tables(inp, p, horizon):
    """hazards[c, e, month, channel] and erosion[c] (probability/month)."""
    dyn = inp["dynamic_layer"]
    m = set(inp["mechanisms"])
    t = np.arange(1, horizon + 1, dtype=float)
    shape = t ** (p["weibull_shape"] - 1.0)
    ctx = context_multiplier(inp, p)
    share = np.array([p["share_escalation"], 0.0, p["share_collapse"]])
    share[DEL] = 1.0 - share[ESC] - share[COL]
    # Partial deals: the covered strands' relative hazards add up (competing risks).
    strands = inp.get("partial_strands") or []
    base = p["base_hazard_month1"] * p["interstate_scale"] * ctx * (sum(p[s] for s in strands) if strands else 1.0)
    nc, ne = (COMMIT, EROSION) if dyn else (1, 1)
    haz = np.zeros((nc, ne, horizon, 3))
    erosion = np.zeros(nc)
    esc_logs, esc_out = agreement_logs(inp, p, 0)
    serious = p["serious_violations_per_month"] * smooth_floor(np.exp(esc_logs[ESC]), p["agreement_floor"]) \
        * np.exp(esc_out[ESC]) * ctx * lens(inp, p, "revisionism")
    for c in range(nc):
        logs, outside = agreement_logs(inp, p, c)
        k = base * share * smooth_floor(np.exp(logs), p["agreement_floor"]) * np.exp(outside)
        if "force_with_party" in m:
            k[DEL] *= p["hr_patron_control"]
        regen = np.ones(horizon)
        eros_hr = 1.0
        if dyn:
            d = lens(inp, p, "revisionism")
            if "ukraine_demilitarised" in m: d *= p["hr_ukraine_demilitarised"]
            elif "ukraine_capped" in m: d *= p["hr_ukraine_capped"]
            if "sanctions_lifted" in m: d *= p["hr_sanctions_lifted"]
            if "assets_to_ukraine" in m: d *= p["hr_assets_to_ukraine"]
            if inp.get("consent", True):
                d *= p["hr_consent"]
            else:
                d *= 1.0 + p["imposed_thin_deterrence"] * (1.0 - deterrence_score(m, p) * credibility(p, c))
            if "western_force" in m: d *= lens(inp, p, "western_presence")
            d *= min(max(1.0 + lens(inp, p, "leverage") * p["lever_sensitivity"] * lever_pressure(inp, p),
                         p["lever_multiplier_low"]), p["lever_multiplier_high"])
            k[DEL] *= d
            k[COL] *= min(max(unanswered(inp, p, c) / p["unanswered_reference"], p["unanswered_multiplier_low"]),
                          p["unanswered_multiplier_high"])
            r = p["regeneration_months"]
            gain = p["regeneration_gain"]
            if "ukraine_capped" in m and "arms_control_europe" not in m: gain *= 1.0 + p["regen_one_sided"]
            if "arms_control_europe" in m: gain *= p["regen_mutual_limits"]
            regen = 1.0 + gain * np.minimum(t / r, 1.0)
            eros_hr = p["erosion_hr"]
            erosion[c] = min(max(serious * unanswered(inp, p, c), 0.0), MAX_EROSION)
        for e in range(ne):
            h = np.empty((horizon, 3))
            h[:, ESC] = k[ESC] * shape
            h[:, DEL] = k[DEL] * shape * regen * eros_hr ** e
            h[:, COL] = k[COL] * shape * eros_hr ** e
            tot = h.sum(axis=1)
            scale = np.where(tot > MAX_MONTHLY, MAX_MONTHLY / np.maximum(tot, 1e-300), 1.0)
            haz[c, e] = h * scale[:, None]
    return haz, erosion


def simulate(inp, rng):
    horizon, runs = inp["horizon"], inp["runs"]
    sets = inp["parameter_sets"]
    K = len(sets)
    dyn = inp["dynamic_layer"]
    deaths = np.zeros(horizon)
    for k, p in enumerate(sets):
        n = len(range(k, runs, K))
        if n == 0:
            continue
        haz, erosion = tables(inp, p, horizon)
        cum = np.cumsum(haz, axis=3)[..., 2]  # total breakdown probability per (c, e, month)
        c = np.zeros(n, dtype=np.int64)
        e = np.zeros(n, dtype=np.int64)
        alive = np.ones(n, dtype=bool)
        first_us = int(p["us_election_first_month"])
        drops = (p["us_drop_per_election"] * (1.0 - inp["us_reliability"]),
                 p["eu_fatigue_per_year"] * (1.0 - inp["european_readiness"]))
        rec = p["commitment_recovery"]
        for mo in range(1, horizon + 1):
            if dyn:
                kinds = []
                if mo >= first_us and (mo - first_us) % 48 == 0: kinds.append(0)
                if mo % 12 == 0: kinds.append(1)
                for kind in kinds:
                    u = rng.random(n)
                    down = (c < COMMIT - 1) & (u < drops[kind])
                    up = ~down & (c > 0) & (u >= 1.0 - rec)
                    c = c + down - up
            u = rng.random(n)
            pb = cum[c, e, mo - 1]
            die = alive & (u < pb)
            deaths[mo - 1] += die.sum()
            alive &= ~die
            if dyn:
                er = alive & (u >= pb) & (u < pb + erosion[c]) & (e < EROSION - 1)
                e = e + er
    return 1.0 - np.cumsum(deaths) / runs


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    inp = json.load(open(argv[1]))
    if "--bench" in argv:
        reps = int(argv[argv.index("--bench") + 1])
        best = float("inf")
        for r in range(reps):
            t0 = time.perf_counter()
            simulate(inp, np.random.default_rng(r))
            best = min(best, time.perf_counter() - t0)
        print(json.dumps({"numpy_ms": best * 1000.0}))
        return 0
    surv = simulate(inp, np.random.default_rng(12345))
    if "--compare" in argv:
        eng = np.array(json.load(open(argv[argv.index("--compare") + 1]))["survival"])
        n = inp["runs"]
        se = np.sqrt(np.maximum(surv * (1 - surv), eng * (1 - eng)) * 2.0 / n)
        diff = np.abs(surv - eng)
        worst = int(np.argmax(diff / (4.5 * se + 0.005)))
        ok = bool(np.all(diff <= 4.5 * se + 0.005))
        print(json.dumps({"ok": ok, "worst_month": worst + 1, "ref": float(surv[worst]), "engine": float(eng[worst]),
                          "p60_ref": float(surv[min(59, len(surv) - 1)]), "p60_engine": float(eng[min(59, len(eng) - 1)])}))
        return 0 if ok else 1
    print(json.dumps({"survival": surv.tolist()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
