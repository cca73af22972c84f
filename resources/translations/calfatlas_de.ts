<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>%1 and %2</source>
        <comment>joins the last item of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CalfAtlasData</name>
    <message>
        <source>Skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>M. gastrocnemius</translation>
    </message>
    <message>
        <source>Soleus and plantaris</source>
        <translation>M. soleus und M. plantaris</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Tiefe Muskeln</translation>
    </message>
    <message>
        <source>Bones, nerves and vessels</source>
        <translation>Knochen, Nerven und Gefäße</translation>
    </message>
    <message>
        <source>Gastrocnemius, medial head</source>
        <translation>M. gastrocnemius, Caput mediale</translation>
    </message>
    <message>
        <source>The inner of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation>Der innere der beiden Köpfe, die die sichtbare Wölbung der Wade bilden; er überspannt Knie- und Sprunggelenk.</translation>
    </message>
    <message>
        <source>Back of the femur just above the medial condyle.</source>
        <translation>Rückseite des Femurs direkt oberhalb des Condylus medialis.</translation>
    </message>
    <message>
        <source>Back of the calcaneus, through the calcaneal (Achilles) tendon.</source>
        <translation>Rückseite des Calcaneus, über die Achillessehne (Tendo calcaneus).</translation>
    </message>
    <message>
        <source>Tibial nerve (S1, S2).</source>
        <translation>N. tibialis (S1, S2).</translation>
    </message>
    <message>
        <source>Sural branches of the popliteal artery.</source>
        <translation>Aa. surales aus der A. poplitea.</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle (points the foot down), most strongly when the knee is straight.</source>
        <translation>Plantarflexion im Sprunggelenk (senkt den Fuß), am stärksten bei gestrecktem Knie.</translation>
    </message>
    <message>
        <source>Raises the heel in walking.</source>
        <translation>Hebt beim Gehen die Ferse an.</translation>
    </message>
    <message>
        <source>Flexes the knee.</source>
        <translation>Flexion im Kniegelenk.</translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, so bending the knee slackens it.</source>
        <translation>Überspannt Knie- und Sprunggelenk; eine Kniebeugung entspannt ihn daher.</translation>
    </message>
    <message>
        <source>About half of its fibres are slow-twitch (type I) in autopsy samples; the rest are fast-twitch.</source>
        <translation>In Autopsieproben ist etwa die Hälfte seiner Fasern langsam zuckend (Typ I), der Rest schnell zuckend.</translation>
    </message>
    <message>
        <source>With the lateral head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation>Zusammen mit dem Caput laterale bildet er das, was die meisten „die Wade“ nennen – sichtbar, wenn sich die Ferse hebt.</translation>
    </message>
    <message>
        <source>The larger of the two heads; its belly reaches further down the calf than the lateral head’s.</source>
        <translation>Der größere der beiden Köpfe; sein Muskelbauch reicht an der Wade weiter hinab als der des Caput laterale.</translation>
    </message>
    <message>
        <source>Gastrocnemius, lateral head</source>
        <translation>M. gastrocnemius, Caput laterale</translation>
    </message>
    <message>
        <source>The outer of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation>Der äußere der beiden Köpfe, die die sichtbare Wölbung der Wade bilden; er überspannt Knie- und Sprunggelenk.</translation>
    </message>
    <message>
        <source>Outer side of the lateral condyle of the femur.</source>
        <translation>Außenseite des Condylus lateralis femoris.</translation>
    </message>
    <message>
        <source>Sural arteries, branches of the popliteal artery.</source>
        <translation>Aa. surales, Äste der A. poplitea.</translation>
    </message>
    <message>
        <source>With the medial head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation>Zusammen mit dem Caput mediale bildet er das, was die meisten „die Wade“ nennen – sichtbar, wenn sich die Ferse hebt.</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>M. soleus</translation>
    </message>
    <message>
        <source>The broad, flat calf muscle hidden beneath the gastrocnemius; it crosses the ankle but not the knee.</source>
        <translation>Der breite, flache Wadenmuskel, verborgen unter dem M. gastrocnemius; er überspannt das Sprunggelenk, nicht aber das Knie.</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle whatever the position of the knee.</source>
        <translation>Plantarflexion im Sprunggelenk, unabhängig von der Kniestellung.</translation>
    </message>
    <message>
        <source>Steadies the leg on the foot in standing: it keeps pulling so that you do not fall forward.</source>
        <translation>Stabilisiert im Stand den Unterschenkel über dem Fuß: Er zieht ständig, damit man nicht nach vorn fällt.</translation>
    </message>
    <message>
        <source>Works with the gastrocnemius to point the foot down, especially in walking, and keeps you balanced in walking and running.</source>
        <translation>Senkt zusammen mit dem M. gastrocnemius den Fuß, besonders beim Gehen, und hält beim Gehen und Laufen das Gleichgewicht.</translation>
    </message>
    <message>
        <source>Crosses the ankle (talocrural and subtalar joints) but not the knee, so bending the knee does not slacken it.</source>
        <translation>Überspannt das Sprunggelenk (oberes und unteres Sprunggelenk), nicht aber das Knie; eine Kniebeugung entspannt ihn daher nicht.</translation>
    </message>
    <message>
        <source>Lies deep to the gastrocnemius, out of sight; with it, it forms the triceps surae.</source>
        <translation>Liegt verborgen in der Tiefe unter dem M. gastrocnemius und bildet mit ihm den M. triceps surae.</translation>
    </message>
    <message>
        <source>Holds large venous sinuses: its contractions pump venous blood back towards the heart (the calf muscle pump).</source>
        <translation>Enthält große venöse Sinus: Seine Kontraktionen pumpen venöses Blut zum Herzen zurück (Wadenmuskelpumpe).</translation>
    </message>
    <message>
        <source>When overworked, pointing the foot down becomes painful and restricted.</source>
        <translation>Bei Überlastung wird das Senken des Fußes schmerzhaft und eingeschränkt.</translation>
    </message>
    <message>
        <source>Plantaris</source>
        <translation>M. plantaris</translation>
    </message>
    <message>
        <source>A small muscle with a long thin tendon running between the gastrocnemius and the soleus; absent in some people.</source>
        <translation>Ein kleiner Muskel mit einer langen, dünnen Sehne, die zwischen M. gastrocnemius und M. soleus verläuft; fehlt bei manchen Menschen.</translation>
    </message>
    <message>
        <source>Lower end of the lateral supracondylar line of the femur and the oblique popliteal ligament.</source>
        <translation>Unteres Ende der Linea supracondylaris lateralis des Femurs und Lig. popliteum obliquum.</translation>
    </message>
    <message>
        <source>Back of the calcaneus, on the inner side of the calcaneal tendon, through a long thin tendon.</source>
        <translation>Rückseite des Calcaneus, an der Innenseite der Achillessehne, über eine lange, dünne Sehne.</translation>
    </message>
    <message>
        <source>Popliteal and sural arteries.</source>
        <translation>A. poplitea und Aa. surales.</translation>
    </message>
    <message>
        <source>Weakly assists the gastrocnemius.</source>
        <translation>Unterstützt den M. gastrocnemius schwach.</translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, like the gastrocnemius.</source>
        <translation>Überspannt wie der M. gastrocnemius Knie- und Sprunggelenk.</translation>
    </message>
    <message>
        <source>Absent in some people.</source>
        <translation>Fehlt bei manchen Menschen.</translation>
    </message>
    <message>
        <source>Calcaneal tendon</source>
        <translation>Achillessehne (Tendo calcaneus)</translation>
    </message>
    <message>
        <source>The thick tendon that joins the gastrocnemius and soleus to the heel bone.</source>
        <translation>Die kräftige Sehne, die M. gastrocnemius und M. soleus mit dem Fersenbein verbindet.</translation>
    </message>
    <message>
        <source>Formed by the joined tendons of the gastrocnemius and the soleus.</source>
        <translation>Gebildet aus den vereinigten Sehnen von M. gastrocnemius und M. soleus.</translation>
    </message>
    <message>
        <source>Middle of the back of the calcaneal tuberosity.</source>
        <translation>Mitte der Rückfläche des Tuber calcanei.</translation>
    </message>
    <message>
        <source>Carries the pull of the triceps surae to the heel, pointing the foot down.</source>
        <translation>Überträgt den Zug des M. triceps surae auf die Ferse und senkt so den Fuß.</translation>
    </message>
    <message>
        <source>The thickest and strongest tendon of the body.</source>
        <translation>Die dickste und kräftigste Sehne des Körpers.</translation>
    </message>
    <message>
        <source>A clinician checks that it is intact with the squeeze (Thompson) test: squeezing the calf normally points the foot.</source>
        <translation>Ob sie intakt ist, prüfen Ärzte und Physiotherapeuten mit dem Wadenkompressionstest (Thompson-Test): Beim Zusammendrücken der Wade senkt sich der Fuß normalerweise.</translation>
    </message>
    <message>
        <source>Popliteus</source>
        <translation>M. popliteus</translation>
    </message>
    <message>
        <source>A short, flat muscle at the back of the knee that unlocks the straightened knee.</source>
        <translation>Ein kurzer, flacher Muskel an der Rückseite des Knies, der das gestreckte Knie entriegelt.</translation>
    </message>
    <message>
        <source>Outer surface of the lateral condyle of the femur and the lateral meniscus.</source>
        <translation>Außenfläche des Condylus lateralis femoris und Meniscus lateralis.</translation>
    </message>
    <message>
        <source>Back of the tibia, above the soleal line.</source>
        <translation>Rückseite der Tibia, oberhalb der Linea musculi solei.</translation>
    </message>
    <message>
        <source>Tibial nerve (L4–S1).</source>
        <translation>N. tibialis (L4–S1).</translation>
    </message>
    <message>
        <source>Inferior genicular arteries.</source>
        <translation>Aa. inferiores genus.</translation>
    </message>
    <message>
        <source>Weakly flexes the knee.</source>
        <translation>Schwache Flexion im Kniegelenk.</translation>
    </message>
    <message>
        <source>Unlocks the straightened knee by rotating the femur outwards on the planted tibia.</source>
        <translation>Entriegelt das gestreckte Knie, indem er den Femur auf der fixierten Tibia nach außen rotiert.</translation>
    </message>
    <message>
        <source>Crosses the knee only.</source>
        <translation>Überspannt nur das Kniegelenk.</translation>
    </message>
    <message>
        <source>Tibialis posterior</source>
        <translation>M. tibialis posterior</translation>
    </message>
    <message>
        <source>The deepest muscle of the back of the leg; it points the foot down, turns the sole inwards and supports the arch.</source>
        <translation>Der am tiefsten gelegene Muskel der Unterschenkelrückseite; er senkt den Fuß, dreht die Fußsohle nach innen und stützt das Fußgewölbe.</translation>
    </message>
    <message>
        <source>Interosseous membrane, the back of the tibia below the soleal line, and the back of the fibula.</source>
        <translation>Membrana interossea, Rückseite der Tibia unterhalb der Linea musculi solei und Rückseite der Fibula.</translation>
    </message>
    <message>
        <source>Tuberosity of the navicular, the cuneiforms, the cuboid and the bases of the second to fourth metatarsals.</source>
        <translation>Tuberositas ossis navicularis, Ossa cuneiformia, Os cuboideum und Basen der Ossa metatarsi II–IV.</translation>
    </message>
    <message>
        <source>Tibial nerve (L4, L5).</source>
        <translation>N. tibialis (L4, L5).</translation>
    </message>
    <message>
        <source>Fibular (peroneal) artery.</source>
        <translation>A. fibularis (A. peronea).</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle.</source>
        <translation>Plantarflexion im Sprunggelenk.</translation>
    </message>
    <message>
        <source>Inverts the foot (turns the sole inwards).</source>
        <translation>Inversion des Fußes (dreht die Fußsohle nach innen).</translation>
    </message>
    <message>
        <source>Supports the medial arch of the foot.</source>
        <translation>Stützt das mediale Fußgewölbe.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the foot.</source>
        <translation>Überspannt das Sprunggelenk und die Gelenke des Fußes.</translation>
    </message>
    <message>
        <source>Flexor hallucis longus</source>
        <translation>M. flexor hallucis longus</translation>
    </message>
    <message>
        <source>A deep muscle on the fibular side that bends the big toe and helps push off.</source>
        <translation>Ein tiefer Muskel auf der Fibulaseite, der die Großzehe beugt und beim Abstoßen hilft.</translation>
    </message>
    <message>
        <source>Lower two-thirds of the back of the fibula and the interosseous membrane.</source>
        <translation>Untere zwei Drittel der Rückseite der Fibula und Membrana interossea.</translation>
    </message>
    <message>
        <source>Base of the distal phalanx of the great toe.</source>
        <translation>Basis der Endphalanx der Großzehe.</translation>
    </message>
    <message>
        <source>Tibial nerve (S2, S3).</source>
        <translation>N. tibialis (S2, S3).</translation>
    </message>
    <message>
        <source>Flexes the great toe.</source>
        <translation>Flexion der Großzehe.</translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle and helps in push-off.</source>
        <translation>Schwache Plantarflexion im Sprunggelenk; hilft beim Abstoßen.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the great toe.</source>
        <translation>Überspannt das Sprunggelenk und die Gelenke der Großzehe.</translation>
    </message>
    <message>
        <source>Flexor digitorum longus</source>
        <translation>M. flexor digitorum longus</translation>
    </message>
    <message>
        <source>A deep muscle on the tibial side that bends the four lesser toes.</source>
        <translation>Ein tiefer Muskel auf der Tibiaseite, der die vier kleineren Zehen beugt.</translation>
    </message>
    <message>
        <source>Bases of the distal phalanges of the second to fifth toes.</source>
        <translation>Basen der Endphalangen der 2. bis 5. Zehe.</translation>
    </message>
    <message>
        <source>Posterior tibial artery.</source>
        <translation>A. tibialis posterior.</translation>
    </message>
    <message>
        <source>Flexes the second to fifth toes.</source>
        <translation>Flexion der 2. bis 5. Zehe.</translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle.</source>
        <translation>Schwache Plantarflexion im Sprunggelenk.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the lesser toes.</source>
        <translation>Überspannt das Sprunggelenk und die Gelenke der kleineren Zehen.</translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation>M. tibialis anterior</translation>
    </message>
    <message>
        <source>The main muscle of the front of the leg; it lifts the foot (dorsiflexion), the opposite of the calf muscles.</source>
        <translation>Der wichtigste Muskel der Unterschenkelvorderseite; er hebt den Fuß (Dorsalextension) – die Gegenbewegung zur Wadenmuskulatur.</translation>
    </message>
    <message>
        <source>Lateral condyle and upper half of the outer surface of the tibia, and the interosseous membrane.</source>
        <translation>Condylus lateralis und obere Hälfte der Außenfläche der Tibia sowie Membrana interossea.</translation>
    </message>
    <message>
        <source>Medial cuneiform and the base of the first metatarsal.</source>
        <translation>Os cuneiforme mediale und Basis des Os metatarsi I.</translation>
    </message>
    <message>
        <source>Deep fibular nerve (L4, L5).</source>
        <translation>N. fibularis profundus (L4, L5).</translation>
    </message>
    <message>
        <source>Anterior tibial artery.</source>
        <translation>A. tibialis anterior.</translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle (lifts the foot).</source>
        <translation>Dorsalextension im Sprunggelenk (hebt den Fuß).</translation>
    </message>
    <message>
        <source>Inverts the foot.</source>
        <translation>Inversion des Fußes.</translation>
    </message>
    <message>
        <source>Extensor digitorum longus</source>
        <translation>M. extensor digitorum longus</translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the four lesser toes and the foot.</source>
        <translation>Ein Muskel der Unterschenkelvorderseite, der die vier kleineren Zehen und den Fuß hebt.</translation>
    </message>
    <message>
        <source>Lateral condyle of the tibia, the upper three-quarters of the inner surface of the fibula, and the interosseous membrane.</source>
        <translation>Condylus lateralis der Tibia, obere drei Viertel der Innenfläche der Fibula und Membrana interossea.</translation>
    </message>
    <message>
        <source>Middle and distal phalanges of the second to fifth toes.</source>
        <translation>Mittel- und Endphalangen der 2. bis 5. Zehe.</translation>
    </message>
    <message>
        <source>Deep fibular nerve (L5, S1).</source>
        <translation>N. fibularis profundus (L5, S1).</translation>
    </message>
    <message>
        <source>Extends the second to fifth toes.</source>
        <translation>Extension der 2. bis 5. Zehe.</translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle.</source>
        <translation>Dorsalextension im Sprunggelenk.</translation>
    </message>
    <message>
        <source>Extensor hallucis longus</source>
        <translation>M. extensor hallucis longus</translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the big toe.</source>
        <translation>Ein Muskel der Unterschenkelvorderseite, der die Großzehe hebt.</translation>
    </message>
    <message>
        <source>Middle part of the front of the fibula and the interosseous membrane.</source>
        <translation>Mittlerer Teil der Vorderfläche der Fibula und Membrana interossea.</translation>
    </message>
    <message>
        <source>Extends the great toe.</source>
        <translation>Extension der Großzehe.</translation>
    </message>
    <message>
        <source>Fibularis longus</source>
        <translation>M. fibularis longus</translation>
    </message>
    <message>
        <source>The longer muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation>Der längere Muskel der Unterschenkelaußenseite; er dreht die Fußsohle nach außen.</translation>
    </message>
    <message>
        <source>Head and upper two-thirds of the outer surface of the fibula.</source>
        <translation>Caput fibulae und obere zwei Drittel der Außenfläche der Fibula.</translation>
    </message>
    <message>
        <source>Base of the first metatarsal and the medial cuneiform, reached under the sole.</source>
        <translation>Basis des Os metatarsi I und Os cuneiforme mediale; die Sehne erreicht sie unter der Fußsohle hindurch.</translation>
    </message>
    <message>
        <source>Superficial fibular nerve (L5, S1, S2).</source>
        <translation>N. fibularis superficialis (L5, S1, S2).</translation>
    </message>
    <message>
        <source>Branches of the anterior tibial and fibular arteries.</source>
        <translation>Äste der A. tibialis anterior und der A. fibularis.</translation>
    </message>
    <message>
        <source>Everts the foot (turns the sole outwards).</source>
        <translation>Eversion des Fußes (dreht die Fußsohle nach außen).</translation>
    </message>
    <message>
        <source>Fibularis brevis</source>
        <translation>M. fibularis brevis</translation>
    </message>
    <message>
        <source>The shorter muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation>Der kürzere Muskel der Unterschenkelaußenseite; er dreht die Fußsohle nach außen.</translation>
    </message>
    <message>
        <source>Lower two-thirds of the outer surface of the fibula.</source>
        <translation>Untere zwei Drittel der Außenfläche der Fibula.</translation>
    </message>
    <message>
        <source>Tuberosity at the base of the fifth metatarsal.</source>
        <translation>Tuberositas an der Basis des Os metatarsi V.</translation>
    </message>
    <message>
        <source>Branches of the fibular artery.</source>
        <translation>Äste der A. fibularis.</translation>
    </message>
    <message>
        <source>Everts the foot.</source>
        <translation>Eversion des Fußes.</translation>
    </message>
    <message>
        <source>Femur (lower end)</source>
        <translation>Femur (distales Ende)</translation>
    </message>
    <message>
        <source>The thigh bone; its lower end, with the two condyles, is where the gastrocnemius and plantaris arise.</source>
        <translation>Der Oberschenkelknochen; an seinem unteren Ende mit den beiden Kondylen entspringen M. gastrocnemius und M. plantaris.</translation>
    </message>
    <message>
        <source>Its lower end has the medial and lateral condyles, the popliteal surface between the supracondylar lines, and forms the knee with the tibia.</source>
        <translation>Sein unteres Ende trägt den Condylus medialis und lateralis sowie die Facies poplitea zwischen den Lineae supracondylares und bildet mit der Tibia das Kniegelenk.</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius and the plantaris arise here, above the knee: that is why they cross the knee and the soleus does not.</source>
        <translation>Beide Köpfe des M. gastrocnemius und der M. plantaris entspringen hier, oberhalb des Knies: Deshalb überspannen sie das Knie, der M. soleus dagegen nicht.</translation>
    </message>
    <message>
        <source>Tibia</source>
        <translation>Tibia</translation>
    </message>
    <message>
        <source>The shin bone, the main weight-bearing bone of the leg; the soleus arises from its soleal line.</source>
        <translation>Das Schienbein, der wichtigste lasttragende Knochen des Unterschenkels; von seiner Linea musculi solei entspringt der M. soleus.</translation>
    </message>
    <message>
        <source>The soleal line on its back gives origin to the soleus; the popliteus inserts above it and the flexor digitorum longus and tibialis posterior arise below it.</source>
        <translation>Von der Linea musculi solei an ihrer Rückseite entspringt der M. soleus; oberhalb davon setzt der M. popliteus an, unterhalb entspringen M. flexor digitorum longus und M. tibialis posterior.</translation>
    </message>
    <message>
        <source>Its lower end forms the medial malleolus, the bony bump on the inner side of the ankle.</source>
        <translation>Ihr unteres Ende bildet den Innenknöchel (Malleolus medialis), den knöchernen Vorsprung an der Innenseite des Sprunggelenks.</translation>
    </message>
    <message>
        <source>Fibula</source>
        <translation>Fibula</translation>
    </message>
    <message>
        <source>The slender outer bone of the leg, joined to the tibia by the interosseous membrane.</source>
        <translation>Das Wadenbein, der schlanke äußere Knochen des Unterschenkels, über die Membrana interossea mit der Tibia verbunden.</translation>
    </message>
    <message>
        <source>Its lower end forms the lateral malleolus, the bony bump on the outer side of the ankle.</source>
        <translation>Ihr unteres Ende bildet den Außenknöchel (Malleolus lateralis), den knöchernen Vorsprung an der Außenseite des Sprunggelenks.</translation>
    </message>
    <message>
        <source>Talus</source>
        <translation>Talus</translation>
    </message>
    <message>
        <source>The ankle bone, held between the tibia and fibula at the ankle joint.</source>
        <translation>Das Sprungbein, im oberen Sprunggelenk zwischen Tibia und Fibula eingefasst.</translation>
    </message>
    <message>
        <source>Forms the ankle (talocrural) joint with the tibia and fibula: the joint the soleus and gastrocnemius plantar flex.</source>
        <translation>Bildet mit Tibia und Fibula das obere Sprunggelenk (Articulatio talocruralis): das Gelenk, in dem M. soleus und M. gastrocnemius die Plantarflexion bewirken.</translation>
    </message>
    <message>
        <source>Calcaneus</source>
        <translation>Calcaneus</translation>
    </message>
    <message>
        <source>The heel bone; the calcaneal tendon pulls on its tuberosity.</source>
        <translation>Das Fersenbein; die Achillessehne zieht an seinem Höcker (Tuber calcanei).</translation>
    </message>
    <message>
        <source>The heel bone: the calcaneal tendon inserts on the middle of the back of its tuberosity, and the plantaris just beside it.</source>
        <translation>Das Fersenbein: Die Achillessehne setzt in der Mitte der Rückfläche seines Höckers (Tuber calcanei) an, der M. plantaris direkt daneben.</translation>
    </message>
    <message>
        <source>Interosseous membrane</source>
        <translation>Membrana interossea cruris</translation>
    </message>
    <message>
        <source>The sheet of fibrous tissue joining the tibia and fibula, between the front and back muscles of the leg.</source>
        <translation>Die bindegewebige Platte, die Tibia und Fibula verbindet und zwischen den vorderen und hinteren Muskeln des Unterschenkels liegt.</translation>
    </message>
    <message>
        <source>Joins the tibia and fibula and separates the front (anterior) compartment from the deep back compartment.</source>
        <translation>Verbindet Tibia und Fibula und trennt die vordere (anteriore) Loge von der tiefen hinteren Loge.</translation>
    </message>
    <message>
        <source>Gives origin to the tibialis posterior and flexor hallucis longus behind, and to the tibialis anterior and the long extensors in front.</source>
        <translation>Dient hinten dem M. tibialis posterior und dem M. flexor hallucis longus als Ursprung, vorn dem M. tibialis anterior und den langen Extensoren.</translation>
    </message>
    <message>
        <source>Tibial nerve</source>
        <translation>N. tibialis</translation>
    </message>
    <message>
        <source>The nerve of every muscle at the back of the leg, running deep to the soleus.</source>
        <translation>Der Nerv aller Muskeln der Unterschenkelrückseite; er verläuft unter dem M. soleus.</translation>
    </message>
    <message>
        <source>A branch of the sciatic nerve (L4–S3). It runs through the popliteal fossa, then deep to the soleus with the posterior tibial vessels, and passes behind the medial malleolus into the foot.</source>
        <translation>Ein Ast des N. ischiadicus (L4–S3). Er zieht durch die Kniekehle (Fossa poplitea), dann mit den Vasa tibialia posteriora unter dem M. soleus und hinter dem Innenknöchel in den Fuß.</translation>
    </message>
    <message>
        <source>Supplies all the muscles of the back of the leg, superficial and deep.</source>
        <translation>Innerviert alle oberflächlichen und tiefen Muskeln der Unterschenkelrückseite.</translation>
    </message>
    <message>
        <source>Deep fibular nerve</source>
        <translation>N. fibularis profundus</translation>
    </message>
    <message>
        <source>The nerve of the front (anterior) compartment of the leg.</source>
        <translation>Der Nerv der vorderen (anterioren) Loge des Unterschenkels.</translation>
    </message>
    <message>
        <source>Runs in the anterior compartment with the anterior tibial vessels and supplies its muscles: tibialis anterior and the long extensors of the toes.</source>
        <translation>Verläuft mit den Vasa tibialia anteriora in der vorderen Loge und innerviert deren Muskeln: M. tibialis anterior und die langen Zehenstrecker.</translation>
    </message>
    <message>
        <source>Superficial fibular nerve</source>
        <translation>N. fibularis superficialis</translation>
    </message>
    <message>
        <source>The nerve of the outer (lateral) compartment of the leg.</source>
        <translation>Der Nerv der äußeren (lateralen) Loge des Unterschenkels.</translation>
    </message>
    <message>
        <source>Runs in the lateral compartment and supplies the fibularis longus and brevis.</source>
        <translation>Verläuft in der lateralen Loge und innerviert M. fibularis longus und M. fibularis brevis.</translation>
    </message>
    <message>
        <source>Popliteal artery</source>
        <translation>A. poplitea</translation>
    </message>
    <message>
        <source>The artery behind the knee, the deepest structure of the popliteal fossa.</source>
        <translation>Die Arterie hinter dem Knie, die am tiefsten gelegene Struktur der Kniekehle.</translation>
    </message>
    <message>
        <source>Continues the femoral artery from the adductor hiatus and is the deepest structure of the popliteal fossa.</source>
        <translation>Setzt die A. femoralis ab dem Hiatus adductorius fort und ist die am tiefsten gelegene Struktur der Fossa poplitea.</translation>
    </message>
    <message>
        <source>Gives the sural arteries to the gastrocnemius, and ends at the lower border of the popliteus by dividing into the anterior and posterior tibial arteries.</source>
        <translation>Gibt die Aa. surales zum M. gastrocnemius ab und endet am Unterrand des M. popliteus, indem sie sich in A. tibialis anterior und A. tibialis posterior teilt.</translation>
    </message>
    <message>
        <source>Posterior tibial artery</source>
        <translation>A. tibialis posterior</translation>
    </message>
    <message>
        <source>The artery of the back of the leg, running with the tibial nerve deep to the soleus.</source>
        <translation>Die Arterie der Unterschenkelrückseite; sie verläuft mit dem N. tibialis unter dem M. soleus.</translation>
    </message>
    <message>
        <source>Runs with the tibial nerve deep to the soleus and gives off the fibular artery.</source>
        <translation>Verläuft mit dem N. tibialis unter dem M. soleus und gibt die A. fibularis ab.</translation>
    </message>
    <message>
        <source>Its pulse can be felt behind the medial malleolus.</source>
        <translation>Ihr Puls ist hinter dem Innenknöchel tastbar.</translation>
    </message>
    <message>
        <source>Fibular artery</source>
        <translation>A. fibularis</translation>
    </message>
    <message>
        <source>A branch of the posterior tibial artery running close to the fibula.</source>
        <translation>Ein Ast der A. tibialis posterior, der nahe der Fibula verläuft.</translation>
    </message>
    <message>
        <source>Branches from the posterior tibial artery and supplies the tibialis posterior, the flexor hallucis longus and part of the soleus.</source>
        <translation>Geht aus der A. tibialis posterior hervor und versorgt M. tibialis posterior, M. flexor hallucis longus und einen Teil des M. soleus.</translation>
    </message>
    <message>
        <source>Anterior tibial artery</source>
        <translation>A. tibialis anterior</translation>
    </message>
    <message>
        <source>The artery of the front of the leg, a terminal branch of the popliteal artery.</source>
        <translation>Die Arterie der Unterschenkelvorderseite, ein Endast der A. poplitea.</translation>
    </message>
    <message>
        <source>One of the two branches into which the popliteal artery divides; it runs in the anterior compartment with the deep fibular nerve.</source>
        <translation>Einer der beiden Äste, in die sich die A. poplitea teilt; verläuft mit dem N. fibularis profundus in der vorderen Loge.</translation>
    </message>
    <message>
        <source>Great saphenous vein</source>
        <translation>V. saphena magna</translation>
    </message>
    <message>
        <source>The long superficial vein on the inner side of the leg.</source>
        <translation>Die lange oberflächliche Vene an der Innenseite des Beins.</translation>
    </message>
    <message>
        <source>A superficial vein that passes in front of the medial malleolus and runs up the inner side of the leg, outside the muscle compartments.</source>
        <translation>Eine oberflächliche Vene, die vor dem Innenknöchel vorbeizieht und an der Innenseite des Beins außerhalb der Muskellogen aufsteigt.</translation>
    </message>
    <message>
        <source>Small saphenous vein</source>
        <translation>V. saphena parva</translation>
    </message>
    <message>
        <source>The superficial vein of the back of the calf.</source>
        <translation>Die oberflächliche Vene an der Rückseite der Wade.</translation>
    </message>
    <message>
        <source>A superficial vein that passes behind the lateral malleolus and runs up the back of the calf, between the heads of the gastrocnemius, to the popliteal fossa.</source>
        <translation>Eine oberflächliche Vene, die hinter dem Außenknöchel vorbeizieht und an der Rückseite der Wade zwischen den Köpfen des M. gastrocnemius zur Kniekehle aufsteigt.</translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test suggests which calf muscle is the likelier source of soreness; it is not a diagnosis and does not replace an examination by a clinician.</source>
        <translation>CalfAtlas dient dem Lernen. Der Selbsttest gibt einen Hinweis darauf, welcher Wadenmuskel eher die Beschwerden verursacht; er ist keine Diagnose und ersetzt keine ärztliche oder physiotherapeutische Untersuchung.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Nothing in the calf: no pull, tightness or pain there.</source>
        <translation>Nichts in der Wade: kein Ziehen, keine Spannung, kein Schmerz.</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>A slight pull or tightness you notice, but it does not bother you.</source>
        <translation>Ein leichtes Ziehen oder Spannungsgefühl, das Sie bemerken, das Sie aber nicht stört.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Clear tightness or discomfort in the calf that makes you want to ease off.</source>
        <translation>Deutliches Spannungsgefühl oder Unbehagen in der Wade, bei dem Sie nachlassen möchten.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Pain or tightness that makes you stop or back off straight away.</source>
        <translation>Schmerz oder Spannung, bei dem Sie sofort aufhören oder nachlassen.</translation>
    </message>
    <message>
        <source>a sudden pop or snap, or a feeling of being kicked</source>
        <translation>plötzliches Knallen oder Schnalzen oder das Gefühl eines Tritts</translation>
    </message>
    <message>
        <source>Did you feel a sudden pop or snap, or as if someone had kicked you in the calf or heel?</source>
        <translation>Haben Sie ein plötzliches Knallen oder Schnalzen gespürt oder ein Gefühl, als hätte Sie jemand gegen die Wade oder Ferse getreten?</translation>
    </message>
    <message>
        <source>A pop or a ‘kicked’ feeling is a classic sign of a torn Achilles tendon.</source>
        <translation>Ein Knall oder ein Gefühl ‚wie getreten‘ ist ein klassisches Zeichen eines Achillessehnenrisses.</translation>
    </message>
    <message>
        <source>A sudden pop or snap, or a feeling of being kicked, can mean the Achilles tendon has torn.</source>
        <translation>Ein plötzliches Knallen oder Schnalzen oder das Gefühl eines Tritts kann bedeuten, dass die Achillessehne gerissen ist.</translation>
    </message>
    <message>
        <source>a gap or dent above the heel</source>
        <translation>Lücke oder Delle oberhalb der Ferse</translation>
    </message>
    <message>
        <source>Can you see or feel a gap or dent just above the heel?</source>
        <translation>Sehen oder tasten Sie eine Lücke oder Delle direkt oberhalb der Ferse?</translation>
    </message>
    <message>
        <source>A dent in the tendon above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation>Eine Delle in der Sehne oberhalb der Ferse kann die Stelle sein, an der eine gerissene Achillessehne auseinandergewichen ist.</translation>
    </message>
    <message>
        <source>A gap or dent above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation>Eine Lücke oder Delle oberhalb der Ferse kann die Stelle sein, an der eine gerissene Achillessehne auseinandergewichen ist.</translation>
    </message>
    <message>
        <source>numbness, tingling or pins and needles</source>
        <translation>Taubheitsgefühl, Kribbeln oder Ameisenlaufen</translation>
    </message>
    <message>
        <source>Do you have numbness, tingling, or pins and needles in this leg or foot?</source>
        <translation>Haben Sie ein Taubheitsgefühl, Kribbeln oder Ameisenlaufen in diesem Bein oder Fuß?</translation>
    </message>
    <message>
        <source>Numbness or tingling suggests a nerve is involved, which a stretch test cannot tell you about.</source>
        <translation>Taubheitsgefühl oder Kribbeln spricht dafür, dass ein Nerv beteiligt ist – darüber kann ein Dehnungstest nichts aussagen.</translation>
    </message>
    <message>
        <source>not being able to put weight on the leg</source>
        <translation>Belastung des Beins nicht möglich</translation>
    </message>
    <message>
        <source>Are you unable to put weight on this leg, or to walk on it?</source>
        <translation>Ist es Ihnen unmöglich, dieses Bein zu belasten oder darauf zu gehen?</translation>
    </message>
    <message>
        <source>Not being able to stand or walk on the leg can come with a torn Achilles tendon.</source>
        <translation>Wenn Sie auf dem Bein nicht stehen oder gehen können, kann das mit einem Achillessehnenriss einhergehen.</translation>
    </message>
    <message>
        <source>Get medical help today: see a doctor or go to an urgent care centre, and do not stretch or exercise this leg until a clinician has seen it.</source>
        <translation>Holen Sie sich noch heute medizinische Hilfe: Gehen Sie zu einem Arzt oder in eine Notfallpraxis, und dehnen oder trainieren Sie dieses Bein nicht, bevor es untersucht worden ist.</translation>
    </message>
    <message>
        <source>Book an appointment with a doctor or physiotherapist soon, and leave the stretch tests until a clinician has seen the leg.</source>
        <translation>Vereinbaren Sie bald einen Termin bei einem Arzt oder Physiotherapeuten, und verschieben Sie die Dehnungstests, bis das Bein untersucht worden ist.</translation>
    </message>
    <message>
        <source>See a clinician today</source>
        <translation>Noch heute untersuchen lassen</translation>
    </message>
    <message>
        <source>See a clinician soon</source>
        <translation>Bald untersuchen lassen</translation>
    </message>
    <message>
        <source>Neither test pointed to a calf muscle</source>
        <translation>Keiner der Tests wies auf einen Wadenmuskel hin</translation>
    </message>
    <message>
        <source>You told us about {flags}. That can be a sign of an injury or condition a clinician needs to see, so the stretch tests are not interpreted and no exercises are suggested.</source>
        <translation>Sie haben Folgendes angegeben: {flags}. Das kann ein Zeichen für eine Verletzung oder Erkrankung sein, die untersucht werden muss; deshalb werden die Dehnungstests nicht ausgewertet und keine Übungen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Neither the bench test (knee bent) nor the wall test (knee straight) brought on symptoms in the calf, so neither muscle stands out.</source>
        <translation>Weder der Stufentest (Knie gebeugt) noch der Wandtest (Knie gestreckt) hat Beschwerden in der Wade ausgelöst; keiner der beiden Muskeln sticht also hervor.</translation>
    </message>
    <message>
        <source>The bench test (knee bent) brought on {bench} symptoms and the wall test (knee straight) brought on none. The gastrocnemius crosses the knee, so bending the knee slackens it and the heel drop stretches the soleus alone: symptoms in that position point to the soleus.</source>
        <translation>Der Stufentest (Knie gebeugt) hat Beschwerden ausgelöst, die Sie als {bench} eingestuft haben, der Wandtest (Knie gestreckt) dagegen keine. Der Gastrocnemius überspannt das Knie; die Kniebeugung entspannt ihn also, und das Absenken der Ferse dehnt allein den Soleus: Beschwerden in dieser Position sprechen für den Soleus.</translation>
    </message>
    <message>
        <source>The wall test (knee straight) brought on {wall} symptoms and the bench test (knee bent) brought on none. With the knee straight both calf muscles are stretched and the gastrocnemius usually limits the stretch; with the knee bent it goes slack, and your symptoms went away. That points to the gastrocnemius.</source>
        <translation>Der Wandtest (Knie gestreckt) hat Beschwerden ausgelöst, die Sie als {wall} eingestuft haben, der Stufentest (Knie gebeugt) dagegen keine. Bei gestrecktem Knie werden beide Wadenmuskeln gedehnt, und meist begrenzt der Gastrocnemius die Dehnung; bei gebeugtem Knie ist er entspannt, und Ihre Beschwerden verschwanden. Das spricht für den Gastrocnemius.</translation>
    </message>
    <message>
        <source>Both tests brought on symptoms, the wall test more strongly: {bench} with the knee bent, {wall} with the knee straight. The bent-knee test stretches the soleus alone, so it is involved; the straight-knee test adds the gastrocnemius, and the stronger reaction there suggests it is involved as well.</source>
        <translation>Beide Tests haben Beschwerden ausgelöst, der Wandtest stärker: bei gebeugtem Knie {bench}, bei gestrecktem Knie {wall}. Der Test mit gebeugtem Knie dehnt allein den Soleus, er ist also beteiligt; der Test mit gestrecktem Knie bezieht den Gastrocnemius mit ein, und die stärkere Reaktion dort spricht dafür, dass auch er beteiligt ist.</translation>
    </message>
    <message>
        <source>Both tests brought on symptoms: {bench} with the knee bent and {wall} with the knee straight. The straight-knee test stretches the soleus too, so a reaction that is no stronger there is explained by the soleus alone.</source>
        <translation>Beide Tests haben Beschwerden ausgelöst: bei gebeugtem Knie {bench} und bei gestrecktem Knie {wall}. Der Test mit gestrecktem Knie dehnt auch den Soleus; eine Reaktion, die dort nicht stärker ist, lässt sich also allein durch den Soleus erklären.</translation>
    </message>
    <message>
        <source>Bent-knee pushes against an elastic band</source>
        <translation>Mit gebeugtem Knie gegen ein Übungsband drücken</translation>
    </message>
    <message>
        <source>Seated calf raises</source>
        <translation>Fersenheben im Sitzen</translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Add weight gradually.</source>
        <translation>2–3 Sätze mit 8–12 Wiederholungen, die letzten davon anstrengend, an 2–3 Tagen pro Woche. Steigern Sie das Gewicht allmählich.</translation>
    </message>
    <message>
        <source>Straight-knee calf raises</source>
        <translation>Fersenheben mit gestrecktem Knie</translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Progress gradually.</source>
        <translation>2–3 Sätze mit 8–12 Wiederholungen, die letzten davon anstrengend, an 2–3 Tagen pro Woche. Steigern Sie allmählich.</translation>
    </message>
    <message>
        <source>Build your running up in small steps</source>
        <translation>Laufumfang in kleinen Schritten steigern</translation>
    </message>
    <message>
        <source>Add about 10 % a week at most.</source>
        <translation>Pro Woche höchstens etwa 10 % mehr.</translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation>Untersuchen lassen</translation>
    </message>
    <message>
        <source>This self-test uses two simple stretches to suggest which of your two calf muscles is the likelier source of soreness: the soleus, which crosses only the ankle, or the gastrocnemius, which crosses the knee as well.</source>
        <translation>Dieser Selbsttest nutzt zwei einfache Dehnungen, um einzuschätzen, welcher Ihrer beiden Wadenmuskeln eher die Beschwerden verursacht: der Soleus, der nur das Sprunggelenk überspannt, oder der Gastrocnemius, der zusätzlich das Knie überspannt.</translation>
    </message>
    <message>
        <source>It works because bending the knee slackens the gastrocnemius: a stretch with the knee bent loads the soleus alone, while a stretch with the knee straight loads both muscles.</source>
        <translation>Das funktioniert, weil die Kniebeugung den Gastrocnemius entspannt: Eine Dehnung mit gebeugtem Knie belastet allein den Soleus, eine Dehnung mit gestrecktem Knie dagegen beide Muskeln.</translation>
    </message>
    <message>
        <source>It cannot diagnose an injury, rule one out, or tell you about the tendon, the nerves or the blood vessels. That is why it starts with a few safety questions, and why it tells you when to see a clinician instead.</source>
        <translation>Er kann keine Verletzung diagnostizieren oder ausschließen und sagt nichts über die Sehne, die Nerven oder die Blutgefäße aus. Deshalb beginnt er mit einigen Sicherheitsfragen und sagt Ihnen, wann Sie sich stattdessen untersuchen lassen sollten.</translation>
    </message>
    <message>
        <source>The bench test (knee bent)</source>
        <translation>Stufentest (Knie gebeugt)</translation>
    </message>
    <message>
        <source>With the knee bent, the gastrocnemius is slack, so dropping the heel stretches the soleus.</source>
        <translation>Bei gebeugtem Knie ist der Gastrocnemius entspannt; das Absenken der Ferse dehnt daher den Soleus.</translation>
    </message>
    <message>
        <source>Face a bench, a low step or a stair, with something to hold on to for balance.</source>
        <translation>Stellen Sie sich vor eine Bank, eine niedrige Stufe oder eine Treppe, mit einer Möglichkeit zum Festhalten.</translation>
    </message>
    <message>
        <source>Put the ball of the foot of the leg you are testing on the edge, heel over the edge.</source>
        <translation>Setzen Sie den Fußballen des getesteten Beins auf die Kante; die Ferse ragt über die Kante hinaus.</translation>
    </message>
    <message>
        <source>Bend that knee and keep it bent.</source>
        <translation>Beugen Sie dieses Knie und halten Sie es gebeugt.</translation>
    </message>
    <message>
        <source>Let the heel drop slowly below the edge until you feel a stretch.</source>
        <translation>Lassen Sie die Ferse langsam unter die Kante sinken, bis Sie eine Dehnung spüren.</translation>
    </message>
    <message>
        <source>Hold about 20–30 seconds and notice what you feel in the calf.</source>
        <translation>Halten Sie etwa 20–30 Sekunden und achten Sie darauf, was Sie in der Wade spüren.</translation>
    </message>
    <message>
        <source>Stop at once if it hurts sharply.</source>
        <translation>Hören Sie sofort auf, wenn es stechend schmerzt.</translation>
    </message>
    <message>
        <source>The wall test (knee straight)</source>
        <translation>Wandtest (Knie gestreckt)</translation>
    </message>
    <message>
        <source>With the knee straight, leaning in stretches both calf muscles, the gastrocnemius most.</source>
        <translation>Bei gestrecktem Knie dehnt das Vorlehnen beide Wadenmuskeln, am stärksten den Gastrocnemius.</translation>
    </message>
    <message>
        <source>Stand facing a wall and put both hands on it at shoulder height.</source>
        <translation>Stellen Sie sich mit dem Gesicht zu einer Wand und legen Sie beide Hände in Schulterhöhe an die Wand.</translation>
    </message>
    <message>
        <source>Step the leg you are testing back, keep its knee straight and its heel on the ground.</source>
        <translation>Setzen Sie das getestete Bein nach hinten; halten Sie dessen Knie gestreckt und die Ferse am Boden.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean slowly towards the wall until you feel a stretch in the back calf.</source>
        <translation>Beugen Sie das vordere Knie und lehnen Sie sich langsam zur Wand, bis Sie eine Dehnung in der Wade des hinteren Beins spüren.</translation>
    </message>
    <message>
        <source>The knee-to-wall test (optional)</source>
        <translation>Knie-Wand-Test (optional)</translation>
    </message>
    <message>
        <source>How far from the wall your foot can be while the bent knee still touches it: a measure of how far the ankle bends with the knee bent.</source>
        <translation>Wie weit Ihr Fuß von der Wand entfernt sein kann, während das gebeugte Knie sie noch berührt: ein Maß dafür, wie beweglich das Sprunggelenk bei gebeugtem Knie ist.</translation>
    </message>
    <message>
        <source>Put a tape measure on the floor, at right angles to a wall.</source>
        <translation>Legen Sie ein Maßband im rechten Winkel zu einer Wand auf den Boden.</translation>
    </message>
    <message>
        <source>Stand facing the wall with the foot of the leg you are testing on the tape, heel down.</source>
        <translation>Stellen Sie sich mit dem Gesicht zur Wand, den Fuß des getesteten Beins auf dem Maßband, die Ferse am Boden.</translation>
    </message>
    <message>
        <source>Lunge forward so that the knee touches the wall, keeping the heel on the ground.</source>
        <translation>Gehen Sie in einen Ausfallschritt nach vorn, sodass das Knie die Wand berührt; die Ferse bleibt dabei am Boden.</translation>
    </message>
    <message>
        <source>Move the foot back a little at a time until the knee only just touches the wall with the heel still down.</source>
        <translation>Rücken Sie den Fuß Stück für Stück nach hinten, bis das Knie die Wand gerade noch berührt, während die Ferse am Boden bleibt.</translation>
    </message>
    <message>
        <source>Measure the distance from the wall to the tip of the big toe.</source>
        <translation>Messen Sie den Abstand von der Wand bis zur Spitze der Großzehe.</translation>
    </message>
    <message>
        <source>Do the same with the other leg if you can: the difference between legs matters.</source>
        <translation>Machen Sie nach Möglichkeit dasselbe mit dem anderen Bein: Der Unterschied zwischen den Beinen ist aussagekräftig.</translation>
    </message>
    <message>
        <source>Heel first (rearfoot)</source>
        <translation>Ferse zuerst (Rückfuß)</translation>
    </message>
    <message>
        <source>The heel touches the ground first, then the rest of the foot.</source>
        <translation>Die Ferse berührt zuerst den Boden, dann der übrige Fuß.</translation>
    </message>
    <message>
        <source>Middle of the foot (midfoot)</source>
        <translation>Fußmitte (Mittelfuß)</translation>
    </message>
    <message>
        <source>The heel and the ball of the foot land at about the same time.</source>
        <translation>Ferse und Fußballen setzen etwa gleichzeitig auf.</translation>
    </message>
    <message>
        <source>Ball of the foot first (forefoot)</source>
        <translation>Fußballen zuerst (Vorfuß)</translation>
    </message>
    <message>
        <source>The ball of the foot lands first; the heel may touch down afterwards.</source>
        <translation>Der Fußballen setzt zuerst auf; die Ferse berührt den Boden eventuell danach.</translation>
    </message>
    <message>
        <source>The calf you can see</source>
        <translation>Die sichtbare Wade</translation>
    </message>
    <message>
        <source>What most people call “the calf” is the gastrocnemius: two heads side by side, a medial (inner) one and a lateral (outer) one. They make the bulge you see when the heel lifts.</source>
        <translation>Was die meisten „die Wade“ nennen, ist der M. gastrocnemius: zwei nebeneinanderliegende Köpfe, ein medialer (innerer) und ein lateraler (äußerer). Sie bilden die Wölbung, die man sieht, wenn sich die Ferse hebt.</translation>
    </message>
    <message>
        <source>The medial head, highlighted here, is the larger of the two, and its belly reaches further down the calf than the lateral head’s.</source>
        <translation>Der hier hervorgehobene mediale Kopf ist der größere der beiden, und sein Muskelbauch reicht an der Wade weiter hinab als der des lateralen Kopfes.</translation>
    </message>
    <message>
        <source>The soleus beneath</source>
        <translation>Darunter: der M. soleus</translation>
    </message>
    <message>
        <source>Peel the gastrocnemius away and a second calf muscle appears: the soleus, a broad, flat muscle that lies deep to the gastrocnemius, out of sight.</source>
        <translation>Trägt man den M. gastrocnemius ab, kommt ein zweiter Wadenmuskel zum Vorschein: der M. soleus, ein breiter, flacher Muskel, der verborgen in der Tiefe unter dem M. gastrocnemius liegt.</translation>
    </message>
    <message>
        <source>Together the gastrocnemius and the soleus form the triceps surae. Their tendons join into the calcaneal (Achilles) tendon, the thickest and strongest tendon of the body.</source>
        <translation>Zusammen bilden M. gastrocnemius und M. soleus den M. triceps surae. Ihre Sehnen vereinigen sich zur Achillessehne (Tendo calcaneus), der dicksten und kräftigsten Sehne des Körpers.</translation>
    </message>
    <message>
        <source>The gastrocnemius crosses two joints</source>
        <translation>Der M. gastrocnemius überspannt zwei Gelenke</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius arise from the lower end of the femur: the medial head just above the medial condyle, the lateral head from the outer side of the lateral condyle. So they start above the knee. They end on the back of the calcaneus, the heel bone, through the calcaneal tendon.</source>
        <translation>Beide Köpfe des M. gastrocnemius entspringen am distalen Ende des Femurs: der mediale Kopf direkt oberhalb des Condylus medialis, der laterale Kopf an der Außenseite des Condylus lateralis. Sie beginnen also oberhalb des Knies. Sie enden über die Achillessehne an der Rückseite des Calcaneus, des Fersenbeins.</translation>
    </message>
    <message>
        <source>So the gastrocnemius crosses the knee and the ankle: it points the foot down and also helps bend the knee, and bending the knee slackens it.</source>
        <translation>Der M. gastrocnemius überspannt also Knie- und Sprunggelenk: Er senkt den Fuß und unterstützt auch die Beugung im Knie, und eine Kniebeugung entspannt ihn.</translation>
    </message>
    <message>
        <source>The soleus crosses one</source>
        <translation>Der M. soleus überspannt eines</translation>
    </message>
    <message>
        <source>Why you don’t fall forward</source>
        <translation>Warum Sie nicht nach vorn fallen</translation>
    </message>
    <message>
        <source>When you stand still, the body’s centre of mass lies in front of the ankle, so gravity keeps trying to tip you forward.</source>
        <translation>Wenn Sie ruhig stehen, liegt der Körperschwerpunkt vor dem Sprunggelenk; die Schwerkraft versucht daher ständig, Sie nach vorn zu kippen.</translation>
    </message>
    <message>
        <source>The calf muscles resist with steady, low-level activity, the soleus above all: it keeps pulling on the heel so that you do not fall forward, and it keeps you balanced in walking and running.</source>
        <translation>Die Wadenmuskeln halten mit gleichmäßiger, geringer Aktivität dagegen, allen voran der M. soleus: Er zieht ständig an der Ferse, damit Sie nicht nach vorn fallen, und hält Sie beim Gehen und Laufen im Gleichgewicht.</translation>
    </message>
    <message>
        <source>Pointing the foot down</source>
        <translation>Den Fuß senken</translation>
    </message>
    <message>
        <source>Pointing the foot down is called plantar flexion. Both calf muscles pull on the heel through the calcaneal tendon to do it, working together, especially in walking.</source>
        <translation>Das Senken des Fußes heißt Plantarflexion. Dazu ziehen beide Wadenmuskeln gemeinsam über die Achillessehne an der Ferse, besonders beim Gehen.</translation>
    </message>
    <message>
        <source>The gastrocnemius pulls hardest when the knee is straight; the soleus plantar flexes the ankle whatever the position of the knee. The gastrocnemius also raises the heel in walking.</source>
        <translation>Der M. gastrocnemius zieht bei gestrecktem Knie am stärksten; der M. soleus bewirkt die Plantarflexion im Sprunggelenk unabhängig von der Kniestellung. Der M. gastrocnemius hebt außerdem beim Gehen die Ferse an.</translation>
    </message>
    <message>
        <source>The load in running</source>
        <translation>Die Belastung beim Laufen</translation>
    </message>
    <message>
        <source>Slow and fast fibres</source>
        <translation>Langsame und schnelle Fasern</translation>
    </message>
    <message>
        <source>The gastrocnemius is often described as mostly fast-twitch, but the measurement found about half of its fibres slow-twitch and the rest fast. In this cross-section the soleus is the large crescent deep to the two heads of the gastrocnemius.</source>
        <translation>Der M. gastrocnemius wird oft als überwiegend schnell zuckend beschrieben, doch die Messung ergab, dass etwa die Hälfte seiner Fasern langsam zuckend ist und die übrigen schnell zuckend sind. In diesem Querschnitt ist der M. soleus die große Sichel in der Tiefe unter den beiden Köpfen des M. gastrocnemius.</translation>
    </message>
    <message>
        <source>Two self-tests tell them apart</source>
        <translation>Zwei Selbsttests unterscheiden sie</translation>
    </message>
    <message>
        <source>Bench test: face a bench, put the ball of the foot on it, bend the knee and let the heel drop. With the knee bent the gastrocnemius is slack, so the stretch falls on the soleus: tightness in the calf points to it.</source>
        <translation>Stufentest: Stellen Sie sich vor eine Bank, setzen Sie den Fußballen darauf, beugen Sie das Knie und lassen Sie die Ferse absinken. Bei gebeugtem Knie ist der M. gastrocnemius entspannt, die Dehnung trifft also den M. soleus: Ein Spannungsgefühl in der Wade weist auf ihn hin.</translation>
    </message>
    <message>
        <source>Wall test: face a wall and stretch one leg straight behind you, heel down. With the knee straight both muscles are stretched and the gastrocnemius usually limits the movement: pain points to the gastrocnemius. The difference between the tests is the knee, the joint only the gastrocnemius crosses.</source>
        <translation>Wandtest: Stellen Sie sich mit dem Gesicht zu einer Wand und strecken Sie ein Bein gerade nach hinten, die Ferse am Boden. Bei gestrecktem Knie werden beide Muskeln gedehnt, und meist begrenzt der M. gastrocnemius die Bewegung: Schmerz weist auf den M. gastrocnemius hin. Der Unterschied zwischen den Tests ist das Knie – das Gelenk, das nur der M. gastrocnemius überspannt.</translation>
    </message>
    <message>
        <source>With the knee bent the muscles that cross the knee are slack, so dropping the heel stretches the muscles that cross only the ankle.</source>
        <translation>Bei gebeugtem Knie sind die Muskeln, die das Knie überspannen, entspannt; das Absenken der Ferse dehnt daher die Muskeln, die nur das Sprunggelenk überspannen.</translation>
    </message>
    <message>
        <source>With the knee straight the muscles that cross both the knee and the ankle are stretched too, and they usually limit the movement.</source>
        <translation>Bei gestrecktem Knie werden auch die Muskeln gedehnt, die Knie- und Sprunggelenk überspannen, und meist begrenzen sie die Bewegung.</translation>
    </message>
    <message>
        <source>Arises from</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Inserts on</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Joints crossed</source>
        <translation>Überspannte Gelenke</translation>
    </message>
    <message>
        <source>Fibre types</source>
        <translation>Faserzusammensetzung</translation>
    </message>
    <message>
        <source>In standing</source>
        <translation>Im Stand</translation>
    </message>
    <message>
        <source>Keeps pulling steadily so that you do not fall forward: the body’s centre of mass lies in front of the ankle.</source>
        <translation>Zieht ständig, damit Sie nicht nach vorn fallen: Der Körperschwerpunkt liegt vor dem Sprunggelenk.</translation>
    </message>
    <message>
        <source>In walking</source>
        <translation>Beim Gehen</translation>
    </message>
    <message>
        <source>Points the foot down with the gastrocnemius, especially in walking, and keeps you balanced.</source>
        <translation>Senkt zusammen mit dem M. gastrocnemius den Fuß, besonders beim Gehen, und hält Sie im Gleichgewicht.</translation>
    </message>
    <message>
        <source>In running</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>Which self-test loads it</source>
        <translation>Welcher Selbsttest ihn belastet</translation>
    </message>
    <message>
        <source>The bench test: with the knee bent the gastrocnemius is slack, so the stretch falls on the soleus.</source>
        <translation>Der Stufentest: Bei gebeugtem Knie ist der M. gastrocnemius entspannt, die Dehnung trifft also den M. soleus.</translation>
    </message>
    <message>
        <source>The wall test: with the knee straight both are stretched, and the gastrocnemius usually limits the movement.</source>
        <translation>Der Wandtest: Bei gestrecktem Knie werden beide gedehnt, und meist begrenzt der M. gastrocnemius die Bewegung.</translation>
    </message>
    <message>
        <source>How to strengthen it</source>
        <translation>Wie man ihn kräftigt</translation>
    </message>
    <message>
        <source>What the self-test is: two simple stretches, one with the knee bent and one with it straight. Bending the knee slackens the gastrocnemius, so the two stretches load the soleus and the gastrocnemius differently, and where you feel it hints at which one is involved.</source>
        <translation>Was der Selbsttest ist: zwei einfache Dehnungen, eine mit gebeugtem und eine mit gestrecktem Knie. Die Kniebeugung entspannt den Gastrocnemius; die beiden Dehnungen belasten Soleus und Gastrocnemius daher unterschiedlich, und wo Sie es spüren, gibt einen Hinweis darauf, welcher der beiden beteiligt ist.</translation>
    </message>
    <message>
        <source>What it is not: it cannot diagnose an injury or rule one out, and it tells you nothing about the tendon, the nerves or the blood vessels.</source>
        <translation>Was er nicht ist: Er kann keine Verletzung diagnostizieren oder ausschließen und sagt nichts über die Sehne, die Nerven oder die Blutgefäße aus.</translation>
    </message>
    <message>
        <source>Clinicians have their own tests: measuring how far the ankle bends with the knee straight and with it bent, and squeezing the calf to check that the Achilles tendon is intact.</source>
        <translation>Ärzte und Physiotherapeuten haben eigene Tests: die Messung, wie beweglich das Sprunggelenk bei gestrecktem und bei gebeugtem Knie ist, und das Zusammendrücken der Wade, mit dem sie prüfen, ob die Achillessehne intakt ist.</translation>
    </message>
    <message>
        <source>not being able to lift the heel standing on this leg alone</source>
        <translation>die Ferse im Stand auf diesem Bein allein nicht anheben zu können</translation>
    </message>
    <message>
        <source>Standing on this leg alone, are you unable to lift the heel off the ground?</source>
        <translation>Können Sie im Stand auf diesem Bein allein die Ferse nicht vom Boden heben?</translation>
    </message>
    <message>
        <source>With a torn Achilles tendon people can often still walk and point the foot, but cannot lift the heel while standing on that leg alone.</source>
        <translation>Mit einer gerissenen Achillessehne kann man oft noch gehen und den Fuß senken, aber im Stand auf diesem Bein allein die Ferse nicht heben.</translation>
    </message>
    <message>
        <source>Not being able to lift the heel while standing on the leg alone can mean the Achilles tendon has torn.</source>
        <translation>Wenn Sie im Stand auf diesem Bein allein die Ferse nicht heben können, kann das bedeuten, dass die Achillessehne gerissen ist.</translation>
    </message>
    <message>
        <source>one calf swollen, warm, red or darker than the other</source>
        <translation>eine Wade, die geschwollener, wärmer, röter oder dunkler ist als die andere</translation>
    </message>
    <message>
        <source>Is one calf swollen, warm, red or darker than the other?</source>
        <translation>Ist eine Wade geschwollen, warm, gerötet oder dunkler als die andere?</translation>
    </message>
    <message>
        <source>Swelling, warmth and red or darkened skin in one leg can be a blood clot in a deep vein (DVT).</source>
        <translation>Schwellung, Wärme und gerötete oder dunklere Haut an einem Bein können auf ein Blutgerinnsel in einer tiefen Vene hinweisen (tiefe Venenthrombose, TVT).</translation>
    </message>
    <message>
        <source>One calf that is swollen, warm, red or darker than the other can be a blood clot in a deep vein (DVT). If you are also short of breath, have chest pain or cough up blood, call the emergency number now.</source>
        <translation>Hinter einer Wade, die geschwollen, warm, gerötet oder dunkler als die andere ist, kann ein Blutgerinnsel in einer tiefen Vene stecken (tiefe Venenthrombose, TVT). Wenn Sie zusätzlich Atemnot oder Brustschmerzen haben oder Blut husten, rufen Sie sofort den Notruf 112.</translation>
    </message>
    <message>
        <source>Numbness, tingling or pins and needles should be checked by a clinician. Call the emergency number now if the calf is tense and hard, with severe pain far worse than the injury explains that gets worse when you move or stretch the foot or toes.</source>
        <translation>Taubheitsgefühl, Kribbeln oder Ameisenlaufen sollten ärztlich oder physiotherapeutisch abgeklärt werden. Rufen Sie sofort den Notruf 112, wenn die Wade prall und hart ist und stark schmerzt, viel stärker, als die Verletzung erklärt, und schlimmer, wenn Sie Fuß oder Zehen bewegen oder dehnen.</translation>
    </message>
    <message>
        <source>Points to your soleus</source>
        <translation>Spricht für den Soleus</translation>
    </message>
    <message>
        <source>Points more to your soleus</source>
        <translation>Spricht eher für den Soleus</translation>
    </message>
    <message>
        <source>Points to your gastrocnemius</source>
        <translation>Spricht für den Gastrocnemius</translation>
    </message>
    <message>
        <source>Points more to your gastrocnemius</source>
        <translation>Spricht eher für den Gastrocnemius</translation>
    </message>
    <message>
        <source>Points to both calf muscles</source>
        <translation>Spricht für beide Wadenmuskeln</translation>
    </message>
    <message>
        <source>May involve both calf muscles</source>
        <translation>Möglicherweise sind beide Wadenmuskeln beteiligt</translation>
    </message>
    <message>
        <source>Worth knowing as well: {reasons}.</source>
        <translation>Außerdem gut zu wissen: {reasons}.</translation>
    </message>
    <message>
        <source>landing on the midfoot asks more of the calf muscles and the Achilles tendon than landing on the heel (of both muscles, not of the soleus in particular)</source>
        <translation>eine Landung auf dem Mittelfuß fordert Wadenmuskulatur und Achillessehne stärker als eine Landung auf der Ferse (beide Muskeln, nicht besonders den Soleus)</translation>
    </message>
    <message>
        <source>landing on the forefoot asks more of the calf muscles and the Achilles tendon than landing on the heel (of both muscles, not of the soleus in particular)</source>
        <translation>eine Landung auf dem Vorfuß fordert Wadenmuskulatur und Achillessehne stärker als eine Landung auf der Ferse (beide Muskeln, nicht besonders den Soleus)</translation>
    </message>
    <message>
        <source>in the coaching view of the article this self-test builds on, the soleus often gets sore while a runner changes to a midfoot strike</source>
        <translation>nach der Trainererfahrung des Artikels, auf dem dieser Selbsttest aufbaut, schmerzt der Soleus häufig, während man auf einen Mittelfußaufsatz umstellt</translation>
    </message>
    <message>
        <source>the same article links painful or restricted pointing of the foot with an overworked soleus</source>
        <translation>derselbe Artikel bringt ein schmerzhaftes oder eingeschränktes Senken des Fußes mit einem überlasteten Soleus in Verbindung</translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm; each centimetre is about 3.6° of ankle bend. Many clinicians treat less than 10 cm as reduced ankle bend: a practice convention, not a cut-off that a study has validated.</source>
        <translation>Ihr Abstand beim Knie-Wand-Test betrug {cm} cm; jeder Zentimeter entspricht etwa 3,6° Beugung im Sprunggelenk. Viele Ärzte und Physiotherapeuten werten weniger als 10 cm als eingeschränkte Beweglichkeit: eine Praxiskonvention, kein in Studien validierter Grenzwert.</translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm; each centimetre is about 3.6° of ankle bend. That is at or above the 10 cm many clinicians use as a rough guide: a practice convention, not a cut-off that a study has validated.</source>
        <translation>Ihr Abstand beim Knie-Wand-Test betrug {cm} cm; jeder Zentimeter entspricht etwa 3,6° Beugung im Sprunggelenk. Das liegt bei oder über den 10 cm, die viele Ärzte und Physiotherapeuten als grobe Orientierung nutzen: eine Praxiskonvention, kein in Studien validierter Grenzwert.</translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, at least the 2 cm that errors in measuring yourself can explain, so it is worth attention.</source>
        <translation>Am anderen Bein wurden {other} cm gemessen: ein Unterschied von {difference} cm und damit mindestens die 2 cm, die sich durch Fehler beim Selbstmessen erklären lassen; er verdient daher Beachtung.</translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, less than the 2 cm that errors in measuring yourself can explain.</source>
        <translation>Am anderen Bein wurden {other} cm gemessen: ein Unterschied von {difference} cm und damit weniger als die 2 cm, die sich durch Fehler beim Selbstmessen erklären lassen.</translation>
    </message>
    <message>
        <source>Sit or lie with the knee of the sore leg bent, loop an elastic exercise band around the ball of that foot and hold both ends. Point the foot down against the band, then let it come back slowly. With the knee bent the gastrocnemius is slack, which biases the work towards the soleus; both muscles still work.</source>
        <translation>Setzen oder legen Sie sich hin, das Knie des schmerzenden Beins gebeugt, legen Sie ein elastisches Übungsband um den Ballen dieses Fußes und halten Sie beide Enden fest. Drücken Sie den Fuß gegen das Band nach unten und lassen Sie ihn dann langsam zurückkommen. Bei gebeugtem Knie ist der Gastrocnemius entspannt, wodurch sich die Arbeit zum Soleus hin verschiebt; beide Muskeln arbeiten weiterhin.</translation>
    </message>
    <message>
        <source>2–3 sets of 15–25 slow repetitions, the last few feeling hard, 2–3 days a week. A band rarely loads the calf enough for fewer, heavier repetitions: when 25 become easy, move on to seated calf raises with a weight.</source>
        <translation>2–3 Sätze mit 15–25 langsamen Wiederholungen, die letzten davon anstrengend, an 2–3 Tagen pro Woche. Ein Band belastet die Wade selten genug für weniger, schwerere Wiederholungen: Wenn 25 leicht fallen, wechseln Sie zum Fersenheben im Sitzen mit Gewicht.</translation>
    </message>
    <message>
        <source>Sit with the knees bent at about a right angle and the feet flat, a weight resting on the thighs just above the knees (or use a seated calf-raise machine). Raise the heels as high as you can, then lower them slowly. The bent knee biases the work towards the soleus.</source>
        <translation>Setzen Sie sich mit etwa rechtwinklig gebeugten Knien hin, die Füße flach auf dem Boden, und legen Sie ein Gewicht knapp oberhalb der Knie auf die Oberschenkel (oder nutzen Sie ein Wadengerät für das Training im Sitzen). Heben Sie die Fersen so hoch wie möglich und senken Sie sie dann langsam ab. Das gebeugte Knie verschiebt die Arbeit zum Soleus hin.</translation>
    </message>
    <message>
        <source>Stand with the knee of the sore leg straight, one hand on a wall for balance, and rise onto the ball of the foot; lower the heel slowly. Start with both feet on flat ground, then progress to one leg and to the edge of a step. With the knee straight the gastrocnemius works harder than with the knee bent, together with the soleus.</source>
        <translation>Stellen Sie sich mit gestrecktem Knie des schmerzenden Beins hin, eine Hand zum Halten des Gleichgewichts an der Wand, und drücken Sie sich auf den Fußballen hoch; senken Sie die Ferse langsam ab. Beginnen Sie mit beiden Füßen auf ebenem Boden und steigern Sie dann auf ein Bein und auf die Kante einer Stufe. Bei gestrecktem Knie arbeitet der Gastrocnemius stärker als bei gebeugtem, zusammen mit dem Soleus.</translation>
    </message>
    <message>
        <source>Keep running regularly and add distance a little at a time. About 10 % more a week is a sensible guide, not a proven rule: in novice runners a strict 10 % plan did not prevent injuries, and injuries did not differ clearly between those who added under 10 %, 10–30 % or over 30 % across two weeks.</source>
        <translation>Laufen Sie weiterhin regelmäßig und steigern Sie die Strecke nach und nach. Etwa 10 % mehr pro Woche ist eine sinnvolle Orientierung, keine bewiesene Regel: Bei Laufanfängern hat ein strikter 10-%-Plan Verletzungen nicht verhindert, und die Verletzungen unterschieden sich nicht deutlich zwischen denen, die über zwei Wochen unter 10 %, 10–30 % oder über 30 % zulegten.</translation>
    </message>
    <message>
        <source>Your weekly running went up by {percent} %, more than the 10 % guide. Small, steady increases are the sensible habit: ease back, then build up again in smaller steps. Studies in novice runners have not pinned down a safe limit.</source>
        <translation>Ihr wöchentlicher Laufumfang ist um {percent} % gestiegen, also mehr als die 10-%-Orientierung. Kleine, stetige Steigerungen sind die vernünftige Gewohnheit: Reduzieren Sie zunächst wieder und steigern Sie dann in kleineren Schritten. Studien mit Laufanfängern haben keine sichere Grenze festgestellt.</translation>
    </message>
    <message>
        <source>shortness of breath, chest pain or coughing up blood</source>
        <translation>Atemnot, Brustschmerzen oder Bluthusten</translation>
    </message>
    <message>
        <source>Are you short of breath, do you have chest pain, or are you coughing up blood?</source>
        <translation>Haben Sie Atemnot oder Brustschmerzen, oder husten Sie Blut?</translation>
    </message>
    <message>
        <source>With a painful leg, these can mean that a blood clot has travelled to the lungs.</source>
        <translation>Zusammen mit einem schmerzenden Bein kann das bedeuten, dass ein Blutgerinnsel in die Lunge gewandert ist.</translation>
    </message>
    <message>
        <source>Shortness of breath, chest pain or coughing up blood with a painful leg can mean that a blood clot has reached the lungs.</source>
        <translation>Atemnot, Brustschmerzen oder Bluthusten bei einem schmerzenden Bein können bedeuten, dass ein Blutgerinnsel die Lunge erreicht hat.</translation>
    </message>
    <message>
        <source>severe pain in a tense, hard calf that gets worse when the foot or toes move</source>
        <translation>starke Schmerzen in einer prallen, harten Wade, die schlimmer werden, wenn sich Fuß oder Zehen bewegen</translation>
    </message>
    <message>
        <source>Is the pain severe, far worse than the injury explains and worse when you move or stretch the foot or toes, in a calf that feels tense and hard?</source>
        <translation>Sind die Schmerzen stark, viel stärker, als die Verletzung erklärt, und schlimmer, wenn Sie Fuß oder Zehen bewegen oder dehnen, in einer Wade, die sich prall und hart anfühlt?</translation>
    </message>
    <message>
        <source>Pain out of proportion to the injury and pain when the muscles are stretched are the earliest signs of acute compartment syndrome, in which swelling cuts off the muscles&apos; blood supply.</source>
        <translation>Schmerzen, die in keinem Verhältnis zur Verletzung stehen, und Schmerzen beim Dehnen der Muskeln sind die frühesten Zeichen eines akuten Kompartmentsyndroms, bei dem eine Schwellung die Blutversorgung der Muskeln abschnürt.</translation>
    </message>
    <message>
        <source>Severe pain out of proportion to the injury, worse when the muscles are stretched, in a tense and hard calf can be acute compartment syndrome, a surgical emergency.</source>
        <translation>Starke Schmerzen, die in keinem Verhältnis zur Verletzung stehen und beim Dehnen der Muskeln schlimmer werden, in einer prallen, harten Wade können ein akutes Kompartmentsyndrom sein, ein chirurgischer Notfall.</translation>
    </message>
    <message>
        <source>a cold, pale or blue foot, or one that has lost its feeling</source>
        <translation>ein kalter, blasser oder bläulicher Fuß oder ein Fuß ohne Gefühl</translation>
    </message>
    <message>
        <source>Is the foot cold, pale or blue, or has it lost its feeling?</source>
        <translation>Ist der Fuß kalt, blass oder bläulich, oder haben Sie darin kein Gefühl mehr?</translation>
    </message>
    <message>
        <source>A cold, pale, numb foot can mean that its blood supply has suddenly been cut off.</source>
        <translation>Ein kalter, blasser, tauber Fuß kann bedeuten, dass seine Blutversorgung plötzlich unterbrochen ist.</translation>
    </message>
    <message>
        <source>A foot that is cold, pale or blue, or numb, can mean that its blood supply has suddenly been cut off (acute limb ischaemia), a medical emergency.</source>
        <translation>Ein Fuß, der kalt, blass oder bläulich oder taub ist, kann bedeuten, dass seine Blutversorgung plötzlich unterbrochen ist (akute Extremitätenischämie), ein medizinischer Notfall.</translation>
    </message>
    <message>
        <source>severe muscle pain or weakness after hard exercise, with dark urine</source>
        <translation>starke Muskelschmerzen oder Schwäche nach harter Belastung, mit dunklem Urin</translation>
    </message>
    <message>
        <source>After hard exercise, do you have severe muscle pain or weakness, and dark, tea- or cola-coloured urine?</source>
        <translation>Haben Sie nach harter Belastung starke Muskelschmerzen oder Schwäche und dunklen, tee- oder colafarbenen Urin?</translation>
    </message>
    <message>
        <source>Muscle broken down by extreme exercise releases a protein that darkens the urine and can harm the kidneys (rhabdomyolysis).</source>
        <translation>Durch extreme Belastung zerfallende Muskulatur setzt ein Eiweiß frei, das den Urin dunkel färbt und die Nieren schädigen kann (Rhabdomyolyse).</translation>
    </message>
    <message>
        <source>Severe muscle pain or weakness with dark urine after hard exercise can be rhabdomyolysis, a medical emergency that can harm the kidneys.</source>
        <translation>Starke Muskelschmerzen oder Schwäche mit dunklem Urin nach harter Belastung können eine Rhabdomyolyse sein, ein medizinischer Notfall, der die Nieren schädigen kann.</translation>
    </message>
    <message>
        <source>numbness or weakness in both legs or around the bottom or genitals, or new bladder or bowel trouble</source>
        <translation>Taubheit oder Schwäche in beiden Beinen oder im Gesäß- oder Genitalbereich oder neue Probleme mit Blase oder Darm</translation>
    </message>
    <message>
        <source>Do you have numbness or weakness in both legs, numbness around your bottom or genitals, or new trouble controlling your bladder or bowel?</source>
        <translation>Haben Sie Taubheit oder Schwäche in beiden Beinen, Taubheit im Gesäß- oder Genitalbereich oder neue Probleme, Blase oder Darm zu kontrollieren?</translation>
    </message>
    <message>
        <source>These can mean that the nerves at the bottom of the spine are being squeezed (cauda equina syndrome).</source>
        <translation>Das kann bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt werden (Cauda-equina-Syndrom).</translation>
    </message>
    <message>
        <source>Numbness or weakness in both legs, numbness around the bottom or genitals, or new bladder or bowel trouble can be cauda equina syndrome, which needs treatment in hospital straight away.</source>
        <translation>Taubheit oder Schwäche in beiden Beinen, Taubheit im Gesäß- oder Genitalbereich oder neue Probleme mit Blase oder Darm können ein Cauda-equina-Syndrom sein, das sofort im Krankenhaus behandelt werden muss.</translation>
    </message>
    <message>
        <source>a fever or feeling unwell, with a hot red area of skin that spreads</source>
        <translation>Fieber oder Krankheitsgefühl mit einer heißen, roten Hautstelle, die sich ausbreitet</translation>
    </message>
    <message>
        <source>Do you have a fever or feel unwell, with a hot, red area of skin on the leg that is spreading?</source>
        <translation>Haben Sie Fieber oder fühlen Sie sich krank, mit einer heißen, roten Hautstelle am Bein, die sich ausbreitet?</translation>
    </message>
    <message>
        <source>A hot, red, spreading area of skin with a fever can be a skin infection (cellulitis).</source>
        <translation>Eine heiße, rote, sich ausbreitende Hautstelle mit Fieber kann eine Hautinfektion sein (Zellulitis, Phlegmone).</translation>
    </message>
    <message>
        <source>A hot, red, spreading area of skin with a fever or feeling unwell can be cellulitis, a skin infection that needs treatment today.</source>
        <translation>Eine heiße, rote, sich ausbreitende Hautstelle mit Fieber oder Krankheitsgefühl kann eine Zellulitis (Phlegmone) sein, eine Hautinfektion, die noch heute behandelt werden muss.</translation>
    </message>
    <message>
        <source>999 in the UK, 112 across Europe, 911 in North America, 000 in Australia. Do not stretch or exercise the leg.</source>
        <translation>112 in ganz Europa, 999 im Vereinigten Königreich, 911 in Nordamerika, 000 in Australien. Dehnen oder belasten Sie das Bein nicht.</translation>
    </message>
    <message>
        <source>Call the emergency number now</source>
        <translation>Rufen Sie jetzt den Notruf</translation>
    </message>
    <message>
        <source>a risk of blood clots together with a throbbing or cramping pain in the calf at rest</source>
        <translation>ein Thromboserisiko zusammen mit pochenden oder krampfartigen Schmerzen in der Wade in Ruhe</translation>
    </message>
    <message>
        <source>A throbbing or cramping pain in one leg, in someone with a risk of clots, can be a blood clot in a deep vein (DVT).</source>
        <translation>Pochende oder krampfartige Schmerzen in einem Bein können bei einem Thromboserisiko ein Blutgerinnsel in einer tiefen Vene sein (tiefe Venenthrombose, TVT).</translation>
    </message>
    <message>
        <source>A throbbing or cramping pain in the calf at rest, with a risk of clots, can be a blood clot in a deep vein (DVT). If you are also short of breath, have chest pain or cough up blood, call the emergency number now.</source>
        <translation>Pochende oder krampfartige Schmerzen in der Wade in Ruhe können bei einem Thromboserisiko ein Blutgerinnsel in einer tiefen Vene sein (tiefe Venenthrombose, TVT). Wenn Sie zusätzlich Atemnot oder Brustschmerzen haben oder Blut husten, rufen Sie sofort den Notruf 112.</translation>
    </message>
    <message>
        <source>You have a risk of blood clots. If the calf starts to throb or cramp at rest, or one calf becomes swollen, warm, red or darker than the other, be seen the same day.</source>
        <translation>Sie haben ein Thromboserisiko. Wenn die Wade in Ruhe zu pochen oder zu krampfen beginnt oder eine Wade geschwollener, wärmer, röter oder dunkler wird als die andere, lassen Sie sich noch am selben Tag untersuchen.</translation>
    </message>
    <message>
        <source>Does any of these apply to you?
