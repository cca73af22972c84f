# SPDX-License-Identifier: MIT
"""Fits the geometry of CalfAtlas's knee-and-ankle model (core/biomechanics/legmodel.cpp) to the
published muscle-tendon length equations, so that the geometric model reproduces them.

Lengths are in shank lengths. Frames: the shank is fixed, knee centre at (0, 0), ankle centre at (0, -1),
x anterior, y up. The femur turns by the knee flexion, the foot by the dorsiflexion. The gastrocnemius
runs from its origin on a femoral condyle, wraps over the condyle (a circle fixed to the femur) and
runs straight to the calcaneal insertion (fixed to the foot); the soleus runs straight from the back of
the shank to the same insertion. Run: python3 fit_leg_model.py
"""
import math


def grieve_ankle(t):
    return -22.18468 + 0.30141 * t - 0.00061 * t * t


def grieve_knee(k):
    return 6.46251 - 0.07987 * k + 0.00011 * k * k


def grieve_gastrocnemius(knee, ankle):
    return grieve_ankle(90 + ankle) + grieve_knee(knee) - grieve_knee(0)


def femur_to_shank(p, knee):
    th = math.radians(knee)
    x, y = p
    # Flexion swings the hip backwards relative to the shank: a counter-clockwise turn in this frame.
    return (x * math.cos(th) - y * math.sin(th), x * math.sin(th) + y * math.cos(th))


def foot_to_shank(q, ankle):
    ph = math.radians(ankle)
    x, y = q
    return (x * math.cos(ph) - y * math.sin(ph), -1 + x * math.sin(ph) + y * math.cos(ph))


def wrapped_length(centre, radius, origin_angle, insertion):
    """From a point on the circle at origin_angle, around the circle's posterior side, to the insertion."""
    cx, cy = centre
    ix, iy = insertion
    dx, dy = ix - cx, iy - cy
    d = math.hypot(dx, dy)
    if d <= radius:
        return None
    # Tangent point on the posterior side (the muscle lies behind the condyle: smaller x).
    base = math.atan2(dy, dx)
    offset = math.acos(radius / d)
    tangent_angle = base - offset  # clockwise side
    # Arc from the origin over the back of the condyle to the tangent point (counter-clockwise in this frame).
    arc = (tangent_angle - origin_angle) % (2 * math.pi)
    if arc > math.pi:
        arc = 0.0  # no wrap needed: the straight line leaves the origin clear of the condyle
        ox, oy = cx + radius * math.cos(origin_angle), cy + radius * math.sin(origin_angle)
        return math.hypot(ix - ox, iy - oy)
    straight = math.sqrt(d * d - radius * radius)
    return radius * arc + straight


def gastrocnemius_length(params, knee, ankle):
    cx, cy, r, alpha, ix, iy = params
    centre = femur_to_shank((cx, cy), knee)
    alpha_shank = alpha + math.radians(knee)  # the origin turns with the femur
    insertion = foot_to_shank((ix, iy), ankle)
    return wrapped_length(centre, r, alpha_shank, insertion)


def soleus_length(params, ankle):
    sx, sy, ix, iy = params
    ins = foot_to_shank((ix, iy), ankle)
    return math.hypot(ins[0] - sx, ins[1] - sy)


GRID = [(k, a) for k in range(0, 121, 10) for a in range(-30, 31, 5)]


def gastrocnemius_error(params):
    base = gastrocnemius_length(params, 0, 0)
    if base is None or params[2] <= 0.01:
        return 1e9
    worst = 0.0
    total = 0.0
    for k, a in GRID:
        length = gastrocnemius_length(params, k, a)
        if length is None:
            return 1e9
        e = (length - base) * 100 - grieve_gastrocnemius(k, a)
        worst = max(worst, abs(e))
        total += e * e
    return total / len(GRID) + 0.5 * worst * worst


def soleus_error(params):
    base = soleus_length(params, 0)
    worst = 0.0
    total = 0.0
    for a in range(-30, 31, 2):
        e = (soleus_length(params, a) - base) * 100 - grieve_ankle(90 + a)
        worst = max(worst, abs(e))
        total += e * e
    return total + worst * worst


