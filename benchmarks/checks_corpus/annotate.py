"""Arithmetic for annotating the checks corpus by hand, independent of xining: printed intervals and each relation."""
# ruff: noqa: E501, E701, E702, E731
import math
import re


def N(s):
    """printed text -> (text, lo, hi, mid). 'd:' marks a decline (negative), text without it."""
    neg = s.startswith("d:")
    t = s[2:] if neg else s
    m = re.search(r"-?\d+(?:\.\d+)?", t)
    v = float(m.group(0)); dec = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    if neg: v = -v
    h = 0.5 * 10 ** -dec
    return t, v - h, v + h, v

def exact(s):  # counts are exact
    t, lo, hi, v = N(s); return t, v, v, v

def ov(a, b): return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9
def iv(x): return (x[1], x[2])
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def mul(a, b):
    c = [p * q for p in a for q in b]; return (min(c), max(c))
def div(a, b):
    c = [p / q for p in a for q in b]; return (min(c), max(c))

REL = {}
def rel(art, rule, figs, verdict, computed, note=""):
    texts = []
    for f in figs:
        t = f[2:] if f.startswith("d:") else f
        if t not in texts or rule not in ("contribution_from_share",):
            texts.append(t)
    REL.setdefault(art, []).append({"rule": rule, "figures": texts,
                                    "verdict": verdict, "computed": computed, **({"note": note} if note else {})})

def pf(ok): return "pass" if ok else "fail"

def S(art, whole, *parts, count=False):
    P = exact if count else N
    w = P(whole); ps = [P(p) for p in parts]
    s = add(*[iv(p) for p in ps])
    rel(art, "parts_and_whole", [whole, *parts], pf(ov(s, iv(w))), f"{sum(p[3] for p in ps):.6g}")

def SUB(art, whole, *parts, count=False):
    P = exact if count else N
    w = P(whole); ps = [P(p) for p in parts]
    s = add(*[iv(p) for p in ps])
    ok = s[0] <= w[2] + 1e-9
    rel(art, "parts_and_whole", [whole, *parts], pf(ok), f"{sum(p[3] for p in ps):.6g} <= {w[3]:.6g}", "subset")

def SH(art, part, whole, share, count=False):
    P = exact if count else N
    p, w, s = P(part), P(whole), N(share)
    r = div(iv(p), iv(w)); r = (r[0] * 100, r[1] * 100)
    rel(art, "share_of_whole", [part, whole, share], pf(ov(r, iv(s))), f"{p[3] / w[3] * 100:.4f}")

def SS(art, *shares, target=None, rule="shares_sum"):
    ss = [N(x) for x in shares]
    s = add(*[iv(x) for x in ss])
    t = iv(N(target)) if target else (100.0, 100.0)
    rel(art, rule, list(shares) + ([target] if target else []), pf(ov(s, t)), f"{sum(x[3] for x in ss):.4g}")

def CS(art, *c, target=None): SS(art, *c, target=target, rule="contributions_sum")

def PS(art, growth, *pulls):
    ps = [N(p) for p in pulls]; s = add(*[iv(p) for p in ps])
    rel(art, "pulls_sum", [*pulls, growth], pf(ov(s, iv(N(growth)))), f"{sum(p[3] for p in ps):.4g}")

def G(art, a, b, pp, verdict=None):
    """a - b = pp (all printed)."""
    A, B, P = N(a), N(b), N(pp)
    d = (A[1] - B[2], A[2] - B[1])
    rel(art, "point_gap", [a, b, pp], verdict or pf(ov(d, (abs(P[1]), abs(P[2])))), f"{A[3] - B[3]:.4g}")

def I(art, rate, pp):  # noqa: E743 (I for implied, as the table reads)
    rel(art, "implied_value", [rate, pp], "info", "")

def TY(art, g2, avg):
    A, B = N(g2), N(avg)
    lo, hi = (math.sqrt(1 + A[1] / 100) - 1) * 100, (math.sqrt(1 + A[2] / 100) - 1) * 100
    rel(art, "two_year_average", [g2, avg], pf(ov((lo, hi), iv(B))), f"{(math.sqrt(1 + A[3] / 100) - 1) * 100:.4f}")

