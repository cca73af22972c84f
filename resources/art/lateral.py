# SPDX-License-Identifier: MIT
"""The right lower leg seen from the outer (lateral) side: the back of the leg on the viewer's left,
the shin and the toes on the right."""

from artkit import (PALETTE, Plate, filled, muscle, overlay, ribbon, smooth_path, strokes)


def build():
    p = Plate(600, 1400, "CalfAtlas: right lower leg, lateral view")

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
        (360, 800), (356, 960), (360, 1080), (368, 1150), (364, 1184), (320, 1190), (284, 1186), (282, 1140),
        (292, 1060), (296, 900), (298, 700), (296, 520), (286, 400), (256, 352), (234, 334)])
    p.structure("bones-vessels", "tibia", [
        filled(p, "bone", tibia, "v"),
        strokes(smooth_path([(380, 380), (370, 600), (362, 900), (360, 1100)], closed=False), PALETTE["bone"][2], 1.1,
                0.45),
        overlay(tibia, p.sheen())])

    fibula = smooth_path([
        (244, 344), (268, 336), (288, 350), (286, 376), (274, 392), (272, 520), (270, 720), (268, 900),
        (272, 1040), (288, 1120), (304, 1172), (298, 1214), (272, 1224), (252, 1200), (250, 1140),
        (254, 1040), (252, 900), (252, 720), (254, 520), (252, 396), (240, 372)])
    p.structure("bones-vessels", "fibula", [filled(p, "bone", fibula, "v"), overlay(fibula, p.sheen())])

    talus = smooth_path([(292, 1190), (352, 1184), (392, 1196), (410, 1222), (396, 1250), (340, 1258),
                         (296, 1250), (280, 1222)])
    p.structure("bones-vessels", "talus", [filled(p, "bone", talus), overlay(talus, p.sheen())])

    calcaneus = smooth_path([(168, 1232), (222, 1222), (274, 1236), (318, 1262), (340, 1296), (326, 1330),
                             (262, 1340), (190, 1338), (150, 1318), (142, 1276)])
    p.structure("bones-vessels", "calcaneus", [
        filled(p, "bone", calcaneus),
        strokes(smooth_path([(186, 1262), (230, 1258), (272, 1276)], closed=False), PALETTE["bone"][2], 1.0, 0.4),
        overlay(calcaneus, p.sheen())])

    foot = smooth_path([
        (336, 1262), (380, 1252), (414, 1238), (452, 1248), (500, 1266), (548, 1288), (578, 1304),
        (582, 1326), (560, 1338), (500, 1336), (430, 1334), (372, 1334), (330, 1330), (340, 1296)])
    p.art("bones-vessels", "art-foot", [
        filled(p, "bone", foot),
        strokes(" ".join(smooth_path(line, closed=False) for line in [
            [(400, 1250), (404, 1290), (400, 1332)], [(436, 1246), (440, 1290), (434, 1334)],
            [(470, 1258), (500, 1296), (540, 1318)], [(458, 1270), (492, 1306), (528, 1330)]]),
            PALETTE["bone"][2], 1.0, 0.45),
        overlay(foot, p.sheen())])

    p.structure("bones-vessels", "popliteal-artery", [
        filled(p, "artery", ribbon([(258, 0), (252, 120), (240, 230), (234, 310), (244, 380)], 10))])
    p.structure("bones-vessels", "tibial-nerve", [
        filled(p, "nerve", ribbon([(246, 0), (238, 120), (226, 230), (222, 310), (228, 390)], 9))])
    p.structure("bones-vessels", "superficial-fibular-nerve", [
        filled(p, "nerve", ribbon([(262, 380), (284, 470), (298, 640), (304, 820), (318, 1000), (350, 1120),
                                   (392, 1190), (440, 1236)], 6, 5))])

    # ---- deep and lateral-compartment muscles (peeled with the deep layer) ----
    # Neighbouring bellies share their borders, so the front and side of the leg read as one packed surface.
    p.structure("deep", "popliteus", muscle(p, "muscle-deep", [
        (224, 262), (246, 272), (262, 320), (256, 372), (238, 396), (222, 380), (214, 330)],
        fibre_edges=([(226, 280), (222, 330)], [(250, 300), (246, 370)]), fibre_count=5))
    p.structure("deep", "flexor-hallucis-longus", muscle(p, "muscle-deep", [
        (214, 840), (248, 828), (262, 900), (262, 1010), (258, 1100), (250, 1168), (234, 1204), (216, 1196),
        (206, 1120), (204, 1000), (206, 900)],
        fibre_edges=([(212, 880), (210, 1000), (216, 1120)], [(254, 880), (256, 1000), (248, 1120)]), fibre_count=12))
    p.structure("deep", "fibularis-brevis", muscle(p, "muscle", [
        (262, 620), (300, 640), (304, 760), (302, 880), (298, 980), (300, 1080), (316, 1160), (352, 1228),
        (404, 1288), (396, 1300), (344, 1246), (300, 1190), (274, 1120), (262, 1020), (258, 900), (258, 760)],
        fibre_edges=([(264, 680), (262, 840), (266, 1000)], [(298, 680), (298, 840), (296, 1000)]), fibre_count=10))
    p.structure("deep", "fibularis-longus", muscle(p, "muscle", [
        (248, 356), (282, 350), (300, 400), (302, 560), (300, 700), (292, 800), (282, 880), (276, 980),
        (276, 1080), (288, 1150), (316, 1214), (360, 1262), (388, 1292), (380, 1302), (342, 1272), (298, 1224),
        (268, 1160), (258, 1080), (258, 960), (260, 860), (258, 700), (256, 560), (250, 440)],
        fibre_edges=([(254, 420), (258, 580), (262, 740)], [(298, 420), (300, 580), (292, 740)]), fibre_count=14))
    p.structure("deep", "extensor-hallucis-longus", muscle(p, "muscle-front", [
        (318, 700), (344, 690), (352, 800), (352, 920), (358, 1040), (390, 1150), (468, 1226), (566, 1282),
        (562, 1294), (462, 1240), (378, 1170), (334, 1080), (318, 960), (314, 820)],
        fibre_edges=([(320, 740), (320, 880), (328, 1000)], [(346, 740), (348, 880), (352, 1000)]), fibre_count=9))
    p.structure("deep", "extensor-digitorum-longus", muscle(p, "muscle-front", [
        (300, 346), (338, 352), (342, 460), (340, 600), (334, 740), (326, 850), (316, 940), (314, 1040),
        (336, 1120), (392, 1190), (466, 1244), (560, 1296), (556, 1306), (458, 1256), (372, 1196),
        (312, 1124), (298, 1040), (298, 900), (302, 760), (302, 600), (302, 460)],
        fibre_edges=([(304, 420), (304, 600), (306, 780)], [(338, 420), (338, 600), (330, 780)]), fibre_count=14))
    p.structure("deep", "tibialis-anterior", muscle(p, "muscle-front", [
        (340, 330), (372, 340), (376, 420), (372, 560), (368, 700), (362, 820), (356, 920), (352, 1010),
        (364, 1100), (392, 1170), (424, 1218), (412, 1228), (376, 1180), (346, 1110), (336, 1010),
        (338, 900), (340, 760), (340, 600), (340, 460)],
        fibre_edges=([(344, 400), (344, 600), (344, 800)], [(372, 400), (370, 600), (362, 800)]), fibre_count=12))

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
        filled(p, "tendon", ribbon([(224, 320), (212, 480), (196, 700), (184, 900), (176, 1100), (174, 1250)], 4, 3),
               "v", 0.9)])
    tendon = smooth_path([
        (168, 800), (204, 800), (214, 880), (210, 1000), (200, 1100), (194, 1180), (198, 1240), (178, 1254),
        (158, 1244), (160, 1180), (164, 1100), (164, 1000), (162, 880)])
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

    # ---- skin ----
    skin = smooth_path([
        (196, 0, "c"), (190, 120), (192, 220), (156, 320), (122, 440), (112, 580), (124, 720), (146, 860),
        (156, 1000), (150, 1120), (142, 1210), (132, 1290), (142, 1344), (220, 1352), (330, 1346),
        (440, 1348), (560, 1348), (592, 1332), (586, 1300), (540, 1276), (470, 1240), (420, 1208),
        (396, 1170), (386, 1080), (386, 900), (390, 700), (396, 500), (406, 330), (420, 250), (410, 160),
        (398, 80), (400, 0, "c")])
    p.art("skin", "art-skin", [
        '<path d="%s" fill="%s" fill-opacity="0.42" stroke="%s" stroke-width="2.2" stroke-linejoin="round"/>'
        % (skin, PALETTE["skin"][0], PALETTE["skin"][2])])
    p.structure("skin", "small-saphenous-vein", [
        filled(p, "vein", ribbon([(286, 1216), (240, 1196), (200, 1120), (172, 1000), (156, 860), (152, 700),
                                  (158, 560), (176, 430), (206, 330)], 6, 8), "v", 1.0)])

    for sid, x, y in [("gastrocnemius-lateral-head", 226, 222), ("gastrocnemius-medial-head", 206, 246),
                      ("soleus", 262, 352), ("plantaris", 236, 202), ("popliteus", 226, 268),
                      ("fibularis-longus", 268, 356), ("fibularis-brevis", 282, 640),
                      ("tibialis-anterior", 372, 340), ("extensor-digitorum-longus", 318, 350),
                      ("extensor-hallucis-longus", 334, 700), ("flexor-hallucis-longus", 246, 840),
                      ("calcaneal-tendon", 188, 770)]:
        p.marker("origin", sid, x, y)
    for sid, x, y in [("gastrocnemius-lateral-head", 172, 1252), ("gastrocnemius-medial-head", 172, 1252),
                      ("soleus", 172, 1252), ("plantaris", 176, 1252), ("calcaneal-tendon", 172, 1252),
                      ("popliteus", 244, 384), ("fibularis-brevis", 400, 1294)]:
        p.marker("insertion", sid, x, y)
    return p.svg()


if __name__ == "__main__":
    print(build())