• surgery or a hospital stay in the last 12 weeks
• a leg in plaster, or a long time in bed
• a journey of 4 hours or more in the last 4 weeks
• pregnant, or a birth in the last 6 weeks
• a contraceptive pill or HRT with oestrogen
• cancer or its treatment
• a blood clot before</source>
        <translation>Trifft eines davon auf Sie zu?
• eine Operation oder ein Krankenhausaufenthalt in den letzten 12 Wochen
• ein Bein im Gips oder lange Bettruhe
• eine Reise von 4 Stunden oder mehr in den letzten 4 Wochen
• schwanger oder eine Geburt in den letzten 6 Wochen
• eine Pille oder Hormonersatztherapie mit Östrogen
• eine Krebserkrankung oder ihre Behandlung
• früher schon einmal ein Blutgerinnsel</translation>
    </message>
    <message>
        <source>Is there a throbbing or cramping pain in the calf at rest, not only when you stretch or use it?</source>
        <translation>Haben Sie pochende oder krampfartige Schmerzen in der Wade in Ruhe, nicht nur beim Dehnen oder Belasten?</translation>
    </message>
    <message>
        <source>A blood clot in a deep vein often shows as a throbbing or cramping pain in one leg, and is more likely with these risks. Either answer alone does not end the test.</source>
        <translation>Ein Blutgerinnsel in einer tiefen Vene zeigt sich oft durch pochende oder krampfartige Schmerzen in einem Bein und ist mit diesen Risiken wahrscheinlicher. Eine der beiden Antworten allein beendet den Test nicht.</translation>
    </message>
    <message>
        <source>Ease off for a few days first</source>
        <translation>Zuerst ein paar Tage kürzertreten</translation>
    </message>
    <message>
        <source>A test hurt strongly, or the pain came on suddenly: give the calf a few days of easier activity before you load it, then start the exercises at their easiest level and build up as the pain allows.</source>
        <translation>Ein Test hat stark geschmerzt oder der Schmerz kam plötzlich: Gönnen Sie der Wade ein paar Tage mit leichterer Aktivität, bevor Sie sie belasten, beginnen Sie dann die Übungen auf der leichtesten Stufe und steigern Sie, soweit der Schmerz es zulässt.</translation>
    </message>
    <message>
        <source>A few easier days, then the easiest level of each exercise.</source>
        <translation>Ein paar leichtere Tage, dann die leichteste Stufe jeder Übung.</translation>
    </message>
    <message>
        <source>Let pain guide the load</source>
        <translation>Den Schmerz die Belastung steuern lassen</translation>
    </message>
    <message>
        <source>While you exercise or run, pain up to 3 out of 10 is safe and 4 to 5 acceptable; above 5 is too much. Pain may rise for a while afterwards but should settle by the next morning, and it should not climb from week to week. The next morning decides: worse, ease the load; settled, repeat or progress.</source>
        <translation>Beim Üben oder Laufen ist ein Schmerz bis 3 von 10 unbedenklich und 4 bis 5 akzeptabel; über 5 ist zu viel. Danach darf der Schmerz eine Weile ansteigen, sollte aber bis zum nächsten Morgen abklingen und nicht von Woche zu Woche zunehmen. Der nächste Morgen entscheidet: schlechter – Belastung verringern; abgeklungen – wiederholen oder steigern.</translation>
    </message>
    <message>
        <source>Rate the pain during, after, and the next morning.</source>
        <translation>Bewerten Sie den Schmerz währenddessen, danach und am nächsten Morgen.</translation>
    </message>
    <message>
        <source>The stretch tests cannot tell everything: a tendon problem, a tear&apos;s size or anything deeper than the muscles. If the calf is not clearly better in one to two weeks, or sooner if it gets worse, see a doctor or physiotherapist: they can examine the leg and measure how far the ankle bends with the knee straight and with it bent.</source>
        <translation>Die Dehnungstests können nicht alles erkennen: ein Sehnenproblem, die Größe eines Risses oder alles, was tiefer liegt als die Muskeln. Wenn die Wade in ein bis zwei Wochen nicht deutlich besser ist, oder früher, wenn sie schlimmer wird, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie: Dort kann man das Bein untersuchen und messen, wie weit sich das Sprunggelenk bei gestrecktem und bei gebeugtem Knie beugen lässt.</translation>
    </message>
    <message>
        <source>If it is not clearly better in one to two weeks, or sooner if it gets worse.</source>
        <translation>Wenn es in ein bis zwei Wochen nicht deutlich besser ist, oder früher, wenn es schlimmer wird.</translation>
    </message>
    <message>
        <source>Back of the head and upper quarter to third of the fibula, the soleal line and the middle third of the medial border of the tibia, and a tendinous arch between the two bones.</source>
        <translation>Rückseite des Fibulakopfes und des oberen Viertels bis Drittels der Fibula, Linea musculi solei und mittleres Drittel des Margo medialis der Tibia sowie ein Sehnenbogen zwischen beiden Knochen.</translation>
    </message>
    <message>
        <source>Mostly slow-twitch, fatigue-resistant fibres: in autopsy studies about 70–90 % type I.</source>
        <translation>Überwiegend langsam zuckende, ermüdungsresistente Fasern: in Autopsiestudien etwa 70–90 % Typ I.</translation>
    </message>
    <message>
        <source>In a computer model of running, it and the gastrocnemius together gave most of the support that holds the body up, up to fast running speeds of about 7 m/s.</source>
        <translation>In einem Computermodell des Laufens lieferte er zusammen mit dem M. gastrocnemius den größten Teil der Stützkraft, die den Körper trägt, bis zu hohen Laufgeschwindigkeiten von etwa 7 m/s.</translation>
    </message>
    <message>
        <source>Coaches see it as the calf muscle that usually gets sore in runners; that is coaching experience, not a research finding.</source>
        <translation>Trainer sehen in ihm den Wadenmuskel, der bei Läufern gewöhnlich schmerzt; das ist Trainererfahrung, kein Forschungsergebnis.</translation>
    </message>
    <message>
        <source>In heel raises with the knee bent, it was slightly more active and the gastrocnemius slightly less than with the knee straight: a bent knee biases the work towards the soleus, and both keep working.</source>
        <translation>Beim Fersenheben mit gebeugtem Knie war er etwas aktiver und der M. gastrocnemius etwas weniger aktiv als mit gestrecktem Knie: Ein gebeugtes Knie verlagert die Arbeit zum M. soleus hin, doch beide arbeiten weiter.</translation>
    </message>
    <message>
        <source>In quiet standing, it and the gastrocnemius keep making small, frequent adjustments that keep the body balanced.</source>
        <translation>Im ruhigen Stand nehmen er und der M. gastrocnemius laufend kleine, häufige Anpassungen vor, die den Körper im Gleichgewicht halten.</translation>
    </message>
    <message>
        <source>A sudden pop or snap, a feeling of being kicked, not being able to lift the heel while standing on that leg alone, or a gap above the heel can mean it has torn, which needs care the same day.</source>
        <translation>Ein plötzliches Knallen oder Schnalzen, das Gefühl eines Tritts, die Unfähigkeit, auf diesem Bein allein stehend die Ferse anzuheben, oder eine Lücke oberhalb der Ferse können bedeuten, dass sie gerissen ist; das muss noch am selben Tag ärztlich versorgt werden.</translation>
    </message>
    <message>
        <source>Posterior tibial and fibular arteries.</source>
        <translation>A. tibialis posterior und A. fibularis.</translation>
    </message>
    <message>
        <source>Inner part of the back of the tibia, below the soleal line, and by a broad aponeurosis from the fibula.</source>
        <translation>Innerer Teil der Rückseite der Tibia, unterhalb der Linea musculi solei, sowie über eine breite Aponeurose von der Fibula.</translation>
    </message>
    <message>
        <source>The soleus arises from the back of its head and upper quarter to third, the flexor hallucis longus from its lower two-thirds.</source>
        <translation>Der M. soleus entspringt an der Rückseite ihres Kopfes und ihres oberen Viertels bis Drittels, der M. flexor hallucis longus an ihren unteren zwei Dritteln.</translation>
    </message>
    <message>
        <source>a weak foot whose front slaps down</source>
        <translation>ein schwacher Fuß, dessen Vorderteil aufklatscht</translation>
    </message>
    <message>
        <source>Is the front of your foot weak, or does it slap down or catch as you walk?</source>
        <translation>Ist Ihr Vorfuß schwach, oder klatscht er beim Gehen auf oder bleibt hängen?</translation>
    </message>
    <message>
        <source>A foot whose front is weak or slaps down should be checked by a clinician. Call the emergency number now if both legs are weak or numb, or you have numbness around the bottom or new trouble controlling the bladder or bowel.</source>
        <translation>Ein Fuß, dessen Vorderteil schwach ist oder aufklatscht, sollte ärztlich untersucht werden. Rufen Sie sofort den Notruf 112, wenn beide Beine schwach oder taub sind oder Sie ein Taubheitsgefühl im Gesäß- oder Genitalbereich oder neue Probleme mit Blase oder Darm haben.</translation>
    </message>
    <message>
        <source>pain that comes at the same point of every run and goes soon after stopping</source>
        <translation>Schmerz, der bei jedem Lauf an etwa derselben Stelle kommt und bald nach dem Anhalten vergeht</translation>
    </message>
    <message>
        <source>Does the pain come on at about the same point in every run, and go within minutes of stopping?</source>
        <translation>Kommt der Schmerz bei jedem Lauf an etwa derselben Stelle und vergeht er wenige Minuten nach dem Anhalten?</translation>
    </message>
    <message>
        <source>Pain that builds at a predictable point of each run and eases soon after stopping can come from pressure inside a muscle compartment or a trapped artery, not a strain.</source>
        <translation>Schmerz, der bei jedem Lauf an einer vorhersehbaren Stelle zunimmt und bald nach dem Anhalten nachlässt, kann von Druck in einer Muskelloge oder einer eingeengten Arterie kommen, nicht von einer Zerrung.</translation>
    </message>
    <message>
        <source>Pain that comes at about the same point of every run and goes within minutes of stopping can be exertional compartment syndrome or a trapped artery behind the knee; a clinician can test for both.</source>
        <translation>Schmerz, der bei jedem Lauf an etwa derselben Stelle kommt und wenige Minuten nach dem Anhalten vergeht, kann ein belastungsabhängiges Kompartmentsyndrom oder eine eingeengte Arterie in der Kniekehle sein; beides kann ärztlich untersucht werden.</translation>
    </message>
    <message>
        <source>pain at one spot on the shin bone, when hopping or at night</source>
        <translation>Schmerz an einer Stelle des Schienbeins, beim Hüpfen oder nachts</translation>
    </message>
    <message>
        <source>Pain at one spot on the bone, on hopping or at night can be a stress injury of the bone, which a stretch test cannot show.</source>
        <translation>Schmerz an einer Stelle des Knochens, beim Hüpfen oder nachts kann eine Stressverletzung des Knochens sein, die ein Dehntest nicht zeigen kann.</translation>
    </message>
    <message>
        <source>Pain at one spot on the shin bone, when hopping or at night can be a stress injury of the bone; a clinician can examine it and arrange a scan if it is needed.</source>
        <translation>Schmerz an einer Stelle des Schienbeins, beim Hüpfen oder nachts kann eine Stressverletzung des Knochens sein; eine Ärztin oder ein Arzt kann das untersuchen und bei Bedarf eine Bildgebung veranlassen.</translation>
    </message>
    <message>
        <source>Outside the calf muscles: the tests cannot tell</source>
        <translation>Außerhalb der Wadenmuskeln: die Tests können es nicht sagen</translation>
    </message>
    <message>
        <source>You placed the pain in the upper calf, where strains of the gastrocnemius are most common, usually in its inner head. That place fits the other muscle better, so the tests are less certain here.</source>
        <translation>Sie haben den Schmerz in die obere Wade gelegt, wo Zerrungen des M. gastrocnemius am häufigsten sind, meist in seinem inneren Kopf. Diese Stelle passt besser zum anderen Muskel, daher sind die Tests hier weniger sicher.</translation>
    </message>
    <message>
        <source>You placed the pain in the lower calf, where the soleus lies deep and where its strains are usually felt. That place fits the other muscle better, so the tests are less certain here.</source>
        <translation>Sie haben den Schmerz in die untere Wade gelegt, wo der M. soleus in der Tiefe liegt und wo seine Zerrungen meist zu spüren sind. Diese Stelle passt besser zum anderen Muskel, daher sind die Tests hier weniger sicher.</translation>
    </message>
    <message>
        <source>Upper calf</source>
        <translation>Obere Wade</translation>
    </message>
    <message>
        <source>The bulk of the calf, below the back of the knee.</source>
        <translation>Der dicke Teil der Wade, unterhalb der Kniekehle.</translation>
    </message>
    <message>
        <source>Lower calf</source>
        <translation>Untere Wade</translation>
    </message>
    <message>
        <source>Below the bulk of the calf, above the tendon.</source>
        <translation>Unterhalb des dicken Teils der Wade, oberhalb der Sehne.</translation>
    </message>
    <message>
        <source>Whole calf</source>
        <translation>Ganze Wade</translation>
    </message>
    <message>
        <source>All over the calf, or no one spot.</source>
        <translation>Überall in der Wade, oder keine einzelne Stelle.</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Achillessehne</translation>
    </message>
    <message>
        <source>The cord a few centimetres above the heel.</source>
        <translation>Der Strang einige Zentimeter über der Ferse.</translation>
    </message>
    <message>
        <source>Pain in the tendon a few centimetres above the heel usually comes from the tendon itself (mid-portion Achilles tendinopathy). The gastrocnemius and the soleus share this tendon, so the bench test and the wall test both pull on it: they cannot tell the muscles apart for this pain.</source>
        <translation>Schmerz in der Sehne einige Zentimeter über der Ferse kommt meist von der Sehne selbst (Achillestendinopathie im mittleren Abschnitt). M. gastrocnemius und M. soleus teilen sich diese Sehne, deshalb ziehen der Banktest und der Wandtest beide an ihr: Sie können die Muskeln bei diesem Schmerz nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Ferse</translation>
    </message>
    <message>
        <source>Where the tendon meets the heel bone.</source>
        <translation>Wo die Sehne auf das Fersenbein trifft.</translation>
    </message>
    <message>
        <source>Pain where the tendon meets the heel bone usually comes from the end of the tendon (insertional Achilles tendinopathy) or from a bursa, a small fluid-filled cushion between the tendon and the bone. Both tests pull on the tendon there, so they cannot tell the muscles apart for this pain.</source>
        <translation>Schmerz dort, wo die Sehne auf das Fersenbein trifft, kommt meist vom Sehnenende (insertionale Achillestendinopathie) oder von einem Schleimbeutel, einem kleinen flüssigkeitsgefüllten Polster zwischen Sehne und Knochen. Beide Tests ziehen dort an der Sehne, deshalb können sie die Muskeln bei diesem Schmerz nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Behind the knee</source>
        <translation>Kniekehle</translation>
    </message>
    <message>
        <source>The hollow at the back of the knee.</source>
        <translation>Die Mulde an der Rückseite des Knies.</translation>
    </message>
    <message>
        <source>Pain behind the knee can come from a tendon there, such as the popliteus, or from a Baker&apos;s cyst, a swelling of fluid from the knee joint. A cyst that bursts can look like a blood clot in a deep vein: if the calf swells, or becomes warm, red or darker than the other, be seen the same day. The calf tests judge the calf muscles, not the knee.</source>
        <translation>Schmerz in der Kniekehle kann von einer Sehne dort kommen, etwa der des M. popliteus, oder von einer Baker-Zyste, einer Flüssigkeitsansammlung aus dem Kniegelenk. Eine geplatzte Zyste kann wie ein Blutgerinnsel in einer tiefen Vene aussehen: Wenn die Wade anschwillt oder warm, rot oder dunkler als die andere wird, lassen Sie sich noch am selben Tag untersuchen. Die Wadentests beurteilen die Wadenmuskeln, nicht das Knie.</translation>
    </message>
    <message>
        <source>Inner shin</source>
        <translation>Innenseite des Schienbeins</translation>
    </message>
    <message>
        <source>Along the inner edge of the shin bone.</source>
        <translation>Entlang der Innenkante des Schienbeins.</translation>
    </message>
    <message>
        <source>Pain along the inner edge of the shin bone in runners is usually medial tibial stress syndrome (“shin splints”), an overload of the bone and its covering; pain at one spot can be a stress injury of the bone. The calf tests stretch the calf muscles and do not examine the bone.</source>
        <translation>Schmerz entlang der Innenkante des Schienbeins ist bei Läufern meist ein mediales tibiales Stresssyndrom („Schienbeinkantensyndrom“), eine Überlastung des Knochens und seiner Knochenhaut; Schmerz an einer einzelnen Stelle kann eine Stressverletzung des Knochens sein. Die Wadentests dehnen die Wadenmuskeln und untersuchen den Knochen nicht.</translation>
    </message>
    <message>
        <source>Outer leg</source>
        <translation>Außenseite des Beins</translation>
    </message>
    <message>
        <source>The outer side of the leg, down to the ankle bone.</source>
        <translation>Die Außenseite des Unterschenkels bis zum Knöchel.</translation>
    </message>
    <message>
        <source>Pain on the outer side of the leg often comes from the fibularis (peroneal) muscles, which run down the outside of the leg, or from their tendons behind the outer ankle bone. The calf tests are built to tell the gastrocnemius from the soleus and say nothing about these muscles.</source>
        <translation>Schmerz an der Außenseite des Unterschenkels kommt oft von den Wadenbeinmuskeln (Mm. fibulares oder peronei), die an der Außenseite des Beins verlaufen, oder von ihren Sehnen hinter dem Außenknöchel. Die Wadentests sollen M. gastrocnemius und M. soleus unterscheiden und sagen nichts über diese Muskeln.</translation>
    </message>
    <message>
        <source>The soleus arises below the knee, from the back of the head and upper quarter to third of the fibula, the soleal line of the tibia and a tendinous arch between the two bones. It ends on the calcaneus through the calcaneal tendon, like the gastrocnemius.</source>
        <translation>Der M. soleus entspringt unterhalb des Knies: an der Rückseite des Fibulakopfes und des oberen Viertels bis Drittels der Fibula, an der Linea musculi solei der Tibia und an einem Sehnenbogen zwischen beiden Knochen. Wie der M. gastrocnemius endet er über die Achillessehne am Calcaneus.</translation>
    </message>
    <message>
        <source>So the soleus crosses the ankle but not the knee: bending the knee does not slacken it.</source>
        <translation>Der M. soleus überspannt also das Sprunggelenk, nicht aber das Knie: Wenn das Knie gebeugt wird, erschlafft er nicht.</translation>
    </message>
    <message>
        <source>Ultrasound of people standing quietly shows the soleus and the gastrocnemius both making small, frequent adjustments that keep the body balanced.</source>
        <translation>Ultraschallaufnahmen von ruhig stehenden Menschen zeigen, dass M. soleus und M. gastrocnemius beide laufend kleine, häufige Anpassungen vornehmen, die den Körper im Gleichgewicht halten.</translation>
    </message>
    <message>
        <source>Bending the knee only shifts the balance between them. In heel raises with the knee bent, the soleus was slightly more active and the gastrocnemius slightly less than with the knee straight; both kept working.</source>
        <translation>Das Beugen des Knies verschiebt nur das Verhältnis zwischen beiden. Beim Fersenheben mit gebeugtem Knie war der M. soleus etwas aktiver und der M. gastrocnemius etwas weniger aktiv als mit gestrecktem Knie; beide arbeiteten weiter.</translation>
    </message>
    <message>
        <source>In a computer model of running from jogging to sprinting, the soleus and the gastrocnemius together gave most of the support that holds the body up, up to fast running speeds of about 7 m/s. A model of running at a moderate speed found that the muscles at the front of the thigh (quadriceps) gave most of the support early in each step on the ground, and the calf muscles in the second half.</source>
        <translation>In einem Computermodell des Laufens vom Joggen bis zum Sprint lieferten M. soleus und M. gastrocnemius zusammen den größten Teil der Stützkraft, die den Körper trägt, bis zu hohen Laufgeschwindigkeiten von etwa 7 m/s. Ein Modell des Laufens bei mittlerer Geschwindigkeit ergab, dass die Muskeln an der Vorderseite des Oberschenkels (Quadrizeps) zu Beginn jedes Bodenkontakts den größten Teil der Stützkraft lieferten und die Wadenmuskeln in der zweiten Hälfte.</translation>
    </message>
    <message>
        <source>Landing on the forefoot or the midfoot asks more of both calf muscles and of the Achilles tendon than landing heel first.</source>
        <translation>Eine Landung auf dem Vor- oder Mittelfuß fordert beide Wadenmuskeln und die Achillessehne stärker als eine Landung mit der Ferse zuerst.</translation>
    </message>
    <message>
        <source>Coaches often name the soleus as the calf muscle that usually gets sore in runners. That comes from coaching experience, not from these studies.</source>
        <translation>Trainer nennen oft den M. soleus als den Wadenmuskel, der bei Läufern gewöhnlich schmerzt. Das beruht auf Trainererfahrung, nicht auf diesen Studien.</translation>
    </message>
    <message>
        <source>Muscle fibres come in slow-twitch (type I), fatigue-resistant kinds and fast-twitch kinds. In autopsy studies about 70–90 % of the soleus’s fibres were slow-twitch: a muscle built for long, steady work.</source>
        <translation>Muskelfasern gibt es als langsam zuckende (Typ I), ermüdungsresistente und als schnell zuckende Fasern. In Autopsiestudien waren etwa 70–90 % der Fasern des M. soleus langsam zuckend: ein Muskel, der für lange, gleichmäßige Arbeit gebaut ist.</translation>
    </message>
    <message>
        <source>Helps the soleus resist the forward pull, with less of the steady work; both muscles keep making small, frequent adjustments.</source>
        <translation>Hilft dem M. soleus, dem Zug nach vorn standzuhalten, übernimmt aber weniger von der Dauerarbeit; beide Muskeln nehmen laufend kleine, häufige Anpassungen vor.</translation>
    </message>
    <message>
        <source>With the gastrocnemius, gives most of the support that holds the body up in a running model, up to about 7 m/s. Coaches see it as the one that usually gets sore.</source>
        <translation>Liefert in einem Laufmodell zusammen mit dem M. gastrocnemius den größten Teil der Stützkraft, die den Körper trägt, bis etwa 7 m/s. Trainer sehen in ihm den Muskel, der gewöhnlich schmerzt.</translation>
    </message>
    <message>
        <source>With the soleus, gives most of the support that holds the body up in a running model, up to about 7 m/s.</source>
        <translation>Liefert in einem Laufmodell zusammen mit dem M. soleus den größten Teil der Stützkraft, die den Körper trägt, bis etwa 7 m/s.</translation>
    </message>
    <message>
        <source>Run more, adding distance in small steps (a coaching tip). Point the foot down against resistance with the knee bent: an elastic band, seated or lying, or a seated calf-raise machine. In heel raises, a bent knee biases the work towards the soleus; the gastrocnemius still helps.</source>
        <translation>Mehr laufen und die Strecke dabei in kleinen Schritten steigern (ein Trainertipp). Den Fuß mit gebeugtem Knie gegen Widerstand nach unten drücken: mit einem elastischen Übungsband im Sitzen oder Liegen oder an einem Wadengerät für das Training im Sitzen. Beim Fersenheben verlagert ein gebeugtes Knie die Arbeit zum M. soleus hin; der M. gastrocnemius hilft weiter mit.</translation>
    </message>
    <message>
        <source>Calf raises with the knee straight, where the gastrocnemius pulls at its strongest. It is more active than with the knee bent, and the soleus works too.</source>
        <translation>Fersenheben mit gestrecktem Knie, bei dem der M. gastrocnemius am kräftigsten zieht. Er ist dabei aktiver als mit gebeugtem Knie, und der M. soleus arbeitet mit.</translation>
    </message>
    <message>
        <source>Get care the same day, at urgent care or an emergency department, for a sudden pain at the back of the ankle or calf with a snap or pop, a feeling of being kicked, not being able to lift the heel while standing on that leg alone, or a gap above the heel: the Achilles tendon may have torn.</source>
        <translation>Bei plötzlichen Schmerzen an der Rückseite des Sprunggelenks oder der Wade mit einem Schnalzen oder Knall, dem Gefühl eines Tritts, der Unfähigkeit, auf diesem Bein allein stehend die Ferse anzuheben, oder einer Lücke oberhalb der Ferse lassen Sie sich noch am selben Tag in einer Notfallpraxis oder Notaufnahme versorgen: Die Achillessehne kann gerissen sein.</translation>
    </message>
    <message>
        <source>Get urgent help the same day for throbbing or cramping pain in one leg, usually in the calf or thigh, or for swelling, warm skin or red or darkened skin in one leg: these can mean a blood clot (deep vein thrombosis). With breathlessness or chest pain, call the emergency services.</source>
        <translation>Holen Sie sich noch am selben Tag dringend Hilfe bei pochenden oder krampfartigen Schmerzen in einem Bein, meist in der Wade oder im Oberschenkel, oder bei Schwellung, warmer Haut oder geröteter oder dunkler verfärbter Haut an einem Bein: Das kann auf ein Blutgerinnsel (tiefe Venenthrombose) hindeuten. Bei Atemnot oder Schmerzen in der Brust rufen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Severe pain out of proportion to the injury, worse when the muscles are stretched, in a tense, swollen calf is an emergency, even without pins and needles, which come later. Calf pain that comes with running and goes with rest needs a clinician.</source>
        <translation>Starke Schmerzen, die in keinem Verhältnis zur Verletzung stehen und bei Dehnung der Muskeln zunehmen, in einer prall gespannten, geschwollenen Wade sind ein Notfall, auch ohne Ameisenlaufen, das erst später auftritt. Wadenschmerzen, die beim Laufen auftreten und in Ruhe wieder vergehen, müssen ärztlich oder physiotherapeutisch abgeklärt werden.</translation>
    </message>
    <message>
        <source>If you measure your own knee-to-wall distance, a change or a difference between legs smaller than about 2 cm lies within measurement error.</source>
        <translation>Wenn Sie Ihren Abstand beim Knie-Wand-Test selbst messen: Eine Veränderung oder ein Unterschied zwischen den Beinen von weniger als etwa 2 cm liegt im Bereich des Messfehlers.</translation>
    </message>
    <message>
        <source>A weak foot that slaps down is something a clinician should examine; a stretch test cannot tell you about it.</source>
        <translation>Einen schwachen Fuß, der aufklatscht, sollte eine Ärztin oder ein Arzt untersuchen; ein Dehntest kann darüber nichts sagen.</translation>
    </message>
    <message>
        <source>Is there pain at one spot on the shin bone: when you press it, when you hop, or at night?</source>
        <translation>Schmerzt eine einzelne Stelle am Schienbein: wenn Sie darauf drücken, wenn Sie hüpfen oder nachts?</translation>
    </message>
    <message>
        <source>The calf tests cannot judge pain in this place. See a doctor or physiotherapist soon, and sooner if it gets worse: they can examine it and find what hurts.</source>
        <translation>Die Wadentests können Schmerz an dieser Stelle nicht beurteilen. Gehen Sie bald zu einer Ärztin, einem Arzt oder in die Physiotherapie, früher, wenn es schlimmer wird: Dort kann man die Stelle untersuchen und herausfinden, was schmerzt.</translation>
    </message>
    <message>
        <source>A plan back to running after a calf strain. Each session is rated for pain, and the next morning decides: pain up to 3 out of 10 that has settled by morning moves you up a level, more pain keeps you where you are or moves you down. The big steps, to running and to full training, also wait for your measurements, not for the calendar.</source>
        <translation>Ein Plan zurück zum Laufen nach einer Wadenzerrung. Jede Einheit wird nach ihrem Schmerz bewertet, und der nächste Morgen entscheidet: Schmerz bis 3 von 10, der bis zum Morgen abgeklungen ist, bringt Sie eine Stufe höher; mehr Schmerz hält Sie auf Ihrer Stufe oder setzt Sie eine zurück. Die großen Schritte, zum Laufen und zum vollen Training, warten außerdem auf Ihre Messwerte, nicht auf den Kalender.</translation>
    </message>
    <message>
        <source>Do you have a risk of blood clots (recent surgery or a hospital stay, a cast or bed rest, a long journey, pregnancy or a recent birth, an oestrogen pill or HRT, cancer treatment, an earlier clot) and a throbbing or cramping pain in the calf at rest?</source>
        <translation>Haben Sie ein Risiko für Blutgerinnsel (kürzliche Operation oder Krankenhausaufenthalt, Gips oder Bettruhe, eine lange Reise, Schwangerschaft oder eine kürzliche Geburt, eine östrogenhaltige Pille oder Hormonersatztherapie, eine Krebsbehandlung, ein früheres Gerinnsel) und einen pochenden oder krampfartigen Schmerz in der Wade in Ruhe?</translation>
    </message>
    <message>
        <source>Pain during the session: 0 to 3 out of 10 is safe, 4 or 5 is acceptable, above 5 is too much. Pain afterwards should have settled by the next morning.</source>
        <translation>Schmerz während der Einheit: 0 bis 3 von 10 ist sicher, 4 oder 5 ist vertretbar, über 5 ist zu viel. Schmerz danach sollte bis zum nächsten Morgen abgeklungen sein.</translation>
    </message>
    <message>
        <source>Do not run on two days in a row while you build up again: leave a day without running in between.</source>
        <translation>Laufen Sie während des Wiederaufbaus nicht an zwei Tagen hintereinander: Lassen Sie dazwischen einen Tag ohne Laufen.</translation>
    </message>
    <message>
        <source>Do not make the runs longer and faster in the same step.</source>
        <translation>Machen Sie die Läufe nicht im selben Schritt länger und schneller.</translation>
    </message>
    <message>
        <source>Do the calf exercises after running, not before.</source>
        <translation>Machen Sie die Wadenübungen nach dem Laufen, nicht davor.</translation>
    </message>
    <message>
        <source>Avoid sudden changes of surface or shoes.</source>
        <translation>Vermeiden Sie plötzliche Wechsel von Untergrund oder Schuhen.</translation>
    </message>
    <message>
        <source>Easy walking</source>
        <translation>Lockeres Gehen</translation>
    </message>
    <message>
        <source>Walk at an easy pace on a flat surface, aiming for a normal, even step on both legs.</source>
        <translation>Gehen Sie in lockerem Tempo auf ebenem Untergrund, mit einem normalen, gleichmäßigen Schritt auf beiden Beinen.</translation>
    </message>
    <message>
        <source>Seated heel-raise hold</source>
        <translation>Fersenheben im Sitzen, gehalten</translation>
    </message>
    <message>
        <source>Sit with the knees bent to a right angle and the feet flat. Lift the heels a little and hold them there; keep it gentle.</source>
        <translation>Sitzen Sie mit rechtwinklig gebeugten Knien, die Füße flach. Heben Sie die Fersen nur leicht an und halten Sie sie dort.</translation>
    </message>
    <message>
        <source>Standing heel-raise hold</source>
        <translation>Fersenheben im Stehen, gehalten</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees straight, fingertips on a wall. Lift the heels a little and hold them there.</source>
        <translation>Stehen Sie auf beiden Füßen mit gestreckten Knien, die Fingerspitzen an einer Wand. Heben Sie die Fersen ein wenig an und halten Sie sie dort.</translation>
    </message>
    <message>
        <source>Bent-knee heel raises on two legs</source>
        <translation>Fersenheben mit gebeugten Knien auf zwei Beinen</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees slightly bent and fingertips on a wall. Rise onto the balls of the feet and lower slowly, keeping the knees bent.</source>
        <translation>Stehen Sie auf beiden Füßen mit leicht gebeugten Knien, die Fingerspitzen an einer Wand. Gehen Sie auf die Fußballen und senken Sie langsam ab; die Knie bleiben gebeugt.</translation>
    </message>
    <message>
        <source>Straight-knee heel raises on two legs</source>
        <translation>Fersenheben mit gestreckten Knien auf zwei Beinen</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees straight and fingertips on a wall. Rise onto the balls of the feet and lower slowly.</source>
        <translation>Stehen Sie auf beiden Füßen mit gestreckten Knien, die Fingerspitzen an einer Wand. Gehen Sie auf die Fußballen und senken Sie langsam ab.</translation>
    </message>
    <message>
        <source>Up on two legs, down on one</source>
        <translation>Hoch auf zwei Beinen, runter auf einem</translation>
    </message>
    <message>
        <source>Rise onto the balls of both feet with the knees straight, lift the other foot, and lower slowly on the sore leg alone.</source>
        <translation>Gehen Sie mit gestreckten Knien auf die Ballen beider Füße, heben Sie den anderen Fuß an und senken Sie langsam allein auf dem schmerzenden Bein ab.</translation>
    </message>
    <message>
        <source>Sit with the knees bent to a right angle and a weight resting on the thighs. Lift the heels as high as you can and lower slowly. Choose a weight with which the last few repetitions feel hard.</source>
        <translation>Sitzen Sie mit rechtwinklig gebeugten Knien, ein Gewicht auf den Oberschenkeln. Heben Sie die Fersen so hoch Sie können und senken Sie langsam ab. Wählen Sie ein Gewicht, bei dem sich die letzten Wiederholungen schwer anfühlen.</translation>
    </message>
    <message>
        <source>Single-leg heel raises</source>
        <translation>Einbeiniges Fersenheben</translation>
    </message>
    <message>
        <source>Stand on the sore leg alone with the knee straight, fingertips on a wall. Rise as high as you can and lower slowly.</source>
        <translation>Stehen Sie allein auf dem schmerzenden Bein mit gestrecktem Knie, die Fingerspitzen an einer Wand. Gehen Sie so hoch Sie können und senken Sie langsam ab.</translation>
    </message>
    <message>
        <source>Single-leg bent-knee heel raises</source>
        <translation>Einbeiniges Fersenheben mit gebeugtem Knie</translation>
    </message>
    <message>
        <source>Stand on the sore leg alone with the knee slightly bent, fingertips on a wall. Rise as high as you can and lower slowly, keeping the knee bent.</source>
        <translation>Stehen Sie allein auf dem schmerzenden Bein mit leicht gebeugtem Knie, die Fingerspitzen an einer Wand. Gehen Sie so hoch Sie können und senken Sie langsam ab; das Knie bleibt gebeugt.</translation>
    </message>
    <message>
        <source>Run-walk intervals</source>
        <translation>Lauf-Geh-Intervalle</translation>
    </message>
    <message>
        <source>Run slowly, at a pace at which you could talk, then walk; repeat. Run on a flat, familiar surface in your usual shoes.</source>
        <translation>Laufen Sie langsam, in einem Tempo, bei dem Sie sich unterhalten könnten, dann gehen Sie; wiederholen Sie das. Laufen Sie auf ebenem, vertrautem Untergrund in Ihren gewohnten Schuhen.</translation>
    </message>
    <message>
        <source>Continuous easy running</source>
        <translation>Lockerer Dauerlauf</translation>
    </message>
    <message>
        <source>Run at an easy pace at which you could talk, on a flat, familiar surface.</source>
        <translation>Laufen Sie in lockerem Tempo, bei dem Sie sich unterhalten könnten, auf ebenem, vertrautem Untergrund.</translation>
    </message>
    <message>
        <source>Your usual running</source>
        <translation>Ihr gewohntes Laufen</translation>
    </message>
    <message>
        <source>Your usual runs. Build the weekly distance in small, steady steps; about 10 % a week is a sensible guide, not a proven limit.</source>
        <translation>Ihre gewohnten Läufe. Steigern Sie die Wochenstrecke in kleinen, gleichmäßigen Schritten; etwa 10 % pro Woche ist ein vernünftiger Richtwert, keine bewiesene Grenze.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Beruhigen</translation>
    </message>
    <message>
        <source>Walk normally again, and start loading the calf gently several times a day, below the point of pain.</source>
        <translation>Wieder normal gehen und die Wade mehrmals am Tag sanft belasten, unterhalb der Schmerzgrenze.</translation>
    </message>
    <message>
        <source>Walking and seated holds</source>
        <translation>Gehen und Halten im Sitzen</translation>
    </message>
    <message>
        <source>10 to 15 minutes, once or twice a day</source>
        <translation>10 bis 15 Minuten, ein- oder zweimal am Tag</translation>
    </message>
    <message>
        <source>5 holds of 30 seconds</source>
        <translation>5-mal 30 Sekunden halten</translation>
    </message>
    <message>
        <source>30 seconds between holds</source>
        <translation>30 Sekunden zwischen den Halteübungen</translation>
    </message>
    <message>
        <source>Longer walks and standing holds</source>
        <translation>Längeres Gehen und Halten im Stehen</translation>
    </message>
    <message>
        <source>20 to 30 minutes</source>
        <translation>20 bis 30 Minuten</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Keine nötig</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Kräftigen</translation>
    </message>
    <message>
        <source>Build the calf&apos;s strength and endurance with heel raises, knee bent and knee straight: from two legs to one, then with weight.</source>
        <translation>Kraft und Ausdauer der Wade mit Fersenheben aufbauen, mit gebeugtem und gestrecktem Knie: von zwei Beinen zu einem, dann mit Gewicht.</translation>
    </message>
    <message>
        <source>Heel raises on two legs</source>
        <translation>Fersenheben auf zwei Beinen</translation>
    </message>
    <message>
        <source>3 sets of 15</source>
        <translation>3 Sätze à 15</translation>
    </message>
    <message>
        <source>1 minute between sets</source>
        <translation>1 Minute zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Up on two, down on one</source>
        <translation>Hoch auf zwei, runter auf einem</translation>
    </message>
    <message>
        <source>3 sets of 12</source>
        <translation>3 Sätze à 12</translation>
    </message>
    <message>
        <source>3 sets of 15 with a light weight</source>
        <translation>3 Sätze à 15 mit leichtem Gewicht</translation>
    </message>
    <message>
        <source>Heel raises on one leg</source>
        <translation>Fersenheben auf einem Bein</translation>
    </message>
    <message>
        <source>1 to 2 minutes between sets</source>
        <translation>1 bis 2 Minuten zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Endurance and weight</source>
        <translation>Ausdauer und Gewicht</translation>
    </message>
    <message>
        <source>3 sets of 20</source>
        <translation>3 Sätze à 20</translation>
    </message>
    <message>
        <source>3 sets of 8 to 12 with a weight that makes the last few hard</source>
        <translation>3 Sätze à 8 bis 12 mit einem Gewicht, bei dem die letzten schwerfallen</translation>
    </message>
    <message>
        <source>2 minutes between sets</source>
        <translation>2 Minuten zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Run-walk</source>
        <translation>Lauf-Geh-Wechsel</translation>
    </message>
    <message>
        <source>Run again in short, slow intervals with walking between them, and build towards continuous easy running, one change at a time.</source>
        <translation>Wieder laufen, in kurzen, langsamen Intervallen mit Gehpausen, und zum lockeren Dauerlauf aufbauen, immer nur eine Änderung auf einmal.</translation>
    </message>
    <message>
        <source>Before running again, the sore leg should manage at least 25 single-leg heel raises, within 10 % of the other leg. This is one physiotherapy clinic&apos;s criterion from its practice, not a finding of a study.</source>
        <translation>Bevor Sie wieder laufen, sollte das schmerzende Bein mindestens 25 einbeinige Fersenhebungen schaffen, höchstens 10 % weniger als das andere Bein. Das ist ein Kriterium aus der Praxis einer Physiotherapiepraxis, kein Ergebnis einer Studie.</translation>
    </message>
    <message>
        <source>Run 1 minute, walk 2</source>
        <translation>1 Minute laufen, 2 gehen</translation>
    </message>
    <message>
        <source>5 rounds: 1 minute of running, 2 minutes of walking</source>
        <translation>5 Runden: 1 Minute laufen, 2 Minuten gehen</translation>
    </message>
    <message>
        <source>A day without running before the next run</source>
        <translation>Ein Tag ohne Laufen vor dem nächsten Lauf</translation>
    </message>
    <message>
        <source>2 sets of 15, after the run</source>
        <translation>2 Sätze à 15, nach dem Lauf</translation>
    </message>
    <message>
        <source>Run 2 minutes, walk 1</source>
        <translation>2 Minuten laufen, 1 gehen</translation>
    </message>
    <message>
        <source>6 rounds: 2 minutes of running, 1 minute of walking</source>
        <translation>6 Runden: 2 Minuten laufen, 1 Minute gehen</translation>
    </message>
    <message>
        <source>Run 4 minutes, walk 1</source>
        <translation>4 Minuten laufen, 1 gehen</translation>
    </message>
    <message>
        <source>5 rounds: 4 minutes of running, 1 minute of walking</source>
        <translation>5 Runden: 4 Minuten laufen, 1 Minute gehen</translation>
    </message>
    <message>
        <source>20 minutes of easy running</source>
        <translation>20 Minuten lockeres Laufen</translation>
    </message>
    <message>
        <source>20 minutes without a walk break</source>
        <translation>20 Minuten ohne Gehpause</translation>
    </message>
    <message>
        <source>Full training</source>
        <translation>Volles Training</translation>
    </message>
    <message>
        <source>Return to your usual running: first its distance at an easy pace, then its faster sessions.</source>
        <translation>Zurück zu Ihrem gewohnten Laufen: zuerst die Strecke in lockerem Tempo, dann die schnelleren Einheiten.</translation>
    </message>
    <message>
        <source>The experts&apos; return criteria: at least 30 single-leg heel raises from the floor, within 10 % of the other leg; a knee-to-wall lunge within 10 % of the other leg; and no pain in the session before.</source>
        <translation>Die Rückkehrkriterien der Fachleute: mindestens 30 einbeinige Fersenhebungen vom Boden, höchstens 10 % Unterschied zum anderen Bein; ein Knie-Wand-Test mit höchstens 10 % Unterschied zum anderen Bein; und kein Schmerz in der Einheit davor.</translation>
    </message>
    <message>
        <source>Your usual distance, easy</source>
        <translation>Ihre gewohnte Strecke, locker</translation>
    </message>
    <message>
        <source>Your usual runs at an easy pace, building the distance in small steps</source>
        <translation>Ihre gewohnten Läufe in lockerem Tempo, die Strecke in kleinen Schritten gesteigert</translation>
    </message>
    <message>
        <source>Your usual rest days</source>
        <translation>Ihre gewohnten Ruhetage</translation>
    </message>
    <message>
        <source>2 sets of 20, after running, twice a week</source>
        <translation>2 Sätze à 20, nach dem Laufen, zweimal pro Woche</translation>
    </message>
    <message>
        <source>Your usual training</source>
        <translation>Ihr gewohntes Training</translation>
    </message>
    <message>
        <source>Your usual training, with its faster sessions back one at a time</source>
        <translation>Ihr gewohntes Training, die schnelleren Einheiten eine nach der anderen zurück</translation>
    </message>
    <message>
        <source>Since your last session (or, before the first one, since the injury), has any of these appeared? Any of them means stopping the plan and getting medical help first.</source>
        <translation>Ist seit Ihrer letzten Einheit (oder, vor der ersten, seit der Verletzung) etwas davon aufgetreten? Jedes dieser Zeichen heißt: den Plan anhalten und zuerst ärztliche Hilfe holen.</translation>
    </message>
    <message>
        <source>Sit down whenever the calf asks for it</source>
        <translation>Setzen Sie sich, wann immer die Wade es verlangt</translation>
    </message>
    <message>
        <source>Popliteal vein</source>
        <translation>V. poplitea</translation>
    </message>
    <message>
        <source>The deep vein behind the knee, into which the deep veins of the calf drain.</source>
        <translation>Die tiefe Vene hinter dem Knie, in die die tiefen Venen der Wade münden.</translation>
    </message>
    <message>
        <source>Formed at the lower border of the popliteus where the veins beside the anterior and posterior tibial arteries join. It runs up the popliteal fossa between the popliteal artery, which lies deeper, and the tibial nerve, which lies more superficially, and becomes the femoral vein.</source>
        <translation>Sie entsteht am Unterrand des M. popliteus, wo sich die Begleitvenen der vorderen und hinteren Schienbeinarterie vereinigen. Sie zieht durch die Kniekehle nach oben, zwischen der tiefer liegenden A. poplitea und dem oberflächlicher liegenden N. tibialis, und wird zur V. femoralis.</translation>
    </message>
    <message>
        <source>The small saphenous vein, from under the skin of the calf, drains into it in the popliteal fossa.</source>
        <translation>Die V. saphena parva aus dem Unterhautgewebe der Wade mündet in der Kniekehle in sie.</translation>
    </message>
    <message>
        <source>Blood pumped out of the calf by the calf muscles passes up through it towards the heart.</source>
        <translation>Das Blut, das die Wadenmuskeln aus der Wade pumpen, fließt durch sie nach oben zum Herzen.</translation>
    </message>
    <message>
        <source>Posterior tibial veins</source>
        <translation>Vv. tibiales posteriores</translation>
    </message>
    <message>
        <source>Two deep veins, one on each side of the posterior tibial artery, deep to the soleus: part of the calf muscle pump.</source>
        <translation>Zwei tiefe Venen, je eine auf jeder Seite der A. tibialis posterior, unter dem Soleus: Teil der Wadenmuskelpumpe.</translation>
    </message>
    <message>
        <source>A pair of veins that run beside the posterior tibial artery, with the tibial nerve, from behind the medial malleolus up to the lower border of the popliteus, where they join the anterior tibial veins to form the popliteal vein.</source>
        <translation>Ein Venenpaar, das mit dem N. tibialis neben der A. tibialis posterior vom Innenknöchel bis zum Unterrand des M. popliteus zieht; dort vereinigt es sich mit den vorderen Schienbeinvenen zur V. poplitea.</translation>
    </message>
    <message>
        <source>They receive the fibular veins and most of the veins of the soleus.</source>
        <translation>Sie nehmen die Wadenbeinvenen und die meisten Venen des Soleus auf.</translation>
    </message>
    <message>
        <source>The calf muscle pump: when the calf muscles contract inside their tight sheath of fascia they squeeze the deep veins, and valves let the blood go only towards the heart. Walking empties the calf&apos;s veins again and again.</source>
        <translation>Die Wadenmuskelpumpe: Wenn sich die Wadenmuskeln in ihrer straffen Faszienhülle zusammenziehen, drücken sie die tiefen Venen zusammen, und Venenklappen lassen das Blut nur zum Herzen hin fließen. Beim Gehen werden die Wadenvenen so immer wieder entleert.</translation>
    </message>
    <message>
        <source>Why clots form here: when the calf stays still for hours (after an operation, in a cast or in bed, on a long journey) the pump stops and blood lies still in the deep calf veins. Still blood clots more easily, which is why a deep vein thrombosis (DVT) so often starts in the calf.</source>
        <translation>Warum sich hier Gerinnsel bilden: Bleibt die Wade stundenlang unbewegt (nach einer Operation, im Gips oder im Bett, auf einer langen Reise), steht die Pumpe still und das Blut in den tiefen Wadenvenen ruht. Ruhendes Blut gerinnt leichter; deshalb beginnt eine tiefe Venenthrombose (TVT) so oft in der Wade.</translation>
    </message>
    <message>
        <source>Fibular veins</source>
        <translation>Vv. fibulares</translation>
    </message>
    <message>
        <source>Two deep veins beside the fibular artery, along the back of the fibula.</source>
        <translation>Zwei tiefe Venen neben der A. fibularis, entlang der Rückseite des Wadenbeins.</translation>
    </message>
    <message>
        <source>A pair of veins that run beside the fibular artery, close to the fibula under cover of the flexor hallucis longus, and drain into the posterior tibial veins.</source>
        <translation>Ein Venenpaar, das neben der A. fibularis nahe am Wadenbein unter dem M. flexor hallucis longus verläuft und in die hinteren Schienbeinvenen mündet.</translation>
    </message>
    <message>
        <source>Many veins of the soleus drain into them, so they take part in the calf muscle pump.</source>
        <translation>Viele Venen des Soleus münden in sie; so sind sie Teil der Wadenmuskelpumpe.</translation>
    </message>
    <message>
        <source>Soleal veins</source>
        <translation>Soleusvenen</translation>
    </message>
    <message>
        <source>Wide, thin-walled veins inside the soleus: the main chamber of the calf muscle pump, and a place where clots start.</source>
        <translation>Weite, dünnwandige Venen im Inneren des Soleus: die Hauptkammer der Wadenmuskelpumpe und ein Ort, an dem Gerinnsel entstehen.</translation>
    </message>
    <message>
        <source>The soleus holds large venous sinuses. Each contraction of the calf squeezes them and drives their blood up the deep veins towards the heart; when the muscle relaxes they fill again. This is the calf muscle pump.</source>
        <translation>Der Soleus enthält große venöse Sinus. Jede Kontraktion der Wade drückt sie zusammen und treibt ihr Blut durch die tiefen Venen zum Herzen; erschlafft der Muskel, füllen sie sich wieder. Das ist die Wadenmuskelpumpe.</translation>
    </message>
    <message>
        <source>They drain mostly into the posterior tibial and fibular veins.</source>
        <translation>Sie münden meist in die hinteren Schienbeinvenen und die Wadenbeinvenen.</translation>
    </message>
    <message>
        <source>Why clots form here: when the calf does not move for hours (after an operation, in a cast or in bed, on a long journey) the pump stops and blood lies still in these sinuses. Still blood clots more easily, and the soleal veins are one of the places where a deep vein thrombosis (DVT) begins.</source>
        <translation>Warum sich hier Gerinnsel bilden: Bewegt sich die Wade stundenlang nicht (nach einer Operation, im Gips oder im Bett, auf einer langen Reise), steht die Pumpe still und das Blut in diesen Sinus ruht. Ruhendes Blut gerinnt leichter, und die Soleusvenen sind einer der Orte, an denen eine tiefe Venenthrombose (TVT) beginnt.</translation>
    </message>
    <message>
        <source>A clot in the calf can cause a throbbing or cramping pain in one leg, with swelling, warmth and red or darkened skin. Get medical help the same day; with breathlessness or chest pain, call the emergency number.</source>
        <translation>Ein Gerinnsel in der Wade kann pochende oder krampfartige Schmerzen in einem Bein verursachen, mit Schwellung, Wärme und geröteter oder dunkler Haut. Suchen Sie noch am selben Tag ärztliche Hilfe; bei Atemnot oder Brustschmerzen rufen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Nerves and vessels</source>
        <translation>Nerven und Gefäße</translation>
    </message>
    <message>
        <source>Knee joint</source>
        <translation>Kniegelenk</translation>
    </message>
    <message>
        <source>The joint where the femur meets the tibia; the gastrocnemius, plantaris and popliteus cross it, the soleus does not.</source>
        <translation>Das Gelenk, in dem das Femur auf die Tibia trifft; M. gastrocnemius, M. plantaris und M. popliteus überspannen es, der M. soleus nicht.</translation>
    </message>
    <message>
        <source>Where the condyles of the femur meet the tibia.</source>
        <translation>Wo die Kondylen des Femurs auf die Tibia treffen.</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius, the plantaris and the popliteus cross it. The soleus arises below it, so bending the knee slackens the gastrocnemius but not the soleus.</source>
        <translation>Beide Köpfe des M. gastrocnemius, der M. plantaris und der M. popliteus überspannen es. Der M. soleus entspringt unterhalb davon; deshalb entspannt ein Beugen des Knies den M. gastrocnemius, nicht aber den M. soleus.</translation>
    </message>
    <message>
        <source>Ankle joint</source>
        <translation>Oberes Sprunggelenk</translation>
    </message>
    <message>
        <source>The joint between the tibia, the fibula and the talus: the joint the soleus and gastrocnemius plantar flex.</source>
        <translation>Das Gelenk zwischen Tibia, Fibula und Talus: das Gelenk, das M. soleus und M. gastrocnemius plantarflektieren.</translation>
    </message>
    <message>
        <source>Between the lower ends of the tibia and fibula and the talus.</source>
        <translation>Zwischen den unteren Enden von Tibia und Fibula und dem Talus.</translation>
    </message>
    <message>
        <source>The soleus and the gastrocnemius plantar flex it, pointing the foot down.</source>
        <translation>M. soleus und M. gastrocnemius plantarflektieren es und senken so den Fuß.</translation>
    </message>
    <message>
        <source>Subtalar joint</source>
        <translation>Unteres Sprunggelenk</translation>
    </message>
    <message>
        <source>The joint beneath the talus, between the talus and the calcaneus.</source>
        <translation>Das Gelenk unter dem Talus, zwischen Talus und Calcaneus.</translation>
    </message>
    <message>
        <source>Between the talus and the calcaneus, beneath the ankle joint.</source>
        <translation>Zwischen Talus und Calcaneus, unterhalb des oberen Sprunggelenks.</translation>
    </message>
    <message>
        <source>The soleus crosses it as well as the ankle joint, but not the knee.</source>
        <translation>Der M. soleus überspannt es ebenso wie das obere Sprunggelenk, nicht aber das Knie.</translation>
    </message>
    <message>
        <source>Popliteal, posterior tibial and fibular arteries. Its blood collects in large venous sinuses inside the muscle, the soleal veins, which its contractions pump back towards the heart.</source>
        <translation>A. poplitea, A. tibialis posterior und A. fibularis. Sein Blut sammelt sich in großen Venensinus im Muskel, den Soleusvenen, die er mit jeder Kontraktion zum Herzen zurückpumpt.</translation>
    </message>
