# SPDX-License-Identifier: MIT
"""Drawings for the self-test: how to stand for each test and what each exercise looks like.

Run `python3 figures.py` in this folder to rewrite the SVG files. People are drawn as rounded limbs in a
neutral slate, the leg being tested or trained is a shade darker, and its calf is picked out in the
muscle colour of the atlas. Plain SVG 1.2 Tiny: paths, strokes and circles that Qt SVG renders.
"""

BODY = "#6B7C95"
BODY_FAR = "#A3B0C2"     # the limb further from the viewer
TESTED = "#4F5F78"
CALF = "#B5473A"
FURNITURE = "#B9B2A6"
FURNITURE_EDGE = "#8F887C"
FLOOR = "#9A9488"
ACCENT = "#2F7FC1"
BAND = "#4C9A6A"
TAPE = "#E2B33C"


def svg(body, size=300):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="%d" height="%d" '
            'viewBox="0 0 %d %d">\n%s\n</svg>\n' % (size, size, size, size, "\n".join(body)))


def limb(points, colour, width=14):
    d = "M" + " L".join("%g %g" % p for p in points)
    return ('<path d="%s" fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" '
            'stroke-linejoin="round"/>' % (d, colour, width))


def head(x, y, colour=BODY, r=15):
    return '<circle cx="%g" cy="%g" r="%g" fill="%s"/>' % (x, y, r, colour)


def calf(knee, ankle, width=11):
    """The calf of a shank from knee to ankle: its middle stretch, a little behind the bone line."""
    (kx, ky), (ax, ay) = knee, ankle
    a = (kx + (ax - kx) * 0.2, ky + (ay - ky) * 0.2)
    b = (kx + (ax - kx) * 0.62, ky + (ay - ky) * 0.62)
    return limb([a, b], CALF, width)


def floor(y=262, x1=20, x2=280):
    return '<path d="M%g %g L%g %g" stroke="%s" stroke-width="3" stroke-linecap="round"/>' % (x1, y, x2, y, FLOOR)


def box(x, y, w, h):
    return ('<path d="M%g %g L%g %g L%g %g L%g %g Z" fill="%s" stroke="%s" stroke-width="2" stroke-linejoin="round"/>'
            % (x, y, x + w, y, x + w, y + h, x, y + h, FURNITURE, FURNITURE_EDGE))


def arrow(points, colour=ACCENT):
    (x1, y1), (x2, y2) = points[-2], points[-1]
    import math
    angle = math.atan2(y2 - y1, x2 - x1)
    left = (x2 - 10 * math.cos(angle - 0.5), y2 - 10 * math.sin(angle - 0.5))
    right = (x2 - 10 * math.cos(angle + 0.5), y2 - 10 * math.sin(angle + 0.5))
    return (limb(points, colour, 3.5) +
            '<path d="M%g %g L%g %g L%g %g Z" fill="%s"/>' % (x2, y2, left[0], left[1], right[0], right[1], colour))


def person(hip, shoulder, head_at, near_leg, far_leg, near_arm, far_arm, tested="near"):
    """A side view: far limbs first, then torso, then near limbs. Legs are [hip, knee, ankle, toe]."""
    parts = [limb([shoulder] + far_arm, BODY_FAR, 12)]
    far_colour = TESTED if tested == "far" else BODY_FAR
    parts.append(limb([hip] + far_leg, far_colour, 15))
    if tested == "far":
        parts.append(calf(far_leg[0], far_leg[1]))
    parts.append(limb([hip, shoulder], BODY, 26))
    parts.append(head(*head_at))
    near_colour = TESTED if tested == "near" else BODY
    parts.append(limb([hip] + near_leg, near_colour, 15))
    if tested == "near":
        parts.append(calf(near_leg[0], near_leg[1]))
    parts.append(limb([shoulder] + near_arm, BODY, 12))
    return parts


def bench_test():
    body = [floor(), box(176, 212, 92, 50), limb([(282, 40), (282, 262)], FURNITURE_EDGE, 6)]
    body += person(hip=(152, 128), shoulder=(176, 60), head_at=(188, 38),
                   near_leg=[(204, 164), (170, 224), (192, 211)],
                   far_leg=[(138, 194), (126, 252), (146, 258)],
                   near_arm=[(226, 78), (280, 72)], far_arm=[(222, 86), (278, 84)])
    body.append(arrow([(156, 222), (156, 248)]))
    return svg(body)