def PP(art, contrib, growth, pull, growth_pp=None):
    C, Gr, P = N(contrib), N(growth), N(pull)
    g = iv(Gr)
    figs = [pull, contrib, growth]
    if growth_pp:  # growth implied: part growth minus a printed gap
        Q = N(growth_pp); g = (Gr[1] - Q[2], Gr[2] - Q[1]); figs.append(growth_pp)
    r = mul((C[1] / 100, C[2] / 100), g)
    rel(art, "pull_product", figs, pf(ov(r, (min(P[1], P[2]), max(P[1], P[2])))), f"{(r[0] + r[1]) / 2:.4g}")

def CF(art, contrib, share, gp, g, g_pp=None):
    """Soft: current-price share, comparable-price growth: pass within 5% relative or 1 point."""
    C, S1, GP, Gr = N(contrib), N(share), N(gp), N(g)
    gv = Gr[3] - (N(g_pp)[3] if g_pp else 0)
    s0 = S1[3] / 100 * (1 + gv / 100) / (1 + GP[3] / 100)
    c = s0 * GP[3] / gv * 100
    ok = abs(c - C[3]) <= max(0.05 * abs(c), 1.0)
    figs = [contrib, share, gp, g] + ([g_pp] if g_pp else [])
    rel(art, "contribution_from_share", figs, "pass" if ok else "warn", f"{c:.4g}")

def B(art, whole_g, *part_gs):
    W = N(whole_g); ps = [N(p) for p in part_gs]
    lo, hi = min(p[1] for p in ps), max(p[2] for p in ps)
    rel(art, "growth_of_whole", [whole_g, *part_gs], pf(ov((lo, hi), iv(W))), f"[{min(p[3] for p in ps)}, {max(p[3] for p in ps)}]", "between")

def W(art, whole_g, *pairs, soft=True):
    """Nominal whole from parts: growth = sum(amount) / sum(amount/(1+g)) - 1 (intervals)."""
    Wg = N(whole_g)
    amts = [N(a) for a, _ in pairs]; gs = [N(g) for _, g in pairs]
    base_lo = sum(a[1] / (1 + g[2] / 100) for a, g in zip(amts, gs))
    base_hi = sum(a[2] / (1 + g[1] / 100) for a, g in zip(amts, gs))
    tot = add(*[iv(a) for a in amts])
    r = ((tot[0] / base_hi - 1) * 100, (tot[1] / base_lo - 1) * 100)
    mid = (sum(a[3] for a in amts) / sum(a[3] / (1 + g[3] / 100) for a, g in zip(amts, gs)) - 1) * 100
    v = "pass" if ov(r, iv(Wg)) else ("warn" if soft else "fail")
    rel(art, "growth_of_whole", [whole_g] + [x for pair in pairs for x in pair], v, f"{mid:.4f}", "weighted")

def AP(art, part, whole, word, lo, hi):
    r = exact(part)[3] / exact(whole)[3] * 100
    rel(art, "approximation", [word, part, whole], pf(lo <= r < hi), f"{r:.2f}")

def LC(art, fig, verdict="pass"):
    rel(art, "list_count", [fig], verdict, "")

def TH(art, word, *vals, above):
    ok = all(N(v)[3] > above for v in vals)
    rel(art, "threshold", [word, *vals], pf(ok), "")

def SC(art, change, share, gp, g):
    Ch, S1, GP, Gr = N(change), N(share), N(gp), N(g)
    s0 = S1[3] * (1 + Gr[3] / 100) / (1 + GP[3] / 100)
    exp = S1[3] - s0
    ok = exp * Ch[3] > 0 and abs(exp - Ch[3]) <= max(0.5, 0.5 * abs(exp))
    rel(art, "share_change", [change, share, gp, g], "pass" if ok else "warn", f"{exp:.3f}")

def GA(art, level, change, rate):
    """level after a change: rate = change / (level - change)."""
    L, C, R = N(level), N(change), N(rate)
    r = (abs(C[3]) / (L[3] - C[3]) * 100)
    lo = abs(C[1]) / (L[2] - C[1]) * 100; hi = abs(C[2]) / (L[1] - C[2]) * 100
    rel(art, "growth_from_amounts", [level, change, rate], pf(ov((min(lo, hi), max(lo, hi)), (abs(R[1]), abs(R[2])))), f"{r:.3f}")

def RA(art, a, b, ratio):
    A, Bb, R = N(a), N(b), N(ratio)
    r = div(iv(A), iv(Bb))
    rel(art, "ratio", [a, b, ratio], pf(ov(r, iv(R))), f"{A[3] / Bb[3]:.4f}")