def nelder_mead(f, x0, step, iterations=6000):
    n = len(x0)
    simplex = [list(x0)]
    for i in range(n):
        x = list(x0)
        x[i] += step[i]
        simplex.append(x)
    values = [f(x) for x in simplex]
    for _ in range(iterations):
        order = sorted(range(n + 1), key=lambda i: values[i])
        simplex = [simplex[i] for i in order]
        values = [values[i] for i in order]
        centroid = [sum(simplex[i][j] for i in range(n)) / n for j in range(n)]
        worst = simplex[-1]
        reflected = [centroid[j] + (centroid[j] - worst[j]) for j in range(n)]
        fr = f(reflected)
        if fr < values[0]:
            expanded = [centroid[j] + 2 * (centroid[j] - worst[j]) for j in range(n)]
            fe = f(expanded)
            simplex[-1], values[-1] = (expanded, fe) if fe < fr else (reflected, fr)
        elif fr < values[-2]:
            simplex[-1], values[-1] = reflected, fr
        else:
            contracted = [centroid[j] + 0.5 * (worst[j] - centroid[j]) for j in range(n)]
            fc = f(contracted)
            if fc < values[-1]:
                simplex[-1], values[-1] = contracted, fc
            else:
                best = simplex[0]
                simplex = [best] + [[best[j] + 0.5 * (x[j] - best[j]) for j in range(n)] for x in simplex[1:]]
                values = [values[0]] + [f(x) for x in simplex[1:]]
    i = min(range(n + 1), key=lambda i: values[i])
    return simplex[i], values[i]


def worst_gastrocnemius(params):
    base = gastrocnemius_length(params, 0, 0)
    return max(abs((gastrocnemius_length(params, k, a) - base) * 100 - grieve_gastrocnemius(k, a))
               for k in range(0, 121, 2) for a in range(-30, 31, 2))


def hawkins_hull_soleus(ankle):
    return 0.193 * ankle  # 0.00193 per degree, as % of shank length


if __name__ == "__main__":
    # The soleus and the shared calcaneal insertion: the ankle alone, against both published soleus models.
    best = None
    for ix in [x / 1000 for x in range(-140, -90, 4)]:
        for iy in [y / 1000 for y in range(-60, 10, 5)]:
            for sx in [x / 100 for x in range(-9, 0)]:
                for sy in [y / 100 for y in range(-40, -10, 2)]:
                    p = (sx, sy, ix, iy)
                    b = soleus_length(p, 0)
                    e = max(max(abs((soleus_length(p, a) - b) * 100 - grieve_ankle(90 + a)),
                                abs((soleus_length(p, a) - b) * 100 - hawkins_hull_soleus(a)))
                            for a in range(-30, 31, 5))
                    if best is None or e < best[0]:
                        best = (e, p)
    print("soleus origin and insertion", best[1], "worst", round(best[0], 3))
    ix, iy = best[1][2], best[1][3]
    # The gastrocnemius: its origin kept on the upper back of the condyle (120 degrees from anterior), so the
    # drawn path looks like the anatomy while the wrap reproduces the knee part of Grieve's equation.
    GRID[:] = [(k, a) for k in range(0, 121, 20) for a in range(-30, 31, 10)]

    def constrained(p):
        cx, cy, r = p
        if not (0.035 <= r <= 0.06 and -0.02 <= cx <= 0.02 and -0.02 <= cy <= 0.02):
            return 1e9
        return gastrocnemius_error([cx, cy, r, math.radians(120), ix, iy])

    x, _ = nelder_mead(constrained, [0.0, 0.0, 0.045], [0.01, 0.01, 0.01], iterations=1500)
    x, _ = nelder_mead(constrained, x, [0.005, 0.005, 0.005], iterations=1500)
    params = list(x) + [math.radians(120), ix, iy]
    print("gastrocnemius condyle centre, radius", [round(v, 5) for v in x], "worst",
          round(worst_gastrocnemius(params), 3))