def wall_test():
    body = [floor(), '<path d="M262 30 L292 30 L292 262 L262 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
            % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(148, 136), shoulder=(200, 76), head_at=(218, 56),
                   near_leg=[(112, 194), (74, 250), (92, 258)],
                   far_leg=[(196, 184), (190, 252), (210, 258)],
                   near_arm=[(232, 96), (258, 84)], far_arm=[(228, 90), (258, 76)])
    return svg(body)


def knee_to_wall():
    body = ['<path d="M150 262 L242 262 L242 270 L150 270 Z" fill="%s"/>' % TAPE]
    body += ['<path d="M%g 262 L%g 268" stroke="#8C6B12" stroke-width="1.5"/>' % (x, x) for x in range(154, 242, 8)]
    body += [floor(), '<path d="M242 30 L272 30 L272 262 L242 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
             % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(166, 140), shoulder=(172, 70), head_at=(178, 48),
                   near_leg=[(234, 192), (176, 250), (202, 258)],
                   far_leg=[(130, 200), (104, 250), (120, 258)],
                   near_arm=[(206, 98), (238, 104)], far_arm=[(204, 92), (238, 92)])
    body.append(arrow([(214, 282), (240, 282)]))
    body.append(arrow([(226, 282), (202, 282)]))
    return svg(body, 300)


def bent_knee_theraband():
    body = [floor()]
    body += person(hip=(96, 238), shoulder=(106, 162), head_at=(112, 140),
                   near_leg=[(150, 196), (196, 232), (216, 248)],
                   far_leg=[(170, 252), (236, 252), (246, 240)],
                   near_arm=[(132, 186), (150, 178)], far_arm=[(130, 180), (148, 172)])
    body.append(limb([(150, 176), (214, 246), (222, 240), (152, 174)], BAND, 3.5))
    body.append(arrow([(236, 218), (244, 240)]))
    return svg(body)


def seated_calf_raise():
    body = [floor(), box(62, 172, 76, 14), limb([(70, 186), (70, 262)], FURNITURE_EDGE, 6),
            limb([(130, 186), (130, 262)], FURNITURE_EDGE, 6), limb([(64, 172), (58, 96)], FURNITURE_EDGE, 6)]
    body += person(hip=(98, 166), shoulder=(102, 94), head_at=(108, 72),
                   near_leg=[(166, 170), (170, 234), (190, 256)],
                   far_leg=[(160, 176), (162, 238), (182, 258)],
                   near_arm=[(124, 134), (146, 156)], far_arm=[(122, 128), (144, 150)])
    body.append('<path d="M126 148 L176 148 L176 164 L126 164 Z" fill="#3F4651" stroke="#2A2F37" stroke-width="2"/>')
    body.append(arrow([(150, 250), (150, 226)]))
    return svg(body)


def straight_knee_calf_raise():
    body = [floor(), '<path d="M232 30 L262 30 L262 262 L232 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
            % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(150, 140), shoulder=(154, 66), head_at=(160, 44),
                   near_leg=[(152, 198), (156, 242), (176, 258)],
                   far_leg=[(146, 198), (148, 242), (168, 258)],
                   near_arm=[(196, 94), (228, 96)], far_arm=[(190, 90), (228, 88)])
    body.append(arrow([(120, 248), (120, 218)]))
    return svg(body)


def incremental_volume():
    body = [floor()]
    for i, h in enumerate([28, 34, 40, 47, 55]):
        x = 168 + i * 22
        body.append('<path d="M%g %g L%g %g L%g %g L%g %g Z" fill="%s"/>'
                    % (x, 262 - h, x + 16, 262 - h, x + 16, 262, x, 262, ACCENT if i == 4 else "#8FB5D8"))
    body += person(hip=(92, 150), shoulder=(104, 84), head_at=(112, 62),
                   near_leg=[(126, 196), (108, 246), (128, 252)],
                   far_leg=[(70, 192), (48, 226), (40, 214)],
                   near_arm=[(80, 120), (66, 104)], far_arm=[(128, 116), (142, 94)], tested="none")
    return svg(body)


def see_clinician():
    body = ['<circle cx="150" cy="150" r="104" fill="#DCEBF6" stroke="%s" stroke-width="6"/>' % ACCENT,
            '<path d="M128 86 L172 86 L172 128 L214 128 L214 172 L172 172 L172 214 L128 214 L128 172 L86 172 '
            'L86 128 L128 128 Z" fill="%s"/>' % ACCENT]
    return svg(body)


def hold_marker(x, y):
    """A small clock face: the position is held, not moved."""
    return ('<circle cx="%g" cy="%g" r="16" fill="#FFFFFF" stroke="%s" stroke-width="3.5"/>'
            '<path d="M%g %g L%g %g L%g %g" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round"/>'
            % (x, y, ACCENT, x, y - 9, x, y, x + 7, y + 4, ACCENT))


