# SPDX-License-Identifier: MIT
"""The right lower leg and foot seen from the outer (lateral) side: the back of the leg on the viewer's left,
the shin and the toes on the right."""

from artkit import (PALETTE, Plate, bone_rod, filled, muscle, overlay, ribbon, smooth_path, strokes)


def bone(p, d):
    return [filled(p, "bone", d), overlay(d, p.sheen())]


def tendon_band(p, centre, width, taper=None):
    return filled(p, "tendon", ribbon(centre, width, taper), "v", 1.0)


def retinaculum(centre, width):
    # A thin translucent band: the tendons it holds down show through, and stay selectable under it.
    return ('<path d="%s" fill="%s" fill-opacity="0.42" stroke="%s" stroke-width="1" stroke-opacity="0.8"/>'
            % (ribbon(centre, width), PALETTE["membrane"][0], PALETTE["membrane"][2]))


def foot_bones(p):
    """The foot's skeleton in outline: talus and calcaneus (structures of the atlas), the other bones as art."""
    talus = smooth_path([(286, 1196), (320, 1182), (356, 1186), (384, 1200), (404, 1216), (406, 1238), (390, 1252),
                         (352, 1256), (316, 1260), (286, 1256), (270, 1236), (274, 1212)])
    p.structure("bones-vessels", "talus", bone(p, talus))

    calcaneus = smooth_path([(150, 1240), (176, 1230), (212, 1236), (250, 1248), (290, 1258), (330, 1260),
                             (362, 1264), (378, 1276), (376, 1308), (360, 1322), (320, 1326), (270, 1332),
                             (210, 1340), (166, 1342), (142, 1330), (134, 1300), (138, 1264)])
    p.structure("bones-vessels", "calcaneus", bone(p, calcaneus) + [
        # The fibular trochlea, between the two fibular tendons on the bone's outer face.
        strokes(smooth_path([(290, 1282), (304, 1290), (318, 1294)], closed=False), PALETTE["bone"][2], 1.6, 0.6),
        strokes(smooth_path([(180, 1300), (230, 1296), (280, 1304)], closed=False), PALETTE["bone"][2], 1.0, 0.35)])

    parts = []
    navicular = smooth_path([(400, 1210), (420, 1202), (436, 1212), (438, 1246), (428, 1262), (406, 1262),
                             (398, 1238)])
    cuneiforms = smooth_path([(436, 1210), (470, 1212), (484, 1228), (484, 1262), (452, 1270), (438, 1250)])
    cuboid = smooth_path([(376, 1272), (408, 1266), (440, 1270), (448, 1296), (440, 1320), (404, 1326),
                          (380, 1316)])
    for d in (navicular, cuneiforms, cuboid):
        parts += bone(p, d)
    # Metatarsals, the first (innermost, furthest from the viewer) drawn first; the fifth's base flares into the
    # tuberosity on which the fibularis brevis inserts.
    for a, b, base, shaft, head in [((486, 1214), (664, 1292), 20, 10, 18), ((484, 1228), (648, 1298), 16, 8, 15),
                                    ((484, 1246), (634, 1306), 15, 8, 14), ((470, 1272), (620, 1314), 15, 8, 14)]:
        parts += bone(p, bone_rod(a, b, base, shaft, head))
    fifth = smooth_path([(440, 1318), (444, 1302), (462, 1296), (486, 1304), (540, 1312), (590, 1316), (608, 1314),
                         (616, 1324), (606, 1334), (580, 1330), (530, 1328), (478, 1328), (452, 1330)])
    parts += bone(p, fifth)
    # Toes: the great toe (two phalanges) reaches furthest; the little toe (three) is shortest.
    for a, b, base, shaft, head in [((672, 1292), (708, 1302), 20, 14, 17), ((710, 1303), (736, 1312), 16, 13, 12),
                                    ((654, 1302), (680, 1312), 14, 10, 12), ((682, 1313), (698, 1319), 12, 9, 10),
                                    ((700, 1320), (712, 1326), 10, 8, 8),
                                    ((618, 1322), (640, 1328), 13, 9, 11), ((642, 1329), (654, 1333), 11, 8, 9),
                                    ((656, 1334), (666, 1338), 9, 7, 7)]:
        parts += bone(p, bone_rod(a, b, base, shaft, head))
    p.art("bones-vessels", "art-foot-bones", parts)


