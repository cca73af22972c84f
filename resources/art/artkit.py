# SPDX-License-Identifier: MIT
"""Drawing kit for CalfAtlas's anatomy plates.

The plates are written as plain SVG 1.2 Tiny that Qt SVG 6.4 renders: paths, gradients, groups and
opacity only, no transforms, no clip paths, masks, filters or markers. Shapes are given as point lists
and smoothed with Catmull-Rom splines; corner points (marked with a trailing "c") stay sharp.
"""

import math

# Palette of the plates (light and dark themes share it; the app tints around it).
PALETTE = {
    "muscle": ("#C9604E", "#8C2E27", "#6A211B"),
    "muscle-deep": ("#B3554A", "#7A2A26", "#5A1D19"),
    "muscle-front": ("#C56A55", "#8F3A2C", "#6A281E"),
    "tendon": ("#FBF8F0", "#DDD6C6", "#8E8370"),
    "bone": ("#F8F1E2", "#E0CFAE", "#A8936B"),
    "nerve": ("#F5D866", "#D6A92A", "#9C7818"),
    "artery": ("#DD4A42", "#A52320", "#761714"),
    "vein": ("#5D7EC6", "#344F8E", "#233868"),
    "membrane": ("#EFE4CC", "#D8C7A2", "#B09A72"),
    "fat": ("#F6E7C4", "#EBD6A6", "#CDB27A"),
    "skin": ("#EDC9AE", "#D9A888", "#A87D5E"),
}


def fmt(v):
    return ("%.1f" % v).rstrip("0").rstrip(".")


def _parse(points):
    out = []
    for p in points:
        corner = len(p) == 3 and p[2] == "c"
        out.append((float(p[0]), float(p[1]), corner))
    return out


def smooth_path(points, closed=True, tension=1.0):
    """A cubic-Bezier path through the points (Catmull-Rom); ("x", "y", "c") marks a sharp corner."""
    pts = _parse(points)
    n = len(pts)
    if n < 2:
        raise ValueError("need two points")

    def at(i):
        if closed:
            return pts[i % n]
        return pts[max(0, min(n - 1, i))]

    d = ["M%s %s" % (fmt(pts[0][0]), fmt(pts[0][1]))]
    segments = n if closed else n - 1
    for i in range(segments):
        p0, p1, p2, p3 = at(i - 1), at(i), at(i + 1), at(i + 2)
        k = tension / 6.0
        if p1[2]:
            c1 = (p1[0], p1[1])
        else:
            c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        if p2[2]:
            c2 = (p2[0], p2[1])
        else:
            c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        d.append("C%s %s %s %s %s %s" % (fmt(c1[0]), fmt(c1[1]), fmt(c2[0]), fmt(c2[1]), fmt(p2[0]), fmt(p2[1])))
    if closed:
        d.append("Z")
    return " ".join(d)


def catmull(points, samples=12):
    """Samples an open Catmull-Rom curve through the points, for ribbons and fibres."""
    pts = [(float(x), float(y)) for x, y, *rest in points]
    n = len(pts)
    out = []
    for i in range(n - 1):
        p0 = pts[max(0, i - 1)]
        p1 = pts[i]
        p2 = pts[i + 1]
        p3 = pts[min(n - 1, i + 2)]
        for s in range(samples):
            t = s / samples
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                       + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                       + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    out.append(pts[-1])
    return out