</context>
<context>
    <name>DeckExport</name>
    <message>
        <source>CalfAtlas: the lower leg</source>
        <translation>CalfAtlas: der Unterschenkel</translation>
    </message>
    <message>
        <source>%1 cards written to %2.</source>
        <translation>%1 Karten in %2 geschrieben.</translation>
    </message>
    <message>
        <source>The deck could not be written to %1: %2</source>
        <translation>Der Stapel konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Single-leg heel raises, left leg: at least %1</source>
        <translation>Einbeiniges Fersenheben, linkes Bein: mindestens %1</translation>
    </message>
    <message>
        <source>Single-leg heel raises, right leg: at least %1</source>
        <translation>Einbeiniges Fersenheben, rechtes Bein: mindestens %1</translation>
    </message>
    <message>
        <source>Heel raises, difference between the legs: %1 % or less</source>
        <translation>Fersenheben, Unterschied zwischen den Beinen: höchstens %1 %</translation>
    </message>
    <message>
        <source>Knee-to-wall lunge, difference between the legs: %1 % or less</source>
        <translation>Knie-Wand-Test, Unterschied zwischen den Beinen: höchstens %1 %</translation>
    </message>
    <message>
        <source>Pain during the session that earns the step: %1 out of 10</source>
        <translation>Schmerz in der Einheit, die den Schritt verdient: %1 von 10</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>CalfAtlas Handbook</source>
        <translation>CalfAtlas-Handbuch</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Home shows what is next: the plan&apos;s next session or the morning question, your last self-test and your last measurements. A first visit shows where to start: the atlas for students, the self-test for runners.</source>
        <translation>Start zeigt, was als Nächstes kommt: die nächste Einheit des Plans oder die Frage am Morgen, Ihren letzten Selbsttest und Ihre letzten Messwerte. Beim ersten Besuch zeigt er, wo Sie anfangen: den Atlas für Studierende, den Selbsttest für Läuferinnen und Läufer.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Point at a structure to name it, click it to read its origin, insertion, nerve and fibre types with their sources. Peel the layers with [ and ], zoom with + and − and reset with 0. Search finds a structure and peels to it.</source>
        <translation>Zeigen Sie auf eine Struktur, um ihren Namen zu sehen, und klicken Sie sie an, um Ursprung, Ansatz, Nerv und Fasertypen mit ihren Quellen zu lesen. Mit [ und ] tragen Sie Schichten ab, mit + und − zoomen Sie, mit 0 setzen Sie zurück. Die Suche findet eine Struktur und legt sie frei.</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>The self-test asks about warning signs first: any sign that needs care ends the test with whom to call and why. Then where it hurts, and the two stretches: the bent-knee bench test and the straight-knee wall test. The result says which muscle is the likelier source, how sure it is, and what to do. It is not a diagnosis.</source>
        <translation>Der Selbsttest fragt zuerst nach Warnzeichen: Jedes Zeichen, das ärztliche Hilfe braucht, beendet den Test mit dem Hinweis, wen Sie anrufen sollen und warum. Dann, wo es wehtut, und die beiden Dehnungen: den Stufentest mit gebeugtem Knie und den Wandtest mit gestrecktem Knie. Das Ergebnis sagt, welcher Muskel eher die Ursache ist, wie sicher das ist und was Sie tun können. Es ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>The plan back to running moves with your pain: rate each session from 0 to 10, and the next morning say whether the calf is better, the same or worse. Each session starts with a short safety check. Running, and later full training, wait for your heel-raise and knee-to-wall results.</source>
        <translation>Der Plan zurück zum Laufen richtet sich nach Ihrem Schmerz: Bewerten Sie jede Einheit von 0 bis 10 und sagen Sie am nächsten Morgen, ob die Wade besser, gleich oder schlechter ist. Jede Einheit beginnt mit einer kurzen Sicherheitsabfrage. Das Laufen und später das volle Training warten auf Ihre Ergebnisse im Fersenhebe-Test und im Knie-Wand-Test.</translation>
    </message>
    <message>
        <source>Movement and Learn</source>
        <translation>Bewegung und Lernen</translation>
    </message>
    <message>
        <source>Movement bends a model knee and ankle and shows how long each calf muscle gets. Learn has a guided tour, the two muscles side by side, quizzes and every source.</source>
        <translation>Bewegung beugt ein Modell von Knie und Sprunggelenk und zeigt, wie lang jeder Wadenmuskel wird. Lernen bietet eine geführte Tour, die beiden Muskeln im Vergleich, Quizze und alle Quellen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your self-tests, measurements and plan log stay on this computer, readable by you alone. Export them as a PDF for a clinician, or as CSV or JSON.</source>
        <translation>Ihre Selbsttests, Messwerte und das Protokoll des Plans bleiben auf diesem Computer und sind nur für Sie lesbar. Exportieren Sie sie als PDF für Ihre Ärztin oder Ihren Arzt, oder als CSV oder JSON.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Strg+1 … Strg+7</translation>
    </message>
    <message>
        <source>Go to an area (Home, Explore, Self-test, Recovery, Movement, History, Learn)</source>
        <translation>Zu einem Bereich wechseln (Start, Erkunden, Selbsttest, Erholung, Bewegung, Verlauf, Lernen)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This handbook</source>
        <translation>Dieses Handbuch</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Strg+Z, Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo and redo, where an area can (History)</source>
        <translation>Rückgängig und Wiederherstellen, wo ein Bereich es kann (Verlauf)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ und ]</translation>
    </message>
    <message>
        <source>Explore: peel a layer away, or put it back</source>
        <translation>Erkunden: eine Schicht abtragen oder zurücklegen</translation>
    </message>
    <message>
        <source>+, − and 0</source>
        <translation>+, − und 0</translation>
    </message>
    <message>
        <source>Explore: zoom in, zoom out, fit the plate</source>
        <translation>Erkunden: vergrößern, verkleinern, Tafel einpassen</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Pfeiltasten, Leertaste</translation>
    </message>
    <message>
        <source>Self-test: move between places on the leg, choose one</source>
        <translation>Selbsttest: zwischen Stellen am Bein wechseln, eine wählen</translation>
    </message>
    <message>
        <source>Space, Escape</source>
        <translation>Leertaste, Esc</translation>
    </message>
    <message>
        <source>Heel-raise test: stop the count, cancel</source>
        <translation>Fersenhebe-Test: Zählung beenden, abbrechen</translation>
    </message>
    <message>
        <source>1 to 4</source>
        <translation>1 bis 4</translation>
    </message>
    <message>
        <source>Quiz: choose an answer</source>
        <translation>Quiz: eine Antwort wählen</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P, Ctrl+S</source>
        <translation>Strg+E, Strg+P, Strg+S</translation>
    </message>
    <message>
        <source>History: export as PDF, print, save the note</source>
        <translation>Verlauf: als PDF exportieren, drucken, Notiz speichern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The heel-raise test counts single-leg raises to a metronome; knee-to-wall measures how far from the wall the foot can stand while the knee still touches it. Each result says whether a change is real or within measurement error.</source>
        <translation>Der Fersenhebe-Test zählt einbeinige Fersenhebungen im Takt eines Metronoms; der Knie-Wand-Test misst, wie weit der Fuß von der Wand entfernt stehen kann, während das Knie die Wand noch berührt. Jedes Ergebnis sagt, ob eine Veränderung echt ist oder im Messfehler liegt.</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P</source>
        <translation>Strg+E, Strg+P</translation>
    </message>
    <message>
        <source>Explore: export the plate, print it</source>
        <translation>Erkunden: Tafel exportieren, drucken</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Betreibt Laufsport</translation>
    </message>
    <message>
        <source>Foot strike</source>
        <translation>Fußaufsatz</translation>
    </message>
    <message>
        <source>Changing to a midfoot strike</source>
        <translation>Umstellung auf Mittelfußaufsatz</translation>
    </message>
    <message>
        <source>Weekly running volume went up by</source>
        <translation>Steigerung des wöchentlichen Laufumfangs</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pointing the foot down hurts</source>
        <translation>Plantarflexion schmerzhaft</translation>
    </message>
    <message>
        <source>The pain started suddenly</source>
        <translation>Der Schmerz begann plötzlich</translation>
    </message>
    <message>
        <source>A risk of blood clots</source>
        <translation>Thromboserisiko</translation>
    </message>
    <message>
        <source>Throbbing or cramping pain at rest</source>
        <translation>Pochende oder krampfartige Schmerzen in Ruhe</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es schmerzt</translation>
    </message>
    <message>
        <source>Bench test (knee bent)</source>
        <translation>Stufentest (Knie gebeugt)</translation>
    </message>
    <message>
        <source>Wall test (knee straight)</source>
        <translation>Wandtest (Knie gestreckt)</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>(other leg %1 cm)</source>
        <translation>(anderes Bein %1 cm)</translation>
    </message>
    <message>
        <source>Knee-to-wall distance</source>
        <translation>Abstand beim Knie-Wand-Test</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Was Sie jetzt tun sollten:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>How much:</source>
        <translation>Wie viel:</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Fersenhebe-Test</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>%1: from %2 %4 on %3 to %5 %4 on %6, beyond measurement error.</source>
        <translation>%1: von %2 %4 am %3 auf %5 %4 am %6, jenseits des Messfehlers.</translation>
    </message>
    <message>
        <source>%1: from %2 %4 on %3 to %5 %4 on %6, within measurement error.</source>
        <translation>%1: von %2 %4 am %3 auf %5 %4 am %6, innerhalb des Messfehlers.</translation>
    </message>
    <message>
        <source>Back to running</source>
        <translation>Zurück zum Laufen</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <source>paused after a warning sign</source>
        <translation>nach einem Warnzeichen angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1, started on %2, %3. Now at level %4 of %5 (%6): %7.</source>
        <translation>%1, begonnen am %2, %3. Jetzt auf Stufe %4 von %5 (%6): %7.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Levels move with the pain of each session and the next morning; the big steps wait for the measurements.</source>
        <translation>Die Stufen folgen dem Schmerz jeder Einheit und dem nächsten Morgen; die großen Schritte warten auf die Messwerte.</translation>
    </message>
    <message>
        <source>Self-test of %1</source>
        <translation>Selbsttest vom %1</translation>
    </message>
    <message>
        <source>CalfAtlas %1, rules version %2</source>
        <translation>CalfAtlas %1, Regelversion %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Angaben zur Person</translation>
    </message>
    <message>
        <source>CalfAtlas self-test report</source>
        <translation>CalfAtlas-Selbsttestbericht</translation>
    </message>
    <message>
        <source>CalfAtlas self-test history</source>
        <translation>CalfAtlas-Selbsttestverlauf</translation>
    </message>
    <message>
        <source>Self-tests in this report: %1. Made on %2.</source>
        <translation>Selbsttests in diesem Bericht: %1. Erstellt am %2.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitlicher Verlauf</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What this self-test is not</source>
        <translation>Was dieser Selbsttest nicht ist</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Plan entry %1 cannot be read and is left out.</source>
        <translation>Planeintrag %1 kann nicht gelesen werden und wird ausgelassen.</translation>
    </message>
    <message>
        <source>Plan started.</source>
        <translation>Plan gestartet.</translation>
    </message>
    <message>
        <source>That plan is no longer running.</source>
        <translation>Dieser Plan läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Plan stopped. Its log stays in your history.</source>
        <translation>Plan beendet. Sein Protokoll bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>In Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Plan %1 cannot be read and is left out.</source>
        <translation>Plan %1 kann nicht gelesen werden und wird ausgelassen.</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1 cannot be created (%2).</source>
        <translation>Der Verlauf kann nicht gespeichert werden: %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 is busy in another program; try again in a moment.</source>
        <translation>Die Verlaufsdatei %1 wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of CalfAtlas. It is shown read-only and left unchanged; update CalfAtlas to add to it.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version von CalfAtlas geschrieben. Sie wird schreibgeschützt angezeigt und nicht verändert; aktualisieren Sie CalfAtlas, um neue Einträge hinzuzufügen.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be written (%2). It is shown read-only; new results cannot be saved until it can be.</source>
        <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden (%2). Sie wird schreibgeschützt angezeigt; neue Ergebnisse können erst gespeichert werden, wenn das Schreiben wieder möglich ist.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be prepared: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden (%2) und lässt sich auch nicht beiseiteschieben. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was kept as %2 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und ein neuer, leerer Verlauf wurde angelegt.</translation>
    </message>
    <message>
        <source>Not saved: the history is read-only. %1</source>
        <translation>Nicht gespeichert: Der Verlauf ist schreibgeschützt. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the disk that holds %1 is full. Free some space and try again.</source>
        <translation>Nicht gespeichert: Der Datenträger, auf dem %1 liegt, ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1 or its folder is read-only.</source>
        <translation>Nicht gespeichert: %1 oder der zugehörige Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported an error writing %1.</source>
        <translation>Nicht gespeichert: Der Datenträger hat beim Schreiben von %1 einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Not saved: %1 is busy in another program; try again in a moment.</source>
        <translation>Nicht gespeichert: %1 wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Nicht unter %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Not saved: there is no result to save yet.</source>
        <translation>Nicht gespeichert: Es gibt noch kein Ergebnis zum Speichern.</translation>
    </message>
    <message>
        <source>The self-test is back in your history.</source>
        <translation>Der Selbsttest ist wieder in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>That self-test is no longer in the history.</source>
        <translation>Dieser Selbsttest ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: there is no measurement to save yet.</source>
        <translation>Nicht gespeichert: Es gibt noch keine Messung zum Speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not a valid result of this test.</source>
        <translation>Nicht gespeichert: %1 ist kein gültiges Ergebnis dieses Tests.</translation>
    </message>
    <message>
        <source>That measurement is no longer in the history.</source>
        <translation>Diese Messung ist nicht mehr im Verlauf.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>See a clinician</source>
        <translation>Untersuchen lassen</translation>
    </message>
    <message>
        <source>Neither muscle</source>
        <translation>Keiner der Muskeln</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>M. soleus</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>M. gastrocnemius</translation>
    </message>
    <message>
        <source>Both muscles</source>
        <translation>Beide Muskeln</translation>
    </message>
    <message>
        <source>Outside the calf muscles</source>
        <translation>Außerhalb der Wadenmuskeln</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Noch am selben Tag</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>No warning signs</source>
        <translation>Keine Warnzeichen</translation>
    </message>