def build():
    p = Plate(760, 1400, "CalfAtlas: right lower leg and foot, lateral view")

    # ---- bones, nerves and vessels ----
    femur = smooth_path([
        (268, 0, "c"), (262, 90), (250, 160), (226, 206), (214, 250), (224, 284), (258, 298), (300, 294),
        (344, 290), (372, 278), (384, 246), (372, 196), (352, 150), (346, 80), (344, 0, "c")])
    p.structure("bones-vessels", "femur", [
        filled(p, "bone", femur, "v"),
        strokes(smooth_path([(244, 200), (262, 240), (300, 262), (344, 262)], closed=False), PALETTE["bone"][2], 1.0,
                0.45),
        overlay(femur, p.sheen())])
    patella = smooth_path([(372, 170), (396, 178), (408, 212), (402, 252), (384, 268), (368, 246), (364, 206)])
    p.art("bones-vessels", "art-patella", [filled(p, "bone", patella), overlay(patella, p.sheen())])

    tibia = smooth_path([
        (232, 306), (290, 300), (352, 300), (392, 312), (394, 336), (378, 362), (372, 420), (366, 600),
        (360, 800), (356, 960), (360, 1080), (370, 1150), (366, 1186), (320, 1188), (284, 1186), (282, 1140),
        (292, 1060), (296, 900), (298, 700), (296, 520), (286, 400), (256, 352), (234, 334)])
    p.structure("bones-vessels", "tibia", [
        filled(p, "bone", tibia, "v"),
        strokes(smooth_path([(380, 380), (370, 600), (362, 900), (360, 1100)], closed=False), PALETTE["bone"][2], 1.1,
                0.45),
        overlay(tibia, p.sheen())])

    foot_bones(p)

    # The fibula is drawn over the talus: its lower end, the lateral malleolus, covers the talus's outer face.
    fibula = smooth_path([
        (244, 344), (268, 336), (288, 350), (286, 376), (274, 392), (272, 520), (270, 720), (268, 900),
        (272, 1040), (290, 1120), (306, 1170), (302, 1212), (280, 1230), (258, 1214), (250, 1160),
        (254, 1040), (252, 900), (252, 720), (254, 520), (252, 396), (240, 372)])
    p.structure("bones-vessels", "fibula", [
        filled(p, "bone", fibula, "v"), overlay(fibula, p.sheen()),
        # The groove on the back of the malleolus that the fibular tendons run in.
        strokes(smooth_path([(258, 1130), (254, 1170), (262, 1206)], closed=False), PALETTE["bone"][2], 1.2, 0.55)])

    # ---- deep and lateral-compartment muscles (peeled with the deep layer) ----
    p.structure("deep", "popliteus", muscle(p, "muscle-deep", [
        (224, 262), (246, 272), (262, 320), (256, 372), (238, 396), (222, 380), (214, 330)],
        fibre_edges=([(226, 280), (222, 330)], [(250, 300), (246, 370)]), fibre_count=5))
    p.structure("deep", "flexor-hallucis-longus", muscle(p, "muscle-deep", [
        (214, 840), (248, 828), (262, 900), (262, 1010), (258, 1100), (250, 1168), (240, 1210), (226, 1226),
        (212, 1214), (206, 1120), (204, 1000), (206, 900)],
        fibre_edges=([(212, 880), (210, 1000), (216, 1120)], [(254, 880), (256, 1000), (248, 1120)]), fibre_count=12))

    # The fibular muscles: brevis lies against the fibula and its belly reaches low; longus becomes tendinous in
    # mid-leg and runs over the brevis. Both tendons pass behind the lateral malleolus in its groove (brevis in
    # front, longus behind it), under the superior fibular retinaculum, and turn forward below its tip: brevis
    # to the tuberosity of the fifth metatarsal, longus to the groove of the cuboid and into the sole.
    brevis_tendon = [(262, 1080), (254, 1140), (252, 1190), (262, 1230), (292, 1258), (350, 1282), (408, 1298),
                     (446, 1306)]
    p.structure("deep", "fibularis-brevis", muscle(p, "muscle", [
        (262, 620), (300, 640), (304, 760), (302, 880), (296, 980), (284, 1060), (268, 1112), (256, 1110),
        (256, 1020), (258, 900), (258, 760)],
        fibre_edges=([(264, 680), (262, 840), (262, 1000)], [(298, 680), (298, 840), (290, 1000)]), fibre_count=10)
        + [tendon_band(p, brevis_tendon, 9, 8)])
    longus_tendon = [(270, 740), (262, 860), (252, 980), (244, 1080), (238, 1150), (238, 1204), (252, 1244),
                     (290, 1274), (340, 1300), (372, 1314), (388, 1320)]
    p.structure("deep", "fibularis-longus", muscle(p, "muscle", [
        (248, 356), (282, 350), (300, 400), (302, 560), (296, 680), (282, 760), (266, 790), (256, 760),
        (256, 640), (256, 520), (250, 440)],
        fibre_edges=([(254, 420), (258, 560), (262, 700)], [(298, 420), (300, 560), (288, 700)]), fibre_count=12)
        + [tendon_band(p, longus_tendon, 10, 8)])

    p.structure("deep", "extensor-digitorum-longus", muscle(p, "muscle-front", [
        (300, 346), (338, 352), (342, 460), (340, 600), (334, 740), (326, 850), (318, 960), (314, 1040),
        (304, 1060), (298, 960), (298, 860), (302, 760), (302, 600), (302, 460)],
        fibre_edges=([(304, 420), (304, 600), (306, 780)], [(338, 420), (338, 600), (330, 780)]), fibre_count=14)
        + [tendon_band(p, [(310, 1020), (334, 1110), (372, 1170), (420, 1196), (470, 1214)], 10, 9)]
        + [tendon_band(p, [(470, 1214), (540, 1240), (600, 1268), (650, 1290), (700, 1306)], 4.5, 3.5),
           tendon_band(p, [(470, 1214), (540, 1250), (600, 1282), (650, 1304), (690, 1314)], 4.5, 3.5),
           tendon_band(p, [(470, 1214), (530, 1262), (590, 1296), (632, 1314), (666, 1330)], 4.5, 3.5)])
    p.structure("deep", "extensor-hallucis-longus", muscle(p, "muscle-front", [
        (318, 700), (344, 690), (352, 800), (352, 920), (350, 1020), (336, 1060), (322, 1000), (316, 880),
        (314, 780)],
        fibre_edges=([(320, 740), (320, 880), (328, 980)], [(346, 740), (348, 880), (346, 980)]), fibre_count=9)
        + [tendon_band(p, [(342, 1020), (360, 1110), (392, 1170), (440, 1196), (520, 1222), (600, 1256),
                           (660, 1284), (712, 1298), (736, 1306)], 6, 5)])
    p.structure("deep", "tibialis-anterior", muscle(p, "muscle-front", [
        (340, 330), (372, 340), (376, 420), (372, 560), (368, 700), (362, 820), (356, 920), (352, 990),
        (340, 1000), (336, 900), (338, 760), (340, 600), (340, 460)],
        fibre_edges=([(344, 400), (344, 600), (344, 800)], [(372, 400), (370, 600), (362, 800)]), fibre_count=12)
        # Its tendon passes in front of the ankle to the inner side of the foot, out of sight beyond the navicular.
        + [tendon_band(p, [(350, 960), (364, 1060), (384, 1140), (404, 1184), (430, 1206), (452, 1216)], 11, 9)])

    # The retinacula: the extensor retinacula in front of the ankle; the superior fibular retinaculum from the back
    # of the malleolus to the calcaneus, and the inferior one on the calcaneus's outer face.
    p.art("deep", "art-retinacula", [
        retinaculum([(296, 1088), (336, 1096), (376, 1108)], 22),
        retinaculum([(330, 1200), (380, 1188), (420, 1178), (452, 1186)], 16),
        retinaculum([(262, 1170), (236, 1196), (206, 1228)], 18),
        retinaculum([(274, 1266), (300, 1250), (330, 1262)], 14)])

    # ---- nerves and vessels that lie between the muscle layers ----
    p.structure("neurovascular", "popliteal-artery", [
        filled(p, "artery", ribbon([(258, 0), (252, 120), (240, 230), (234, 310), (244, 380)], 10))])
    p.structure("neurovascular", "tibial-nerve", [
        filled(p, "nerve", ribbon([(246, 0), (238, 120), (226, 230), (222, 310), (228, 390)], 9))])
    # The superficial fibular nerve runs between the fibular muscles and the extensors (seen through them,
    # paler) and pierces the deep fascia in the distal third to run under the skin onto the back of the foot.
    deep_course = ribbon([(262, 382), (284, 470), (298, 600), (306, 760), (310, 900), (316, 960)], 6, 5)
    p.structure("neurovascular", "superficial-fibular-nerve", [
        '<path d="%s" fill="%s" fill-opacity="0.45" stroke="%s" stroke-width="1" stroke-opacity="0.6" '
        'stroke-dasharray="5 4"/>' % (deep_course, PALETTE["nerve"][0], PALETTE["nerve"][2]),
        filled(p, "nerve", ribbon([(316, 960), (330, 1040), (354, 1110), (386, 1160), (432, 1190), (500, 1214),
                                   (560, 1236)], 5, 4)),
        filled(p, "nerve", ribbon([(500, 1214), (560, 1246), (620, 1276)], 3.5, 3))])

    # ---- soleus, plantaris, calcaneal tendon ----
    p.structure("soleus-plantaris", "soleus", muscle(p, "muscle", [
        (240, 356), (262, 350), (266, 440), (264, 580), (262, 720), (258, 830), (250, 920), (232, 1000),
        (210, 1050), (186, 1066), (166, 1040), (150, 960), (140, 840), (140, 700), (150, 560), (172, 450),
        (206, 384)],
        fibre_edges=([(256, 420), (256, 600), (248, 780), (226, 950)], [(160, 560), (150, 700), (156, 840),
                                                                        (176, 1000)]),
        fibre_count=18, bow=0.04))
    p.structure("soleus-plantaris", "plantaris", [
        filled(p, "muscle", smooth_path([(230, 196), (246, 206), (244, 262), (230, 320), (218, 322), (220, 260)])),
        filled(p, "tendon", ribbon([(224, 320), (212, 480), (196, 700), (184, 900), (180, 1100), (170, 1240),
                                    (160, 1300)], 4, 3), "v", 0.9)])
    # The calcaneal tendon passes behind the upper corner of the calcaneus and inserts on the middle of its
    # back surface.
    tendon = smooth_path([
        (168, 800), (204, 800), (214, 880), (210, 1000), (200, 1100), (192, 1180), (184, 1240), (172, 1286),
        (156, 1308), (138, 1304), (140, 1270), (148, 1210), (156, 1140), (162, 1060), (164, 1000), (162, 880)])
    p.structure("soleus-plantaris", "calcaneal-tendon", [filled(p, "tendon", tendon, "v"), overlay(tendon, p.sheen())])

    # ---- gastrocnemius: the lateral head in front, the medial head's edge behind it ----
    p.structure("gastrocnemius", "gastrocnemius-medial-head", muscle(p, "muscle", [
        (204, 240), (226, 262), (230, 360), (220, 480), (206, 600), (190, 700), (172, 772), (152, 784),
        (134, 740), (122, 620), (120, 500), (132, 390), (160, 300), (186, 254)],
        fibre_edges=([(140, 400), (130, 520), (136, 660)], [(200, 400), (196, 540), (178, 700)]), fibre_count=12))
    p.structure("gastrocnemius", "gastrocnemius-lateral-head", muscle(p, "muscle", [
        (220, 210), (244, 224), (252, 300), (248, 400), (240, 500), (230, 590), (216, 660), (198, 706),
        (176, 714), (154, 676), (138, 590), (132, 480), (142, 370), (168, 286), (196, 230)],
        fibre_edges=([(152, 380), (142, 480), (150, 600)], [(240, 320), (232, 460), (214, 620)]), fibre_count=16,
        bow=0.05))

    # ---- skin: the leg, the bulge of the lateral malleolus, the heel and the foot's profile ----
    skin = smooth_path([
        (196, 0, "c"), (190, 120), (192, 220), (156, 320), (122, 440), (112, 580), (124, 720), (146, 860),
        (152, 1000), (146, 1120), (136, 1200), (126, 1252), (124, 1306), (136, 1344), (170, 1356), (260, 1356),
        (360, 1350), (460, 1352), (560, 1352), (660, 1352), (720, 1346), (748, 1330), (750, 1312), (736, 1300),
        (690, 1288), (630, 1268), (560, 1240), (490, 1210), (440, 1188), (404, 1162), (390, 1100), (386, 900),
        (390, 700), (396, 500), (406, 330), (420, 250), (410, 160), (398, 80), (400, 0, "c")])
    p.art("skin", "art-skin", [
        '<path d="%s" fill="%s" fill-opacity="0.42" stroke="%s" stroke-width="2.2" stroke-linejoin="round"/>'
        % (skin, PALETTE["skin"][0], PALETTE["skin"][2]),
        # The lateral malleolus shows through the skin as the ankle's outer knob.
        strokes(smooth_path([(256, 1140), (250, 1180), (262, 1218), (288, 1232), (306, 1212), (310, 1170)],
                            closed=False), PALETTE["skin"][2], 1.6, 0.55),
        # Creases of the toes and the sole's edge.
        strokes(" ".join(smooth_path(line, closed=False) for line in [
            [(664, 1292), (668, 1320), (666, 1346)], [(616, 1300), (622, 1330), (620, 1350)]]),
            PALETTE["skin"][2], 1.0, 0.35)])
    p.structure("skin", "small-saphenous-vein", [
        filled(p, "vein", ribbon([(420, 1330), (360, 1310), (300, 1286), (236, 1250), (196, 1170), (170, 1040),
                                  (156, 880), (152, 700), (158, 560), (176, 430), (206, 330)], 6, 8), "v", 1.0)])

    for sid, x, y in [("gastrocnemius-lateral-head", 226, 222), ("gastrocnemius-medial-head", 206, 246),
                      ("soleus", 262, 352), ("plantaris", 236, 202), ("popliteus", 226, 268),
                      ("fibularis-longus", 268, 356), ("fibularis-brevis", 282, 640),
                      ("tibialis-anterior", 372, 340), ("extensor-digitorum-longus", 318, 350),
                      ("extensor-hallucis-longus", 334, 700), ("flexor-hallucis-longus", 246, 840),
                      ("calcaneal-tendon", 188, 770)]:
        p.marker("origin", sid, x, y)
    for sid, x, y in [("gastrocnemius-lateral-head", 146, 1294), ("gastrocnemius-medial-head", 146, 1294),
                      ("soleus", 146, 1294), ("plantaris", 160, 1300), ("calcaneal-tendon", 146, 1294),
                      ("popliteus", 244, 384), ("fibularis-brevis", 446, 1306)]:
        p.marker("insertion", sid, x, y)
    return p.svg()


if __name__ == "__main__":
    print(build())
