<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>CalfAtlasData</name>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus and plantaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bones, nerves and vessels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius, medial head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inner of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the femur just above the medial condyle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the calcaneus, through the calcaneal (Achilles) tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibial nerve (S1, S2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sural branches of the popliteal artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantar flexes the ankle (points the foot down), most strongly when the knee is straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises the heel in walking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexes the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, so bending the knee slackens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About half of its fibres are slow-twitch (type I) in autopsy samples; the rest are fast-twitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the lateral head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The larger of the two heads; its belly reaches further down the calf than the lateral head’s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius, lateral head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outer of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer side of the lateral condyle of the femur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sural arteries, branches of the popliteal artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the medial head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broad, flat calf muscle hidden beneath the gastrocnemius; it crosses the ankle but not the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the head and upper quarter of the fibula, the soleal line and the middle third of the medial border of the tibia, and a tendinous arch between the two bones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteal, posterior tibial and fibular arteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantar flexes the ankle whatever the position of the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steadies the leg on the foot in standing: it keeps pulling so that you do not fall forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the gastrocnemius to point the foot down, especially in walking, and keeps you balanced in walking and running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the ankle (talocrural and subtalar joints) but not the knee, so bending the knee does not slacken it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly slow-twitch, fatigue-resistant fibres: about 80–90 % type I in autopsy samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lies deep to the gastrocnemius, out of sight; with it, it forms the triceps surae.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In running it is the largest single contributor to holding the body up during stance, up to fast speeds, and it is the calf muscle that usually gets sore, especially in midfoot strikers and people changing to a midfoot strike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds large venous sinuses: its contractions pump venous blood back towards the heart (the calf muscle pump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When overworked, pointing the foot down becomes painful and restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small muscle with a long thin tendon running between the gastrocnemius and the soleus; absent in some people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower end of the lateral supracondylar line of the femur and the oblique popliteal ligament.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the calcaneus, on the inner side of the calcaneal tendon, through a long thin tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteal and sural arteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakly assists the gastrocnemius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, like the gastrocnemius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent in some people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcaneal tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thick tendon that joins the gastrocnemius and soleus to the heel bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formed by the joined tendons of the gastrocnemius and the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of the back of the calcaneal tuberosity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the pull of the triceps surae to the heel, pointing the foot down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thickest and strongest tendon of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden pop or snap, a feeling of being kicked, trouble standing on tiptoe or a gap above the heel can mean it has torn, which needs care the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician checks that it is intact with the squeeze (Thompson) test: squeezing the calf normally points the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, flat muscle at the back of the knee that unlocks the straightened knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer surface of the lateral condyle of the femur and the lateral meniscus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the tibia, above the soleal line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibial nerve (L4–S1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferior genicular arteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakly flexes the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks the straightened knee by rotating the femur outwards on the planted tibia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the knee only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibialis posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deepest muscle of the back of the leg; it points the foot down, turns the sole inwards and supports the arch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interosseous membrane, the back of the tibia below the soleal line, and the back of the fibula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuberosity of the navicular, the cuneiforms, the cuboid and the bases of the second to fourth metatarsals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibial nerve (L4, L5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibular (peroneal) artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantar flexes the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverts the foot (turns the sole inwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports the medial arch of the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor hallucis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep muscle on the fibular side that bends the big toe and helps push off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower two-thirds of the back of the fibula and the interosseous membrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the distal phalanx of the great toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibial nerve (S2, S3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexes the great toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle and helps in push-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the great toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexor digitorum longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep muscle on the tibial side that bends the four lesser toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner part of the back of the tibia, below the soleal line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases of the distal phalanges of the second to fifth toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior tibial artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexes the second to fifth toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the lesser toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main muscle of the front of the leg; it lifts the foot (dorsiflexion), the opposite of the calf muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral condyle and upper half of the outer surface of the tibia, and the interosseous membrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial cuneiform and the base of the first metatarsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep fibular nerve (L4, L5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior tibial artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle (lifts the foot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverts the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor digitorum longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the four lesser toes and the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral condyle of the tibia, the upper three-quarters of the inner surface of the fibula, and the interosseous membrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle and distal phalanges of the second to fifth toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep fibular nerve (L5, S1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends the second to fifth toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensor hallucis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the big toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle part of the front of the fibula and the interosseous membrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends the great toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibularis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longer muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head and upper two-thirds of the outer surface of the fibula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the first metatarsal and the medial cuneiform, reached under the sole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superficial fibular nerve (L5, S1, S2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches of the anterior tibial and fibular arteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everts the foot (turns the sole outwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibularis brevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shorter muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower two-thirds of the outer surface of the fibula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuberosity at the base of the fifth metatarsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches of the fibular artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everts the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femur (lower end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thigh bone; its lower end, with the two condyles, is where the gastrocnemius and plantaris arise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lower end has the medial and lateral condyles, the popliteal surface between the supracondylar lines, and forms the knee with the tibia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius and the plantaris arise here, above the knee: that is why they cross the knee and the soleus does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shin bone, the main weight-bearing bone of the leg; the soleus arises from its soleal line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soleal line on its back gives origin to the soleus; the popliteus inserts above it and the flexor digitorum longus and tibialis posterior arise below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lower end forms the medial malleolus, the bony bump on the inner side of the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slender outer bone of the leg, joined to the tibia by the interosseous membrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soleus arises from the back of its head and upper quarter, the flexor hallucis longus from its lower two-thirds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lower end forms the lateral malleolus, the bony bump on the outer side of the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ankle bone, held between the tibia and fibula at the ankle joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms the ankle (talocrural) joint with the tibia and fibula: the joint the soleus and gastrocnemius plantar flex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcaneus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heel bone; the calcaneal tendon pulls on its tuberosity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heel bone: the calcaneal tendon inserts on the middle of the back of its tuberosity, and the plantaris just beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interosseous membrane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of fibrous tissue joining the tibia and fibula, between the front and back muscles of the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the tibia and fibula and separates the front (anterior) compartment from the deep back compartment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives origin to the tibialis posterior and flexor hallucis longus behind, and to the tibialis anterior and the long extensors in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibial nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nerve of every muscle at the back of the leg, running deep to the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch of the sciatic nerve (L4–S3). It runs through the popliteal fossa, then deep to the soleus with the posterior tibial vessels, and passes behind the medial malleolus into the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies all the muscles of the back of the leg, superficial and deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep fibular nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nerve of the front (anterior) compartment of the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the anterior compartment with the anterior tibial vessels and supplies its muscles: tibialis anterior and the long extensors of the toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superficial fibular nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nerve of the outer (lateral) compartment of the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the lateral compartment and supplies the fibularis longus and brevis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popliteal artery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artery behind the knee, the deepest structure of the popliteal fossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues the femoral artery from the adductor hiatus and is the deepest structure of the popliteal fossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the sural arteries to the gastrocnemius, and ends at the lower border of the popliteus by dividing into the anterior and posterior tibial arteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior tibial artery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artery of the back of the leg, running with the tibial nerve deep to the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with the tibial nerve deep to the soleus and gives off the fibular artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its pulse can be felt behind the medial malleolus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibular artery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch of the posterior tibial artery running close to the fibula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches from the posterior tibial artery and supplies the tibialis posterior, the flexor hallucis longus and part of the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anterior tibial artery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artery of the front of the leg, a terminal branch of the popliteal artery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two branches into which the popliteal artery divides; it runs in the anterior compartment with the deep fibular nerve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great saphenous vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The long superficial vein on the inner side of the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superficial vein that passes in front of the medial malleolus and runs up the inner side of the leg, outside the muscle compartments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small saphenous vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The superficial vein of the back of the calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superficial vein that passes behind the lateral malleolus and runs up the back of the calf, between the heads of the gastrocnemius, to the popliteal fossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test suggests which calf muscle is the likelier source of soreness; it is not a diagnosis and does not replace an examination by a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the calf: no pull, tightness or pain there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slight pull or tightness you notice, but it does not bother you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tightness or discomfort in the calf that makes you want to ease off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain or tightness that makes you stop or back off straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sudden pop or snap, or a feeling of being kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you feel a sudden pop or snap, or as if someone had kicked you in the calf or heel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop or a ‘kicked’ feeling is a classic sign of a torn Achilles tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden pop or snap, or a feeling of being kicked, can mean the Achilles tendon has torn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not being able to rise onto your toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you unable to rise onto the toes of this leg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the calf cannot lift the heel, the Achilles tendon may be torn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to rise onto your toes can mean the Achilles tendon has torn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gap or dent above the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can you see or feel a gap or dent just above the heel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dent in the tendon above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap or dent above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a swollen, warm, red or tender calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the calf swollen, warm, red or darker than usual, or tender even at rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swollen, warm, painful calf can be a blood clot in a deep vein (DVT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swollen, warm, red or tender calf can be a blood clot in a deep vein (DVT). If you are also short of breath or have chest pain, call an ambulance now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness, tingling or pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have numbness, tingling, or pins and needles in this leg or foot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling suggests a nerve is involved, which a stretch test cannot tell you about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or pins and needles should be checked by a clinician. If they come with severe pain and a tight, swollen calf, that is an emergency: go to an emergency department now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not being able to put weight on the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you unable to put weight on this leg, or to walk on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stand or walk on the leg can come with a torn Achilles tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help today: see a doctor or go to an urgent care centre, and do not stretch or exercise this leg until a clinician has seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with a doctor or physiotherapist soon, and leave the stretch tests until a clinician has seen the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither test pointed to a calf muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely your soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly your soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely your gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly your gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely both calf muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly both calf muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us about {flags}. That can be a sign of an injury or condition a clinician needs to see, so the stretch tests are not interpreted and no exercises are suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the bench test (knee bent) nor the wall test (knee straight) brought on symptoms in the calf, so neither muscle stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bench test (knee bent) brought on {bench} symptoms and the wall test (knee straight) brought on none. The gastrocnemius crosses the knee, so bending the knee slackens it and the heel drop stretches the soleus alone: symptoms in that position point to the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall test (knee straight) brought on {wall} symptoms and the bench test (knee bent) brought on none. With the knee straight both calf muscles are stretched and the gastrocnemius usually limits the stretch; with the knee bent it goes slack, and your symptoms went away. That points to the gastrocnemius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tests brought on symptoms, the wall test more strongly: {bench} with the knee bent, {wall} with the knee straight. The bent-knee test stretches the soleus alone, so it is involved; the straight-knee test adds the gastrocnemius, and the stronger reaction there suggests it is involved as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tests brought on symptoms: {bench} with the knee bent and {wall} with the knee straight. The straight-knee test stretches the soleus too, so a reaction that is no stronger there is explained by the soleus alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers fit the soleus as well: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you land on your midfoot, which loads the calf muscles and Achilles tendon more than landing on the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you land on your forefoot, which loads the calf muscles and Achilles tendon more than landing on the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are changing to a midfoot strike, a common time for the soleus to get sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointing your foot down hurts or feels restricted, a sign of an overworked soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm. Many clinicians treat less than 10 cm as reduced ankle bend; that is a practice convention, not a validated cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm, at or above the 10 cm that many clinicians use as a rough guide (a practice convention, not a validated cut-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, at least the 1.5 cm that measurement error alone can explain, so it is worth attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, less than the 1.5 cm that measurement error alone can explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bent-knee pushes against an elastic band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or lie with the knee of the sore leg bent, loop an elastic exercise band around the ball of that foot and hold both ends. Point the foot down against the band, then let it come back slowly. With the knee bent the gastrocnemius is slack, so the soleus does the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 slow repetitions, the last few feeling hard, 2–3 days a week. Use a firmer band as it gets easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated calf raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the knees bent at about a right angle and the feet flat, a weight resting on the thighs just above the knees (or use a seated calf-raise machine). Raise the heels as high as you can, then lower them slowly. The bent knee leaves most of the work to the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Add weight gradually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-knee calf raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the knee of the sore leg straight, one hand on a wall for balance, and rise onto the ball of the foot; lower the heel slowly. Start with both feet on flat ground, then progress to one leg and to the edge of a step. With the knee straight the gastrocnemius pulls at its strongest, together with the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Progress gradually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build your running up in small steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running regularly and add distance a little at a time. About 10 % more a week is a sensible guide rather than a law: runners who added more than 30 % over two weeks had more injuries than those who stayed under 10 %, although a strict 10 % plan did not prevent injuries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly running went up by {percent} %, more than the 10 % guide. Ease back, then build up again in smaller steps: runners who added more than 30 % over two weeks had more injuries than those who stayed under 10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add about 10 % a week at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither test brought on your calf symptoms, so this self-test cannot tell which muscle is involved. If the soreness persists or gets worse, see a doctor or physiotherapist: they can examine the leg and measure how far the ankle bends with the knee straight and with it bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the soreness persists or gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This self-test uses two simple stretches to suggest which of your two calf muscles is the likelier source of soreness: the soleus, which crosses only the ankle, or the gastrocnemius, which crosses the knee as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works because bending the knee slackens the gastrocnemius: a stretch with the knee bent loads the soleus alone, while a stretch with the knee straight loads both muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot diagnose an injury, rule one out, or tell you about the tendon, the nerves or the blood vessels. That is why it starts with a few safety questions, and why it tells you when to see a clinician instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bench test (knee bent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the knee bent, the gastrocnemius is slack, so dropping the heel stretches the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face a bench, a low step or a stair, with something to hold on to for balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the ball of the foot of the leg you are testing on the edge, heel over the edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend that knee and keep it bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the heel drop slowly below the edge until you feel a stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold about 20–30 seconds and notice what you feel in the calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once if it hurts sharply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall test (knee straight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the knee straight, leaning in stretches both calf muscles, the gastrocnemius most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand facing a wall and put both hands on it at shoulder height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the leg you are testing back, keep its knee straight and its heel on the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend the front knee and lean slowly towards the wall until you feel a stretch in the back calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knee-to-wall test (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far from the wall your foot can be while the bent knee still touches it: a measure of how far the ankle bends with the knee bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a tape measure on the floor, at right angles to a wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand facing the wall with the foot of the leg you are testing on the tape, heel down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunge forward so that the knee touches the wall, keeping the heel on the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the foot back a little at a time until the knee only just touches the wall with the heel still down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the distance from the wall to the tip of the big toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the same with the other leg if you can: the difference between legs matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel first (rearfoot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heel touches the ground first, then the rest of the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of the foot (midfoot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heel and the ball of the foot land at about the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the foot first (forefoot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ball of the foot lands first; the heel may touch down afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius, medial head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius, lateral head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upright standing, knee straight and foot at a right angle: every length here is measured from this pose. Standing, your weight falls in front of the ankle, and the soleus above all works steadily to stop you tipping forwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee bent, heel dropped below the edge. Bending the knee leaves the gastrocnemius slack, because it crosses the knee, so the heel drop stretches the soleus alone: a pull felt here points to the soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg straight behind you, heel down, leaning in. With the knee straight the gastrocnemius is stretched along with the soleus, and it is usually the one that limits the movement: pain here points to the gastrocnemius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting, knee bent, heel raised. The bent knee has already shortened the gastrocnemius, so raising the heel this way works the soleus above all: the bent-knee exercise for a sore soleus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing on the toes with the knee straight. Both muscles shorten as they lift the heel; the gastrocnemius plantar flexes most strongly with the knee straight, so this raise works both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midfoot landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, just after a midfoot landing: the knee bends a little and the heel sinks under load, so the soleus lengthens while it brakes. Landing on the midfoot or forefoot asks more of the calf and the Achilles tendon than a heel strike, and the soleus carries the most load of any muscle in running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>CalfAtlas data could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of CalfAtlas&apos;s data could not be loaded, so the areas that need it are unavailable. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AboutPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions that help read the tests. Skip any you are not sure about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg is sore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both (you will test each leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you run, which part of your foot lands first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you changing to a midfoot strike?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By how much did your weekly running go up in the last few weeks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does pointing your foot down hurt, or feel restricted?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AdviceCard</name>
    <message>
        <source>Drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How much:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the muscle in the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the muscle for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::DiagramView</name>
    <message>
        <source>Anatomy diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each structure is a child; Tab or the arrow keys move between them, Enter selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the plate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plate to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <comment>origin marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>insertion marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ExplorerPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the last peeled layer back ([)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel the outer layer away (])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peel the layers from the skin down to the bones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the labels (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the plate to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a structure (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outermost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::InfoPanel</name>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membrane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superficial back compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep back compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joints crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Explore the calf&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Point at a structure to see its name; click it to read where it starts and ends, which nerve supplies it, what it does and what its fibres are made of — each fact with its source.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;Peel the layers away to find the soleus beneath the gastrocnemius, or search for any structure by name.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;Keys:&lt;/b&gt; Tab or the arrow keys move between structures, Enter selects, Escape clears; [ and ] peel; + and − zoom, 0 fits.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::IntroPage</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calf muscle is sore? Two simple stretches can tell the soleus from the gastrocnemius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee bent: the soleus is stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee straight: both, the gastrocnemius most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need a low step, bench or stair with something to hold on to, a wall, and — for the optional measurement — a tape measure. It takes about ten minutes. You can go back and change any answer, and skip any question about yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KneeToWallScale</name>
    <message>
        <source>Knee-to-wall scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 10 cm: reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 cm or more: typical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegResultView</name>
    <message>
        <source>&lt;b&gt;Confidence: likely.&lt;/b&gt; The tests point clearly to this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidence: possible.&lt;/b&gt; The tests lean this way, but not strongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegView</name>
    <message>
        <source>Leg model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the shank to bend the knee and the foot to move the ankle.
Keys: Up/Down straighten or bend the knee, Left/Right point or lift the foot (Shift: 5°).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankle %1%2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee bent %1 degrees, ankle %2 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MainWindow</name>
    <message>
        <source>Open the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive diagram of the lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided test for a sore calf: soleus or gastrocnemius?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moving knee and ankle: why each test stretches its muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What CalfAtlas is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CalfAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CalfAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CalfAtlas %1&lt;/h3&gt;&lt;p&gt;Learn the calf: an interactive atlas of the lower leg for anatomy students, and a guided self-test for runners with a sore calf.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The self-test suggests which calf muscle is the likelier source of soreness. It is not a diagnosis and does not replace an examination by a clinician.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: CalfAtlas never uses the network.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasurePage</name>
    <message>
        <source>%1 Leave it empty to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of the knee-to-wall test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many clinicians treat under 10 cm as reduced ankle bend; that is a practice convention, not a validated cut-off. Between the two legs, a difference under 1.5 cm can come from measurement error alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 11.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: knee-to-wall distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the distance as a number, such as 11.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than 25 cm (about 10 inches), beyond what this test measures: please measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — at least 1.5 cm, so worth attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — within measurement error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MovementPage</name>
    <message>
        <source>straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° dorsiflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° plantar flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calcaneal tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why each test finds its muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the gastrocnemius crosses the knee. Bend the knee and watch it go slack while the soleus keeps its length; lift the foot and watch both stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the %1 pose (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee flexion in degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle angle in degrees, positive is dorsiflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0° is a straight knee, 140° fully bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0° is the foot at a right angle; positive lifts the toes (dorsiflexion), negative points them (plantar flexion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length from standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In percent of shank length and in mm for a 400 mm shank, from a knee-and-ankle model fitted to Grieve 1978 and Hawkins &amp; Hull 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the shank or the foot, or use the sliders. Pick a pose above to see what a test or an exercise does to each muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the bench test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the wall test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 in the atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ResultPage</name>
    <message>
        <source>Please see a clinician instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you told us can be a sign of something a stretch test must not be used on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the two tests suggest, why, and what you can do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this result on this computer to compare it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result to the clipboard, to paste it into a message or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SafetyPage</name>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each question for the sore leg. If any answer is yes, the stretch tests are not for you today, and the next page says what to do instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SelfTestWizard</name>
    <message>
        <source>Your sore leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers to the self-test will be cleared and it starts again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StretchBars</name>
    <message>
        <source>Muscle lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of shank (%3 mm), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %  ·  %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shorter than standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · longer than standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StretchLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: blue with a dashed outline, more than 2 % of shank length shorter than standing. Near resting: red, within 2 %. Stretched: orange with hatching, more than 2 % longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths are changes from upright standing, in percent of shank length (knee to ankle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 2 % shorter than standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 2 % of its standing length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 2 % longer than standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TestPage</name>
    <message>
        <source>Drawing of the position for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what did you feel in the calf?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you feel in the calf?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calfatlas::app::WelcomePage</name>
    <message>
        <source>CalfAtlas logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalfAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the calf, and find out which calf muscle is sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What most people call “the calf” are the two heads of the gastrocnemius. Beneath them, out of sight, lies the soleus, which keeps you from falling forward when you stand and carries much of the load when you run. Only the gastrocnemius crosses the knee, and that one difference explains how the two muscles work and how to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For students: explore the lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over and click each structure of the calf, peel the gastrocnemius away to find the soleus beneath it, and read where each muscle starts and ends, which nerve supplies it and what its fibres are made of — every fact with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For runners: a calf self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two simple stretches tell the soleus from the gastrocnemius: the bent-knee bench test and the straight-knee wall test. The self-test asks about warning signs first, and tells you when to see a clinician instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test is not a diagnosis and does not replace an examination by a clinician. Nothing you enter leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