</context>
<context>
    <name>HistoryUndo</name>
    <message>
        <source>Delete the self-test of %1</source>
        <translation>Selbsttest vom %1 löschen</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CalfAtlas will speak %1 the next time it starts.</source>
        <translation>CalfAtlas verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>LegNames</name>
    <message>
        <source>Your sore leg</source>
        <translation>Ihr schmerzendes Bein</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>slack</source>
        <translation>entspannt</translation>
    </message>
    <message>
        <source>near resting</source>
        <translation>nahe Ruhelänge</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>gedehnt</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Upright standing, knee straight and foot at a right angle: every length here is measured from this pose. Standing, your weight falls in front of the ankle, and the soleus above all works steadily to stop you tipping forwards.</source>
        <translation>Aufrechter Stand, Knie gestreckt, Fuß im rechten Winkel: Alle Längen hier werden von dieser Position aus gemessen. Im Stehen fällt Ihr Körpergewicht vor das Sprunggelenk, und vor allem der Soleus arbeitet ständig, damit Sie nicht nach vorn kippen.</translation>
    </message>
    <message>
        <source>Bench test</source>
        <translation>Stufentest</translation>
    </message>
    <message>
        <source>Knee bent, heel dropped below the edge. Bending the knee leaves the gastrocnemius slack, because it crosses the knee, so the heel drop stretches the soleus alone: a pull felt here points to the soleus.</source>
        <translation>Knie gebeugt, Ferse unter die Kante abgesenkt. Die Kniebeugung lässt den Gastrocnemius entspannt, weil er das Knie überspannt; das Absenken der Ferse dehnt daher allein den Soleus: Ein Ziehen hier spricht für den Soleus.</translation>
    </message>
    <message>
        <source>Wall test</source>
        <translation>Wandtest</translation>
    </message>
    <message>
        <source>Leg straight behind you, heel down, leaning in. With the knee straight the gastrocnemius is stretched along with the soleus, and it is usually the one that limits the movement: pain here points to the gastrocnemius.</source>
        <translation>Bein hinten gestreckt, Ferse am Boden, nach vorn gelehnt. Bei gestrecktem Knie wird der Gastrocnemius zusammen mit dem Soleus gedehnt, und meist ist er es, der die Bewegung begrenzt: Schmerz hier spricht für den Gastrocnemius.</translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation>Fersenheben im Sitzen</translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation>Fersenheben im Stand</translation>
    </message>
    <message>
        <source>Standing on the toes with the knee straight. Both muscles shorten as they lift the heel; the gastrocnemius plantar flexes most strongly with the knee straight, so this raise works both.</source>
        <translation>Zehenstand mit gestrecktem Knie. Beide Muskeln verkürzen sich, während sie die Ferse anheben; der Gastrocnemius bewirkt die stärkste Plantarflexion bei gestrecktem Knie, daher trainiert diese Übung beide.</translation>
    </message>
    <message>
        <source>Midfoot landing</source>
        <translation>Mittelfußlandung</translation>
    </message>
    <message>
        <source>Running, just after a midfoot landing: the knee bends a little and the heel sinks under load, so the soleus lengthens while it brakes. Landing on the midfoot or forefoot asks more of the calf and the Achilles tendon than a heel strike, and the soleus carries the most load of any muscle in running.</source>
        <translation>Laufen, kurz nach einer Landung auf dem Mittelfuß: Das Knie beugt sich etwas und die Ferse sinkt unter Last ab, sodass sich der Soleus verlängert, während er abbremst. Eine Landung auf Mittel- oder Vorfuß fordert Wade und Achillessehne stärker als ein Fersenaufsatz, und der Soleus trägt beim Laufen von allen Muskeln die größte Last.</translation>
    </message>
    <message>
        <source>Sitting, knee bent, heel raised. The bent knee has already shortened the gastrocnemius, so raising the heel this way biases the work towards the soleus, though the gastrocnemius still helps: the bent-knee exercise for a sore soleus.</source>
        <translation>Sitzend, Knie gebeugt, Ferse angehoben. Das gebeugte Knie hat den M. gastrocnemius bereits verkürzt, daher verlagert das Anheben der Ferse auf diese Weise die Arbeit zum M. soleus hin, auch wenn der M. gastrocnemius weiter mithilft: die Übung mit gebeugtem Knie für einen schmerzenden M. soleus.</translation>
    </message>
