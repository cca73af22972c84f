# SPDX-License-Identifier: MIT
"""The right lower leg seen from behind: medial side on the viewer's left, knee to heel."""

from artkit import (PALETTE, Plate, fibres, filled, muscle, overlay, paired_veins, ribbon, smooth_path, strokes)


def build():
    p = Plate(600, 1400, "CalfAtlas: right lower leg, posterior view")

    # ---- bones, nerves and vessels (drawn first, deepest) ----
    femur = smooth_path([
        (266, 0, "c"), (262, 80), (256, 150), (232, 192), (208, 232), (206, 268), (222, 290), (252, 296),
        (278, 284), (292, 262), (300, 250), (308, 262), (322, 284), (350, 294), (380, 290), (396, 268),
        (394, 232), (372, 192), (346, 150), (338, 80), (334, 0, "c")])
    fossa = smooth_path([(272, 150), (300, 138), (328, 150), (344, 196), (300, 236), (256, 196)])
    p.structure("bones-vessels", "femur", [
        filled(p, "bone", femur, "v"),
        overlay(fossa, "#C9B68F"),
        strokes(smooth_path([(258, 160), (240, 205), (226, 250)], closed=False), PALETTE["bone"][2], 1.0, 0.5),
        strokes(smooth_path([(342, 160), (362, 205), (378, 250)], closed=False), PALETTE["bone"][2], 1.0, 0.5),
        overlay(femur, p.sheen())])

    tibia = smooth_path([
        (206, 304), (250, 298), (300, 302), (352, 298), (392, 304), (398, 322), (378, 342), (340, 356),
        (320, 392), (314, 520), (310, 720), (309, 900), (316, 1060), (338, 1126), (348, 1162), (330, 1176),
        (300, 1174), (272, 1178), (262, 1206), (242, 1212), (228, 1188), (234, 1120), (246, 1000),
        (250, 800), (246, 600), (238, 440), (222, 372), (204, 334)])
    soleal_line = smooth_path([(232, 420), (262, 396), (300, 386), (318, 380)], closed=False)
    p.structure("bones-vessels", "tibia", [
        filled(p, "bone", tibia, "v"),
        strokes(soleal_line, PALETTE["bone"][2], 1.6, 0.7),
        strokes(smooth_path([(300, 420), (296, 700), (294, 1000)], closed=False), PALETTE["bone"][2], 1.0, 0.35),
        overlay(tibia, p.sheen())])

    fibula = smooth_path([
        (366, 344), (390, 338), (406, 354), (400, 378), (384, 394), (378, 500), (372, 700), (366, 900),
        (368, 1060), (382, 1136), (394, 1188), (384, 1222), (362, 1224), (350, 1190), (352, 1140),
        (356, 1060), (356, 900), (360, 700), (364, 500), (366, 398), (356, 372)])
    p.structure("bones-vessels", "fibula", [filled(p, "bone", fibula, "v"), overlay(fibula, p.sheen())])

    talus = smooth_path([(262, 1186), (302, 1178), (344, 1184), (358, 1204), (346, 1228), (302, 1236),
                         (262, 1228), (250, 1206)])
    p.structure("bones-vessels", "talus", [filled(p, "bone", talus), overlay(talus, p.sheen())])

    calcaneus = smooth_path([(252, 1228), (300, 1236), (350, 1228), (368, 1256), (366, 1304), (348, 1336),
                             (300, 1348), (254, 1336), (236, 1304), (236, 1256)])
    tuberosity = smooth_path([(262, 1272), (300, 1280), (338, 1272), (342, 1312), (300, 1326), (258, 1312)])
    p.structure("bones-vessels", "calcaneus", [
        filled(p, "bone", calcaneus), overlay(tuberosity, "#E4D5B6"), overlay(calcaneus, p.sheen())])

    # The fibular artery and its paired veins run along the fibula under cover of (or within) the flexor
    # hallucis longus, so they are seen only once the deep muscles are lifted.
    fibular = [(304, 432), (322, 486), (338, 580), (346, 760), (346, 940), (342, 1100)]
    p.structure("bones-vessels", "fibular-veins", paired_veins(p, fibular, 7, 3.2))
    p.structure("bones-vessels", "fibular-artery", [filled(p, "artery", ribbon(fibular, 5, 4))])

    # ---- deep muscles; the flexor digitorum longus crosses superficial to the tibialis posterior above the
    # ankle, so it is drawn after it ----
    p.structure("deep", "tibialis-posterior", muscle(p, "muscle-deep", [
        (312, 404), (340, 398), (360, 424), (362, 560), (354, 740), (338, 880), (318, 980), (300, 1040),
        (282, 1092), (264, 1140), (252, 1180), (242, 1176), (248, 1140), (266, 1080), (286, 1020),
        (300, 930), (302, 760), (304, 580), (304, 450)],
        fibre_edges=([(310, 440), (312, 620), (312, 800), (304, 920)], [(354, 450), (354, 620), (344, 800), (328, 900)]),
        fibre_count=16, bow=0.01))

    p.structure("deep", "popliteus", muscle(p, "muscle-deep", [
        (388, 262), (398, 282), (372, 320), (324, 360), (266, 394), (234, 396), (224, 376), (246, 346),
        (296, 316), (350, 286)],
        fibre_edges=([(384, 272), (372, 300), (340, 330)], [(240, 388), (262, 372), (300, 350)]),
        fibre_count=9, bow=0.02))

    p.structure("deep", "flexor-hallucis-longus", muscle(p, "muscle-deep", [
        (346, 560), (366, 572), (374, 700), (370, 880), (358, 1010), (342, 1090), (324, 1150), (308, 1196),
        (300, 1226), (288, 1222), (294, 1186), (306, 1140), (320, 1080), (328, 980), (332, 800),
        (334, 640)],
        fibre_edges=([(340, 600), (334, 760), (332, 920), (326, 1040)], [(366, 620), (366, 780), (360, 930), (346, 1060)]),
        fibre_count=14, bow=0.01))

    p.structure("deep", "flexor-digitorum-longus", muscle(p, "muscle-deep", [
        (250, 428), (276, 432), (296, 470), (300, 600), (298, 760), (290, 930), (282, 1040), (274, 1110),
        (266, 1160), (260, 1192), (250, 1190), (254, 1150), (256, 1090), (256, 960), (250, 780),
        (244, 600), (242, 480)],
        fibre_edges=([(250, 470), (252, 650), (256, 850), (262, 1000)], [(290, 500), (294, 680), (288, 880), (276, 1040)]),
        fibre_count=16, bow=0.01))

    # ---- the neurovascular bundle: on the deep muscles, under the soleus ----
    # The popliteal artery is the deepest structure of the fossa and ends at the lower border of the popliteus;
    # the popliteal vein lies superficial to it and the tibial nerve is the most superficial of the three. In the
    # leg the nerve starts medial to the posterior tibial vessels, crosses behind them and runs lateral to them
    # down to the ankle (behind the medial malleolus: tibialis posterior, flexor digitorum longus, the artery and
    # its veins, the nerve, flexor hallucis longus).
    p.structure("neurovascular", "popliteal-artery", [
        filled(p, "artery", ribbon([(286, 0), (292, 120), (300, 240), (306, 320), (309, 376)], 10))])
    posterior_tibial = [(309, 372), (305, 470), (298, 620), (290, 820), (282, 1000), (273, 1110), (266, 1170),
                        (263, 1214)]
    p.structure("neurovascular", "posterior-tibial-veins", paired_veins(p, posterior_tibial[1:], 8, 3.6))
    p.structure("neurovascular", "posterior-tibial-artery", [filled(p, "artery", ribbon(posterior_tibial, 7, 5))])
    p.structure("neurovascular", "popliteal-vein", [
        filled(p, "vein", ribbon([(300, 0), (305, 120), (312, 240), (316, 320), (313, 382)], 11, 10), "v", 1.0)])
    p.structure("neurovascular", "tibial-nerve", [
        filled(p, "nerve", ribbon([(322, 0), (318, 120), (308, 240), (297, 320), (295, 380), (300, 450), (309, 520),
                                   (314, 620), (308, 820), (299, 1000), (289, 1110), (282, 1170), (279, 1222)], 9, 7))])

    # ---- soleus, plantaris, calcaneal tendon ----
    soleus_outline = [
        (372, 338), (398, 356), (418, 430), (432, 540), (428, 670), (410, 790), (382, 888), (354, 958),
        (328, 1002), (300, 1014), (272, 1002), (246, 958), (218, 888), (194, 790), (178, 670), (180, 560),
        (194, 470), (214, 424), (240, 402), (268, 396), (300, 404), (332, 376), (352, 350)]
    soleus_parts = muscle(p, "muscle", soleus_outline,
                          fibre_edges=([(200, 500), (196, 640), (214, 780), (250, 900), (282, 980)],
                                       [(290, 470), (292, 620), (296, 760), (298, 880), (300, 970)]),
                          fibre_count=18, bow=-0.05)
    soleus_parts.insert(2, strokes(
        fibres([(412, 500), (420, 640), (400, 780), (360, 900), (318, 980)],
                                    [(310, 470), (308, 620), (304, 760), (302, 880), (300, 970)], 18, 0.05),
        PALETTE["muscle"][2], 1.1, 0.38))
    # The tendinous arch between tibia and fibula from which the soleus arises.
    soleus_parts.append(strokes(smooth_path([(240, 404), (270, 398), (300, 406), (332, 380), (360, 350)],
                                            closed=False), PALETTE["tendon"][1], 3.0, 0.9))
    p.structure("soleus-plantaris", "soleus", soleus_parts)
    # The venous sinuses inside the soleus, shown while the soleus is selected: seen through the muscle, as the
    # plate's reader imagines it pumped empty by each contraction.
    sinuses = []
    for cx, cy, rx, ry in [(222, 600, 7, 34), (256, 690, 8, 40), (236, 790, 6, 30), (392, 580, 7, 34),
                           (372, 690, 8, 40), (350, 800, 6, 32), (290, 880, 6, 28), (316, 870, 5, 24)]:
        outline = smooth_path([(cx, cy - ry), (cx + rx, cy - ry * 0.4), (cx + rx * 0.8, cy + ry * 0.5), (cx, cy + ry),
                               (cx - rx * 0.8, cy + ry * 0.5), (cx - rx, cy - ry * 0.4)])
        sinuses.append('<path d="%s" fill="%s" fill-opacity="0.88" stroke="%s" stroke-width="1.2"/>'
                       % (outline, p.gradient("vein", "v"), PALETTE["vein"][2]))
    sinuses.append(strokes(" ".join(smooth_path(line, closed=False) for line in [
        [(222, 634), (240, 700), (256, 730)], [(256, 730), (270, 780), (290, 852)], [(236, 820), (262, 860), (290, 880)],
        [(392, 614), (380, 660), (372, 650)], [(372, 730), (360, 780), (350, 768)], [(350, 832), (330, 856), (316, 846)]]),
        PALETTE["vein"][1], 2.4, 0.85))
    p.structure("soleus-plantaris", "soleal-veins", sinuses, shown_with="soleus")

    plantaris_belly = smooth_path([(366, 196), (384, 208), (378, 256), (352, 304), (326, 336), (314, 330),
                                   (332, 290), (350, 240)])
    p.structure("soleus-plantaris", "plantaris", [
        filled(p, "muscle", plantaris_belly), overlay(plantaris_belly, p.sheen()),
        # The long thin tendon runs between the gastrocnemius and the soleus to the medial border of the
        # calcaneal tendon and inserts on the calcaneus beside it.
        filled(p, "tendon", ribbon([(320, 334), (306, 450), (290, 600), (272, 740), (261, 800), (260, 860),
                                    (270, 960), (277, 1060), (275, 1160), (267, 1236), (259, 1292)], 5, 4), "v", 1.0)])

    tendon = smooth_path([
        (270, 742), (300, 716), (330, 742), (336, 800), (334, 860), (322, 960), (316, 1060), (318, 1160), (326, 1236),
        (334, 1284), (300, 1292), (266, 1284), (274, 1236), (282, 1160), (284, 1060), (278, 960), (266, 860),
        (264, 800)])
    p.structure("soleus-plantaris", "calcaneal-tendon", [
        filled(p, "tendon", tendon, "v"),
        strokes(" ".join(smooth_path([(x, 770), (x + (300 - x) * 0.4, 1000), (300 + (x - 300) * 0.5, 1270)],
                                     closed=False) for x in (272, 284, 296, 308, 320)), PALETTE["tendon"][2], 0.9,
                0.5),
        overlay(tendon, p.sheen())])

    # ---- gastrocnemius: two heads with their half of the aponeurosis ----
    medial = [
        (250, 204), (270, 212), (286, 246), (296, 318), (298, 420), (298, 560), (296, 662), (286, 738),
        (262, 772), (232, 760), (200, 700), (176, 610), (164, 500), (168, 400), (184, 318), (206, 256),
        (228, 216)]
    medial_parts = muscle(p, "muscle", medial,
                          fibre_edges=([(204, 300), (182, 420), (180, 540), (202, 650), (242, 736)],
                                       [(278, 290), (290, 400), (292, 520), (290, 620), (278, 720)]),
                          fibre_count=20, bow=-0.06)
    medial_aponeurosis = smooth_path([(298, 600), (298, 700), (298, 790, "c"), (262, 792, "c"), (264, 772),
                                      (284, 738), (294, 680)])
    medial_parts.insert(-1, filled(p, "tendon", medial_aponeurosis, "v", 1.0))
    p.structure("gastrocnemius", "gastrocnemius-medial-head", medial_parts)

    lateral = [
        (350, 204), (372, 216), (396, 252), (418, 310), (434, 390), (436, 470), (424, 556), (400, 628),
        (370, 674), (344, 690), (320, 674), (306, 620), (302, 520), (302, 420), (304, 320), (314, 248),
        (330, 212)]
    lateral_parts = muscle(p, "muscle", lateral,
                           fibre_edges=([(400, 290), (424, 400), (424, 500), (400, 590), (360, 660)],
                                        [(316, 270), (310, 380), (308, 480), (310, 570), (322, 650)]),
                           fibre_count=18, bow=0.06)
    lateral_aponeurosis = smooth_path([(302, 600), (320, 676), (340, 700), (338, 772), (302, 790, "c"),
                                       (302, 700)])
    lateral_parts.insert(-1, filled(p, "tendon", lateral_aponeurosis, "v", 1.0))
    p.structure("gastrocnemius", "gastrocnemius-lateral-head", lateral_parts)

    # ---- skin: a translucent silhouette with the superficial veins ----
    skin = smooth_path([
        (170, 0, "c"), (172, 120), (178, 230), (166, 330), (150, 460), (156, 600), (180, 760), (212, 920),
        (228, 1060), (226, 1150), (218, 1186), (232, 1240), (246, 1312), (272, 1352), (300, 1358),
        (328, 1352), (356, 1312), (372, 1248), (392, 1196), (378, 1150), (372, 1060), (388, 920),
        (420, 760), (446, 600), (452, 460), (438, 330), (424, 230), (428, 120), (430, 0, "c")])
    p.art("skin", "art-skin", [
        '<path d="%s" fill="%s" fill-opacity="0.42" stroke="%s" stroke-width="2.2" stroke-linejoin="round"/>'
        % (skin, PALETTE["skin"][0], PALETTE["skin"][2]),
        strokes(smooth_path([(252, 250), (300, 262), (348, 250)], closed=False), PALETTE["skin"][2], 1.6, 0.45)])
    p.structure("skin", "small-saphenous-vein", [
        filled(p, "vein", ribbon([(378, 1196), (366, 1120), (340, 1000), (314, 860), (302, 700), (300, 520),
                                  (300, 380), (300, 262)], 7, 9), "v", 1.0)])
    p.structure("skin", "great-saphenous-vein", [
        filled(p, "vein", ribbon([(226, 1170), (214, 1060), (196, 920), (174, 760), (162, 600), (164, 450),
                                  (178, 320), (186, 200), (182, 40)], 7, 9), "v", 1.0)])

    # ---- origins and insertions, for the widget's markers ----
    for sid, x, y in [("gastrocnemius-medial-head", 238, 222), ("gastrocnemius-lateral-head", 362, 216),
                      ("soleus", 386, 350), ("plantaris", 372, 204), ("popliteus", 390, 270),
                      ("tibialis-posterior", 334, 420), ("flexor-digitorum-longus", 262, 446),
                      ("flexor-hallucis-longus", 360, 584), ("calcaneal-tendon", 300, 772)]:
        p.marker("origin", sid, x, y)
    for sid, x, y in [("gastrocnemius-medial-head", 300, 1292), ("gastrocnemius-lateral-head", 300, 1292),
                      ("soleus", 300, 1292), ("plantaris", 259, 1292), ("popliteus", 244, 384),
                      ("calcaneal-tendon", 300, 1292)]:
        p.marker("insertion", sid, x, y)
    return p.svg()


if __name__ == "__main__":
    print(build())
