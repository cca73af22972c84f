# SPDX-License-Identifier: MIT
"""A transverse section through the middle of the right calf, seen from above: front (anterior) at the
top, the outer (lateral) side on the right."""

from artkit import (PALETTE, Plate, filled, muscle, overlay, ribbon, smooth_path, strokes)


def disc(cx, cy, rx, ry=None, n=10):
    import math
    ry = ry if ry is not None else rx
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]


def vessel(p, material, sid, layer, cx, cy, r):
    d = smooth_path(disc(cx, cy, r, r * 0.9, 8))
    p.structure(layer, sid, [filled(p, material, d, "h", 1.2), overlay(d, p.sheen())])


def veins(p, sid, layer, circles):
    """Paired veins beside an artery, as the parts of one structure."""
    parts = []
    for cx, cy, r in circles:
        d = smooth_path(disc(cx, cy, r, r * 0.85, 8))
        parts.append(filled(p, "vein", d, "h", 1.0))
    p.structure(layer, sid, parts)


def locator(p, cx, top):
    """Where the cut is: a small outline of the leg from behind, knee to heel, crossed by a line at the middle of
    the calf, in the corner that the slice leaves free."""
    left = [(-15, 0), (-20, 24), (-23, 44), (-21, 66), (-15, 90), (-9, 112), (-8, 128), (-11, 142), (-10, 152),
            (-4, 156)]
    outline = [(cx + x, top + y) for x, y in left] + [(cx - x, top + y) for x, y in reversed(left)]
    cut = top + 64
    p.art("skin", "art-locator", [
        '<path d="%s" fill="%s" stroke="%s" stroke-width="1.6" stroke-linejoin="round"/>'
        % (smooth_path(outline), PALETTE["skin"][0], PALETTE["skin"][2]),
        '<path d="M %d %d L %d %d" stroke="%s" stroke-width="3" stroke-linecap="round"/>'
        % (cx - 32, cut, cx + 32, cut, PALETTE["artery"][1]),
    ])