def easy_walk():
    body = [floor()]
    body += person(hip=(150, 140), shoulder=(156, 70), head_at=(162, 48),
                   near_leg=[(170, 198), (182, 252), (202, 258)],
                   far_leg=[(132, 196), (112, 248), (128, 258)],
                   near_arm=[(138, 110), (128, 140)], far_arm=[(172, 104), (186, 132)], tested="none")
    body.append(arrow([(212, 220), (250, 220)]))
    return svg(body)


def seated_hold():
    body = [floor(), box(62, 172, 76, 14), limb([(70, 186), (70, 262)], FURNITURE_EDGE, 6),
            limb([(130, 186), (130, 262)], FURNITURE_EDGE, 6), limb([(64, 172), (58, 96)], FURNITURE_EDGE, 6)]
    body += person(hip=(98, 166), shoulder=(102, 94), head_at=(108, 72),
                   near_leg=[(166, 170), (170, 240), (192, 258)],
                   far_leg=[(160, 176), (162, 244), (184, 260)],
                   near_arm=[(124, 134), (146, 156)], far_arm=[(122, 128), (144, 150)])
    body.append(hold_marker(222, 214))
    return svg(body)


def standing_hold():
    body = [floor(), '<path d="M232 30 L262 30 L262 262 L232 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
            % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(150, 144), shoulder=(154, 70), head_at=(160, 48),
                   near_leg=[(152, 202), (156, 246), (176, 258)],
                   far_leg=[(146, 202), (148, 246), (168, 258)],
                   near_arm=[(196, 98), (228, 100)], far_arm=[(190, 94), (228, 92)])
    body.append(hold_marker(100, 226))
    return svg(body)


def bent_knee_heel_raise():
    body = [floor(), '<path d="M232 30 L262 30 L262 262 L232 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
            % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(136, 150), shoulder=(148, 78), head_at=(156, 56),
                   near_leg=[(176, 196), (158, 244), (180, 258)],
                   far_leg=[(170, 200), (150, 246), (172, 258)],
                   near_arm=[(190, 104), (228, 106)], far_arm=[(186, 98), (228, 98)])
    body.append(arrow([(112, 248), (112, 218)]))
    return svg(body)


def single_leg_heel_raise():
    body = [floor(), '<path d="M232 30 L262 30 L262 262 L232 262 Z" fill="%s" stroke="%s" stroke-width="2"/>'
            % (FURNITURE, FURNITURE_EDGE)]
    body += person(hip=(150, 140), shoulder=(154, 66), head_at=(160, 44),
                   near_leg=[(152, 198), (156, 242), (176, 258)],
                   far_leg=[(140, 196), (112, 222), (108, 206)],
                   near_arm=[(196, 94), (228, 96)], far_arm=[(190, 90), (228, 88)])
    body.append(arrow([(120, 256), (120, 230)]))
    return svg(body)


def run_walk():
    body = [floor()]
    body += person(hip=(118, 150), shoulder=(132, 84), head_at=(142, 62),
                   near_leg=[(156, 190), (140, 236), (160, 242)],
                   far_leg=[(92, 190), (70, 226), (62, 212)],
                   near_arm=[(108, 118), (96, 100)], far_arm=[(154, 112), (166, 90)], tested="none")
    for i, (w, colour) in enumerate([(26, ACCENT), (40, "#8FB5D8"), (26, ACCENT), (40, "#8FB5D8")]):
        x = 190 + sum([26, 40, 26, 40][:i]) * 0.62
        body.append('<path d="M%g 232 L%g 232 L%g 244 L%g 244 Z" fill="%s"/>' % (x, x + w * 0.6, x + w * 0.6, x, colour))
    return svg(body)


DRAWINGS = {
    "bench-test": bench_test, "wall-test": wall_test, "knee-to-wall": knee_to_wall,
    "bent-knee-theraband": bent_knee_theraband, "seated-calf-raise": seated_calf_raise,
    "straight-knee-calf-raise": straight_knee_calf_raise, "incremental-volume": incremental_volume,
    "see-clinician": see_clinician, "easy-walk": easy_walk, "seated-hold": seated_hold,
    "standing-hold": standing_hold, "bent-knee-heel-raise": bent_knee_heel_raise,
    "single-leg-heel-raise": single_leg_heel_raise, "run-walk": run_walk,
}

if __name__ == "__main__":
    for name, draw in DRAWINGS.items():
        with open(name + ".svg", "w") as out:
            out.write(draw())