def ribbon(center, width, taper_end=None):
    """A closed outline of constant (or tapering) width around a centre line: nerves, vessels, thin tendons."""
    line = catmull(center, 10)
    left, right = [], []
    count = len(line)
    for i, (x, y) in enumerate(line):
        a = line[max(0, i - 1)]
        b = line[min(count - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        w = width
        if taper_end is not None:
            w = width + (taper_end - width) * (i / (count - 1))
        left.append((x + nx * w / 2, y + ny * w / 2))
        right.append((x - nx * w / 2, y - ny * w / 2))
    outline = left + list(reversed(right))
    d = "M" + " L".join("%s %s" % (fmt(x), fmt(y)) for x, y in outline) + " Z"
    return d


def offset_line(points, distance):
    """The points of a centre line moved sideways by distance (positive: to the left of the direction of travel
    in screen coordinates), for vessels that run in pairs beside an artery."""
    pts = [(float(x), float(y)) for x, y, *rest in points]
    out = []
    for i, (x, y) in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(len(pts) - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        out.append((x - dy / length * distance, y + dx / length * distance))
    return out


def bone_rod(a, b, base, shaft, head):
    """The outline of a long bone of the foot (a metatarsal or a phalanx) from a to b: a broad base, a waisted
    shaft and a rounded head."""
    ax, ay = float(a[0]), float(a[1])
    bx, by = float(b[0]), float(b[1])
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    profile = [(0.0, base), (0.18, shaft * 1.1), (0.5, shaft), (0.82, shaft * 1.05), (1.0, head)]
    left = [(ax + ux * length * t + nx * w / 2, ay + uy * length * t + ny * w / 2) for t, w in profile]
    right = [(ax + ux * length * t - nx * w / 2, ay + uy * length * t - ny * w / 2) for t, w in profile]
    tip = (bx + ux * head * 0.35, by + uy * head * 0.35)
    heel = (ax - ux * base * 0.2, ay - uy * base * 0.2)
    return smooth_path(left + [tip] + list(reversed(right)) + [heel])


def polyline(points):
    return "M" + " L".join("%s %s" % (fmt(x), fmt(y)) for x, y in points)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def fibres(edge_a, edge_b, count, bow=0.0, inset=0.06):
    """Thin curved strokes from points along one edge curve to the matching points of another: fibre direction."""
    a = catmull(edge_a, 8)
    b = catmull(edge_b, 8)
    paths = []
    for k in range(count):
        t = (k + 0.5) / count
        pa = a[min(len(a) - 1, int(t * (len(a) - 1)))]
        pb = b[min(len(b) - 1, int(t * (len(b) - 1)))]
        start = lerp(pa, pb, inset)
        end = lerp(pa, pb, 1 - inset)
        mid = lerp(start, end, 0.5)
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = math.hypot(dx, dy) or 1.0
        control = (mid[0] - dy / length * bow * length, mid[1] + dx / length * bow * length)
        paths.append("M%s %s Q%s %s %s %s" % (fmt(start[0]), fmt(start[1]), fmt(control[0]), fmt(control[1]),
                                               fmt(end[0]), fmt(end[1])))
    return " ".join(paths)


class Plate:
    """An SVG document built from layers of named structures."""

    LAYERS = ["bones-vessels", "deep", "neurovascular", "soleus-plantaris", "gastrocnemius", "skin"]
    # Pieces drawn only while another structure (or the piece itself) is selected carry this attribute.
    NAMESPACE = "urn:calfatlas:plate"

    def __init__(self, width, height, title):
        self.width = width
        self.height = height
        self.title = title
        self.defs = []
        self.layers = {name: [] for name in self.LAYERS}
        self.markers = []
        self.extra = []
        self._gradients = set()

    def gradient(self, material, direction="h"):
        """A linear gradient for a material, lit from the upper left."""
        key = "g-%s-%s" % (material, direction)
        if key not in self._gradients:
            light, dark, _ = PALETTE[material]
            x2, y2 = ("1", "0.35") if direction == "h" else ("0.35", "1")
            self.defs.append(
                '<linearGradient id="%s" x1="0" y1="0" x2="%s" y2="%s">'
                '<stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient>'
                % (key, x2, y2, light, dark))
            self._gradients.add(key)
        return "url(#%s)" % key

    def sheen(self):
        """A soft white highlight that gives bellies volume."""
        key = "g-sheen"
        if key not in self._gradients:
            self.defs.append(
                '<radialGradient id="g-sheen" cx="0.38" cy="0.34" r="0.62">'
                '<stop offset="0" stop-color="#FFFFFF" stop-opacity="0.34"/>'
                '<stop offset="0.55" stop-color="#FFFFFF" stop-opacity="0.08"/>'
                '<stop offset="1" stop-color="#FFFFFF" stop-opacity="0"/></radialGradient>')
            self._gradients.add(key)
        return "url(#g-sheen)"

    def shade(self):
        """A dark rim toward the edges, for depth."""
        key = "g-shade"
        if key not in self._gradients:
            self.defs.append(
                '<radialGradient id="g-shade" cx="0.5" cy="0.5" r="0.6">'
                '<stop offset="0.6" stop-color="#000000" stop-opacity="0"/>'
                '<stop offset="1" stop-color="#000000" stop-opacity="0.22"/></radialGradient>')
            self._gradients.add(key)
        return "url(#g-shade)"

    def structure(self, layer, sid, parts, shown_with=None):
        """Adds a structure: a group with the given id holding its parts (SVG element strings). With shown_with,
        the explorer shows it only while that structure (or this one) is selected."""
        extra = ' calfatlas:shown-with="%s"' % shown_with if shown_with else ""
        self.layers[layer].append('<g id="%s"%s>%s</g>' % (sid, extra, "".join(parts)))

    def art(self, layer, aid, parts):
        """Adds something that is not a structure (ids start with art-)."""
        assert aid.startswith("art-")
        self.layers[layer].append('<g id="%s">%s</g>' % (aid, "".join(parts)))

    def marker(self, kind, sid, x, y):
        self.markers.append('<circle id="art-%s-%s" cx="%s" cy="%s" r="4" fill="none" stroke="none"/>'
                            % (kind, sid, fmt(x), fmt(y)))

    def svg(self):
        body = []
        for name in self.LAYERS:
            body.append('<g id="layer-%s">%s</g>' % (name, "\n".join(self.layers[name])))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<svg xmlns="http://www.w3.org/2000/svg" xmlns:calfatlas="%s" version="1.2" baseProfile="tiny" '
                'width="%d" height="%d" viewBox="0 0 %d %d">\n'
                '<title>%s</title>\n<defs>%s</defs>\n%s\n<g id="art-markers">%s</g>\n%s\n</svg>\n'
                % (self.NAMESPACE, self.width, self.height, self.width, self.height, self.title, "".join(self.defs),
                   "\n".join(body), "".join(self.markers), "\n".join(self.extra)))


def filled(plate, material, d, direction="h", stroke_width=1.4):
    _, _, outline = PALETTE[material]
    return '<path d="%s" fill="%s" stroke="%s" stroke-width="%s" stroke-linejoin="round"/>' % (
        d, plate.gradient(material, direction), outline, fmt(stroke_width))


def overlay(d, fill):
    return '<path d="%s" fill="%s" stroke="none"/>' % (d, fill)


def strokes(d, colour, width=1.0, opacity=0.35):
    return ('<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-opacity="%s" stroke-linecap="round"/>'
            % (d, colour, fmt(width), fmt(opacity)))


def muscle(plate, material, outline_points, fibre_edges=None, fibre_count=14, bow=0.04, sheen=True):
    """A muscle belly: gradient fill, fibre strokes, a highlight and a soft rim."""
    d = smooth_path(outline_points)
    parts = [filled(plate, material, d)]
    if fibre_edges:
        parts.append(strokes(fibres(fibre_edges[0], fibre_edges[1], fibre_count, bow), PALETTE[material][2], 1.1, 0.38))
    if sheen:
        parts.append(overlay(d, plate.sheen()))
    parts.append(overlay(d, plate.shade()))
    # Redraw the outline on top so fibres and shading stay inside a crisp edge.
    parts.append('<path d="%s" fill="none" stroke="%s" stroke-width="1.4" stroke-linejoin="round"/>'
                 % (d, PALETTE[material][2]))
    return parts


def paired_veins(plate, centre, offset, width):
    """The two venae comitantes that run one on each side of an artery, as the parts of one structure."""
    parts = []
    for side in (-1, 1):
        parts.append(filled(plate, "vein", ribbon(offset_line(centre, side * offset), width, width * 0.85), "v", 0.9))
    return parts