</context>
<context>
    <name>PlanBook</name>
    <message>
        <source>The date is not a valid date.</source>
        <translation>Das Datum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 is before the plan&apos;s last entry (%2): entries are kept in order.</source>
        <translation>%1 liegt vor dem letzten Eintrag des Plans (%2): Einträge werden in zeitlicher Reihenfolge geführt.</translation>
    </message>
    <message>
        <source>A plan is already running: stop it before starting another.</source>
        <translation>Es läuft bereits ein Plan: Beenden Sie ihn, bevor Sie einen neuen starten.</translation>
    </message>
    <message>
        <source>No plan is running: start one first.</source>
        <translation>Es läuft kein Plan: Starten Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The plan is paused after a warning sign. Resume it once a clinician has seen you and cleared you to carry on.</source>
        <translation>Der Plan ist nach einem Warnzeichen angehalten. Setzen Sie ihn fort, sobald eine Ärztin oder ein Arzt Sie untersucht und grünes Licht gegeben hat.</translation>
    </message>
    <message>
        <source>The pain must be a whole number from 0 to 10.</source>
        <translation>Der Schmerz muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>The minutes must be a whole number from 0 to 1440.</source>
        <translation>Die Minuten müssen eine ganze Zahl von 0 bis 1440 sein.</translation>
    </message>
    <message>
        <source>%1 is not one of the safety check&apos;s signs.</source>
        <translation>%1 gehört nicht zu den Zeichen der Sicherheitsabfrage.</translation>
    </message>
    <message>
        <source>No session is waiting for its morning report.</source>
        <translation>Keine Einheit wartet auf ihre Rückmeldung am Morgen.</translation>
    </message>
    <message>
        <source>The plan is not paused.</source>
        <translation>Der Plan ist nicht angehalten.</translation>
    </message>
    <message>
        <source>No plan is running.</source>
        <translation>Es läuft kein Plan.</translation>
    </message>