def build():
    p = Plate(900, 700, "CalfAtlas: cross-section through the middle of the right calf")

    # ---- skin, subcutaneous fat and the deep fascia (drawn in the skin layer, on top, translucent) ----
    outline = [(300, 60), (400, 38), (520, 48), (640, 92), (740, 170), (800, 270), (810, 380), (770, 490),
               (690, 580), (580, 640), (450, 662), (320, 640), (210, 580), (130, 490), (96, 380), (110, 270),
               (170, 170), (230, 100)]
    skin = smooth_path(outline)
    fascia = smooth_path([(310, 82), (400, 62), (516, 72), (628, 112), (722, 184), (778, 276), (786, 380),
                          (748, 478), (674, 560), (572, 616), (450, 636), (330, 616), (226, 560), (152, 478),
                          (120, 380), (132, 282), (186, 190), (240, 120)])

    # ---- bones, membrane, vessels and nerves, on the connective tissue that fills the leg ----
    p.art("bones-vessels", "art-tissue", ['<path d="%s" fill="#EBDCCB" stroke="none"/>' % fascia])
    tibia = smooth_path([(300, 92), (338, 96), (372, 150), (412, 236), (396, 276), (340, 296), (268, 290),
                         (226, 262), (232, 206), (262, 140)])
    medulla = smooth_path([(314, 170), (338, 178), (356, 226), (336, 256), (296, 260), (278, 232), (290, 190)])
    p.structure("bones-vessels", "tibia", [filled(p, "bone", tibia), overlay(medulla, "#E8D7B4"),
                                           overlay(tibia, p.sheen())])
    fibula = smooth_path([(612, 284), (644, 280), (664, 304), (660, 340), (634, 360), (606, 350), (596, 318)])
    p.structure("bones-vessels", "fibula", [filled(p, "bone", fibula), overlay(fibula, p.sheen())])
    membrane = ribbon([(404, 262), (470, 282), (540, 298), (600, 314)], 7)
    p.structure("bones-vessels", "interosseous-membrane", [filled(p, "membrane", membrane, "h", 1.0)])
    vessel(p, "artery", "anterior-tibial-artery", "bones-vessels", 500, 262, 11)
    p.structure("bones-vessels", "deep-fibular-nerve", [filled(p, "nerve", smooth_path(disc(526, 252, 9, 8, 8)))])
    # The fibular vessels lie behind the fibula, between the tibialis posterior and the flexor hallucis longus.
    veins(p, "fibular-veins", "bones-vessels", [(566, 360, 5), (594, 372, 5)])
    vessel(p, "artery", "fibular-artery", "bones-vessels", 580, 366, 7)

    # ---- anterior, lateral and deep posterior muscles ----
    p.structure("deep", "tibialis-anterior", muscle(p, "muscle-front", [
        (368, 110), (420, 90), (470, 104), (486, 160), (470, 222), (440, 252), (408, 240), (384, 190)],
        fibre_edges=([(392, 130), (398, 200)], [(466, 130), (456, 220)]), fibre_count=8, bow=0.0))
    p.structure("deep", "extensor-hallucis-longus", muscle(p, "muscle-front", [
        (486, 164), (526, 150), (552, 190), (548, 238), (520, 250), (490, 246), (472, 218)],
        fibre_edges=([(488, 180), (486, 230)], [(540, 180), (538, 232)]), fibre_count=6, bow=0.0))
    p.structure("deep", "extensor-digitorum-longus", muscle(p, "muscle-front", [
        (474, 102), (540, 100), (606, 128), (640, 182), (630, 252), (604, 282), (566, 286), (552, 240),
        (550, 184), (520, 146), (488, 150)],
        fibre_edges=([(500, 118), (560, 180)], [(600, 150), (612, 250)]), fibre_count=8, bow=0.0))
    p.structure("deep", "fibularis-brevis", muscle(p, "muscle", [
        (664, 296), (700, 296), (722, 330), (712, 372), (676, 386), (648, 366), (660, 336)],
        fibre_edges=([(668, 310), (664, 360)], [(708, 320), (702, 370)]), fibre_count=6, bow=0.0))
    p.structure("deep", "fibularis-longus", muscle(p, "muscle", [
        (656, 150), (700, 170), (752, 220), (774, 290), (760, 352), (724, 330), (700, 294), (676, 288),
        (668, 270), (664, 210)],
        fibre_edges=([(672, 180), (676, 270)], [(740, 230), (756, 320)]), fibre_count=8, bow=0.0))

    # ---- the nerves and vessels between the muscle layers ----
    # Behind the deep muscles, in front of the transverse intermuscular septum: the posterior tibial artery with
    # its two veins, and the tibial nerve lateral to them. The superficial fibular nerve runs in the lateral
    # compartment beside the anterior intermuscular septum.
    veins(p, "posterior-tibial-veins", "neurovascular", [(406, 390, 6), (442, 402, 6)])
    vessel(p, "artery", "posterior-tibial-artery", "neurovascular", 424, 396, 9)
    p.structure("neurovascular", "tibial-nerve", [filled(p, "nerve", smooth_path(disc(464, 404, 10, 9, 8)))])
    p.structure("neurovascular", "superficial-fibular-nerve", [filled(p, "nerve", smooth_path(disc(657, 250, 7, 7, 8)))])
    p.structure("deep", "tibialis-posterior", muscle(p, "muscle-deep", [
        (410, 290), (470, 296), (540, 310), (580, 322), (560, 350), (524, 372), (470, 366), (428, 340)],
        fibre_edges=([(430, 310), (540, 326)], [(446, 350), (540, 362)]), fibre_count=8, bow=0.0))
    p.structure("deep", "flexor-digitorum-longus", muscle(p, "muscle-deep", [
        (300, 300), (350, 302), (400, 300), (420, 340), (398, 384), (350, 396), (302, 380), (282, 340)],
        fibre_edges=([(300, 320), (300, 370)], [(398, 320), (396, 370)]), fibre_count=8, bow=0.0))
    p.structure("deep", "flexor-hallucis-longus", muscle(p, "muscle-deep", [
        (560, 396), (604, 384), (644, 382), (670, 404), (656, 440), (608, 454), (562, 444), (540, 420)],
        fibre_edges=([(560, 404), (570, 440)], [(646, 392), (650, 430)]), fibre_count=8, bow=0.0))

    # ---- superficial posterior: the soleus crescent, plantaris tendon ----
    soleus = smooth_path([
        (196, 380), (240, 402), (300, 426), (380, 440), (460, 444), (540, 462), (610, 480), (668, 476),
        (712, 456), (748, 440), (764, 452), (742, 478), (690, 506), (610, 528), (520, 534), (420, 528),
        (330, 508), (250, 474), (200, 432), (186, 402)])
    p.structure("soleus-plantaris", "soleus", [
        filled(p, "muscle", soleus),
        strokes(" ".join(smooth_path([(220 + 56 * k, 420 + (22 if 2 < k < 7 else 10)), (230 + 56 * k, 500)],
                                     closed=False) for k in range(9)), PALETTE["muscle"][2], 1.0, 0.35),
        overlay(soleus, p.sheen()), overlay(soleus, p.shade())])
    plantaris = smooth_path(disc(512, 540, 8, 5, 8))
    p.structure("soleus-plantaris", "plantaris", [filled(p, "tendon", plantaris, "h", 1.0)])
    # The large venous sinuses inside the soleus, which its contractions squeeze empty.
    sinuses = []
    for cx, cy, rx, ry in [(262, 458, 8, 6), (340, 480, 9, 6), (420, 492, 10, 7), (500, 498, 9, 6), (580, 504, 9, 6),
                           (650, 494, 8, 6), (712, 470, 7, 5)]:
        d = smooth_path(disc(cx, cy, rx, ry, 8))
        sinuses.append(filled(p, "vein", d, "h", 1.0))
    p.structure("soleus-plantaris", "soleal-veins", sinuses)

    # ---- gastrocnemius heads ----
    p.structure("gastrocnemius", "gastrocnemius-medial-head", muscle(p, "muscle", [
        (236, 484), (320, 520), (420, 540), (502, 548), (508, 590), (486, 624), (420, 632), (340, 616),
        (264, 580), (214, 528)],
        fibre_edges=([(250, 500), (490, 560)], [(250, 556), (480, 620)]), fibre_count=9, bow=0.0))
    p.structure("gastrocnemius", "gastrocnemius-lateral-head", muscle(p, "muscle", [
        (522, 552), (610, 540), (690, 516), (738, 488), (746, 506), (690, 566), (610, 608), (540, 620),
        (518, 592)],
        fibre_edges=([(530, 566), (716, 510)], [(540, 606), (700, 556)]), fibre_count=8, bow=0.0))

    # ---- skin, fat and fascia, with the superficial veins ----
    p.art("skin", "art-skin", [
        '<path d="%s" fill="%s" fill-opacity="0.75" fill-rule="evenodd" stroke="%s" stroke-width="2.4" stroke-linejoin="round"/>'
        % (skin + " " + fascia, PALETTE["fat"][0], PALETTE["skin"][2]),
        '<path d="%s" fill="none" stroke="%s" stroke-width="1.6" stroke-opacity="0.8"/>' % (fascia, PALETTE["fat"][2]),
        # The septa that divide the compartments: anterior and posterior intermuscular septa from the fibula to the
        # deep fascia, and the transverse intermuscular septum from tibia to fibula between the superficial and
        # deep posterior compartments.
        strokes(" ".join(smooth_path(line, closed=False) for line in [
            [(640, 114), (646, 200), (640, 282)], [(664, 358), (700, 392), (740, 416), (768, 428)],
            [(230, 272), (244, 332), (280, 384), (330, 410), (400, 424), (470, 428), (530, 446), (600, 464),
             (668, 462), (684, 424), (668, 364)]]), PALETTE["fat"][2], 1.8, 0.85)])
    vessel(p, "vein", "great-saphenous-vein", "skin", 168, 300, 11)
    vessel(p, "vein", "small-saphenous-vein", "skin", 510, 648, 10)
    locator(p, 846, 14)

    return p.svg()


if __name__ == "__main__":
    print(build())