</context>
<context>
    <name>PlateHandout</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>the drawing could not be made</source>
        <translation>die Zeichnung konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>CalfAtlas data could not be loaded</source>
        <translation>CalfAtlas-Daten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Part of CalfAtlas&apos;s data could not be loaded, so the areas that need it are unavailable. Everything else works as usual.</source>
        <translation>Ein Teil der Daten von CalfAtlas konnte nicht geladen werden. Die Bereiche, die diese Daten benötigen, sind daher nicht verfügbar. Alles andere funktioniert wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Click the %1.</source>
        <translation>Klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>the joints of the foot</source>
        <translation>die Gelenke des Fußes</translation>
    </message>
    <message>
        <source>the joints of the toes</source>
        <translation>die Gelenke der Zehen</translation>
    </message>
    <message>
        <source>the knee</source>
        <translation>das Knie</translation>
    </message>
    <message>
        <source>the ankle</source>
        <translation>das Sprunggelenk</translation>
    </message>
    <message>
        <source>no joint</source>
        <translation>kein Gelenk</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1: where does it arise?</source>
        <translation>%1: Wo liegt der Ursprung?</translation>
    </message>
    <message>
        <source>%1: where does it insert?</source>
        <translation>%1: Wo liegt der Ansatz?</translation>
    </message>
    <message>
        <source>%1 arises from: %2</source>
        <translation>%1 – Ursprung: %2</translation>
    </message>
    <message>
        <source>%1 inserts on: %2</source>
        <translation>%1 – Ansatz: %2</translation>
    </message>
    <message>
        <source>%1: which of these does it do?</source>
        <translation>%1: Welche dieser Funktionen trifft zu?</translation>
    </message>
    <message>
        <source>%1: %2 It crosses %3.</source>
        <translation>%1: %2 Überspannt %3.</translation>
    </message>
    <message>
        <source>%1: which joints does it cross?</source>
        <translation>%1: Welche Gelenke werden überspannt?</translation>
    </message>
    <message>
        <source>Which self-test points to the %1?</source>
        <translation>Welcher Selbsttest weist auf %1 hin?</translation>
    </message>
    <message>
        <source>%1 brings on the feeling in your calf. Which muscle does that point to?</source>
        <translation>Der %1 löst Beschwerden in Ihrer Wade aus. Auf welchen Muskel weist das hin?</translation>
    </message>
    <message>
        <source>From which of these bones does the %1 arise?</source>
        <translation>%1: Von welchem dieser Knochen entspringt dieser Muskel?</translation>
    </message>
    <message>
        <source>On which of these bones does the %1 insert?</source>
        <translation>%1: An welchem dieser Knochen setzt diese Struktur an?</translation>
    </message>
    <message>
        <source>Through which tendon does the %1 insert?</source>
        <translation>%1: Über welche Sehne setzt dieser Muskel an?</translation>
    </message>
    <message>
        <source>Which nerve supplies the %1?</source>
        <translation>%1: Welcher Nerv innerviert diesen Muskel?</translation>
    </message>
    <message>
        <source>Which of these arteries supplies the %1?</source>
        <translation>%1: Welche dieser Arterien versorgt diesen Muskel?</translation>
    </message>
    <message>
        <source>Which of these veins drains the %1?</source>
        <translation>%1: Welche dieser Venen leitet das Blut aus diesem Muskel ab?</translation>
    </message>
    <message>
        <source>Which of these joints does the %1 cross?</source>
        <translation>%1: Welches dieser Gelenke wird überspannt?</translation>
    </message>
    <message>
        <source>Which of these bones is part of the %1?</source>
        <translation>%1: Welcher dieser Knochen ist an diesem Gelenk beteiligt?</translation>
    </message>
    <message>
        <source>Which of these muscles arises from the %1?</source>
        <translation>%1: Welcher dieser Muskeln entspringt hier?</translation>
    </message>
    <message>
        <source>Which of these muscles inserts on the %1?</source>
        <translation>%1: Welcher dieser Muskeln setzt hier an?</translation>
    </message>
    <message>
        <source>Which of these muscles inserts through the %1?</source>
        <translation>%1: Welcher dieser Muskeln setzt über diese Sehne an?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 supply?</source>
        <translation>%1: Welchen dieser Muskeln innerviert dieser Nerv?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 supply with blood?</source>
        <translation>%1: Welchen dieser Muskeln versorgt diese Arterie mit Blut?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 drain?</source>
        <translation>%1: Aus welchem dieser Muskeln leitet diese Vene das Blut ab?</translation>
    </message>
    <message>
        <source>Which of these muscles crosses the %1?</source>
        <translation>%1: Welcher dieser Muskeln überspannt dieses Gelenk?</translation>
    </message>
    <message>
        <source>Which of these joints does the %1 take part in?</source>
        <translation>%1: An welchem dieser Gelenke ist dieser Knochen beteiligt?</translation>
    </message>
    <message>
        <source>arises from the %1</source>
        <comment>in a question</comment>
        <translation>entspringt am Knochen „%1“</translation>
    </message>
    <message>
        <source>does not arise from the %1</source>
        <comment>in a question</comment>
        <translation>entspringt nicht am Knochen „%1“</translation>
    </message>
    <message>
        <source>inserts on the %1</source>
        <comment>in a question</comment>
        <translation>setzt am Knochen „%1“ an</translation>
    </message>
    <message>
        <source>does not insert on the %1</source>
        <comment>in a question</comment>
        <translation>setzt nicht am Knochen „%1“ an</translation>
    </message>
    <message>
        <source>is supplied by the %1</source>
        <comment>in a question</comment>
        <translation>wird vom Nerv „%1“ innerviert</translation>
    </message>
    <message>
        <source>is not supplied by the %1</source>
        <comment>in a question</comment>
        <translation>wird nicht vom Nerv „%1“ innerviert</translation>
    </message>
    <message>
        <source>gets blood from the %1</source>
        <comment>in a question</comment>
        <translation>erhält Blut aus der Arterie „%1“</translation>
    </message>
    <message>
        <source>does not get blood from the %1</source>
        <comment>in a question</comment>
        <translation>erhält kein Blut aus der Arterie „%1“</translation>
    </message>
    <message>
        <source>crosses the %1</source>
        <comment>in a question</comment>
        <translation>überspannt das Gelenk „%1“</translation>
    </message>
    <message>
        <source>does not cross the %1</source>
        <comment>in a question</comment>
        <translation>überspannt das Gelenk „%1“ nicht</translation>
    </message>
    <message>
        <source>arises from the %1</source>
        <comment>in a relative clause</comment>
        <translation>am Knochen „%1“ entspringt</translation>
    </message>
    <message>
        <source>does not arise from the %1</source>
        <comment>in a relative clause</comment>
        <translation>nicht am Knochen „%1“ entspringt</translation>
    </message>
    <message>
        <source>inserts on the %1</source>
        <comment>in a relative clause</comment>
        <translation>am Knochen „%1“ ansetzt</translation>
    </message>
    <message>
        <source>does not insert on the %1</source>
        <comment>in a relative clause</comment>
        <translation>nicht am Knochen „%1“ ansetzt</translation>
    </message>
    <message>
        <source>is supplied by the %1</source>
        <comment>in a relative clause</comment>
        <translation>vom Nerv „%1“ innerviert wird</translation>
    </message>
    <message>
        <source>is not supplied by the %1</source>
        <comment>in a relative clause</comment>
        <translation>nicht vom Nerv „%1“ innerviert wird</translation>
    </message>
    <message>
        <source>gets blood from the %1</source>
        <comment>in a relative clause</comment>
        <translation>Blut aus der Arterie „%1“ erhält</translation>
    </message>
    <message>
        <source>does not get blood from the %1</source>
        <comment>in a relative clause</comment>
        <translation>kein Blut aus der Arterie „%1“ erhält</translation>
    </message>
    <message>
        <source>crosses the %1</source>
        <comment>in a relative clause</comment>
        <translation>das Gelenk „%1“ überspannt</translation>
    </message>
    <message>
        <source>does not cross the %1</source>
        <comment>in a relative clause</comment>
        <translation>das Gelenk „%1“ nicht überspannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This holds for %1.</source>
        <translation>Das trifft zu auf: %1.</translation>
    </message>
    <message>
        <source>Click a muscle that %1.</source>
        <translation>Klicken Sie auf einen Muskel, der %1.</translation>
    </message>
    <message>
        <source>Which of these muscles %1?</source>
        <translation>Welcher dieser Muskeln %1?</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>Study progress cannot be kept: the folder %1 cannot be created.</source>
        <translation>Der Lernfortschritt kann nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Study progress cannot be kept: %1 cannot be created (%2).</source>
        <translation>Der Lernfortschritt kann nicht gespeichert werden: %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The study file %1 cannot be opened: %2</source>
        <translation>Die Lerndatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The study file %1 is busy in another program; try again in a moment.</source>
        <translation>Die Lerndatei %1 wird gerade von einem anderen Programm benutzt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The study file %1 was written by a newer version of CalfAtlas. It is read and left unchanged; update CalfAtlas to go on studying.</source>
        <translation>Die Lerndatei %1 stammt von einer neueren Version von CalfAtlas. Sie wird gelesen und nicht verändert; aktualisieren Sie CalfAtlas, um weiterzulernen.</translation>
    </message>
    <message>
        <source>The study file %1 cannot be written (%2). Your cards are shown, but reviews cannot be saved until it can be.</source>
        <translation>Die Lerndatei %1 kann nicht geschrieben werden (%2). Ihre Karten werden angezeigt, aber Wiederholungen können erst gespeichert werden, wenn das wieder geht.</translation>
    </message>
    <message>
        <source>The study file %1 cannot be prepared: %2</source>
        <translation>Die Lerndatei %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The study file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed.</source>
        <translation>Die Lerndatei %1 kann nicht gelesen (%2) und nicht beiseitegelegt werden. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The study file could not be read (%1). It was kept as %2 and your study starts afresh.</source>
        <translation>Die Lerndatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und Ihr Lernen beginnt von vorn.</translation>
    </message>
    <message>
        <source>%1: the card &apos;%2&apos; cannot be read and is left out.</source>
        <translation>%1: Die Karte „%2“ kann nicht gelesen werden und wird ausgelassen.</translation>
    </message>
    <message>
        <source>Not saved: the disk that holds %1 is full. Free some space and try again.</source>
        <translation>Nicht gespeichert: Der Datenträger, auf dem %1 liegt, ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1 or its folder is read-only.</source>
        <translation>Nicht gespeichert: %1 oder der zugehörige Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported an error writing %1.</source>
        <translation>Nicht gespeichert: Der Datenträger hat beim Schreiben von %1 einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Not saved: %1 is busy in another program; try again in a moment.</source>
        <translation>Nicht gespeichert: %1 wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Nicht unter %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Bench test (knee bent)</source>
        <translation>Stufentest (Knie gebeugt)</translation>
    </message>
    <message>
        <source>Wall test (knee straight)</source>
        <translation>Wandtest (Knie gestreckt)</translation>
    </message>
    <message>
        <source>Knee-to-wall distance</source>
        <translation>Abstand beim Knie-Wand-Test</translation>
    </message>
    <message>
        <source>(dotted line: under %1 cm is often called reduced)</source>
        <translation>(gepunktete Linie: unter %1 cm gilt oft als eingeschränkt)</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>No ratings for this leg yet: they appear here as you save self-tests.</source>
        <translation>Für dieses Bein gibt es noch keine Einstufungen: Sie erscheinen hier, sobald Sie Selbsttests speichern.</translation>
    </message>
    <message>
        <source>No ratings for this leg yet.</source>
        <translation>Für dieses Bein gibt es noch keine Einstufungen.</translation>
    </message>
    <message>
        <source>Self-tests charted: %1, from %2 to %3.</source>
        <translation>Dargestellte Selbsttests: %1, vom %2 bis %3.</translation>
    </message>
    <message>
        <source>Latest bench test: %1.</source>
        <translation>Letzter Stufentest: %1.</translation>
    </message>
    <message>
        <source>Latest wall test: %1.</source>
        <translation>Letzter Wandtest: %1.</translation>
    </message>
    <message>
        <source>Latest knee-to-wall distance: %1 cm.</source>
        <translation>Letzter Abstand beim Knie-Wand-Test: %1 cm.</translation>
    </message>
    <message>
        <source>Trend over time</source>
        <translation>Zeitlicher Verlauf</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format without the year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>UrgencyBadge</name>
    <message>
        <source>Emergency: call now</source>
        <translation>Notfall: jetzt anrufen</translation>
    </message>
    <message>
        <source>Urgent: be seen today</source>
        <translation>Dringend: heute untersuchen lassen</translation>
    </message>
    <message>
        <source>Soon: see a clinician within days</source>
        <translation>Bald: in den nächsten Tagen ärztlich abklären lassen</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AboutPage</name>
    <message>
        <source>About you</source>
        <translation>Zu Ihrer Person</translation>
    </message>
    <message>
        <source>A few questions that help read the tests. Skip any you are not sure about.</source>
        <translation>Ein paar Fragen, die bei der Auswertung der Tests helfen. Überspringen Sie alles, bei dem Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Which leg is sore?</source>
        <translation>Welches Bein schmerzt?</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both (you will test each leg)</source>
        <translation>Beide (Sie testen jedes Bein)</translation>
    </message>
    <message>
        <source>Do you run?</source>
        <translation>Laufen Sie?</translation>
    </message>
    <message>
        <source>When you run, which part of your foot lands first?</source>
        <translation>Mit welchem Teil des Fußes setzen Sie beim Laufen zuerst auf?</translation>
    </message>
    <message>
        <source>Are you changing to a midfoot strike?</source>
        <translation>Stellen Sie gerade auf einen Mittelfußaufsatz um?</translation>
    </message>
    <message>
        <source>By how much did your weekly running go up in the last few weeks?</source>
        <translation>Um wie viel hat Ihr wöchentlicher Laufumfang in den letzten Wochen zugenommen?</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Does pointing your foot down hurt, or feel restricted?</source>
        <translation>Schmerzt es, den Fuß nach unten zu strecken, oder fühlt es sich eingeschränkt an?</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keys: Tab goes from question to question and the arrow keys choose an answer; in a yes-or-no question, Y answers yes and N answers no.</source>
        <translation>Tasten: Tab springt von Frage zu Frage, die Pfeiltasten wählen eine Antwort; bei einer Ja-Nein-Frage antwortet J mit Ja und N mit Nein.</translation>
    </message>
    <message>
        <source>Did the pain start suddenly, during a run or a sprint, in the last two weeks?</source>
        <translation>Hat der Schmerz in den letzten zwei Wochen plötzlich begonnen, beim Laufen oder bei einem Sprint?</translation>
    </message>
    <message>
        <source>Why we ask: a sudden start asks for a gentler test and a few easier days.</source>
        <translation>Warum wir fragen: Ein plötzlicher Beginn verlangt einen sanfteren Test und ein paar leichtere Tage.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AdviceCard</name>
    <message>
        <source>Drawing: %1</source>
        <translation>Zeichnung: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;How much:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wie viel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Open the muscle in the atlas</source>
        <translation>Den Muskel im Atlas öffnen</translation>
    </message>
    <message>
        <source>Show me the muscle for %1</source>
        <translation>Muskel zeigen für: %1</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ChoiceButton</name>
    <message>
        <source>Answer %1 (key %1)</source>
        <translation>Antwort %1 (Taste %1)</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ComparePage</name>
    <message>
        <source>Soleus and gastrocnemius, side by side</source>
        <translation>M. soleus und M. gastrocnemius im Vergleich</translation>
    </message>
    <message>
        <source>Fibre types: share of slow-twitch fibres</source>
        <translation>Faserzusammensetzung: Anteil langsam zuckender Fasern</translation>
    </message>
    <message>
        <source>Autopsy samples; the paler part of a bar is the measured range.</source>
        <translation>Autopsieproben; der hellere Teil eines Balkens ist der gemessene Bereich.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::DeckDialog</name>
    <message>
        <source>Export for Anki</source>
        <translation>Für Anki exportieren</translation>
    </message>
    <message>
        <source>Take the cards to Anki</source>
        <translation>Die Karten nach Anki mitnehmen</translation>
    </message>
    <message>
        <source>Every card of Study becomes an Anki note with its question, its answer, the source behind it and tags for its kind and structure. The cards that ask you to find a structure show the plate, with the structure outlined on the back.</source>
        <translation>Jede Lernkarte wird eine Anki-Notiz mit ihrer Frage, ihrer Antwort, der Quelle dahinter und Schlagwörtern für ihre Art und Struktur. Karten, bei denen Sie eine Struktur finden sollen, zeigen die Tafel, auf der Rückseite mit umrandeter Struktur.</translation>
    </message>
    <message>
        <source>Anki &amp;package (.apkg), with the plate images</source>
        <translation>Anki-&amp;Paket (.apkg), mit den Bildern der Tafel</translation>
    </message>
    <message>
        <source>Plain &amp;text for Anki&apos;s import (.txt), without images</source>
        <translation>Reiner &amp;Text für den Import in Anki (.txt), ohne Bilder</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Anzahl der Karten</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Karten:</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Zu speichernde Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen …</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki-Paket (*.apkg)</translation>
    </message>
    <message>
        <source>Text for Anki (*.txt)</source>
        <translation>Text für Anki (*.txt)</translation>
    </message>
    <message>
        <source>Choose a file to save the deck to.</source>
        <translation>Wählen Sie eine Datei, in der der Stapel gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::DiagramView</name>
    <message>
        <source>Anatomy diagram</source>
        <translation>Anatomische Darstellung</translation>
    </message>
    <message>
        <source>Each structure is a child; Tab or the arrow keys move between them, Enter selects.</source>
        <translation>Jede Struktur ist ein Unterelement; mit Tab oder den Pfeiltasten wechseln Sie zwischen ihnen, mit Enter wählen Sie aus.</translation>
    </message>
    <message>
        <source>Drawing the plate…</source>
        <translation>Tafel wird gezeichnet …</translation>
    </message>
    <message>
        <source>No plate to show</source>
        <translation>Keine Tafel vorhanden</translation>
    </message>
    <message>
        <source>O</source>
        <comment>origin marker</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>I</source>
        <comment>insertion marker</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Ansatz</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ExplorerPage</name>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Medial</source>
        <translation>Medial</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seitlich</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorn</translation>
    </message>
    <message>
        <source>Cross-section</source>
        <translation>Querschnitt</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>Put the last peeled layer back ([)</source>
        <translation>Zuletzt entfernte Schicht wieder einblenden ([)</translation>
    </message>
    <message>
        <source>Restore a layer</source>
        <translation>Schicht zurück</translation>
    </message>
    <message>
        <source>Peel the outer layer away (])</source>
        <translation>Äußerste Schicht entfernen (])</translation>
    </message>
    <message>
        <source>Peel a layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Peel layers</source>
        <translation>Schichten abtragen</translation>
    </message>
    <message>
        <source>Peel the layers from the skin down to the bones</source>
        <translation>Die Schichten von der Haut bis zu den Knochen abtragen</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Show or hide the labels (Alt+L)</source>
        <translation>Beschriftung ein- oder ausblenden (Alt+L)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the plate to the window (0)</source>
        <translation>Tafel in das Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Find a structure (Ctrl+F)</source>
        <translation>Struktur suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a structure</source>
        <translation>Struktur suchen</translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message>
        <source>Outermost: %1</source>
        <translation>Oberste Schicht: %1</translation>
    </message>
    <message>
        <source>Show this view: %1 (%2)</source>
        <translation>Diese Ansicht zeigen: %1 (%2)</translation>
    </message>
    <message>
        <source>As on a CT/MRI scan (seen from below)</source>
        <translation>Wie in CT/MRT (von unten gesehen)</translation>
    </message>
    <message>
        <source>Mirror the slice left to right, as CT and MRI scans show it: seen from the feet, with the leg&apos;s outer side on the left</source>
        <translation>Den Schnitt seitenverkehrt zeigen, wie CT und MRT ihn darstellen: von den Füßen her gesehen, die Außenseite des Beins links</translation>
    </message>
    <message>
        <source>Every layer of the slice at once</source>
        <translation>Jede Schicht des Schnitts auf einmal</translation>
    </message>
    <message>
        <source>Heel · right leg, seen from behind</source>
        <translation>Ferse · rechtes Bein, von hinten gesehen</translation>
    </message>
    <message>
        <source>Foot · right leg, seen from its outer side</source>
        <translation>Fuß · rechtes Bein, von außen gesehen</translation>
    </message>
    <message>
        <source>Back · right leg, seen from above, looking down on the cut</source>
        <translation>Hinten · rechtes Bein, von oben auf den Schnitt gesehen</translation>
    </message>
    <message>
        <source>Back · right leg, seen from below, as on a CT or MRI scan</source>
        <translation>Hinten · rechtes Bein, von unten gesehen wie im CT oder MRT</translation>
    </message>
    <message>
        <source>%1 view — %2</source>
        <translation>Ansicht: %1 — %2</translation>
    </message>
    <message>
        <source>Outermost layer: %1</source>
        <translation>Oberste Schicht: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>calfatlas-%1-%2.%3</source>
        <translation>calfatlas-%1-%2.%3</translation>
    </message>
    <message>
        <source>PNG image, 1× (*.png)</source>
        <translation>PNG-Bild, 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 2× (*.png)</source>
        <translation>PNG-Bild, 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 4× (*.png)</source>
        <translation>PNG-Bild, 4× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Tafel exportieren</translation>
    </message>
    <message>
        <source>The plate was not saved to %1: %2</source>
        <translation>Die Tafel konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the plate to %1</source>
        <translation>Die Tafel wurde unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Print the plate</source>
        <translation>Tafel drucken</translation>
    </message>
    <message>
        <source>The plate could not be printed.</source>
        <translation>Die Tafel konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Sent the plate to the printer</source>
        <translation>Die Tafel wurde an den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::FibreChart</name>
    <message>
        <source>Fibre types chart</source>
        <translation>Diagramm der Faserzusammensetzung</translation>
    </message>
    <message>
        <source>%1: about %2 % slow-twitch</source>
        <translation>%1: etwa %2 % langsam zuckend</translation>
    </message>
    <message>
        <source>%1: about %2–%3 % slow-twitch</source>
        <translation>%1: etwa %2–%3 % langsam zuckend</translation>
    </message>
    <message>
        <source>Slow-twitch (type I)</source>
        <translation>Langsam zuckend (Typ I)</translation>
    </message>
    <message>
        <source>Fast-twitch (type II)</source>
        <translation>Schnell zuckend (Typ II)</translation>
    </message>
    <message>
        <source>≈ %1 %</source>
        <translation>≈ %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::HeelRaisePage</name>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Drawing of a heel raise on one leg</source>
        <translation>Zeichnung eines Fersenhebens auf einem Bein</translation>
    </message>
    <message>
        <source>Stand on the leg to test, barefoot, the other foot off the floor, fingertips on a wall for balance.</source>
        <translation>Stellen Sie sich barfuß auf das zu testende Bein, den anderen Fuß vom Boden gehoben, die Fingerspitzen zum Gleichgewicht an einer Wand.</translation>
    </message>
    <message>
        <source>Press Start. After 3, 2, 1, raise the heel as high as you can on one beat and lower it on the next: 30 raises a minute.</source>
        <translation>Drücken Sie auf Start. Nach 3, 2, 1 heben Sie die Ferse auf einen Schlag so hoch wie möglich und senken sie auf den nächsten: 30 Wiederholungen pro Minute.</translation>
    </message>
    <message>
        <source>Keep going until the heel no longer rises as high, you lose the beat, the knee bends, or you need more than your fingertips for balance.</source>
        <translation>Machen Sie weiter, bis die Ferse nicht mehr so hoch kommt, Sie den Takt verlieren, das Knie sich beugt oder Sie mehr als die Fingerspitzen zum Halten brauchen.</translation>
    </message>
    <message>
        <source>Then press Space or click the pulse. Check the count, and correct it if you counted differently.</source>
        <translation>Drücken Sie dann die Leertaste oder klicken Sie auf den Taktkreis. Prüfen Sie die Zahl und korrigieren Sie sie, wenn Sie anders gezählt haben.</translation>
    </message>
    <message>
        <source>The published test stands on a board tilted 10°; at home the floor is used, as the return-to-running benchmark is.</source>
        <translation>Im veröffentlichten Test steht man auf einem um 10° geneigten Brett; zu Hause dient der Boden, wie beim Richtwert für die Rückkehr zum Laufen.</translation>
    </message>
    <message>
        <source>Compare with the median of:</source>
        <translation>Vergleichen mit dem Median von:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männern</translation>
    </message>
    <message>
        <source>The published medians differ for women and men; leave it out if you prefer.</source>
        <translation>Die veröffentlichten Mediane unterscheiden sich für Frauen und Männer; Sie können die Angabe auch weglassen.</translation>
    </message>
    <message>
        <source>Mute the click</source>
        <translation>Klick stumm schalten</translation>
    </message>
    <message>
        <source>No sound output was found: follow the pulse on the screen, it keeps the same beat.</source>
        <translation>Keine Tonausgabe gefunden: Folgen Sie dem Taktkreis auf dem Bildschirm, er hält denselben Takt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then the beat</source>
        <translation>Ein Countdown 3, 2, 1, dann der Takt</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stopp (Leertaste)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Raises:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Number of raises</source>
        <translation>Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Test this leg again</source>
        <translation>Dieses Bein noch einmal testen</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Pause überspringen</translation>
    </message>
    <message>
        <source>Your heel-raise test</source>
        <translation>Ihr Fersenhebe-Test</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Im Verlauf speichern</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Noch einmal testen</translation>
    </message>
    <message>
        <source>%1: ready?</source>
        <translation>%1: bereit?</translation>
    </message>
    <message>
        <source>%1: up on the beat, down on the next</source>
        <translation>%1: hoch auf den Schlag, runter auf den nächsten</translation>
    </message>
    <message>
        <source>%1: how many raises?</source>
        <translation>%1: wie viele Wiederholungen?</translation>
    </message>
    <message>
        <source>Rest before the left leg: %1</source>
        <translation>Pause vor dem linken Bein: %1</translation>
    </message>
    <message>
        <source>Rest before the right leg: %1</source>
        <translation>Pause vor dem rechten Bein: %1</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::HistoryModel</name>
    <message>
        <source>Taken</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::HistoryPage</name>
    <message>
        <source>History notice</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring the deleted self-test back (Ctrl+Z)</source>
        <translation>Den gelöschten Selbsttest wiederherstellen (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Deleted the self-test of %1.</source>
        <translation>Selbsttest vom %1 gelöscht.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No saved self-tests yet</source>
        <translation>Noch keine gespeicherten Selbsttests</translation>
    </message>
    <message>
        <source>When you finish the self-test, choose “Save to history” to keep the result here. Saved results show how your calf changes over the weeks, and you can export them as a PDF for a clinician.</source>
        <translation>Wenn Sie den Selbsttest abgeschlossen haben, wählen Sie „Im Verlauf speichern“, um das Ergebnis hier aufzubewahren. Gespeicherte Ergebnisse zeigen, wie sich Ihre Wade über die Wochen verändert, und Sie können sie als PDF für Ihren Arzt oder Physiotherapeuten exportieren.</translation>
    </message>
    <message>
        <source>Start the self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <source>Open the guided self-test for a sore calf</source>
        <translation>Den angeleiteten Selbsttest bei schmerzender Wade öffnen</translation>
    </message>
    <message>
        <source>Export all as PDF…</source>
        <translation>Alle als PDF exportieren …</translation>
    </message>
    <message>
        <source>A report of every saved self-test with the trends, for a clinician</source>
        <translation>Ein Bericht über alle gespeicherten Selbsttests mit den Trends – für Ärzte und Physiotherapeuten</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Alle drucken …</translation>
    </message>
    <message>
        <source>Print the report of every saved self-test</source>
        <translation>Den Bericht über alle gespeicherten Selbsttests drucken</translation>
    </message>
    <message>
        <source>Saved self-tests, newest first</source>
        <translation>Gespeicherte Selbsttests, neueste zuerst</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
    <message>
        <source>A report of this self-test with the trends, for a clinician (Ctrl+E)</source>
        <translation>Ein Bericht über diesen Selbsttest mit den Trends – für Ärzte und Physiotherapeuten (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print the report of this self-test (Ctrl+P)</source>
        <translation>Den Bericht über diesen Selbsttest drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this self-test from the history (Delete); you can undo it</source>
        <translation>Diesen Selbsttest aus dem Verlauf löschen (Entf); lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>The chosen self-test in full</source>
        <translation>Der ausgewählte Selbsttest im Detail</translation>
    </message>
    <message>
        <source>Your &amp;note</source>
        <translation>Ihre &amp;Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How the calf felt, what you did before the test, what changed…</source>
        <translation>Wie sich die Wade angefühlt hat, was Sie vor dem Test gemacht haben, was sich verändert hat …</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Keep this note with the self-test (Ctrl+S)</source>
        <translation>Diese Notiz zusammen mit dem Selbsttest aufbewahren (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Leg:</source>
        <translation>&amp;Bein:</translation>
    </message>
    <message>
        <source>Leg shown in the trend</source>
        <translation>Im Trend gezeigtes Bein</translation>
    </message>
    <message>
        <source>Some saved self-tests cannot be read and are not shown: %1</source>
        <translation>Einige gespeicherte Selbsttests können nicht gelesen werden und werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>The PDF was not written to %1: %2</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Fersenhebe-Test</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>Self-tests over &amp;time</source>
        <translation>Selbsttests im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Messwerte</translation>
    </message>
    <message>
        <source>The plan&apos;s log, oldest first</source>
        <translation>Das Protokoll des Plans, älteste Einträge zuerst</translation>
    </message>
    <message>
        <source>Back to &amp;running</source>
        <translation>Zurück zum &amp;Laufen</translation>
    </message>
    <message>
        <source>calfatlas-history-%1.pdf</source>
        <translation>calfatlas-verlauf-%1.pdf</translation>
    </message>
    <message>
        <source>calfatlas-self-test-%1.pdf</source>
        <translation>calfatlas-selbsttest-%1.pdf</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::InfoPanel</name>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation>Sehne</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nerv</translation>
    </message>
    <message>
        <source>Membrane</source>
        <translation>Membran</translation>
    </message>
    <message>
        <source>superficial back compartment</source>
        <translation>oberflächliche hintere Loge</translation>
    </message>
    <message>
        <source>deep back compartment</source>
        <translation>tiefe hintere Loge</translation>
    </message>
    <message>
        <source>front compartment</source>
        <translation>vordere Loge</translation>
    </message>
    <message>
        <source>outer compartment</source>
        <translation>seitliche Loge</translation>
    </message>
    <message>
        <source>About the selected structure</source>
        <translation>Zur ausgewählten Struktur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Nerve supply</source>
        <translation>Innervation</translation>
    </message>
    <message>
        <source>Blood supply</source>
        <translation>Blutversorgung</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Joints crossed</source>
        <translation>Überspannte Gelenke</translation>
    </message>
    <message>
        <source>Fibre types</source>
        <translation>Faserzusammensetzung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Explore the calf&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Point at a structure to see its name; click it to read where it starts and ends, which nerve supplies it, what it does and what its fibres are made of — each fact with its source.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;Peel the layers away to find the soleus beneath the gastrocnemius, or search for any structure by name.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;Keys:&lt;/b&gt; Tab or the arrow keys move between structures, Enter selects, Escape clears; [ and ] peel; + and − zoom, 0 fits.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Die Wade erkunden&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Zeigen Sie auf eine Struktur, um ihren Namen zu sehen; klicken Sie darauf, um Ursprung und Ansatz, Innervation, Funktion und Faserzusammensetzung zu lesen – jede Angabe mit Quelle.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;Tragen Sie die Schichten ab, um den M. soleus unter dem M. gastrocnemius zu finden, oder suchen Sie eine Struktur nach ihrem Namen.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;Tasten:&lt;/b&gt; Tab oder die Pfeiltasten wechseln zwischen Strukturen, Enter wählt aus, Escape hebt die Auswahl auf; [ und ] tragen Schichten ab bzw. zurück; + und − zoomen, 0 passt ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>Arterie</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>Vene</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Gelenk</translation>
    </message>
    <message>
        <source>Arises from</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Inserts on</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Arteries</source>
        <translation>Arterien</translation>
    </message>
    <message>
        <source>Veins</source>
        <translation>Venen</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Gelenke</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Muscles arising from it</source>
        <translation>Muskeln, die hier entspringen</translation>
    </message>
    <message>
        <source>Inserting on it</source>
        <translation>Was hier ansetzt</translation>
    </message>
    <message>
        <source>Muscles inserting through it</source>
        <translation>Muskeln, die über diese Sehne ansetzen</translation>
    </message>
    <message>
        <source>Muscles it supplies</source>
        <translation>Versorgte Muskeln</translation>
    </message>
    <message>
        <source>What it drains</source>
        <translation>Was sie drainiert</translation>
    </message>
    <message>
        <source>Muscles crossing it</source>
        <translation>Muskeln, die es überspannen</translation>
    </message>
    <message>
        <source>Muscles crossing it, among others</source>
        <translation>Muskeln, die es überspannen (unter anderen)</translation>
    </message>
    <message>
        <source>Joints it is part of</source>
        <translation>Gelenke, an denen er beteiligt ist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::IntroPage</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Which calf muscle is sore? Two simple stretches can tell the soleus from the gastrocnemius.</source>
        <translation>Welcher Wadenmuskel schmerzt? Zwei einfache Dehnungen können den Soleus vom Gastrocnemius unterscheiden.</translation>
    </message>
    <message>
        <source>Knee bent: the soleus is stretched</source>
        <translation>Knie gebeugt: Der Soleus wird gedehnt</translation>
    </message>
    <message>
        <source>Knee straight: both, the gastrocnemius most</source>
        <translation>Knie gestreckt: beide, am stärksten der Gastrocnemius</translation>
    </message>
    <message>
        <source>You will need a low step, bench or stair with something to hold on to, a wall, and — for the optional measurement — a tape measure. It takes about ten minutes. You can go back and change any answer, and skip any question about yourself.</source>
        <translation>Sie brauchen eine niedrige Stufe, eine Bank oder eine Treppe mit einer Möglichkeit zum Festhalten, eine Wand und – für die optionale Messung – ein Maßband. Das dauert etwa zehn Minuten. Sie können jederzeit zurückgehen, jede Antwort ändern und jede Frage zu Ihrer Person überspringen.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KneeToWallScale</name>
    <message>
        <source>Knee-to-wall scale</source>
        <translation>Skala Knie-Wand-Test</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>under 10 cm: reduced</source>
        <translation>unter 10 cm: eingeschränkt</translation>
    </message>
    <message>
        <source>10 cm or more: typical</source>
        <translation>ab 10 cm: üblich</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KneeToWallTestPage</name>
    <message>
        <source>Drawing of the knee-to-wall lunge</source>
        <translation>Zeichnung des Knie-zur-Wand-Ausfallschritts</translation>
    </message>
    <message>
        <source>Face a wall, the foot of the leg to measure pointing straight at it, the other foot behind.</source>
        <translation>Stellen Sie sich vor eine Wand, der Fuß des zu messenden Beins zeigt gerade auf sie, der andere Fuß steht dahinter.</translation>
    </message>
    <message>
        <source>Bend the front knee to touch the wall, the heel flat on the floor. Move the foot back until the knee only just touches with the heel still down.</source>
        <translation>Beugen Sie das vordere Knie bis zur Wand, die Ferse flach am Boden. Rücken Sie den Fuß zurück, bis das Knie die Wand gerade noch berührt, während die Ferse unten bleibt.</translation>
    </message>
    <message>
        <source>Measure from the big toe to the wall. Do both legs the same way.</source>
        <translation>Messen Sie von der großen Zehe bis zur Wand. Machen Sie es mit beiden Beinen gleich.</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>&amp;Left leg:</source>
        <translation>&amp;Linkes Bein:</translation>
    </message>
    <message>
        <source>&amp;Right leg:</source>
        <translation>&amp;Rechtes Bein:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Im Verlauf speichern</translation>
    </message>
    <message>
        <source>The left leg&apos;s distance must be a number from 0 to 25 cm (0 to 9.8 inches).</source>
        <translation>Der Abstand des linken Beins muss eine Zahl von 0 bis 25 cm sein (0 bis 9,8 Zoll).</translation>
    </message>
    <message>
        <source>The right leg&apos;s distance must be a number from 0 to 25 cm (0 to 9.8 inches).</source>
        <translation>Der Abstand des rechten Beins muss eine Zahl von 0 bis 25 cm sein (0 bis 9,8 Zoll).</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KnowledgeTint</name>
    <message>
        <source>not studied yet</source>
        <translation>noch nicht gelernt</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of recall</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <source>My recall</source>
        <translation>Mein Wissen</translation>
    </message>
    <message>
        <source>Tint each structure by how likely you are to recall it today (Alt+R)</source>
        <translation>Jede Struktur danach einfärben, wie wahrscheinlich Sie sie heute noch wissen (Alt+R)</translation>
    </message>
    <message>
        <source>Your knowledge on the plate</source>
        <translation>Ihr Wissen auf der Tafel</translation>
    </message>
    <message>
        <source>Your recall today</source>
        <translation>Ihr Wissen heute</translation>
    </message>
    <message>
        <source>Study what&apos;s weak</source>
        <translation>Schwaches wiederholen</translation>
    </message>
    <message>
        <source>Start a session on the cards you are least likely to recall today</source>
        <translation>Eine Sitzung mit den Karten beginnen, die Sie heute am wenigsten sicher wissen</translation>
    </message>
    <message>
        <source>Structures studied: %1.</source>
        <translation>Gelernte Strukturen: %1.</translation>
    </message>
    <message>
        <source>Nothing studied yet: Learn → Study fills this in.</source>
        <translation>Noch nichts gelernt: Lernen → Lernkarten füllt dies aus.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LearnArea</name>
    <message>
        <source>Guided tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>The calf in short steps, shown on the diagram</source>
        <translation>Die Wade in kurzen Schritten, gezeigt in der Darstellung</translation>
    </message>
    <message>
        <source>Soleus vs gastrocnemius</source>
        <translation>Soleus vs. Gastrocnemius</translation>
    </message>
    <message>
        <source>The two calf muscles side by side</source>
        <translation>Die beiden Wadenmuskeln im Vergleich</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Find structures on the diagram and answer questions</source>
        <translation>Strukturen in der Darstellung finden und Fragen beantworten</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>Every source, with its full citation</source>
        <translation>Jede Quelle mit vollständiger Literaturangabe</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Keine medizinische Beratung</translation>
    </message>
    <message>
        <source>What the self-test is and is not</source>
        <translation>Was der Selbsttest ist und was nicht</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernkarten</translation>
    </message>
    <message>
        <source>Today&apos;s cards, spaced so that they stay learnt</source>
        <translation>Die Karten von heute, so verteilt, dass sie im Gedächtnis bleiben</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegMap</name>
    <message>
        <source>Drawing of the back of the left leg</source>
        <translation>Zeichnung der Rückseite des linken Beins</translation>
    </message>
    <message>
        <source>Drawing of the back of the right leg</source>
        <translation>Zeichnung der Rückseite des rechten Beins</translation>
    </message>
    <message>
        <source>Drawing of the back of the leg</source>
        <translation>Zeichnung der Rückseite des Beins</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet. The list beside it offers the same places.</source>
        <translation>Noch nichts gewählt. Die Liste daneben bietet dieselben Stellen.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegResultView</name>
    <message>
        <source>&lt;b&gt;Confidence: likely.&lt;/b&gt; The tests point clearly to this.</source>
        <translation>&lt;b&gt;Sicherheit: wahrscheinlich.&lt;/b&gt; Die Tests weisen deutlich darauf hin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidence: possible.&lt;/b&gt; The tests lean this way, but not strongly.</source>
        <translation>&lt;b&gt;Sicherheit: möglich.&lt;/b&gt; Die Tests deuten in diese Richtung, aber nicht deutlich.</translation>
    </message>
    <message>
        <source>This leg</source>
        <translation>Dieses Bein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes Bein</translation>
    </message>
    <message>
        <source>Show me the muscle</source>
        <translation>Muskel zeigen</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun sollten</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to running.&lt;/b&gt; A plan of sessions that your pain and your measurements move forward, with a safety check before each one.</source>
        <translation>&lt;b&gt;Zurück zum Laufen.&lt;/b&gt; Ein Plan aus Einheiten, den Ihr Schmerz und Ihre Messwerte voranbringen, mit einer Sicherheitsabfrage vor jeder Einheit.</translation>
    </message>
    <message>
        <source>Start a plan for this leg</source>
        <translation>Plan für dieses Bein starten</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegView</name>
    <message>
        <source>Leg model</source>
        <translation>Beinmodell</translation>
    </message>
    <message>
        <source>Drag the shank to bend the knee and the foot to move the ankle.
Keys: Up/Down straighten or bend the knee, Left/Right point or lift the foot (Shift: 5°).</source>
        <translation>Ziehen Sie am Unterschenkel, um das Knie zu beugen, und am Fuß, um das Sprunggelenk zu bewegen.
Tasten: Auf/Ab strecken oder beugen das Knie, Links/Rechts senken oder heben den Fuß (Umschalt: 5°).</translation>
    </message>
    <message>
        <source>knee %1°</source>
        <translation>Knie %1°</translation>
    </message>
    <message>
        <source>ankle %1%2°</source>
        <translation>Sprunggelenk %1%2°</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemius</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Soleus</translation>
    </message>
    <message>
        <source>Knee bent %1 degrees, ankle %2 degrees.</source>
        <translation>Knie %1 Grad gebeugt, Sprunggelenk %2 Grad.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>drag to bend the knee</source>
        <translation>ziehen, um das Knie zu beugen</translation>
    </message>
    <message>
        <source>drag to move the foot</source>
        <translation>ziehen, um den Fuß zu bewegen</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MainWindow</name>
    <message>
        <source>Open the atlas</source>
        <translation>Atlas öffnen</translation>
    </message>
    <message>
        <source>Start the self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>The interactive diagram of the lower leg</source>
        <translation>Die interaktive Darstellung des Unterschenkels</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>A guided test for a sore calf: soleus or gastrocnemius?</source>
        <translation>Ein angeleiteter Test bei schmerzender Wade: Soleus oder Gastrocnemius?</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>A moving knee and ankle: why each test stretches its muscle</source>
        <translation>Knie und Sprunggelenk in Bewegung: warum jeder Test seinen Muskel dehnt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CalfAtlas</source>
        <translation>Über &amp;CalfAtlas</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About CalfAtlas</source>
        <translation>Über CalfAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CalfAtlas %1&lt;/h3&gt;&lt;p&gt;Learn the calf: an interactive atlas of the lower leg for anatomy students, and a guided self-test for runners with a sore calf.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CalfAtlas %1&lt;/h3&gt;&lt;p&gt;Die Wade verstehen: ein interaktiver Atlas des Unterschenkels für Studierende der Anatomie und ein angeleiteter Selbsttest für Läuferinnen und Läufer mit schmerzender Wade.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The self-test suggests which calf muscle is the likelier source of soreness. It is not a diagnosis and does not replace an examination by a clinician.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: CalfAtlas never uses the network.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Selbsttest gibt einen Hinweis darauf, welcher Wadenmuskel eher die Beschwerden verursacht. Er ist keine Diagnose und ersetzt keine ärztliche oder physiotherapeutische Untersuchung.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: CalfAtlas nutzt niemals das Netzwerk.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your answers are still here: try again when the problem is solved.</source>
        <translation>Ihre Antworten bleiben erhalten: Versuchen Sie es erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Take the guided tour</source>
        <translation>Geführte Tour starten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your saved self-tests, how they changed, and reports for a clinician</source>
        <translation>Ihre gespeicherten Selbsttests, ihre Entwicklung und Berichte für Ärzte und Physiotherapeuten</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>A guided tour, the two calf muscles compared, quizzes and the sources</source>
        <translation>Eine geführte Tour, die beiden Wadenmuskeln im Vergleich, Quizfragen und die Quellen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <comment>the language</comment>
        <translation>Wie &amp;System</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>No plan started</source>
        <translation>Kein Plan gestartet</translation>
    </message>
    <message>
        <source>The plan back to running, the heel-raise test and knee-to-wall</source>
        <translation>Der Plan zurück zum Laufen, der Fersenhebe-Test und der Knie-Wand-Test</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Today&apos;s session, your last results, and what CalfAtlas is for</source>
        <translation>Die heutige Einheit, Ihre letzten Ergebnisse und wofür CalfAtlas da ist</translation>
    </message>
    <message>
        <source>%1 — CalfAtlas</source>
        <translation>%1 — CalfAtlas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>CalfAtlas &amp;Handbook</source>
        <translation>CalfAtlas-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Sidebar &amp;Icons Only</source>
        <translation>Seitenleiste nur mit &amp;Symbolen</translation>
    </message>
    <message>
        <source>Show the sections as icons only, to leave more room on a small screen</source>
        <translation>Die Bereiche nur als Symbole zeigen, damit auf einem kleinen Bildschirm mehr Platz bleibt</translation>
    </message>
    <message>
        <source>Export for &amp;Anki…</source>
        <translation>Für &amp;Anki exportieren …</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Export plate…</source>
        <translation>Tafel &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the plate as shown, with its caption and sources, as a PNG image, an SVG drawing or a PDF (Ctrl+E)</source>
        <translation>Die Tafel so, wie sie zu sehen ist, mit Bildunterschrift und Quellen als PNG-Bild, SVG-Zeichnung oder PDF speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Print plate…</source>
        <translation>Tafel &amp;drucken …</translation>
    </message>
    <message>
        <source>Print the plate as shown, with its caption and sources (Ctrl+P)</source>
        <translation>Die Tafel so, wie sie zu sehen ist, mit Bildunterschrift und Quellen drucken (Strg+P)</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasurePage</name>
    <message>
        <source>%1 Leave it empty to skip it.</source>
        <translation>%1 Lassen Sie das Feld leer, um die Messung zu überspringen.</translation>
    </message>
    <message>
        <source>Drawing of the knee-to-wall test</source>
        <translation>Zeichnung des Knie-Wand-Tests</translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation>Gemessen in</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>Zentimetern</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Unit of the distances</source>
        <translation>Einheit der Abstände</translation>
    </message>
    <message>
        <source>%1: knee-to-wall distance</source>
        <translation>%1: Abstand beim Knie-Wand-Test</translation>
    </message>
    <message>
        <source>Enter the distance as a number, such as 11.5.</source>
        <translation>Geben Sie den Abstand als Zahl ein, etwa 11,5.</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>Ein Abstand kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>That is more than 25 cm (about 10 inches), beyond what this test measures: please measure again.</source>
        <translation>Das sind mehr als 25 cm (etwa 10 Zoll) und damit mehr, als dieser Test misst: Bitte messen Sie noch einmal.</translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — within measurement error.</source>
        <translation>Unterschied zwischen den Beinen: %1 cm – im Bereich des Messfehlers.</translation>
    </message>
    <message>
        <source>%1 (not sore)</source>
        <translation>%1 (schmerzfrei)</translation>
    </message>
    <message>
        <source>Your other leg (not sore)</source>
        <translation>Ihr anderes Bein (schmerzfrei)</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>optional, to compare</source>
        <translation>freiwillig, zum Vergleich</translation>
    </message>
    <message>
        <source>other</source>
        <comment>the leg that does not hurt, on the scale</comment>
        <translation>anderes</translation>
    </message>
    <message>
        <source>Many clinicians treat under 10 cm as reduced ankle bend; that is a practice convention, not a validated cut-off. Between the two legs, a difference under 2 cm can come from the errors of measuring yourself alone.</source>
        <translation>Viele Ärzte und Physiotherapeuten werten weniger als 10 cm als eingeschränkte Beweglichkeit im Sprunggelenk; das ist eine Praxiskonvention, kein validierter Grenzwert. Zwischen den beiden Beinen kann ein Unterschied unter 2 cm allein durch Fehler beim Selbstmessen entstehen.</translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — at least 2 cm, so worth attention.</source>
        <translation>Unterschied zwischen den Beinen: %1 cm – mindestens 2 cm, also beachtenswert.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasureResultView</name>
    <message>
        <source>1 raise</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 raises</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The median of healthy men is %1.</source>
        <translation>Der Median gesunder Männer liegt bei %1.</translation>
    </message>
    <message>
        <source>The median of healthy women is %1.</source>
        <translation>Der Median gesunder Frauen liegt bei %1.</translation>
    </message>
    <message>
        <source>Meets the return-to-running benchmark of at least %1 from the floor.</source>
        <translation>Erreicht den Richtwert für die Rückkehr zum Laufen von mindestens %1 vom Boden.</translation>
    </message>
    <message>
        <source>Below the return-to-running benchmark of at least %1 from the floor.</source>
        <translation>Unter dem Richtwert für die Rückkehr zum Laufen von mindestens %1 vom Boden.</translation>
    </message>
    <message>
        <source>7 raises or more</source>
        <translation>7 Wiederholungen oder mehr</translation>
    </message>
    <message>
        <source>2 cm or more</source>
        <translation>2 cm oder mehr</translation>
    </message>
    <message>
        <source>Since the last saved test (%1): %2, beyond measurement error (%3).</source>
        <translation>Seit dem letzten gespeicherten Test (%1): %2, jenseits des Messfehlers (%3).</translation>
    </message>
    <message>
        <source>Since the last saved test (%1): %2, within measurement error (a real change is %3).</source>
        <translation>Seit dem letzten gespeicherten Test (%1): %2, innerhalb des Messfehlers (eine echte Änderung sind %3).</translation>
    </message>
    <message>
        <source>Left–right difference: %1, beyond measurement error (2 cm or more).</source>
        <translation>Links-rechts-Unterschied: %1, jenseits des Messfehlers (2 cm oder mehr).</translation>
    </message>
    <message>
        <source>Left–right difference: %1, within measurement error (under 2 cm).</source>
        <translation>Links-rechts-Unterschied: %1, innerhalb des Messfehlers (unter 2 cm).</translation>
    </message>
    <message>
        <source> (the left leg is weaker)</source>
        <translation> (das linke Bein ist schwächer)</translation>
    </message>
    <message>
        <source> (the right leg is weaker)</source>
        <translation> (das rechte Bein ist schwächer)</translation>
    </message>
    <message>
        <source>Left–right asymmetry: %1 %%2, within the experts&apos; limit of 10 % for a return to running.</source>
        <translation>Links-rechts-Asymmetrie: %1 %%2, innerhalb der Grenze von 10 %, die Fachleute für die Rückkehr zum Laufen nennen.</translation>
    </message>
    <message>
        <source>Left–right asymmetry: %1 %%2, over the experts&apos; limit of 10 % for a return to running.</source>
        <translation>Links-rechts-Asymmetrie: %1 %%2, über der Grenze von 10 %, die Fachleute für die Rückkehr zum Laufen nennen.</translation>
    </message>
    <message>
        <source> (the left ankle bends less)</source>
        <translation> (das linke Sprunggelenk beugt sich weniger)</translation>
    </message>
    <message>
        <source> (the right ankle bends less)</source>
        <translation> (das rechte Sprunggelenk beugt sich weniger)</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasurementChart</name>
    <message>
        <source>Measurements over time</source>
        <translation>Messungen im Verlauf</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>links %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>rechts %1</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Noch keine Messungen.</translation>
    </message>
    <message>
        <source>No measurements yet: the Recovery area takes them.</source>
        <translation>Noch keine Messungen: Sie werden im Bereich Erholung aufgenommen.</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>Richtwert %1</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>band: ± 7 raises, the measurement error</source>
        <translation>Band: ± 7 Wiederholungen, der Messfehler</translation>
    </message>
    <message>
        <source>band: ± 2 cm, the measurement error</source>
        <translation>Band: ± 2 cm, der Messfehler</translation>
    </message>
    <message>
        <source>Measurements: %1; latest: %2</source>
        <translation>Messungen: %1; zuletzt: %2</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MovementPage</name>
    <message>
        <source>straight</source>
        <translation>gestreckt</translation>
    </message>
    <message>
        <source>%1° bent</source>
        <translation>%1° gebeugt</translation>
    </message>
    <message>
        <source>right angle</source>
        <translation>rechter Winkel</translation>
    </message>
    <message>
        <source>%1° dorsiflexion</source>
        <translation>%1° Dorsalextension</translation>
    </message>
    <message>
        <source>%1° plantar flexion</source>
        <translation>%1° Plantarflexion</translation>
    </message>
    <message>
        <source>soleus</source>
        <translation>M. soleus</translation>
    </message>
    <message>
        <source>calcaneal tendon</source>
        <translation>Achillessehne</translation>
    </message>
    <message>
        <source>gastrocnemius</source>
        <translation>M. gastrocnemius</translation>
    </message>
    <message>
        <source>Why each test finds its muscle</source>
        <translation>Warum jeder Test seinen Muskel findet</translation>
    </message>
    <message>
        <source>Only the gastrocnemius crosses the knee. Bend the knee and watch it go slack while the soleus keeps its length; lift the foot and watch both stretch.</source>
        <translation>Nur der Gastrocnemius überspannt das Knie. Beugen Sie das Knie und beobachten Sie, wie er sich entspannt, während der Soleus seine Länge behält; heben Sie den Fuß und sehen Sie, wie beide gedehnt werden.</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation>&amp;Knie</translation>
    </message>
    <message>
        <source>&amp;Ankle</source>
        <translation>&amp;Sprunggelenk</translation>
    </message>
    <message>
        <source>Knee flexion in degrees</source>
        <translation>Knieflexion in Grad</translation>
    </message>
    <message>
        <source>Ankle angle in degrees, positive is dorsiflexion</source>
        <translation>Winkel im Sprunggelenk in Grad, positiv ist Dorsalextension</translation>
    </message>
    <message>
        <source>0° is a straight knee, 140° fully bent</source>
        <translation>0° ist ein gestrecktes Knie, 140° voll gebeugt</translation>
    </message>
    <message>
        <source>0° is the foot at a right angle; positive lifts the toes (dorsiflexion), negative points them (plantar flexion)</source>
        <translation>0° ist der Fuß im rechten Winkel; positiv hebt die Zehen (Dorsalextension), negativ senkt sie (Plantarflexion)</translation>
    </message>
    <message>
        <source>Length from standing</source>
        <translation>Länge gegenüber dem Stand</translation>
    </message>
    <message>
        <source>In percent of shank length and in mm for a 400 mm shank, from a knee-and-ankle model fitted to Grieve 1978 and Hawkins &amp; Hull 1990.</source>
        <translation>In Prozent der Unterschenkellänge und in mm bei einem 400 mm langen Unterschenkel, berechnet mit einem Knie-Sprunggelenk-Modell, angepasst an Grieve 1978 und Hawkins &amp; Hull 1990.</translation>
    </message>
    <message>
        <source>Your own pose</source>
        <translation>Ihre eigene Position</translation>
    </message>
    <message>
        <source>Drag the shank or the foot, or use the sliders. Pick a pose above to see what a test or an exercise does to each muscle.</source>
        <translation>Ziehen Sie am Unterschenkel oder am Fuß oder nutzen Sie die Schieberegler. Wählen Sie oben eine Position, um zu sehen, wie ein Test oder eine Übung auf jeden Muskel wirkt.</translation>
    </message>
    <message>
        <source>Do the bench test</source>
        <translation>Zum Stufentest</translation>
    </message>
    <message>
        <source>Do the wall test</source>
        <translation>Zum Wandtest</translation>
    </message>
    <message>
        <source>Show the %1 in the atlas</source>
        <translation>%1 im Atlas zeigen</translation>
    </message>
    <message>
        <source>Move to this pose: %1 (Alt+%2)</source>
        <translation>In diese Position wechseln: %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Near its longest</source>
        <translation>Nahe an seiner größten Länge</translation>
    </message>
    <message>
        <source>From its shortest (0 %) to its longest (100 %). In the wall test the gastrocnemius is nearer its longest; bend the knee and it falls far from it, while the soleus stays put.</source>
        <translation>Von seiner kürzesten (0 %) bis zu seiner größten Länge (100 %). Im Wandtest ist der Gastrocnemius näher an seiner größten Länge; beugen Sie das Knie, entfernt er sich weit davon, während der Soleus bleibt, wo er ist.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::NotAdvicePage</name>
    <message>
        <source>Not medical advice</source>
        <translation>Keine medizinische Beratung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not medical advice&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keine medizinische Beratung&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanChart</name>
    <message>
        <source>The plan&apos;s level over time</source>
        <translation>Die Stufe des Plans im Zeitverlauf</translation>
    </message>
    <message>
        <source>Level %1 of %2 now</source>
        <translation>Jetzt Stufe %1 von %2</translation>
    </message>
    <message>
        <source>No plan yet. Start one in Recovery, or from a self-test&apos;s result.</source>
        <translation>Noch kein Plan. Starten Sie einen unter Erholung oder im Ergebnis eines Selbsttests.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanLogModel</name>
    <message>
        <source>Morning after: better</source>
        <translation>Am Morgen danach: besser</translation>
    </message>
    <message>
        <source>Morning after: the same</source>
        <translation>Am Morgen danach: gleich</translation>
    </message>
    <message>
        <source>Morning after: worse</source>
        <translation>Am Morgen danach: schlechter</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Paused for a warning sign</source>
        <translation>Wegen eines Warnzeichens angehalten</translation>
    </message>
    <message>
        <source>Resumed after being seen</source>
        <translation>Nach der Untersuchung fortgesetzt</translation>
    </message>
    <message>
        <source>Gate passed: into %1</source>
        <translation>Schwelle erreicht: weiter zu %1</translation>
    </message>
    <message>
        <source>Held: the gate into %1 is not met yet</source>
        <translation>Gehalten: die Schwelle zu %1 ist noch nicht erreicht</translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation>Plan gestartet</translation>
    </message>
    <message>
        <source>Plan stopped</source>
        <translation>Plan beendet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanPage</name>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 von %2: %3</translation>
    </message>
    <message>
        <source>Biases the work towards the soleus</source>
        <translation>Verlagert die Arbeit zum Soleus hin</translation>
    </message>
    <message>
        <source>Biases the work towards the gastrocnemius</source>
        <translation>Verlagert die Arbeit zum Gastrocnemius hin</translation>
    </message>
    <message>
        <source>Works both calf muscles</source>
        <translation>Beansprucht beide Wadenmuskeln</translation>
    </message>
    <message>
        <source>%1 out of 10: safe</source>
        <translation>%1 von 10: sicher</translation>
    </message>
    <message>
        <source>%1 out of 10: acceptable</source>
        <translation>%1 von 10: vertretbar</translation>
    </message>
    <message>
        <source>%1 out of 10: too much; the plan steps back</source>
        <translation>%1 von 10: zu viel; der Plan geht eine Stufe zurück</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Back to running</source>
        <translation>Zurück zum Laufen</translation>
    </message>
    <message>
        <source>The sore leg:</source>
        <translation>Das schmerzende Bein:</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Plan starten</translation>
    </message>
    <message>
        <source>Plan started at level 1. Each session opens with a short safety check.</source>
        <translation>Plan auf Stufe 1 gestartet. Jede Einheit beginnt mit einer kurzen Sicherheitsabfrage.</translation>
    </message>
    <message>
        <source>%1 · level %2 of %3: %4</source>
        <translation>%1 · Stufe %2 von %3: %4</translation>
    </message>
    <message>
        <source>The plan is paused and takes no sessions. When a clinician has seen you and cleared you to carry on, resume it: it goes on at the level you were at.</source>
        <translation>Der Plan ist angehalten und nimmt keine Einheiten an. Wenn eine Ärztin, ein Arzt oder eine Physiotherapeutin Sie untersucht und grünes Licht gegeben hat, setzen Sie ihn fort: Er geht auf Ihrer bisherigen Stufe weiter.</translation>
    </message>
    <message>
        <source>I have been seen and cleared: resume the plan</source>
        <translation>Ich wurde untersucht und habe grünes Licht: Plan fortsetzen</translation>
    </message>
    <message>
        <source>The plan goes on at the same level.</source>
        <translation>Der Plan geht auf derselben Stufe weiter.</translation>
    </message>
    <message>
        <source>The morning after</source>
        <translation>Der Morgen danach</translation>
    </message>
    <message>
        <source>Tomorrow morning, come back and say how the calf feels compared with before today&apos;s session: that decides the next level.</source>
        <translation>Kommen Sie morgen früh zurück und sagen Sie, wie sich die Wade im Vergleich zu vor der heutigen Einheit anfühlt: Das entscheidet über die nächste Stufe.</translation>
    </message>
    <message>
        <source>How does the calf feel this morning, compared with before the session of %1?</source>
        <translation>Wie fühlt sich die Wade heute Morgen an, verglichen mit vor der Einheit vom %1?</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>The &amp;same</source>
        <translation>&amp;Gleich</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Schlechter</translation>
    </message>
    <message>
        <source>Noted. The next session is easier.</source>
        <translation>Notiert. Die nächste Einheit ist leichter.</translation>
    </message>
    <message>
        <source>Noted. The next session follows the pain rules.</source>
        <translation>Notiert. Die nächste Einheit folgt den Schmerzregeln.</translation>
    </message>
    <message>
        <source>Before today&apos;s session</source>
        <translation>Vor der heutigen Einheit</translation>
    </message>
    <message>
        <source>Pause the plan and get help</source>
        <translation>Plan anhalten und Hilfe holen</translation>
    </message>
    <message>
        <source>The plan is paused.</source>
        <translation>Der Plan ist angehalten.</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Die heutige Einheit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose:&lt;/b&gt; %1. &lt;b&gt;Rest:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Umfang:&lt;/b&gt; %1. &lt;b&gt;Pause:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>Log this session</source>
        <translation>Diese Einheit eintragen</translation>
    </message>
    <message>
        <source>&amp;Pain during the session:</source>
        <translation>&amp;Schmerz während der Einheit:</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Schmerz während der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>&amp;Minutes (optional):</source>
        <translation>&amp;Minuten (optional):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Logged. That was too much: the next session is one level easier.</source>
        <translation>Eingetragen. Das war zu viel: Die nächste Einheit ist eine Stufe leichter.</translation>
    </message>
    <message>
        <source>Logged. Tomorrow morning, say how the calf feels compared with before this session.</source>
        <translation>Eingetragen. Sagen Sie morgen früh, wie sich die Wade im Vergleich zu vor dieser Einheit anfühlt.</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Bereit für %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (jetzt: %2)</translation>
    </message>
    <message>
        <source>Measure now</source>
        <translation>Jetzt messen</translation>
    </message>
    <message>
        <source>While you build up your running</source>
        <translation>Während Sie das Laufen wieder aufbauen</translation>
    </message>
    <message>
        <source>Stop the plan…</source>
        <translation>Plan beenden…</translation>
    </message>
    <message>
        <source>End this plan; its log stays in your history</source>
        <translation>Diesen Plan beenden; sein Protokoll bleibt in Ihrem Verlauf</translation>
    </message>
    <message>
        <source>Stop the plan?</source>
        <translation>Plan beenden?</translation>
    </message>
    <message>
        <source>The plan ends here. Its log stays in your history, and you can start a new plan at any time.</source>
        <translation>Der Plan endet hier. Sein Protokoll bleibt in Ihrem Verlauf, und Sie können jederzeit einen neuen Plan starten.</translation>
    </message>
    <message>
        <source>The plan is stopped. Its log stays in your history.</source>
        <translation>Der Plan ist beendet. Sein Protokoll bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Still needed for the next phase, %1</source>
        <translation>Noch nötig für die nächste Phase, %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Resume the plan?</source>
        <translation>Plan fortsetzen?</translation>
    </message>
    <message>
        <source>Resume only if you have had emergency care for this and a clinician has told you that you can exercise the leg again.</source>
        <translation>Setzen Sie den Plan nur fort, wenn Sie deswegen notfallmedizinisch versorgt wurden und eine Ärztin oder ein Arzt Ihnen gesagt hat, dass Sie das Bein wieder trainieren dürfen.</translation>
    </message>
    <message>
        <source>Resume only if a clinician has seen the leg since the warning sign and told you that you can carry on.</source>
        <translation>Setzen Sie den Plan nur fort, wenn seit dem Warnzeichen eine Ärztin, ein Arzt oder eine Physiotherapeutin das Bein untersucht und Ihnen gesagt hat, dass Sie weitermachen dürfen.</translation>
    </message>
    <message>
        <source>I have been cleared: resume</source>
        <translation>Ich habe grünes Licht: fortsetzen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>How does the calf feel this morning, compared with before yesterday&apos;s session?</source>
        <translation>Wie fühlt sich die Wade heute Morgen an, verglichen mit vor der gestrigen Einheit?</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nichts davon</translation>
    </message>
    <message>
        <source>None of these signs: show today&apos;s session</source>
        <translation>Keines dieser Zeichen: heutige Einheit zeigen</translation>
    </message>
    <message>
        <source>Not set yet: move the slider</source>
        <translation>Noch nicht gesetzt: Schieberegler bewegen</translation>
    </message>
    <message>
        <source>Set the pain first</source>
        <translation>Zuerst den Schmerz angeben</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PulseView</name>
    <message>
        <source>Metronome</source>
        <translation>Metronom</translation>
    </message>
    <message>
        <source>Starting in %1</source>
        <translation>Start in %1</translation>
    </message>
    <message>
        <source>Up: raise %1</source>
        <translation>Hoch: Wiederholung %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>down</source>
        <translation>runter</translation>
    </message>
    <message>
        <source>1 raise</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 raises</source>
        <translation>%1 Wiederholungen</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::QuizPage</name>
    <message>
        <source>Find it on the diagram</source>
        <translation>In der Darstellung finden</translation>
    </message>
    <message>
        <source>Attachments and actions</source>
        <translation>Ursprung, Ansatz und Funktion</translation>
    </message>
    <message>
        <source>Which test, which muscle</source>
        <translation>Welcher Test, welcher Muskel</translation>
    </message>
    <message>
        <source>Kind of quiz</source>
        <translation>Art des Quiz</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz:</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>Quiz number</source>
        <translation>Quiznummer</translation>
    </message>
    <message>
        <source>The same quiz number gives the same questions in the same order</source>
        <translation>Dieselbe Quiznummer ergibt dieselben Fragen in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>Quiz &amp;number:</source>
        <translation>Quiz&amp;nummer:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a new quiz (Ctrl+Return)</source>
        <translation>Ein neues Quiz starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Ferse</translation>
    </message>
    <message>
        <source>Medial</source>
        <translation>Medial</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>Try the missed questions again</source>
        <translation>Die falsch beantworteten Fragen noch einmal versuchen</translation>
    </message>
    <message>
        <source>Another quiz</source>
        <translation>Anderes Quiz</translation>
    </message>
    <message>
        <source>A new quiz with the next quiz number</source>
        <translation>Ein neues Quiz mit der nächsten Quiznummer</translation>
    </message>
    <message>
        <source>Up to %1 different questions</source>
        <translation>Bis zu %1 verschiedene Fragen</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Punkte: %1 von %2</translation>
    </message>
    <message>
        <source>See your score</source>
        <translation>Zum Ergebnis</translation>
    </message>
    <message>
        <source>Right: that is the %1.</source>
        <translation>Richtig: Das ist %1.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite: the right answer is the one marked ✓.</source>
        <translation>Nicht ganz: Die richtige Antwort ist mit ✓ markiert.</translation>
    </message>
    <message>
        <source>You scored %1 of %2</source>
        <translation>Sie haben %1 von %2 Punkten erreicht</translation>
    </message>
    <message>
        <source>Every answer right. Try another quiz, or a different kind.</source>
        <translation>Alles richtig. Versuchen Sie ein anderes Quiz oder eine andere Quizart.</translation>
    </message>
    <message>
        <source>Worth another look: %1. Click a name to open it in the atlas.</source>
        <translation>Einen zweiten Blick wert: %1. Klicken Sie auf einen Namen, um die Struktur im Atlas zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Try the %n you missed again</source>
        <translation>
            <numerusform>%n falsch beantwortete Frage wiederholen</numerusform>
            <numerusform>%n falsch beantwortete Fragen wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Test yourself&lt;/h2&gt;&lt;p&gt;Pick a quiz and press &lt;b&gt;Start&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Find it on the diagram:&lt;/b&gt; click the structure asked for; the labels are hidden.&lt;br&gt;&lt;b&gt;Attachments and actions:&lt;/b&gt; where each muscle starts and ends, what it does and which joints it crosses.&lt;br&gt;&lt;b&gt;Which test, which muscle:&lt;/b&gt; what the bench test and the wall test tell apart.&lt;br&gt;&lt;b&gt;Links between structures:&lt;/b&gt; which nerve, artery, bone and joint goes with which muscle, asked both ways round, to choose or to find on the diagram.&lt;/p&gt;&lt;p&gt;The same quiz number always gives the same questions, so a class can take the same quiz.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Testen Sie sich selbst&lt;/h2&gt;&lt;p&gt;Wählen Sie ein Quiz und klicken Sie auf &lt;b&gt;Starten&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In der Darstellung finden:&lt;/b&gt; Klicken Sie auf die gesuchte Struktur; die Beschriftungen sind ausgeblendet.&lt;br&gt;&lt;b&gt;Ursprung, Ansatz und Funktion:&lt;/b&gt; wo jeder Muskel entspringt und ansetzt, was er bewirkt und welche Gelenke er überspannt.&lt;br&gt;&lt;b&gt;Welcher Test, welcher Muskel:&lt;/b&gt; was Stufentest und Wandtest voneinander unterscheiden.&lt;br&gt;&lt;b&gt;Verbindungen zwischen Strukturen:&lt;/b&gt; welcher Nerv, welche Arterie, welcher Knochen und welches Gelenk zu welchem Muskel gehört, in beide Richtungen gefragt, zum Auswählen oder zum Finden in der Darstellung.&lt;/p&gt;&lt;p&gt;Dieselbe Quiznummer ergibt immer dieselben Fragen, sodass eine ganze Lerngruppe dasselbe Quiz bearbeiten kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Links between structures</source>
        <translation>Verbindungen zwischen Strukturen</translation>
    </message>
    <message>
        <source>Right: the %1 fits.</source>
        <translation>Richtig: %1 passt.</translation>
    </message>
    <message>
        <source>Not quite: you clicked the %1 (marked ✗). One that fits, highlighted now: the %2.</source>
        <translation>Nicht ganz: Sie haben %1 angeklickt (mit ✗ markiert). Eine passende Antwort, jetzt hervorgehoben: %2.</translation>
    </message>
    <message>
        <source>Not quite: you clicked the %1 (marked ✗). Highlighted now: the %2.</source>
        <translation>Nicht ganz: Sie haben %1 angeklickt (mit ✗ markiert). Jetzt hervorgehoben: %2.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ReachChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemius</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Soleus</translation>
    </message>
    <message>
        <source>How near each muscle is to its longest, against the knee angle</source>
        <translation>Wie nah jeder Muskel seiner größten Länge ist, über dem Kniewinkel</translation>
    </message>
    <message>
        <source>0 % is the shortest and 100 % the longest each muscle gets in the model, over knee 0–120° and ankle −30° to +30°. The lines follow the knee at the current ankle angle.</source>
        <translation>0 % ist die kürzeste und 100 % die größte Länge, die jeder Muskel im Modell erreicht, über Knie 0–120° und Sprunggelenk −30° bis +30°. Die Linien folgen dem Knie beim aktuellen Sprunggelenkwinkel.</translation>
    </message>
    <message>
        <source>%1: %2 of the way to its longest. %3: %4.</source>
        <translation>%1: %2 des Wegs zur größten Länge. %3: %4.</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Knee bent</source>
        <translation>Knie gebeugt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::RecoveryArea</name>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Heel-&amp;raise test</source>
        <translation>&amp;Fersenhebe-Test</translation>
    </message>
    <message>
        <source>&amp;Knee-to-wall</source>
        <translation>&amp;Knie zur Wand</translation>
    </message>
    <message>
        <source>The way back to running, one session at a time, and the measurements that open each big step: how strong each leg is, whether one lags, and whether a change since last time is real or within measurement error.</source>
        <translation>Der Weg zurück zum Laufen, Einheit für Einheit, und die Messungen, die jeden großen Schritt freigeben: wie kräftig jedes Bein ist, ob eines zurückliegt und ob eine Veränderung seit dem letzten Mal echt ist oder im Messfehler liegt.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ReferencesPage</name>
    <message>
        <source>Textbook</source>
        <translation>Lehrbuch</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>Forschungsarbeit</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>Buchkapitel</translation>
    </message>
    <message>
        <source>Health guidance</source>
        <translation>Gesundheitsinformation</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>&lt;h2&gt;References&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Every fact in CalfAtlas comes from one of these sources. A source link next to a fact brings you here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Literatur&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Jede Angabe in CalfAtlas stammt aus einer dieser Quellen. Ein Quellenlink neben einer Angabe führt Sie hierher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ontology</source>
        <translation>Ontologie</translation>
    </message>
    <message>
        <source>Anatomical terminology</source>
        <translation>Anatomische Terminologie</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ResultPage</name>
    <message>
        <source>Please see a clinician instead</source>
        <translation>Bitte lassen Sie sich stattdessen untersuchen</translation>
    </message>
    <message>
        <source>What you told us can be a sign of something a stretch test must not be used on.</source>
        <translation>Ihre Angaben können auf etwas hindeuten, bei dem kein Dehnungstest durchgeführt werden darf.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <source>What the two tests suggest, why, and what you can do about it.</source>
        <translation>Worauf die beiden Tests hindeuten, warum, und was Sie tun können.</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Im Verlauf speichern</translation>
    </message>
    <message>
        <source>Keep this result on this computer to compare it later</source>
        <translation>Dieses Ergebnis auf diesem Computer aufbewahren, um es später zu vergleichen</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the result to the clipboard, to paste it into a message or a note</source>
        <translation>Das Ergebnis in die Zwischenablage kopieren, um es in eine Nachricht oder Notiz einzufügen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Im Verlauf öffnen</translation>
    </message>
    <message>
        <source>See the saved result in History, beside your earlier ones</source>
        <translation>Das gespeicherte Ergebnis im Verlauf ansehen, neben Ihren früheren</translation>
    </message>
    <message>
        <source>This needs help now</source>
        <translation>Das braucht jetzt Hilfe</translation>
    </message>
    <message>
        <source>What you told us can be a medical emergency.</source>
        <translation>Was Sie angegeben haben, kann ein medizinischer Notfall sein.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SafetyPage</name>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit geht vor</translation>
    </message>
    <message>
        <source>Answer each question for the sore leg. If any answer is yes, the stretch tests are not for you today, and the next page says what to do instead.</source>
        <translation>Beantworten Sie jede Frage für das schmerzende Bein. Lautet eine Antwort „Ja“, sind die Dehnungstests heute nichts für Sie; die nächste Seite sagt Ihnen, was Sie stattdessen tun sollten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Warum wir fragen: %1</translation>
    </message>
    <message>
        <source>Keys: Tab goes from question to question; in a question, Y answers yes and N answers no (or use the arrow keys).</source>
        <translation>Tasten: Tab springt von Frage zu Frage; in einer Frage antwortet J mit Ja und N mit Nein (oder nutzen Sie die Pfeiltasten).</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>First: is this an emergency?</source>
        <translation>Zuerst: Ist das ein Notfall?</translation>
    </message>
    <message>
        <source>If any answer is yes, stop here: the next page says whom to call.</source>
        <translation>Wenn eine Antwort Ja lautet, hören Sie hier auf: Die nächste Seite sagt, wen Sie anrufen.</translation>
    </message>
    <message>
        <source>Show me where</source>
        <translation>Zeigen Sie mir, wo</translation>
    </message>
    <message>
        <source>Open the deep veins of the calf in the atlas: where clots form and why</source>
        <translation>Die tiefen Wadenvenen im Atlas öffnen: wo Gerinnsel entstehen und warum</translation>
    </message>
    <message>
        <source>Show me where clots form in the calf</source>
        <translation>Zeigen Sie mir, wo in der Wade Gerinnsel entstehen</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SelfTestWizard</name>
    <message>
        <source>Discard answers</source>
        <translation>Antworten verwerfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation>Ihre Antworten verwerfen?</translation>
    </message>
    <message>
        <source>Your answers to the self-test will be cleared and it starts again from the beginning.</source>
        <translation>Ihre Antworten im Selbsttest werden gelöscht, und der Test beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Save this result?</source>
        <translation>Dieses Ergebnis speichern?</translation>
    </message>
    <message>
        <source>Save this result to your history?</source>
        <translation>Dieses Ergebnis in Ihrem Verlauf speichern?</translation>
    </message>
    <message>
        <source>Saved results can be compared later in History. A result you do not save is gone once you start again.</source>
        <translation>Gespeicherte Ergebnisse können Sie später im Verlauf vergleichen. Ein nicht gespeichertes Ergebnis ist weg, sobald Sie neu beginnen.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Nicht speichern</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SessionTimer</name>
    <message>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Counts each stretch down; stop it at any time</source>
        <translation>Zählt jeden Abschnitt herunter; jederzeit anzuhalten</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Halten %1 von %2</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Run, round %1 of %2</source>
        <translation>Laufen, Runde %1 von %2</translation>
    </message>
    <message>
        <source>Walk, round %1 of %2</source>
        <translation>Gehen, Runde %1 von %2</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StretchBars</name>
    <message>
        <source>Muscle lengths</source>
        <translation>Muskellängen</translation>
    </message>
    <message>
        <source>%1: %2 % of shank (%3 mm), %4</source>
        <translation>%1: %2 % der Unterschenkellänge (%3 mm), %4</translation>
    </message>
    <message>
        <source>%1 %  ·  %2 mm</source>
        <translation>%1 %  ·  %2 mm</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StretchLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Slack: blue with a dashed outline, more than 2 % of shank length shorter than standing. Near resting: red, within 2 %. Stretched: orange with hatching, more than 2 % longer.</source>
        <translation>Entspannt: blau mit gestricheltem Umriss, mehr als 2 % der Unterschenkellänge kürzer als im Stand. Nahe Ruhelänge: rot, innerhalb von 2 %. Gedehnt: orange mit Schraffur, mehr als 2 % länger.</translation>
    </message>
    <message>
        <source>Lengths are changes from upright standing, in percent of shank length (knee to ankle).</source>
        <translation>Die Längen sind Änderungen gegenüber dem aufrechten Stand, in Prozent der Unterschenkellänge (Knie bis Sprunggelenk).</translation>
    </message>
    <message>
        <source>more than 2 % shorter than standing</source>
        <translation>mehr als 2 % kürzer als im Stand</translation>
    </message>
    <message>
        <source>within 2 % of its standing length</source>
        <translation>innerhalb von 2 % der Länge im Stand</translation>
    </message>
    <message>
        <source>more than 2 % longer than standing</source>
        <translation>mehr als 2 % länger als im Stand</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StudyPage</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>I did not know it</source>
        <translation>Ich wusste es nicht</translation>
    </message>
    <message>
        <source>I knew it, with effort</source>
        <translation>Ich wusste es, mit Mühe</translation>
    </message>
    <message>
        <source>I knew it</source>
        <translation>Ich wusste es</translation>
    </message>
    <message>
        <source>I knew it at once</source>
        <translation>Ich wusste es sofort</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>back in 1 day</source>
        <translation>wieder in 1 Tag</translation>
    </message>
    <message>
        <source>back in %1 days</source>
        <translation>wieder in %1 Tagen</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <source>How many cards you have not studied yet join each day&apos;s study</source>
        <translation>Wie viele noch nicht gelernte Karten jeden Tag dazukommen</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <source>Study: cards that come back</source>
        <translation>Lernkarten, die wiederkommen</translation>
    </message>
    <message>
        <source>Each card is a question from the quizzes. Answer it, then say how well you knew it: Again, Hard, Good or Easy (keys 1 to 4). CalfAtlas brings each card back just before you would forget it, with the FSRS-6 scheduler, so that a few minutes a day keep what you have learnt.</source>
        <translation>Jede Karte ist eine Frage aus den Quizzen. Beantworten Sie sie und sagen Sie dann, wie gut Sie sie wussten: Nochmal, Schwer, Gut oder Leicht (Tasten 1 bis 4). CalfAtlas bringt jede Karte mit dem Planer FSRS-6 zurück, kurz bevor Sie sie vergessen würden, damit wenige Minuten am Tag das Gelernte erhalten.</translation>
    </message>
    <message>
        <source>Start today&apos;s cards</source>
        <translation>Mit den Karten von heute beginnen</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Ferse</translation>
    </message>
    <message>
        <source>Medial</source>
        <translation>Medial</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Lerneinheit beendet</translation>
    </message>
    <message>
        <source>Back to today&apos;s study</source>
        <translation>Zurück zum Lernen von heute</translation>
    </message>
    <message>
        <source>Today: %1 to review, %2 new</source>
        <translation>Heute: %1 zu wiederholen, %2 neu</translation>
    </message>
    <message>
        <source>Nothing left to study today. Next: %1 on %2.</source>
        <translation>Für heute ist nichts mehr zu lernen. Als Nächstes: %1 am %2.</translation>
    </message>
    <message>
        <source>Nothing left to study today.</source>
        <translation>Für heute ist nichts mehr zu lernen.</translation>
    </message>
    <message>
        <source>To study today: %1.</source>
        <translation>Heute zu lernen: %1.</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite: the right answer is marked.</source>
        <translation>Nicht ganz: Die richtige Antwort ist markiert.</translation>
    </message>
    <message>
        <source>How well did you know it?</source>
        <translation>Wie gut wussten Sie es?</translation>
    </message>
    <message>
        <source>You studied %1 and answered %2 right.</source>
        <translation>Sie haben %1 gelernt und %2 richtig beantwortet.</translation>
    </message>
    <message>
        <source>Next: %1 on %2.</source>
        <translation>Als Nächstes: %1 am %2.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StudyToday</name>
    <message>
        <source>Study</source>
        <translation>Lernkarten</translation>
    </message>
    <message>
        <source>Study now</source>
        <translation>Jetzt lernen</translation>
    </message>
    <message>
        <source>Nothing to study today: every card is learnt for now.</source>
        <translation>Heute ist nichts zu lernen: Alle Karten sitzen für den Moment.</translation>
    </message>
    <message>
        <source>1 card to study today</source>
        <translation>1 Karte heute zu lernen</translation>
    </message>
    <message>
        <source>%1 cards to study today</source>
        <translation>%1 Karten heute zu lernen</translation>
    </message>
    <message>
        <source>%1 to review, %2 new</source>
        <translation>%1 zu wiederholen, %2 neu</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TestPage</name>
    <message>
        <source>Drawing of the position for %1</source>
        <translation>Zeichnung der Position: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1: what did you feel in the calf?</source>
        <translation>%1: Was haben Sie in der Wade gespürt?</translation>
    </message>
    <message>
        <source>What did you feel in the calf?</source>
        <translation>Was haben Sie in der Wade gespürt?</translation>
    </message>
    <message>
        <source>Your pain started suddenly: go gently, and stop at the first pull.</source>
        <translation>Ihr Schmerz hat plötzlich begonnen: Gehen Sie behutsam vor und hören Sie beim ersten Ziehen auf.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TodayPanel</name>
    <message>
        <source>%1 raises</source>
        <translation>%1 Hebungen</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Back to running: %1, level %2 of %3</source>
        <translation>Zurück zum Laufen: %1, Stufe %2 von %3</translation>
    </message>
    <message>
        <source>How does the calf feel compared with before the session of %1?</source>
        <translation>Wie fühlt sich die Wade an, verglichen mit vor der Einheit vom %1?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Next session: %1 (%2).</source>
        <translation>Nächste Einheit: %1 (%2).</translation>
    </message>
    <message>
        <source>Last session: %1.</source>
        <translation>Letzte Einheit: %1.</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Open today&apos;s session</source>
        <translation>Heutige Einheit öffnen</translation>
    </message>
    <message>
        <source>Last self-test</source>
        <translation>Letzter Selbsttest</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Im Verlauf öffnen</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Noch einmal machen</translation>
    </message>
    <message>
        <source>Last measurements</source>
        <translation>Letzte Messwerte</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Fersenhebe-Test</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>links %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>rechts %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <source>Before the next phase: %1.</source>
        <translation>Vor der nächsten Phase: %1.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TourPage</name>
    <message>
        <source>Tour progress</source>
        <translation>Fortschritt der Tour</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>Was dieser Schritt zeigt</translation>
    </message>
    <message>
        <source>Open in the atlas</source>
        <translation>Im Atlas öffnen</translation>
    </message>
    <message>
        <source>Show this structure in the Explore area, with all its facts</source>
        <translation>Diese Struktur im Bereich „Erkunden“ mit allen Angaben zeigen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>Der vorherige Schritt (Alt+Links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>Der nächste Schritt (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Back to the first step</source>
        <translation>Zurück zum ersten Schritt</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::WelcomePage</name>
    <message>
        <source>CalfAtlas logo</source>
        <translation>CalfAtlas-Logo</translation>
    </message>
    <message>
        <source>CalfAtlas</source>
        <translation>CalfAtlas</translation>
    </message>
    <message>
        <source>Learn the calf, and find out which calf muscle is sore.</source>
        <translation>Lernen Sie die Wade kennen und finden Sie heraus, welcher Wadenmuskel schmerzt.</translation>
    </message>
    <message>
        <source>What most people call “the calf” are the two heads of the gastrocnemius. Beneath them, out of sight, lies the soleus, which keeps you from falling forward when you stand and carries much of the load when you run. Only the gastrocnemius crosses the knee, and that one difference explains how the two muscles work and how to tell them apart.</source>
        <translation>Was die meisten „die Wade“ nennen, sind die beiden Köpfe des M. gastrocnemius. Darunter, verborgen, liegt der M. soleus, der Sie im Stehen vor dem Vornüberfallen bewahrt und beim Laufen einen Großteil der Last trägt. Nur der Gastrocnemius überspannt das Knie – und dieser eine Unterschied erklärt, wie die beiden Muskeln arbeiten und wie man sie unterscheidet.</translation>
    </message>
    <message>
        <source>For students: explore the lower leg</source>
        <translation>Für Studierende: den Unterschenkel erkunden</translation>
    </message>
    <message>
        <source>Hover over and click each structure of the calf, peel the gastrocnemius away to find the soleus beneath it, and read where each muscle starts and ends, which nerve supplies it and what its fibres are made of — every fact with its source.</source>
        <translation>Fahren Sie mit der Maus über jede Struktur der Wade und klicken Sie sie an, tragen Sie den M. gastrocnemius ab, um den M. soleus darunter zu finden, und lesen Sie Ursprung und Ansatz, Innervation und Faserzusammensetzung jedes Muskels – jede Angabe mit Quelle.</translation>
    </message>
    <message>
        <source>For runners: a calf self-test</source>
        <translation>Für Läuferinnen und Läufer: ein Wadenselbsttest</translation>
    </message>
    <message>
        <source>Two simple stretches tell the soleus from the gastrocnemius: the bent-knee bench test and the straight-knee wall test. The self-test asks about warning signs first, and tells you when to see a clinician instead.</source>
        <translation>Zwei einfache Dehnungen unterscheiden den Soleus vom Gastrocnemius: der Stufentest mit gebeugtem Knie und der Wandtest mit gestrecktem Knie. Der Selbsttest fragt zuerst nach Warnzeichen und sagt Ihnen, wann Sie sich stattdessen ärztlich oder physiotherapeutisch untersuchen lassen sollten.</translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test is not a diagnosis and does not replace an examination by a clinician. Nothing you enter leaves this computer.</source>
        <translation>CalfAtlas dient dem Lernen. Der Selbsttest ist keine Diagnose und ersetzt keine ärztliche oder physiotherapeutische Untersuchung. Nichts, was Sie eingeben, verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::WherePage</name>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo schmerzt es?</translation>
    </message>
    <message>
        <source>Choose the place that hurts most. The two tests can only tell the calf muscles apart; for pain anywhere else, the result says what usually hurts there instead.</source>
        <translation>Wählen Sie die Stelle, die am meisten schmerzt. Die beiden Tests können nur die Wadenmuskeln unterscheiden; bei Schmerz an einer anderen Stelle sagt das Ergebnis stattdessen, was dort meist schmerzt.</translation>
    </message>
    <message>
        <source>Keys: Tab goes to the list, and the arrow keys choose a place. On the drawing, the arrow keys move from place to place and Space chooses.</source>
        <translation>Tasten: Tab führt zur Liste, und die Pfeiltasten wählen eine Stelle. In der Zeichnung wechseln die Pfeiltasten von Stelle zu Stelle, und die Leertaste wählt.</translation>
    </message>
    <message>
        <source>I can&apos;t say</source>
        <translation>Kann ich nicht sagen</translation>
    </message>
    <message>
        <source>No one place, or you are not sure.</source>
        <translation>Keine einzelne Stelle, oder Sie sind nicht sicher.</translation>
    </message>
    <message>
        <source>%1: where does it hurt most?</source>
        <translation>%1: Wo schmerzt es am meisten?</translation>
    </message>
    <message>
        <source>Where does it hurt most?</source>
        <translation>Wo schmerzt es am meisten?</translation>
    </message>
    <message>
        <source>Point to a place</source>
        <translation>Zeigen Sie auf eine Stelle</translation>
    </message>
</context>
</TS>
