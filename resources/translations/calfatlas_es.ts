<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>%1 and %2</source>
        <comment>joins the last item of a list</comment>
        <translation>%1 y %2</translation>
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
        <translation>Piel</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus and plantaris</source>
        <translation>Sóleo y plantar</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Músculos profundos</translation>
    </message>
    <message>
        <source>Bones, nerves and vessels</source>
        <translation>Huesos, nervios y vasos</translation>
    </message>
    <message>
        <source>Gastrocnemius, medial head</source>
        <translation>Gastrocnemio, cabeza medial</translation>
    </message>
    <message>
        <source>The inner of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation>La interna de las dos cabezas que forman el abultamiento visible de la pantorrilla; cruza tanto la rodilla como el tobillo.</translation>
    </message>
    <message>
        <source>Back of the femur just above the medial condyle.</source>
        <translation>Cara posterior del fémur, justo por encima del cóndilo medial.</translation>
    </message>
    <message>
        <source>Back of the calcaneus, through the calcaneal (Achilles) tendon.</source>
        <translation>Cara posterior del calcáneo, a través del tendón calcáneo (de Aquiles).</translation>
    </message>
    <message>
        <source>Tibial nerve (S1, S2).</source>
        <translation>Nervio tibial (S1, S2).</translation>
    </message>
    <message>
        <source>Sural branches of the popliteal artery.</source>
        <translation>Ramas surales de la arteria poplítea.</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle (points the foot down), most strongly when the knee is straight.</source>
        <translation>Realiza la flexión plantar del tobillo (baja la punta del pie), con más fuerza cuando la rodilla está extendida.</translation>
    </message>
    <message>
        <source>Raises the heel in walking.</source>
        <translation>Eleva el talón al caminar.</translation>
    </message>
    <message>
        <source>Flexes the knee.</source>
        <translation>Flexiona la rodilla.</translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, so bending the knee slackens it.</source>
        <translation>Cruza la rodilla y el tobillo, por lo que flexionar la rodilla lo destensa.</translation>
    </message>
    <message>
        <source>About half of its fibres are slow-twitch (type I) in autopsy samples; the rest are fast-twitch.</source>
        <translation>Alrededor de la mitad de sus fibras son de contracción lenta (tipo I) en muestras de autopsia; el resto son de contracción rápida.</translation>
    </message>
    <message>
        <source>With the lateral head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation>Junto con la cabeza lateral forma lo que la mayoría de la gente llama «la pantorrilla», visible cuando se eleva el talón.</translation>
    </message>
    <message>
        <source>The larger of the two heads; its belly reaches further down the calf than the lateral head’s.</source>
        <translation>La mayor de las dos cabezas; su vientre llega más abajo en la pantorrilla que el de la cabeza lateral.</translation>
    </message>
    <message>
        <source>Gastrocnemius, lateral head</source>
        <translation>Gastrocnemio, cabeza lateral</translation>
    </message>
    <message>
        <source>The outer of the two heads that make the visible bulge of the calf; it crosses both the knee and the ankle.</source>
        <translation>La externa de las dos cabezas que forman el abultamiento visible de la pantorrilla; cruza tanto la rodilla como el tobillo.</translation>
    </message>
    <message>
        <source>Outer side of the lateral condyle of the femur.</source>
        <translation>Cara externa del cóndilo lateral del fémur.</translation>
    </message>
    <message>
        <source>Sural arteries, branches of the popliteal artery.</source>
        <translation>Arterias surales, ramas de la arteria poplítea.</translation>
    </message>
    <message>
        <source>With the medial head it forms what most people call “the calf”, visible when the heel lifts.</source>
        <translation>Junto con la cabeza medial forma lo que la mayoría de la gente llama «la pantorrilla», visible cuando se eleva el talón.</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>The broad, flat calf muscle hidden beneath the gastrocnemius; it crosses the ankle but not the knee.</source>
        <translation>El músculo ancho y plano de la pantorrilla, oculto bajo el gastrocnemio; cruza el tobillo pero no la rodilla.</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle whatever the position of the knee.</source>
        <translation>Realiza la flexión plantar del tobillo sea cual sea la posición de la rodilla.</translation>
    </message>
    <message>
        <source>Steadies the leg on the foot in standing: it keeps pulling so that you do not fall forward.</source>
        <translation>Estabiliza la pierna sobre el pie al estar de pie: mantiene su tracción para que no caigas hacia delante.</translation>
    </message>
    <message>
        <source>Works with the gastrocnemius to point the foot down, especially in walking, and keeps you balanced in walking and running.</source>
        <translation>Actúa con el gastrocnemio para bajar la punta del pie, sobre todo al caminar, y te mantiene en equilibrio al caminar y al correr.</translation>
    </message>
    <message>
        <source>Crosses the ankle (talocrural and subtalar joints) but not the knee, so bending the knee does not slacken it.</source>
        <translation>Cruza el tobillo (articulaciones talocrural y subastragalina) pero no la rodilla, por lo que flexionar la rodilla no lo destensa.</translation>
    </message>
    <message>
        <source>Lies deep to the gastrocnemius, out of sight; with it, it forms the triceps surae.</source>
        <translation>Se sitúa profundo al gastrocnemio, fuera de la vista; junto con él forma el tríceps sural.</translation>
    </message>
    <message>
        <source>Holds large venous sinuses: its contractions pump venous blood back towards the heart (the calf muscle pump).</source>
        <translation>Contiene grandes senos venosos: sus contracciones bombean la sangre venosa de vuelta hacia el corazón (la bomba muscular de la pantorrilla).</translation>
    </message>
    <message>
        <source>When overworked, pointing the foot down becomes painful and restricted.</source>
        <translation>Cuando está sobrecargado, bajar la punta del pie se vuelve doloroso y limitado.</translation>
    </message>
    <message>
        <source>Plantaris</source>
        <translation>Plantar</translation>
    </message>
    <message>
        <source>A small muscle with a long thin tendon running between the gastrocnemius and the soleus; absent in some people.</source>
        <translation>Un músculo pequeño con un tendón largo y fino que discurre entre el gastrocnemio y el sóleo; falta en algunas personas.</translation>
    </message>
    <message>
        <source>Lower end of the lateral supracondylar line of the femur and the oblique popliteal ligament.</source>
        <translation>Extremo inferior de la línea supracondílea lateral del fémur y ligamento poplíteo oblicuo.</translation>
    </message>
    <message>
        <source>Back of the calcaneus, on the inner side of the calcaneal tendon, through a long thin tendon.</source>
        <translation>Cara posterior del calcáneo, en el lado interno del tendón calcáneo, a través de un tendón largo y fino.</translation>
    </message>
    <message>
        <source>Popliteal and sural arteries.</source>
        <translation>Arterias poplítea y surales.</translation>
    </message>
    <message>
        <source>Weakly assists the gastrocnemius.</source>
        <translation>Ayuda débilmente al gastrocnemio.</translation>
    </message>
    <message>
        <source>Crosses the knee and the ankle, like the gastrocnemius.</source>
        <translation>Cruza la rodilla y el tobillo, como el gastrocnemio.</translation>
    </message>
    <message>
        <source>Absent in some people.</source>
        <translation>Falta en algunas personas.</translation>
    </message>
    <message>
        <source>Calcaneal tendon</source>
        <translation>Tendón calcáneo</translation>
    </message>
    <message>
        <source>The thick tendon that joins the gastrocnemius and soleus to the heel bone.</source>
        <translation>El tendón grueso que une el gastrocnemio y el sóleo al hueso del talón.</translation>
    </message>
    <message>
        <source>Formed by the joined tendons of the gastrocnemius and the soleus.</source>
        <translation>Formado por la unión de los tendones del gastrocnemio y del sóleo.</translation>
    </message>
    <message>
        <source>Middle of the back of the calcaneal tuberosity.</source>
        <translation>Parte media de la cara posterior de la tuberosidad del calcáneo.</translation>
    </message>
    <message>
        <source>Carries the pull of the triceps surae to the heel, pointing the foot down.</source>
        <translation>Transmite la tracción del tríceps sural al talón y baja la punta del pie.</translation>
    </message>
    <message>
        <source>The thickest and strongest tendon of the body.</source>
        <translation>El tendón más grueso y fuerte del cuerpo.</translation>
    </message>
    <message>
        <source>A clinician checks that it is intact with the squeeze (Thompson) test: squeezing the calf normally points the foot.</source>
        <translation>Un profesional de la salud comprueba que está íntegro con la prueba de compresión (de Thompson): al apretar la pantorrilla, normalmente la punta del pie baja.</translation>
    </message>
    <message>
        <source>Popliteus</source>
        <translation>Poplíteo</translation>
    </message>
    <message>
        <source>A short, flat muscle at the back of the knee that unlocks the straightened knee.</source>
        <translation>Un músculo corto y plano de la parte posterior de la rodilla que desbloquea la rodilla extendida.</translation>
    </message>
    <message>
        <source>Outer surface of the lateral condyle of the femur and the lateral meniscus.</source>
        <translation>Cara externa del cóndilo lateral del fémur y menisco lateral.</translation>
    </message>
    <message>
        <source>Back of the tibia, above the soleal line.</source>
        <translation>Cara posterior de la tibia, por encima de la línea del sóleo.</translation>
    </message>
    <message>
        <source>Tibial nerve (L4–S1).</source>
        <translation>Nervio tibial (L4–S1).</translation>
    </message>
    <message>
        <source>Inferior genicular arteries.</source>
        <translation>Arterias geniculares inferiores.</translation>
    </message>
    <message>
        <source>Weakly flexes the knee.</source>
        <translation>Flexiona débilmente la rodilla.</translation>
    </message>
    <message>
        <source>Unlocks the straightened knee by rotating the femur outwards on the planted tibia.</source>
        <translation>Desbloquea la rodilla extendida rotando el fémur hacia fuera sobre la tibia apoyada.</translation>
    </message>
    <message>
        <source>Crosses the knee only.</source>
        <translation>Cruza solo la rodilla.</translation>
    </message>
    <message>
        <source>Tibialis posterior</source>
        <translation>Tibial posterior</translation>
    </message>
    <message>
        <source>The deepest muscle of the back of the leg; it points the foot down, turns the sole inwards and supports the arch.</source>
        <translation>El músculo más profundo de la parte posterior de la pierna; baja la punta del pie, gira la planta hacia dentro y sostiene el arco.</translation>
    </message>
    <message>
        <source>Interosseous membrane, the back of the tibia below the soleal line, and the back of the fibula.</source>
        <translation>Membrana interósea, cara posterior de la tibia por debajo de la línea del sóleo y cara posterior del peroné.</translation>
    </message>
    <message>
        <source>Tuberosity of the navicular, the cuneiforms, the cuboid and the bases of the second to fourth metatarsals.</source>
        <translation>Tuberosidad del navicular (escafoides), los cuneiformes, el cuboides y las bases del segundo al cuarto metatarsianos.</translation>
    </message>
    <message>
        <source>Tibial nerve (L4, L5).</source>
        <translation>Nervio tibial (L4, L5).</translation>
    </message>
    <message>
        <source>Fibular (peroneal) artery.</source>
        <translation>Arteria peronea (fibular).</translation>
    </message>
    <message>
        <source>Plantar flexes the ankle.</source>
        <translation>Realiza la flexión plantar del tobillo.</translation>
    </message>
    <message>
        <source>Inverts the foot (turns the sole inwards).</source>
        <translation>Invierte el pie (gira la planta hacia dentro).</translation>
    </message>
    <message>
        <source>Supports the medial arch of the foot.</source>
        <translation>Sostiene el arco medial del pie.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the foot.</source>
        <translation>Cruza el tobillo y las articulaciones del pie.</translation>
    </message>
    <message>
        <source>Flexor hallucis longus</source>
        <translation>Flexor largo del dedo gordo</translation>
    </message>
    <message>
        <source>A deep muscle on the fibular side that bends the big toe and helps push off.</source>
        <translation>Un músculo profundo del lado del peroné que flexiona el dedo gordo y ayuda en el despegue.</translation>
    </message>
    <message>
        <source>Lower two-thirds of the back of the fibula and the interosseous membrane.</source>
        <translation>Dos tercios inferiores de la cara posterior del peroné y membrana interósea.</translation>
    </message>
    <message>
        <source>Base of the distal phalanx of the great toe.</source>
        <translation>Base de la falange distal del dedo gordo.</translation>
    </message>
    <message>
        <source>Tibial nerve (S2, S3).</source>
        <translation>Nervio tibial (S2, S3).</translation>
    </message>
    <message>
        <source>Flexes the great toe.</source>
        <translation>Flexiona el dedo gordo.</translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle and helps in push-off.</source>
        <translation>Realiza débilmente la flexión plantar del tobillo y ayuda en el despegue.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the great toe.</source>
        <translation>Cruza el tobillo y las articulaciones del dedo gordo.</translation>
    </message>
    <message>
        <source>Flexor digitorum longus</source>
        <translation>Flexor largo de los dedos</translation>
    </message>
    <message>
        <source>A deep muscle on the tibial side that bends the four lesser toes.</source>
        <translation>Un músculo profundo del lado de la tibia que flexiona los cuatro dedos menores.</translation>
    </message>
    <message>
        <source>Bases of the distal phalanges of the second to fifth toes.</source>
        <translation>Bases de las falanges distales del segundo al quinto dedo.</translation>
    </message>
    <message>
        <source>Posterior tibial artery.</source>
        <translation>Arteria tibial posterior.</translation>
    </message>
    <message>
        <source>Flexes the second to fifth toes.</source>
        <translation>Flexiona los dedos segundo a quinto.</translation>
    </message>
    <message>
        <source>Weakly plantar flexes the ankle.</source>
        <translation>Realiza débilmente la flexión plantar del tobillo.</translation>
    </message>
    <message>
        <source>Crosses the ankle and the joints of the lesser toes.</source>
        <translation>Cruza el tobillo y las articulaciones de los dedos menores.</translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation>Tibial anterior</translation>
    </message>
    <message>
        <source>The main muscle of the front of the leg; it lifts the foot (dorsiflexion), the opposite of the calf muscles.</source>
        <translation>El principal músculo de la parte anterior de la pierna; levanta el pie (flexión dorsal), lo contrario que los músculos de la pantorrilla.</translation>
    </message>
    <message>
        <source>Lateral condyle and upper half of the outer surface of the tibia, and the interosseous membrane.</source>
        <translation>Cóndilo lateral y mitad superior de la cara externa de la tibia, y membrana interósea.</translation>
    </message>
    <message>
        <source>Medial cuneiform and the base of the first metatarsal.</source>
        <translation>Cuneiforme medial y base del primer metatarsiano.</translation>
    </message>
    <message>
        <source>Deep fibular nerve (L4, L5).</source>
        <translation>Nervio peroneo profundo (L4, L5).</translation>
    </message>
    <message>
        <source>Anterior tibial artery.</source>
        <translation>Arteria tibial anterior.</translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle (lifts the foot).</source>
        <translation>Realiza la flexión dorsal del tobillo (levanta el pie).</translation>
    </message>
    <message>
        <source>Inverts the foot.</source>
        <translation>Invierte el pie.</translation>
    </message>
    <message>
        <source>Extensor digitorum longus</source>
        <translation>Extensor largo de los dedos</translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the four lesser toes and the foot.</source>
        <translation>Un músculo de la parte anterior de la pierna que levanta los cuatro dedos menores y el pie.</translation>
    </message>
    <message>
        <source>Lateral condyle of the tibia, the upper three-quarters of the inner surface of the fibula, and the interosseous membrane.</source>
        <translation>Cóndilo lateral de la tibia, tres cuartos superiores de la cara interna del peroné y membrana interósea.</translation>
    </message>
    <message>
        <source>Middle and distal phalanges of the second to fifth toes.</source>
        <translation>Falanges media y distal de los dedos segundo a quinto.</translation>
    </message>
    <message>
        <source>Deep fibular nerve (L5, S1).</source>
        <translation>Nervio peroneo profundo (L5, S1).</translation>
    </message>
    <message>
        <source>Extends the second to fifth toes.</source>
        <translation>Extiende los dedos segundo a quinto.</translation>
    </message>
    <message>
        <source>Dorsiflexes the ankle.</source>
        <translation>Realiza la flexión dorsal del tobillo.</translation>
    </message>
    <message>
        <source>Extensor hallucis longus</source>
        <translation>Extensor largo del dedo gordo</translation>
    </message>
    <message>
        <source>A muscle of the front of the leg that lifts the big toe.</source>
        <translation>Un músculo de la parte anterior de la pierna que levanta el dedo gordo.</translation>
    </message>
    <message>
        <source>Middle part of the front of the fibula and the interosseous membrane.</source>
        <translation>Parte media de la cara anterior del peroné y membrana interósea.</translation>
    </message>
    <message>
        <source>Extends the great toe.</source>
        <translation>Extiende el dedo gordo.</translation>
    </message>
    <message>
        <source>Fibularis longus</source>
        <translation>Peroneo largo</translation>
    </message>
    <message>
        <source>The longer muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation>El más largo de los dos músculos de la cara externa de la pierna; gira la planta hacia fuera.</translation>
    </message>
    <message>
        <source>Head and upper two-thirds of the outer surface of the fibula.</source>
        <translation>Cabeza y dos tercios superiores de la cara externa del peroné.</translation>
    </message>
    <message>
        <source>Base of the first metatarsal and the medial cuneiform, reached under the sole.</source>
        <translation>Base del primer metatarsiano y cuneiforme medial, a los que llega por debajo de la planta.</translation>
    </message>
    <message>
        <source>Superficial fibular nerve (L5, S1, S2).</source>
        <translation>Nervio peroneo superficial (L5, S1, S2).</translation>
    </message>
    <message>
        <source>Branches of the anterior tibial and fibular arteries.</source>
        <translation>Ramas de las arterias tibial anterior y peronea.</translation>
    </message>
    <message>
        <source>Everts the foot (turns the sole outwards).</source>
        <translation>Evierte el pie (gira la planta hacia fuera).</translation>
    </message>
    <message>
        <source>Fibularis brevis</source>
        <translation>Peroneo corto</translation>
    </message>
    <message>
        <source>The shorter muscle of the outer side of the leg; it turns the sole outwards.</source>
        <translation>El más corto de los dos músculos de la cara externa de la pierna; gira la planta hacia fuera.</translation>
    </message>
    <message>
        <source>Lower two-thirds of the outer surface of the fibula.</source>
        <translation>Dos tercios inferiores de la cara externa del peroné.</translation>
    </message>
    <message>
        <source>Tuberosity at the base of the fifth metatarsal.</source>
        <translation>Tuberosidad de la base del quinto metatarsiano.</translation>
    </message>
    <message>
        <source>Branches of the fibular artery.</source>
        <translation>Ramas de la arteria peronea.</translation>
    </message>
    <message>
        <source>Everts the foot.</source>
        <translation>Evierte el pie.</translation>
    </message>
    <message>
        <source>Femur (lower end)</source>
        <translation>Fémur (extremo inferior)</translation>
    </message>
    <message>
        <source>The thigh bone; its lower end, with the two condyles, is where the gastrocnemius and plantaris arise.</source>
        <translation>El hueso del muslo; su extremo inferior, con los dos cóndilos, es donde se originan el gastrocnemio y el plantar.</translation>
    </message>
    <message>
        <source>Its lower end has the medial and lateral condyles, the popliteal surface between the supracondylar lines, and forms the knee with the tibia.</source>
        <translation>Su extremo inferior presenta los cóndilos medial y lateral y la cara poplítea entre las líneas supracondíleas, y forma la rodilla con la tibia.</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius and the plantaris arise here, above the knee: that is why they cross the knee and the soleus does not.</source>
        <translation>Las dos cabezas del gastrocnemio y el plantar se originan aquí, por encima de la rodilla: por eso ellos cruzan la rodilla y el sóleo no.</translation>
    </message>
    <message>
        <source>Tibia</source>
        <translation>Tibia</translation>
    </message>
    <message>
        <source>The shin bone, the main weight-bearing bone of the leg; the soleus arises from its soleal line.</source>
        <translation>El hueso de la espinilla, el principal hueso de carga de la pierna; el sóleo se origina en su línea del sóleo.</translation>
    </message>
    <message>
        <source>The soleal line on its back gives origin to the soleus; the popliteus inserts above it and the flexor digitorum longus and tibialis posterior arise below it.</source>
        <translation>La línea del sóleo de su cara posterior da origen al sóleo; el poplíteo se inserta por encima de ella, y el flexor largo de los dedos y el tibial posterior se originan por debajo.</translation>
    </message>
    <message>
        <source>Its lower end forms the medial malleolus, the bony bump on the inner side of the ankle.</source>
        <translation>Su extremo inferior forma el maléolo medial, el saliente óseo de la cara interna del tobillo.</translation>
    </message>
    <message>
        <source>Fibula</source>
        <translation>Peroné</translation>
    </message>
    <message>
        <source>The slender outer bone of the leg, joined to the tibia by the interosseous membrane.</source>
        <translation>El hueso delgado y externo de la pierna, unido a la tibia por la membrana interósea.</translation>
    </message>
    <message>
        <source>Its lower end forms the lateral malleolus, the bony bump on the outer side of the ankle.</source>
        <translation>Su extremo inferior forma el maléolo lateral, el saliente óseo de la cara externa del tobillo.</translation>
    </message>
    <message>
        <source>Talus</source>
        <translation>Astrágalo</translation>
    </message>
    <message>
        <source>The ankle bone, held between the tibia and fibula at the ankle joint.</source>
        <translation>El hueso del tobillo, encajado entre la tibia y el peroné en la articulación del tobillo.</translation>
    </message>
    <message>
        <source>Forms the ankle (talocrural) joint with the tibia and fibula: the joint the soleus and gastrocnemius plantar flex.</source>
        <translation>Forma la articulación del tobillo (talocrural) con la tibia y el peroné: la articulación en la que el sóleo y el gastrocnemio realizan la flexión plantar.</translation>
    </message>
    <message>
        <source>Calcaneus</source>
        <translation>Calcáneo</translation>
    </message>
    <message>
        <source>The heel bone; the calcaneal tendon pulls on its tuberosity.</source>
        <translation>El hueso del talón; el tendón calcáneo tracciona de su tuberosidad.</translation>
    </message>
    <message>
        <source>The heel bone: the calcaneal tendon inserts on the middle of the back of its tuberosity, and the plantaris just beside it.</source>
        <translation>El hueso del talón: el tendón calcáneo se inserta en la parte media de la cara posterior de su tuberosidad, y el plantar justo a su lado.</translation>
    </message>
    <message>
        <source>Interosseous membrane</source>
        <translation>Membrana interósea</translation>
    </message>
    <message>
        <source>The sheet of fibrous tissue joining the tibia and fibula, between the front and back muscles of the leg.</source>
        <translation>La lámina de tejido fibroso que une la tibia y el peroné, entre los músculos anteriores y posteriores de la pierna.</translation>
    </message>
    <message>
        <source>Joins the tibia and fibula and separates the front (anterior) compartment from the deep back compartment.</source>
        <translation>Une la tibia y el peroné y separa el compartimento anterior del compartimento posterior profundo.</translation>
    </message>
    <message>
        <source>Gives origin to the tibialis posterior and flexor hallucis longus behind, and to the tibialis anterior and the long extensors in front.</source>
        <translation>Da origen al tibial posterior y al flexor largo del dedo gordo por detrás, y al tibial anterior y a los extensores largos por delante.</translation>
    </message>
    <message>
        <source>Tibial nerve</source>
        <translation>Nervio tibial</translation>
    </message>
    <message>
        <source>The nerve of every muscle at the back of the leg, running deep to the soleus.</source>
        <translation>El nervio de todos los músculos de la parte posterior de la pierna; discurre profundo al sóleo.</translation>
    </message>
    <message>
        <source>A branch of the sciatic nerve (L4–S3). It runs through the popliteal fossa, then deep to the soleus with the posterior tibial vessels, and passes behind the medial malleolus into the foot.</source>
        <translation>Una rama del nervio ciático (L4–S3). Atraviesa la fosa poplítea, luego discurre profundo al sóleo con los vasos tibiales posteriores y pasa por detrás del maléolo medial hacia el pie.</translation>
    </message>
    <message>
        <source>Supplies all the muscles of the back of the leg, superficial and deep.</source>
        <translation>Inerva todos los músculos de la parte posterior de la pierna, superficiales y profundos.</translation>
    </message>
    <message>
        <source>Deep fibular nerve</source>
        <translation>Nervio peroneo profundo</translation>
    </message>
    <message>
        <source>The nerve of the front (anterior) compartment of the leg.</source>
        <translation>El nervio del compartimento anterior de la pierna.</translation>
    </message>
    <message>
        <source>Runs in the anterior compartment with the anterior tibial vessels and supplies its muscles: tibialis anterior and the long extensors of the toes.</source>
        <translation>Discurre por el compartimento anterior con los vasos tibiales anteriores e inerva sus músculos: el tibial anterior y los extensores largos de los dedos.</translation>
    </message>
    <message>
        <source>Superficial fibular nerve</source>
        <translation>Nervio peroneo superficial</translation>
    </message>
    <message>
        <source>The nerve of the outer (lateral) compartment of the leg.</source>
        <translation>El nervio del compartimento lateral (externo) de la pierna.</translation>
    </message>
    <message>
        <source>Runs in the lateral compartment and supplies the fibularis longus and brevis.</source>
        <translation>Discurre por el compartimento lateral e inerva el peroneo largo y el peroneo corto.</translation>
    </message>
    <message>
        <source>Popliteal artery</source>
        <translation>Arteria poplítea</translation>
    </message>
    <message>
        <source>The artery behind the knee, the deepest structure of the popliteal fossa.</source>
        <translation>La arteria situada detrás de la rodilla, la estructura más profunda de la fosa poplítea.</translation>
    </message>
    <message>
        <source>Continues the femoral artery from the adductor hiatus and is the deepest structure of the popliteal fossa.</source>
        <translation>Continúa la arteria femoral a partir del hiato del aductor y es la estructura más profunda de la fosa poplítea.</translation>
    </message>
    <message>
        <source>Gives the sural arteries to the gastrocnemius, and ends at the lower border of the popliteus by dividing into the anterior and posterior tibial arteries.</source>
        <translation>Da las arterias surales al gastrocnemio y termina en el borde inferior del poplíteo dividiéndose en las arterias tibiales anterior y posterior.</translation>
    </message>
    <message>
        <source>Posterior tibial artery</source>
        <translation>Arteria tibial posterior</translation>
    </message>
    <message>
        <source>The artery of the back of the leg, running with the tibial nerve deep to the soleus.</source>
        <translation>La arteria de la parte posterior de la pierna; discurre junto al nervio tibial, profunda al sóleo.</translation>
    </message>
    <message>
        <source>Runs with the tibial nerve deep to the soleus and gives off the fibular artery.</source>
        <translation>Discurre junto al nervio tibial, profunda al sóleo, y da origen a la arteria peronea.</translation>
    </message>
    <message>
        <source>Its pulse can be felt behind the medial malleolus.</source>
        <translation>Su pulso se puede palpar por detrás del maléolo medial.</translation>
    </message>
    <message>
        <source>Fibular artery</source>
        <translation>Arteria peronea</translation>
    </message>
    <message>
        <source>A branch of the posterior tibial artery running close to the fibula.</source>
        <translation>Una rama de la arteria tibial posterior que discurre cerca del peroné.</translation>
    </message>
    <message>
        <source>Branches from the posterior tibial artery and supplies the tibialis posterior, the flexor hallucis longus and part of the soleus.</source>
        <translation>Nace de la arteria tibial posterior e irriga el tibial posterior, el flexor largo del dedo gordo y parte del sóleo.</translation>
    </message>
    <message>
        <source>Anterior tibial artery</source>
        <translation>Arteria tibial anterior</translation>
    </message>
    <message>
        <source>The artery of the front of the leg, a terminal branch of the popliteal artery.</source>
        <translation>La arteria de la parte anterior de la pierna, una rama terminal de la arteria poplítea.</translation>
    </message>
    <message>
        <source>One of the two branches into which the popliteal artery divides; it runs in the anterior compartment with the deep fibular nerve.</source>
        <translation>Una de las dos ramas en las que se divide la arteria poplítea; discurre por el compartimento anterior con el nervio peroneo profundo.</translation>
    </message>
    <message>
        <source>Great saphenous vein</source>
        <translation>Vena safena mayor</translation>
    </message>
    <message>
        <source>The long superficial vein on the inner side of the leg.</source>
        <translation>La vena superficial larga de la cara interna de la pierna.</translation>
    </message>
    <message>
        <source>A superficial vein that passes in front of the medial malleolus and runs up the inner side of the leg, outside the muscle compartments.</source>
        <translation>Una vena superficial que pasa por delante del maléolo medial y asciende por la cara interna de la pierna, fuera de los compartimentos musculares.</translation>
    </message>
    <message>
        <source>Small saphenous vein</source>
        <translation>Vena safena menor</translation>
    </message>
    <message>
        <source>The superficial vein of the back of the calf.</source>
        <translation>La vena superficial de la parte posterior de la pantorrilla.</translation>
    </message>
    <message>
        <source>A superficial vein that passes behind the lateral malleolus and runs up the back of the calf, between the heads of the gastrocnemius, to the popliteal fossa.</source>
        <translation>Una vena superficial que pasa por detrás del maléolo lateral y asciende por la parte posterior de la pantorrilla, entre las cabezas del gastrocnemio, hasta la fosa poplítea.</translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test suggests which calf muscle is the likelier source of soreness; it is not a diagnosis and does not replace an examination by a clinician.</source>
        <translation>CalfAtlas es una herramienta de aprendizaje. Su autoevaluación sugiere qué músculo de la pantorrilla es el origen más probable de las molestias; no es un diagnóstico y no sustituye la exploración por un profesional de la salud.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Nothing in the calf: no pull, tightness or pain there.</source>
        <translation>Nada en la pantorrilla: ni sensación de estiramiento, ni tirantez, ni dolor.</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>A slight pull or tightness you notice, but it does not bother you.</source>
        <translation>Una ligera sensación de estiramiento o tirantez que notas, pero que no te molesta.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Clear tightness or discomfort in the calf that makes you want to ease off.</source>
        <translation>Tirantez o molestia clara en la pantorrilla que te hace querer aflojar.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Pain or tightness that makes you stop or back off straight away.</source>
        <translation>Dolor o tirantez que te hace parar o echarte atrás de inmediato.</translation>
    </message>
    <message>
        <source>a sudden pop or snap, or a feeling of being kicked</source>
        <translation>un chasquido o estallido repentino, o la sensación de haber recibido una patada</translation>
    </message>
    <message>
        <source>Did you feel a sudden pop or snap, or as if someone had kicked you in the calf or heel?</source>
        <translation>¿Has notado un chasquido o estallido repentino, o como si alguien te hubiera dado una patada en la pantorrilla o el talón?</translation>
    </message>
    <message>
        <source>A pop or a ‘kicked’ feeling is a classic sign of a torn Achilles tendon.</source>
        <translation>Un chasquido o la sensación de «patada» es un signo clásico de rotura del tendón de Aquiles.</translation>
    </message>
    <message>
        <source>A sudden pop or snap, or a feeling of being kicked, can mean the Achilles tendon has torn.</source>
        <translation>Un chasquido o estallido repentino, o la sensación de haber recibido una patada, puede indicar que el tendón de Aquiles se ha roto.</translation>
    </message>
    <message>
        <source>a gap or dent above the heel</source>
        <translation>un hueco o hundimiento por encima del talón</translation>
    </message>
    <message>
        <source>Can you see or feel a gap or dent just above the heel?</source>
        <translation>¿Ves o notas un hueco o hundimiento justo por encima del talón?</translation>
    </message>
    <message>
        <source>A dent in the tendon above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation>Un hundimiento en el tendón por encima del talón puede ser el punto donde un tendón de Aquiles roto se ha separado.</translation>
    </message>
    <message>
        <source>A gap or dent above the heel can be where a torn Achilles tendon has come apart.</source>
        <translation>Un hueco o hundimiento por encima del talón puede ser el punto donde un tendón de Aquiles roto se ha separado.</translation>
    </message>
    <message>
        <source>numbness, tingling or pins and needles</source>
        <translation>entumecimiento, hormigueo o sensación de pinchazos</translation>
    </message>
    <message>
        <source>Do you have numbness, tingling, or pins and needles in this leg or foot?</source>
        <translation>¿Tienes entumecimiento, hormigueo o sensación de pinchazos en esta pierna o en este pie?</translation>
    </message>
    <message>
        <source>Numbness or tingling suggests a nerve is involved, which a stretch test cannot tell you about.</source>
        <translation>El entumecimiento o el hormigueo sugieren que hay un nervio afectado, algo sobre lo que una prueba de estiramiento no puede decirte nada.</translation>
    </message>
    <message>
        <source>not being able to put weight on the leg</source>
        <translation>no poder apoyar el peso en la pierna</translation>
    </message>
    <message>
        <source>Are you unable to put weight on this leg, or to walk on it?</source>
        <translation>¿Te resulta imposible apoyar el peso en esta pierna o caminar con ella?</translation>
    </message>
    <message>
        <source>Not being able to stand or walk on the leg can come with a torn Achilles tendon.</source>
        <translation>No poder estar de pie ni caminar con la pierna puede acompañar a una rotura del tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Get medical help today: see a doctor or go to an urgent care centre, and do not stretch or exercise this leg until a clinician has seen it.</source>
        <translation>Busca atención médica hoy mismo: consulta a un médico o acude a un centro de urgencias, y no estires ni ejercites esta pierna hasta que la haya examinado un profesional de la salud.</translation>
    </message>
    <message>
        <source>Book an appointment with a doctor or physiotherapist soon, and leave the stretch tests until a clinician has seen the leg.</source>
        <translation>Pide pronto cita con un médico o un fisioterapeuta, y deja las pruebas de estiramiento hasta que un profesional de la salud haya examinado la pierna.</translation>
    </message>
    <message>
        <source>See a clinician today</source>
        <translation>Consulta hoy mismo a un profesional de la salud</translation>
    </message>
    <message>
        <source>See a clinician soon</source>
        <translation>Consulta pronto a un profesional de la salud</translation>
    </message>
    <message>
        <source>Neither test pointed to a calf muscle</source>
        <translation>Ninguna prueba señaló un músculo de la pantorrilla</translation>
    </message>
    <message>
        <source>You told us about {flags}. That can be a sign of an injury or condition a clinician needs to see, so the stretch tests are not interpreted and no exercises are suggested.</source>
        <translation>Nos has hablado de {flags}. Eso puede ser señal de una lesión o un problema que debe ver un profesional de la salud, así que no se interpretan las pruebas de estiramiento ni se sugieren ejercicios.</translation>
    </message>
    <message>
        <source>Neither the bench test (knee bent) nor the wall test (knee straight) brought on symptoms in the calf, so neither muscle stands out.</source>
        <translation>Ni la prueba del banco (rodilla flexionada) ni la prueba de la pared (rodilla extendida) provocaron síntomas en la pantorrilla, así que ningún músculo destaca.</translation>
    </message>
    <message>
        <source>The bench test (knee bent) brought on {bench} symptoms and the wall test (knee straight) brought on none. The gastrocnemius crosses the knee, so bending the knee slackens it and the heel drop stretches the soleus alone: symptoms in that position point to the soleus.</source>
        <translation>La prueba del banco (rodilla flexionada) provocó síntomas de intensidad {bench} y la prueba de la pared (rodilla extendida) no provocó ninguno. El gastrocnemio cruza la rodilla, así que flexionarla lo destensa y al bajar el talón se estira solo el sóleo: los síntomas en esa posición apuntan al sóleo.</translation>
    </message>
    <message>
        <source>The wall test (knee straight) brought on {wall} symptoms and the bench test (knee bent) brought on none. With the knee straight both calf muscles are stretched and the gastrocnemius usually limits the stretch; with the knee bent it goes slack, and your symptoms went away. That points to the gastrocnemius.</source>
        <translation>La prueba de la pared (rodilla extendida) provocó síntomas de intensidad {wall} y la prueba del banco (rodilla flexionada) no provocó ninguno. Con la rodilla extendida se estiran los dos músculos de la pantorrilla y normalmente es el gastrocnemio el que limita el estiramiento; con la rodilla flexionada se destensa, y tus síntomas desaparecieron. Eso apunta al gastrocnemio.</translation>
    </message>
    <message>
        <source>Both tests brought on symptoms, the wall test more strongly: {bench} with the knee bent, {wall} with the knee straight. The bent-knee test stretches the soleus alone, so it is involved; the straight-knee test adds the gastrocnemius, and the stronger reaction there suggests it is involved as well.</source>
        <translation>Las dos pruebas provocaron síntomas, más intensos en la prueba de la pared: de intensidad {bench} con la rodilla flexionada y de intensidad {wall} con la rodilla extendida. La prueba con la rodilla flexionada estira solo el sóleo, así que este está implicado; la prueba con la rodilla extendida añade el gastrocnemio, y la reacción más intensa en ella sugiere que también está implicado.</translation>
    </message>
    <message>
        <source>Both tests brought on symptoms: {bench} with the knee bent and {wall} with the knee straight. The straight-knee test stretches the soleus too, so a reaction that is no stronger there is explained by the soleus alone.</source>
        <translation>Las dos pruebas provocaron síntomas: de intensidad {bench} con la rodilla flexionada y de intensidad {wall} con la rodilla extendida. La prueba con la rodilla extendida también estira el sóleo, así que una reacción que no es más intensa en ella se explica solo por el sóleo.</translation>
    </message>
    <message>
        <source>Bent-knee pushes against an elastic band</source>
        <translation>Empujes con la rodilla flexionada contra una banda elástica</translation>
    </message>
    <message>
        <source>Seated calf raises</source>
        <translation>Elevaciones de talones sentado</translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Add weight gradually.</source>
        <translation>2–3 series de 8–12 repeticiones, con las últimas costando esfuerzo, 2–3 días por semana. Añade peso poco a poco.</translation>
    </message>
    <message>
        <source>Straight-knee calf raises</source>
        <translation>Elevaciones de talones con la rodilla extendida</translation>
    </message>
    <message>
        <source>2–3 sets of 8–12 repetitions, the last few feeling hard, 2–3 days a week. Progress gradually.</source>
        <translation>2–3 series de 8–12 repeticiones, con las últimas costando esfuerzo, 2–3 días por semana. Progresa poco a poco.</translation>
    </message>
    <message>
        <source>Build your running up in small steps</source>
        <translation>Aumenta tu volumen de carrera poco a poco</translation>
    </message>
    <message>
        <source>Add about 10 % a week at most.</source>
        <translation>Aumenta como máximo alrededor de un 10 % por semana.</translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation>Consulta a un profesional de la salud</translation>
    </message>
    <message>
        <source>This self-test uses two simple stretches to suggest which of your two calf muscles is the likelier source of soreness: the soleus, which crosses only the ankle, or the gastrocnemius, which crosses the knee as well.</source>
        <translation>Esta autoevaluación usa dos estiramientos sencillos para indicar cuál de tus dos músculos de la pantorrilla es el origen más probable de las molestias: el sóleo, que solo cruza el tobillo, o el gastrocnemio, que además cruza la rodilla.</translation>
    </message>
    <message>
        <source>It works because bending the knee slackens the gastrocnemius: a stretch with the knee bent loads the soleus alone, while a stretch with the knee straight loads both muscles.</source>
        <translation>Funciona porque flexionar la rodilla destensa el gastrocnemio: un estiramiento con la rodilla flexionada carga solo el sóleo, mientras que un estiramiento con la rodilla extendida carga los dos músculos.</translation>
    </message>
    <message>
        <source>It cannot diagnose an injury, rule one out, or tell you about the tendon, the nerves or the blood vessels. That is why it starts with a few safety questions, and why it tells you when to see a clinician instead.</source>
        <translation>No puede diagnosticar una lesión ni descartarla, ni decirte nada sobre el tendón, los nervios o los vasos sanguíneos. Por eso empieza con unas preguntas de seguridad, y por eso te indica cuándo debes consultar en su lugar a un profesional de la salud.</translation>
    </message>
    <message>
        <source>The bench test (knee bent)</source>
        <translation>La prueba del banco (rodilla flexionada)</translation>
    </message>
    <message>
        <source>With the knee bent, the gastrocnemius is slack, so dropping the heel stretches the soleus.</source>
        <translation>Con la rodilla flexionada, el gastrocnemio está destensado, así que al bajar el talón se estira el sóleo.</translation>
    </message>
    <message>
        <source>Face a bench, a low step or a stair, with something to hold on to for balance.</source>
        <translation>Colócate frente a un banco, un escalón bajo o una escalera, con algo donde sujetarte para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Put the ball of the foot of the leg you are testing on the edge, heel over the edge.</source>
        <translation>Apoya en el borde la parte delantera de la planta del pie de la pierna que vas a evaluar, con el talón fuera del borde.</translation>
    </message>
    <message>
        <source>Bend that knee and keep it bent.</source>
        <translation>Flexiona esa rodilla y mantenla flexionada.</translation>
    </message>
    <message>
        <source>Let the heel drop slowly below the edge until you feel a stretch.</source>
        <translation>Deja bajar el talón despacio por debajo del borde hasta que notes un estiramiento.</translation>
    </message>
    <message>
        <source>Hold about 20–30 seconds and notice what you feel in the calf.</source>
        <translation>Mantén la posición unos 20–30 segundos y fíjate en lo que notas en la pantorrilla.</translation>
    </message>
    <message>
        <source>Stop at once if it hurts sharply.</source>
        <translation>Para de inmediato si notas un dolor agudo.</translation>
    </message>
    <message>
        <source>The wall test (knee straight)</source>
        <translation>La prueba de la pared (rodilla extendida)</translation>
    </message>
    <message>
        <source>With the knee straight, leaning in stretches both calf muscles, the gastrocnemius most.</source>
        <translation>Con la rodilla extendida, al inclinarte hacia delante se estiran los dos músculos de la pantorrilla, sobre todo el gastrocnemio.</translation>
    </message>
    <message>
        <source>Stand facing a wall and put both hands on it at shoulder height.</source>
        <translation>Colócate de pie frente a una pared y apoya las dos manos en ella a la altura de los hombros.</translation>
    </message>
    <message>
        <source>Step the leg you are testing back, keep its knee straight and its heel on the ground.</source>
        <translation>Lleva hacia atrás la pierna que vas a evaluar, con la rodilla extendida y el talón en el suelo.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean slowly towards the wall until you feel a stretch in the back calf.</source>
        <translation>Flexiona la rodilla de delante e inclínate despacio hacia la pared hasta que notes un estiramiento en la pantorrilla de atrás.</translation>
    </message>
    <message>
        <source>The knee-to-wall test (optional)</source>
        <translation>La prueba rodilla-pared (opcional)</translation>
    </message>
    <message>
        <source>How far from the wall your foot can be while the bent knee still touches it: a measure of how far the ankle bends with the knee bent.</source>
        <translation>A qué distancia de la pared puede estar tu pie mientras la rodilla flexionada sigue tocándola: una medida de cuánto se flexiona el tobillo con la rodilla flexionada.</translation>
    </message>
    <message>
        <source>Put a tape measure on the floor, at right angles to a wall.</source>
        <translation>Coloca una cinta métrica en el suelo, perpendicular a una pared.</translation>
    </message>
    <message>
        <source>Stand facing the wall with the foot of the leg you are testing on the tape, heel down.</source>
        <translation>Colócate frente a la pared con el pie de la pierna que vas a evaluar sobre la cinta y el talón apoyado.</translation>
    </message>
    <message>
        <source>Lunge forward so that the knee touches the wall, keeping the heel on the ground.</source>
        <translation>Lleva la rodilla hacia delante hasta que toque la pared, sin despegar el talón del suelo.</translation>
    </message>
    <message>
        <source>Move the foot back a little at a time until the knee only just touches the wall with the heel still down.</source>
        <translation>Retrasa el pie poco a poco hasta que la rodilla apenas toque la pared con el talón todavía apoyado.</translation>
    </message>
    <message>
        <source>Measure the distance from the wall to the tip of the big toe.</source>
        <translation>Mide la distancia desde la pared hasta la punta del dedo gordo.</translation>
    </message>
    <message>
        <source>Do the same with the other leg if you can: the difference between legs matters.</source>
        <translation>Haz lo mismo con la otra pierna si puedes: la diferencia entre las piernas es importante.</translation>
    </message>
    <message>
        <source>Heel first (rearfoot)</source>
        <translation>Primero el talón (retropié)</translation>
    </message>
    <message>
        <source>The heel touches the ground first, then the rest of the foot.</source>
        <translation>El talón toca el suelo primero y después el resto del pie.</translation>
    </message>
    <message>
        <source>Middle of the foot (midfoot)</source>
        <translation>La parte media del pie (mediopié)</translation>
    </message>
    <message>
        <source>The heel and the ball of the foot land at about the same time.</source>
        <translation>El talón y la parte delantera de la planta tocan el suelo casi a la vez.</translation>
    </message>
    <message>
        <source>Ball of the foot first (forefoot)</source>
        <translation>Primero la parte delantera (antepié)</translation>
    </message>
    <message>
        <source>The ball of the foot lands first; the heel may touch down afterwards.</source>
        <translation>La parte delantera de la planta toca el suelo primero; el talón puede apoyar después.</translation>
    </message>
    <message>
        <source>The calf you can see</source>
        <translation>La pantorrilla que se ve</translation>
    </message>
    <message>
        <source>What most people call “the calf” is the gastrocnemius: two heads side by side, a medial (inner) one and a lateral (outer) one. They make the bulge you see when the heel lifts.</source>
        <translation>Lo que la mayoría de la gente llama «la pantorrilla» es el gastrocnemio: dos cabezas una junto a otra, una medial (interna) y otra lateral (externa). Forman el abultamiento que se ve cuando se eleva el talón.</translation>
    </message>
    <message>
        <source>The medial head, highlighted here, is the larger of the two, and its belly reaches further down the calf than the lateral head’s.</source>
        <translation>La cabeza medial, resaltada aquí, es la mayor de las dos, y su vientre llega más abajo en la pantorrilla que el de la cabeza lateral.</translation>
    </message>
    <message>
        <source>The soleus beneath</source>
        <translation>El sóleo, debajo</translation>
    </message>
    <message>
        <source>Peel the gastrocnemius away and a second calf muscle appears: the soleus, a broad, flat muscle that lies deep to the gastrocnemius, out of sight.</source>
        <translation>Retira el gastrocnemio y aparece un segundo músculo de la pantorrilla: el sóleo, un músculo ancho y plano que se sitúa profundo al gastrocnemio, fuera de la vista.</translation>
    </message>
    <message>
        <source>Together the gastrocnemius and the soleus form the triceps surae. Their tendons join into the calcaneal (Achilles) tendon, the thickest and strongest tendon of the body.</source>
        <translation>Juntos, el gastrocnemio y el sóleo forman el tríceps sural. Sus tendones se unen en el tendón calcáneo (de Aquiles), el tendón más grueso y fuerte del cuerpo.</translation>
    </message>
    <message>
        <source>The gastrocnemius crosses two joints</source>
        <translation>El gastrocnemio cruza dos articulaciones</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius arise from the lower end of the femur: the medial head just above the medial condyle, the lateral head from the outer side of the lateral condyle. So they start above the knee. They end on the back of the calcaneus, the heel bone, through the calcaneal tendon.</source>
        <translation>Las dos cabezas del gastrocnemio se originan en el extremo inferior del fémur: la cabeza medial, justo por encima del cóndilo medial; la cabeza lateral, en la cara externa del cóndilo lateral. Es decir, empiezan por encima de la rodilla. Terminan en la cara posterior del calcáneo, el hueso del talón, a través del tendón calcáneo.</translation>
    </message>
    <message>
        <source>So the gastrocnemius crosses the knee and the ankle: it points the foot down and also helps bend the knee, and bending the knee slackens it.</source>
        <translation>Por tanto, el gastrocnemio cruza la rodilla y el tobillo: baja la punta del pie y además ayuda a flexionar la rodilla, y flexionar la rodilla lo destensa.</translation>
    </message>
    <message>
        <source>The soleus crosses one</source>
        <translation>El sóleo cruza una</translation>
    </message>
    <message>
        <source>Why you don’t fall forward</source>
        <translation>Por qué no te caes hacia delante</translation>
    </message>
    <message>
        <source>When you stand still, the body’s centre of mass lies in front of the ankle, so gravity keeps trying to tip you forward.</source>
        <translation>Cuando estás de pie y quieto, el centro de masas del cuerpo queda por delante del tobillo, así que la gravedad intenta constantemente inclinarte hacia delante.</translation>
    </message>
    <message>
        <source>The calf muscles resist with steady, low-level activity, the soleus above all: it keeps pulling on the heel so that you do not fall forward, and it keeps you balanced in walking and running.</source>
        <translation>Los músculos de la pantorrilla lo contrarrestan con una actividad constante y de baja intensidad, sobre todo el sóleo: mantiene la tracción sobre el talón para que no caigas hacia delante, y te mantiene en equilibrio al caminar y al correr.</translation>
    </message>
    <message>
        <source>Pointing the foot down</source>
        <translation>Bajar la punta del pie</translation>
    </message>
    <message>
        <source>Pointing the foot down is called plantar flexion. Both calf muscles pull on the heel through the calcaneal tendon to do it, working together, especially in walking.</source>
        <translation>Bajar la punta del pie se llama flexión plantar. Para realizarla, los dos músculos de la pantorrilla traccionan del talón a través del tendón calcáneo y trabajan juntos, sobre todo al caminar.</translation>
    </message>
    <message>
        <source>The gastrocnemius pulls hardest when the knee is straight; the soleus plantar flexes the ankle whatever the position of the knee. The gastrocnemius also raises the heel in walking.</source>
        <translation>El gastrocnemio tracciona con más fuerza cuando la rodilla está extendida; el sóleo realiza la flexión plantar del tobillo sea cual sea la posición de la rodilla. El gastrocnemio también eleva el talón al caminar.</translation>
    </message>
    <message>
        <source>The load in running</source>
        <translation>La carga al correr</translation>
    </message>
    <message>
        <source>Slow and fast fibres</source>
        <translation>Fibras lentas y rápidas</translation>
    </message>
    <message>
        <source>The gastrocnemius is often described as mostly fast-twitch, but the measurement found about half of its fibres slow-twitch and the rest fast. In this cross-section the soleus is the large crescent deep to the two heads of the gastrocnemius.</source>
        <translation>A menudo se describe el gastrocnemio como un músculo mayoritariamente de contracción rápida, pero la medición encontró que alrededor de la mitad de sus fibras eran de contracción lenta y el resto, rápidas. En este corte transversal, el sóleo es la gran media luna situada profunda a las dos cabezas del gastrocnemio.</translation>
    </message>
    <message>
        <source>Two self-tests tell them apart</source>
        <translation>Dos pruebas de autoevaluación los distinguen</translation>
    </message>
    <message>
        <source>Bench test: face a bench, put the ball of the foot on it, bend the knee and let the heel drop. With the knee bent the gastrocnemius is slack, so the stretch falls on the soleus: tightness in the calf points to it.</source>
        <translation>Prueba del banco: colócate frente a un banco, apoya en él la parte delantera de la planta del pie, flexiona la rodilla y deja bajar el talón. Con la rodilla flexionada, el gastrocnemio está destensado, así que el estiramiento recae en el sóleo: la tirantez en la pantorrilla apunta a él.</translation>
    </message>
    <message>
        <source>Wall test: face a wall and stretch one leg straight behind you, heel down. With the knee straight both muscles are stretched and the gastrocnemius usually limits the movement: pain points to the gastrocnemius. The difference between the tests is the knee, the joint only the gastrocnemius crosses.</source>
        <translation>Prueba de la pared: colócate frente a una pared y lleva una pierna extendida hacia atrás, con el talón apoyado. Con la rodilla extendida se estiran los dos músculos y normalmente es el gastrocnemio el que limita el movimiento: el dolor apunta al gastrocnemio. La diferencia entre las pruebas es la rodilla, la articulación que solo cruza el gastrocnemio.</translation>
    </message>
    <message>
        <source>With the knee bent the muscles that cross the knee are slack, so dropping the heel stretches the muscles that cross only the ankle.</source>
        <translation>Con la rodilla flexionada, los músculos que cruzan la rodilla están destensados, así que al bajar el talón se estiran los músculos que solo cruzan el tobillo.</translation>
    </message>
    <message>
        <source>With the knee straight the muscles that cross both the knee and the ankle are stretched too, and they usually limit the movement.</source>
        <translation>Con la rodilla extendida, también se estiran los músculos que cruzan tanto la rodilla como el tobillo, y normalmente son ellos los que limitan el movimiento.</translation>
    </message>
    <message>
        <source>Arises from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Inserts on</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Joints crossed</source>
        <translation>Articulaciones que cruza</translation>
    </message>
    <message>
        <source>Fibre types</source>
        <translation>Tipos de fibra</translation>
    </message>
    <message>
        <source>In standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Keeps pulling steadily so that you do not fall forward: the body’s centre of mass lies in front of the ankle.</source>
        <translation>Mantiene una tracción constante para que no caigas hacia delante: el centro de masas del cuerpo queda por delante del tobillo.</translation>
    </message>
    <message>
        <source>In walking</source>
        <translation>Al caminar</translation>
    </message>
    <message>
        <source>Points the foot down with the gastrocnemius, especially in walking, and keeps you balanced.</source>
        <translation>Baja la punta del pie junto con el gastrocnemio, sobre todo al caminar, y te mantiene en equilibrio.</translation>
    </message>
    <message>
        <source>In running</source>
        <translation>Al correr</translation>
    </message>
    <message>
        <source>Which self-test loads it</source>
        <translation>Qué prueba lo carga</translation>
    </message>
    <message>
        <source>The bench test: with the knee bent the gastrocnemius is slack, so the stretch falls on the soleus.</source>
        <translation>La prueba del banco: con la rodilla flexionada, el gastrocnemio está destensado, así que el estiramiento recae en el sóleo.</translation>
    </message>
    <message>
        <source>The wall test: with the knee straight both are stretched, and the gastrocnemius usually limits the movement.</source>
        <translation>La prueba de la pared: con la rodilla extendida se estiran los dos, y normalmente es el gastrocnemio el que limita el movimiento.</translation>
    </message>
    <message>
        <source>How to strengthen it</source>
        <translation>Cómo fortalecerlo</translation>
    </message>
    <message>
        <source>What the self-test is: two simple stretches, one with the knee bent and one with it straight. Bending the knee slackens the gastrocnemius, so the two stretches load the soleus and the gastrocnemius differently, and where you feel it hints at which one is involved.</source>
        <translation>Qué es la autoevaluación: dos estiramientos sencillos, uno con la rodilla flexionada y otro con la rodilla extendida. Flexionar la rodilla destensa el gastrocnemio, así que los dos estiramientos cargan de forma distinta el sóleo y el gastrocnemio, y en cuál lo notas da una pista de cuál de los dos está implicado.</translation>
    </message>
    <message>
        <source>What it is not: it cannot diagnose an injury or rule one out, and it tells you nothing about the tendon, the nerves or the blood vessels.</source>
        <translation>Qué no es: no puede diagnosticar una lesión ni descartarla, y no te dice nada sobre el tendón, los nervios ni los vasos sanguíneos.</translation>
    </message>
    <message>
        <source>Clinicians have their own tests: measuring how far the ankle bends with the knee straight and with it bent, and squeezing the calf to check that the Achilles tendon is intact.</source>
        <translation>Los profesionales de la salud tienen sus propias pruebas: medir cuánto se flexiona el tobillo con la rodilla extendida y con la rodilla flexionada, y apretar la pantorrilla para comprobar que el tendón de Aquiles está íntegro.</translation>
    </message>
    <message>
        <source>not being able to lift the heel standing on this leg alone</source>
        <translation>no poder levantar el talón apoyado solo sobre esta pierna</translation>
    </message>
    <message>
        <source>Standing on this leg alone, are you unable to lift the heel off the ground?</source>
        <translation>Apoyado solo sobre esta pierna, ¿te resulta imposible levantar el talón del suelo?</translation>
    </message>
    <message>
        <source>With a torn Achilles tendon people can often still walk and point the foot, but cannot lift the heel while standing on that leg alone.</source>
        <translation>Con el tendón de Aquiles roto, a menudo aún se puede caminar y bajar la punta del pie, pero no levantar el talón apoyado solo sobre esa pierna.</translation>
    </message>
    <message>
        <source>Not being able to lift the heel while standing on the leg alone can mean the Achilles tendon has torn.</source>
        <translation>No poder levantar el talón apoyado solo sobre la pierna puede significar que el tendón de Aquiles se ha roto.</translation>
    </message>
    <message>
        <source>one calf swollen, warm, red or darker than the other</source>
        <translation>una pantorrilla hinchada, caliente, enrojecida o más oscura que la otra</translation>
    </message>
    <message>
        <source>Is one calf swollen, warm, red or darker than the other?</source>
        <translation>¿Tienes una pantorrilla hinchada, caliente, enrojecida o más oscura que la otra?</translation>
    </message>
    <message>
        <source>Swelling, warmth and red or darkened skin in one leg can be a blood clot in a deep vein (DVT).</source>
        <translation>La hinchazón, el calor y la piel enrojecida u oscurecida en una pierna pueden deberse a un coágulo de sangre en una vena profunda (TVP).</translation>
    </message>
    <message>
        <source>One calf that is swollen, warm, red or darker than the other can be a blood clot in a deep vein (DVT). If you are also short of breath, have chest pain or cough up blood, call the emergency number now.</source>
        <translation>Una pantorrilla hinchada, caliente, enrojecida o más oscura que la otra puede deberse a un coágulo de sangre en una vena profunda (TVP). Si además te falta el aire, tienes dolor en el pecho o toses sangre, llama ahora mismo al número de emergencias (112).</translation>
    </message>
    <message>
        <source>Numbness, tingling or pins and needles should be checked by a clinician. Call the emergency number now if the calf is tense and hard, with severe pain far worse than the injury explains that gets worse when you move or stretch the foot or toes.</source>
        <translation>El entumecimiento, el hormigueo o la sensación de pinchazos deben ser revisados por un profesional sanitario. Llama ahora mismo al número de emergencias si la pantorrilla está tensa y dura, con un dolor intenso mucho mayor de lo que explica la lesión y que empeora al mover o estirar el pie o los dedos.</translation>
    </message>
    <message>
        <source>Points to your soleus</source>
        <translation>Apunta a tu sóleo</translation>
    </message>
    <message>
        <source>Points more to your soleus</source>
        <translation>Apunta más bien a tu sóleo</translation>
    </message>
    <message>
        <source>Points to your gastrocnemius</source>
        <translation>Apunta a tu gastrocnemio</translation>
    </message>
    <message>
        <source>Points more to your gastrocnemius</source>
        <translation>Apunta más bien a tu gastrocnemio</translation>
    </message>
    <message>
        <source>Points to both calf muscles</source>
        <translation>Apunta a los dos músculos de la pantorrilla</translation>
    </message>
    <message>
        <source>May involve both calf muscles</source>
        <translation>Pueden estar implicados los dos músculos de la pantorrilla</translation>
    </message>
    <message>
        <source>Worth knowing as well: {reasons}.</source>
        <translation>También conviene saber: {reasons}.</translation>
    </message>
    <message>
        <source>landing on the midfoot asks more of the calf muscles and the Achilles tendon than landing on the heel (of both muscles, not of the soleus in particular)</source>
        <translation>aterrizar con el mediopié exige más a los músculos de la pantorrilla y al tendón de Aquiles que aterrizar con el talón (a ambos músculos, no al sóleo en particular)</translation>
    </message>
    <message>
        <source>landing on the forefoot asks more of the calf muscles and the Achilles tendon than landing on the heel (of both muscles, not of the soleus in particular)</source>
        <translation>aterrizar con el antepié exige más a los músculos de la pantorrilla y al tendón de Aquiles que aterrizar con el talón (a ambos músculos, no al sóleo en particular)</translation>
    </message>
    <message>
        <source>in the coaching view of the article this self-test builds on, the soleus often gets sore while a runner changes to a midfoot strike</source>
        <translation>según la experiencia de entrenador del artículo en que se basa este autotest, el sóleo suele doler mientras se cambia a una pisada de mediopié</translation>
    </message>
    <message>
        <source>the same article links painful or restricted pointing of the foot with an overworked soleus</source>
        <translation>el mismo artículo relaciona que bajar la punta del pie duela o esté limitado con un sóleo sobrecargado</translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm; each centimetre is about 3.6° of ankle bend. Many clinicians treat less than 10 cm as reduced ankle bend: a practice convention, not a cut-off that a study has validated.</source>
        <translation>Tu distancia rodilla-pared fue de {cm} cm; cada centímetro equivale a unos 3,6° de flexión del tobillo. Muchos profesionales consideran menos de 10 cm como flexión reducida del tobillo: una convención de la práctica, no un umbral validado por un estudio.</translation>
    </message>
    <message>
        <source>Your knee-to-wall distance was {cm} cm; each centimetre is about 3.6° of ankle bend. That is at or above the 10 cm many clinicians use as a rough guide: a practice convention, not a cut-off that a study has validated.</source>
        <translation>Tu distancia rodilla-pared fue de {cm} cm; cada centímetro equivale a unos 3,6° de flexión del tobillo. Está en o por encima de los 10 cm que muchos profesionales usan como referencia aproximada: una convención de la práctica, no un umbral validado por un estudio.</translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, at least the 2 cm that errors in measuring yourself can explain, so it is worth attention.</source>
        <translation>La otra pierna midió {other} cm: una diferencia de {difference} cm, al menos los 2 cm que pueden explicar los errores al medirte tú mismo, así que merece atención.</translation>
    </message>
    <message>
        <source>The other leg measured {other} cm: a difference of {difference} cm, less than the 2 cm that errors in measuring yourself can explain.</source>
        <translation>La otra pierna midió {other} cm: una diferencia de {difference} cm, menos de los 2 cm que pueden explicar los errores al medirte tú mismo.</translation>
    </message>
    <message>
        <source>Sit or lie with the knee of the sore leg bent, loop an elastic exercise band around the ball of that foot and hold both ends. Point the foot down against the band, then let it come back slowly. With the knee bent the gastrocnemius is slack, which biases the work towards the soleus; both muscles still work.</source>
        <translation>Siéntate o túmbate con la rodilla de la pierna dolorida flexionada, pasa una banda elástica de ejercicio por la parte delantera de la planta de ese pie y sujeta ambos extremos. Baja la punta del pie contra la banda y luego deja que vuelva despacio. Con la rodilla flexionada, el gastrocnemio está destensado, lo que desplaza el trabajo hacia el sóleo; ambos músculos siguen trabajando.</translation>
    </message>
    <message>
        <source>2–3 sets of 15–25 slow repetitions, the last few feeling hard, 2–3 days a week. A band rarely loads the calf enough for fewer, heavier repetitions: when 25 become easy, move on to seated calf raises with a weight.</source>
        <translation>2–3 series de 15–25 repeticiones lentas, las últimas costosas, 2–3 días por semana. Una banda rara vez carga la pantorrilla lo suficiente para menos repeticiones más pesadas: cuando 25 te resulten fáciles, pasa a elevaciones de talones sentado con peso.</translation>
    </message>
    <message>
        <source>Sit with the knees bent at about a right angle and the feet flat, a weight resting on the thighs just above the knees (or use a seated calf-raise machine). Raise the heels as high as you can, then lower them slowly. The bent knee biases the work towards the soleus.</source>
        <translation>Siéntate con las rodillas flexionadas en ángulo recto aproximadamente y los pies apoyados, con un peso sobre los muslos justo por encima de las rodillas (o usa una máquina de gemelos sentado). Eleva los talones todo lo que puedas y bájalos despacio. La rodilla flexionada desplaza el trabajo hacia el sóleo.</translation>
    </message>
    <message>
        <source>Stand with the knee of the sore leg straight, one hand on a wall for balance, and rise onto the ball of the foot; lower the heel slowly. Start with both feet on flat ground, then progress to one leg and to the edge of a step. With the knee straight the gastrocnemius works harder than with the knee bent, together with the soleus.</source>
        <translation>Ponte de pie con la rodilla de la pierna dolorida extendida y una mano en la pared para mantener el equilibrio, y sube sobre la parte delantera de la planta del pie; baja el talón despacio. Empieza con los dos pies en suelo plano y progresa después a una sola pierna y al borde de un escalón. Con la rodilla extendida, el gastrocnemio trabaja más que con la rodilla flexionada, junto con el sóleo.</translation>
    </message>
    <message>
        <source>Keep running regularly and add distance a little at a time. About 10 % more a week is a sensible guide, not a proven rule: in novice runners a strict 10 % plan did not prevent injuries, and injuries did not differ clearly between those who added under 10 %, 10–30 % or over 30 % across two weeks.</source>
        <translation>Sigue corriendo con regularidad y aumenta la distancia poco a poco. Alrededor de un 10 % más por semana es una referencia sensata, no una regla demostrada: en corredores principiantes, un plan estricto del 10 % no evitó las lesiones, y las lesiones no difirieron claramente entre quienes aumentaron menos del 10 %, entre el 10 y el 30 % o más del 30 % en dos semanas.</translation>
    </message>
    <message>
        <source>Your weekly running went up by {percent} %, more than the 10 % guide. Small, steady increases are the sensible habit: ease back, then build up again in smaller steps. Studies in novice runners have not pinned down a safe limit.</source>
        <translation>Tu volumen semanal de carrera subió un {percent} %, más que la referencia del 10 %. Lo sensato son aumentos pequeños y constantes: reduce primero y vuelve a aumentar en pasos más pequeños. Los estudios con corredores principiantes no han fijado un límite seguro.</translation>
    </message>
    <message>
        <source>shortness of breath, chest pain or coughing up blood</source>
        <translation>falta de aire, dolor en el pecho o tos con sangre</translation>
    </message>
    <message>
        <source>Are you short of breath, do you have chest pain, or are you coughing up blood?</source>
        <translation>¿Te falta el aire, tienes dolor en el pecho o toses sangre?</translation>
    </message>
    <message>
        <source>With a painful leg, these can mean that a blood clot has travelled to the lungs.</source>
        <translation>Junto con una pierna dolorida, pueden significar que un coágulo de sangre ha llegado a los pulmones.</translation>
    </message>
    <message>
        <source>Shortness of breath, chest pain or coughing up blood with a painful leg can mean that a blood clot has reached the lungs.</source>
        <translation>La falta de aire, el dolor en el pecho o la tos con sangre con una pierna dolorida pueden significar que un coágulo de sangre ha llegado a los pulmones.</translation>
    </message>
    <message>
        <source>severe pain in a tense, hard calf that gets worse when the foot or toes move</source>
        <translation>dolor intenso en una pantorrilla tensa y dura que empeora al mover el pie o los dedos</translation>
    </message>
    <message>
        <source>Is the pain severe, far worse than the injury explains and worse when you move or stretch the foot or toes, in a calf that feels tense and hard?</source>
        <translation>¿El dolor es intenso, mucho mayor de lo que explica la lesión y peor al mover o estirar el pie o los dedos, en una pantorrilla que notas tensa y dura?</translation>
    </message>
    <message>
        <source>Pain out of proportion to the injury and pain when the muscles are stretched are the earliest signs of acute compartment syndrome, in which swelling cuts off the muscles&apos; blood supply.</source>
        <translation>Un dolor desproporcionado para la lesión y el dolor al estirar los músculos son los primeros signos del síndrome compartimental agudo, en el que la hinchazón corta el riego sanguíneo de los músculos.</translation>
    </message>
    <message>
        <source>Severe pain out of proportion to the injury, worse when the muscles are stretched, in a tense and hard calf can be acute compartment syndrome, a surgical emergency.</source>
        <translation>Un dolor intenso y desproporcionado para la lesión, que empeora al estirar los músculos, en una pantorrilla tensa y dura puede ser un síndrome compartimental agudo, una urgencia quirúrgica.</translation>
    </message>
    <message>
        <source>a cold, pale or blue foot, or one that has lost its feeling</source>
        <translation>un pie frío, pálido o azulado, o que ha perdido la sensibilidad</translation>
    </message>
    <message>
        <source>Is the foot cold, pale or blue, or has it lost its feeling?</source>
        <translation>¿Tienes el pie frío, pálido o azulado, o ha perdido la sensibilidad?</translation>
    </message>
    <message>
        <source>A cold, pale, numb foot can mean that its blood supply has suddenly been cut off.</source>
        <translation>Un pie frío, pálido y entumecido puede significar que su riego sanguíneo se ha cortado de repente.</translation>
    </message>
    <message>
        <source>A foot that is cold, pale or blue, or numb, can mean that its blood supply has suddenly been cut off (acute limb ischaemia), a medical emergency.</source>
        <translation>Un pie frío, pálido o azulado, o entumecido, puede significar que su riego sanguíneo se ha cortado de repente (isquemia aguda de la extremidad), una urgencia médica.</translation>
    </message>
    <message>
        <source>severe muscle pain or weakness after hard exercise, with dark urine</source>
        <translation>dolor muscular intenso o debilidad tras un ejercicio duro, con orina oscura</translation>
    </message>
    <message>
        <source>After hard exercise, do you have severe muscle pain or weakness, and dark, tea- or cola-coloured urine?</source>
        <translation>Tras un ejercicio duro, ¿tienes dolor muscular intenso o debilidad, y orina oscura, del color del té o de la cola?</translation>
    </message>
    <message>
        <source>Muscle broken down by extreme exercise releases a protein that darkens the urine and can harm the kidneys (rhabdomyolysis).</source>
        <translation>El músculo que se destruye por un ejercicio extremo libera una proteína que oscurece la orina y puede dañar los riñones (rabdomiólisis).</translation>
    </message>
    <message>
        <source>Severe muscle pain or weakness with dark urine after hard exercise can be rhabdomyolysis, a medical emergency that can harm the kidneys.</source>
        <translation>El dolor muscular intenso o la debilidad con orina oscura tras un ejercicio duro pueden ser una rabdomiólisis, una urgencia médica que puede dañar los riñones.</translation>
    </message>
    <message>
        <source>numbness or weakness in both legs or around the bottom or genitals, or new bladder or bowel trouble</source>
        <translation>entumecimiento o debilidad en ambas piernas o alrededor de las nalgas o los genitales, o problemas nuevos con la vejiga o el intestino</translation>
    </message>
    <message>
        <source>Do you have numbness or weakness in both legs, numbness around your bottom or genitals, or new trouble controlling your bladder or bowel?</source>
        <translation>¿Tienes entumecimiento o debilidad en ambas piernas, entumecimiento alrededor de las nalgas o los genitales, o problemas nuevos para controlar la vejiga o el intestino?</translation>
    </message>
    <message>
        <source>These can mean that the nerves at the bottom of the spine are being squeezed (cauda equina syndrome).</source>
        <translation>Pueden significar que los nervios de la parte baja de la columna están comprimidos (síndrome de la cola de caballo).</translation>
    </message>
    <message>
        <source>Numbness or weakness in both legs, numbness around the bottom or genitals, or new bladder or bowel trouble can be cauda equina syndrome, which needs treatment in hospital straight away.</source>
        <translation>El entumecimiento o la debilidad en ambas piernas, el entumecimiento alrededor de las nalgas o los genitales, o los problemas nuevos con la vejiga o el intestino pueden ser un síndrome de la cola de caballo, que necesita tratamiento hospitalario de inmediato.</translation>
    </message>
    <message>
        <source>a fever or feeling unwell, with a hot red area of skin that spreads</source>
        <translation>fiebre o malestar, con una zona de piel caliente y roja que se extiende</translation>
    </message>
    <message>
        <source>Do you have a fever or feel unwell, with a hot, red area of skin on the leg that is spreading?</source>
        <translation>¿Tienes fiebre o te encuentras mal, con una zona de piel caliente y roja en la pierna que se está extendiendo?</translation>
    </message>
    <message>
        <source>A hot, red, spreading area of skin with a fever can be a skin infection (cellulitis).</source>
        <translation>Una zona de piel caliente, roja y que se extiende, con fiebre, puede ser una infección de la piel (celulitis).</translation>
    </message>
    <message>
        <source>A hot, red, spreading area of skin with a fever or feeling unwell can be cellulitis, a skin infection that needs treatment today.</source>
        <translation>Una zona de piel caliente, roja y que se extiende, con fiebre o malestar, puede ser una celulitis, una infección de la piel que necesita tratamiento hoy.</translation>
    </message>
    <message>
        <source>999 in the UK, 112 across Europe, 911 in North America, 000 in Australia. Do not stretch or exercise the leg.</source>
        <translation>112 en toda Europa, 999 en el Reino Unido, 911 en Norteamérica, 000 en Australia. No estires ni ejercites la pierna.</translation>
    </message>
    <message>
        <source>Call the emergency number now</source>
        <translation>Llama ahora al número de emergencias</translation>
    </message>
    <message>
        <source>a risk of blood clots together with a throbbing or cramping pain in the calf at rest</source>
        <translation>un riesgo de coágulos junto con un dolor punzante o como un calambre en la pantorrilla en reposo</translation>
    </message>
    <message>
        <source>A throbbing or cramping pain in one leg, in someone with a risk of clots, can be a blood clot in a deep vein (DVT).</source>
        <translation>Un dolor punzante o como un calambre en una pierna, en alguien con riesgo de coágulos, puede ser un coágulo de sangre en una vena profunda (TVP).</translation>
    </message>
    <message>
        <source>A throbbing or cramping pain in the calf at rest, with a risk of clots, can be a blood clot in a deep vein (DVT). If you are also short of breath, have chest pain or cough up blood, call the emergency number now.</source>
        <translation>Un dolor punzante o como un calambre en la pantorrilla en reposo, con riesgo de coágulos, puede ser un coágulo de sangre en una vena profunda (TVP). Si además te falta el aire, tienes dolor en el pecho o toses sangre, llama ahora mismo al número de emergencias (112).</translation>
    </message>
    <message>
        <source>You have a risk of blood clots. If the calf starts to throb or cramp at rest, or one calf becomes swollen, warm, red or darker than the other, be seen the same day.</source>
        <translation>Tienes riesgo de coágulos. Si la pantorrilla empieza a latir o a dar calambres en reposo, o una pantorrilla se hincha, se calienta, se enrojece o se oscurece más que la otra, haz que te vean el mismo día.</translation>
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
        <translation>¿Se te aplica alguna de estas situaciones?
• una operación o un ingreso en el hospital en las últimas 12 semanas
• una pierna escayolada o mucho tiempo en cama
• un viaje de 4 horas o más en las últimas 4 semanas
• embarazo, o un parto en las últimas 6 semanas
• una píldora anticonceptiva o terapia hormonal con estrógenos
• un cáncer o su tratamiento
• un coágulo de sangre anterior</translation>
    </message>
    <message>
        <source>Is there a throbbing or cramping pain in the calf at rest, not only when you stretch or use it?</source>
        <translation>¿Tienes un dolor punzante o como un calambre en la pantorrilla en reposo, no solo al estirarla o usarla?</translation>
    </message>
    <message>
        <source>A blood clot in a deep vein often shows as a throbbing or cramping pain in one leg, and is more likely with these risks. Either answer alone does not end the test.</source>
        <translation>Un coágulo de sangre en una vena profunda suele notarse como un dolor punzante o como un calambre en una pierna, y es más probable con estos riesgos. Ninguna de las dos respuestas por sí sola termina la prueba.</translation>
    </message>
    <message>
        <source>Ease off for a few days first</source>
        <translation>Primero, unos días más suaves</translation>
    </message>
    <message>
        <source>A test hurt strongly, or the pain came on suddenly: give the calf a few days of easier activity before you load it, then start the exercises at their easiest level and build up as the pain allows.</source>
        <translation>Una prueba dolió mucho o el dolor empezó de repente: da a la pantorrilla unos días de actividad más suave antes de cargarla, luego empieza los ejercicios en su nivel más fácil y progresa según lo permita el dolor.</translation>
    </message>
    <message>
        <source>A few easier days, then the easiest level of each exercise.</source>
        <translation>Unos días más suaves y después el nivel más fácil de cada ejercicio.</translation>
    </message>
    <message>
        <source>Let pain guide the load</source>
        <translation>Deja que el dolor guíe la carga</translation>
    </message>
    <message>
        <source>While you exercise or run, pain up to 3 out of 10 is safe and 4 to 5 acceptable; above 5 is too much. Pain may rise for a while afterwards but should settle by the next morning, and it should not climb from week to week. The next morning decides: worse, ease the load; settled, repeat or progress.</source>
        <translation>Mientras haces ejercicio o corres, un dolor de hasta 3 sobre 10 es seguro y de 4 a 5 aceptable; por encima de 5 es demasiado. Después el dolor puede subir un rato, pero debería calmarse a la mañana siguiente y no aumentar de una semana a otra. La mañana siguiente decide: peor, reduce la carga; calmado, repite o progresa.</translation>
    </message>
    <message>
        <source>Rate the pain during, after, and the next morning.</source>
        <translation>Valora el dolor durante, después y a la mañana siguiente.</translation>
    </message>
    <message>
        <source>The stretch tests cannot tell everything: a tendon problem, a tear&apos;s size or anything deeper than the muscles. If the calf is not clearly better in one to two weeks, or sooner if it gets worse, see a doctor or physiotherapist: they can examine the leg and measure how far the ankle bends with the knee straight and with it bent.</source>
        <translation>Las pruebas de estiramiento no lo dicen todo: un problema del tendón, el tamaño de una rotura o cualquier cosa más profunda que los músculos. Si la pantorrilla no está claramente mejor en una o dos semanas, o antes si empeora, acude a un médico o fisioterapeuta: pueden examinar la pierna y medir cuánto se flexiona el tobillo con la rodilla extendida y con ella flexionada.</translation>
    </message>
    <message>
        <source>If it is not clearly better in one to two weeks, or sooner if it gets worse.</source>
        <translation>Si no está claramente mejor en una o dos semanas, o antes si empeora.</translation>
    </message>
    <message>
        <source>Back of the head and upper quarter to third of the fibula, the soleal line and the middle third of the medial border of the tibia, and a tendinous arch between the two bones.</source>
        <translation>Cara posterior de la cabeza y del cuarto a tercio superior del peroné, la línea del sóleo y el tercio medio del borde medial de la tibia, y un arco tendinoso entre ambos huesos.</translation>
    </message>
    <message>
        <source>Mostly slow-twitch, fatigue-resistant fibres: in autopsy studies about 70–90 % type I.</source>
        <translation>Fibras mayoritariamente de contracción lenta y resistentes a la fatiga: en estudios de autopsias, alrededor de un 70–90 % de tipo I.</translation>
    </message>
    <message>
        <source>In a computer model of running, it and the gastrocnemius together gave most of the support that holds the body up, up to fast running speeds of about 7 m/s.</source>
        <translation>En un modelo computacional de la carrera, él y el gastrocnemio aportaron juntos la mayor parte del soporte que mantiene el cuerpo erguido, hasta velocidades de carrera rápidas de unos 7 m/s.</translation>
    </message>
    <message>
        <source>Coaches see it as the calf muscle that usually gets sore in runners; that is coaching experience, not a research finding.</source>
        <translation>Los entrenadores lo consideran el músculo de la pantorrilla que suele doler en los corredores; es experiencia de entrenamiento, no un resultado de investigación.</translation>
    </message>
    <message>
        <source>In heel raises with the knee bent, it was slightly more active and the gastrocnemius slightly less than with the knee straight: a bent knee biases the work towards the soleus, and both keep working.</source>
        <translation>En las elevaciones de talones con la rodilla flexionada, estuvo algo más activo y el gastrocnemio algo menos que con la rodilla extendida: la rodilla flexionada desplaza el trabajo hacia el sóleo, pero ambos siguen trabajando.</translation>
    </message>
    <message>
        <source>In quiet standing, it and the gastrocnemius keep making small, frequent adjustments that keep the body balanced.</source>
        <translation>Al estar de pie sin moverse, él y el gastrocnemio hacen continuamente ajustes pequeños y frecuentes que mantienen el cuerpo en equilibrio.</translation>
    </message>
    <message>
        <source>A sudden pop or snap, a feeling of being kicked, not being able to lift the heel while standing on that leg alone, or a gap above the heel can mean it has torn, which needs care the same day.</source>
        <translation>Un chasquido o estallido repentino, la sensación de haber recibido una patada, no poder levantar el talón estando de pie solo sobre esa pierna o un hueco por encima del talón pueden indicar que se ha roto, lo que requiere atención ese mismo día.</translation>
    </message>
    <message>
        <source>Posterior tibial and fibular arteries.</source>
        <translation>Arterias tibial posterior y peronea (fibular).</translation>
    </message>
    <message>
        <source>Inner part of the back of the tibia, below the soleal line, and by a broad aponeurosis from the fibula.</source>
        <translation>Parte interna de la cara posterior de la tibia, por debajo de la línea del sóleo, y mediante una amplia aponeurosis desde el peroné.</translation>
    </message>
    <message>
        <source>The soleus arises from the back of its head and upper quarter to third, the flexor hallucis longus from its lower two-thirds.</source>
        <translation>El sóleo se origina en la cara posterior de su cabeza y de su cuarto a tercio superior, y el flexor largo del dedo gordo en sus dos tercios inferiores.</translation>
    </message>
    <message>
        <source>a weak foot whose front slaps down</source>
        <translation>un pie débil cuya parte delantera golpea el suelo</translation>
    </message>
    <message>
        <source>Is the front of your foot weak, or does it slap down or catch as you walk?</source>
        <translation>¿Tienes débil la parte delantera del pie, o golpea el suelo o se engancha al caminar?</translation>
    </message>
    <message>
        <source>A foot whose front is weak or slaps down should be checked by a clinician. Call the emergency number now if both legs are weak or numb, or you have numbness around the bottom or new trouble controlling the bladder or bowel.</source>
        <translation>Un pie cuya parte delantera está débil o golpea el suelo debe revisarlo un profesional sanitario. Llama ahora al número de emergencias si las dos piernas están débiles o adormecidas, o si notas adormecimiento alrededor de las nalgas o problemas nuevos para controlar la vejiga o el intestino.</translation>
    </message>
    <message>
        <source>pain that comes at the same point of every run and goes soon after stopping</source>
        <translation>un dolor que aparece en el mismo punto de cada carrera y desaparece poco después de parar</translation>
    </message>
    <message>
        <source>Does the pain come on at about the same point in every run, and go within minutes of stopping?</source>
        <translation>¿El dolor aparece más o menos en el mismo punto de cada carrera y desaparece a los pocos minutos de parar?</translation>
    </message>
    <message>
        <source>Pain that builds at a predictable point of each run and eases soon after stopping can come from pressure inside a muscle compartment or a trapped artery, not a strain.</source>
        <translation>Un dolor que aumenta en un punto previsible de cada carrera y se alivia poco después de parar puede deberse a presión dentro de un compartimento muscular o a una arteria atrapada, no a una distensión.</translation>
    </message>
    <message>
        <source>Pain that comes at about the same point of every run and goes within minutes of stopping can be exertional compartment syndrome or a trapped artery behind the knee; a clinician can test for both.</source>
        <translation>Un dolor que aparece más o menos en el mismo punto de cada carrera y desaparece a los pocos minutos de parar puede ser un síndrome compartimental de esfuerzo o una arteria atrapada detrás de la rodilla; un profesional sanitario puede comprobar ambas cosas.</translation>
    </message>
    <message>
        <source>pain at one spot on the shin bone, when hopping or at night</source>
        <translation>dolor en un punto de la tibia, al saltar a la pata coja o por la noche</translation>
    </message>
    <message>
        <source>Pain at one spot on the bone, on hopping or at night can be a stress injury of the bone, which a stretch test cannot show.</source>
        <translation>El dolor en un punto del hueso, al saltar o por la noche puede ser una lesión por estrés del hueso, que una prueba de estiramiento no puede mostrar.</translation>
    </message>
    <message>
        <source>Pain at one spot on the shin bone, when hopping or at night can be a stress injury of the bone; a clinician can examine it and arrange a scan if it is needed.</source>
        <translation>El dolor en un punto de la tibia, al saltar o por la noche puede ser una lesión por estrés del hueso; un profesional sanitario puede examinarlo y pedir una prueba de imagen si hace falta.</translation>
    </message>
    <message>
        <source>Outside the calf muscles: the tests cannot tell</source>
        <translation>Fuera de los músculos de la pantorrilla: las pruebas no pueden decirlo</translation>
    </message>
    <message>
        <source>You placed the pain in the upper calf, where strains of the gastrocnemius are most common, usually in its inner head. That place fits the other muscle better, so the tests are less certain here.</source>
        <translation>Has situado el dolor en la parte alta de la pantorrilla, donde las distensiones del gastrocnemio son más frecuentes, casi siempre en su cabeza interna. Ese lugar encaja mejor con el otro músculo, así que aquí las pruebas son menos seguras.</translation>
    </message>
    <message>
        <source>You placed the pain in the lower calf, where the soleus lies deep and where its strains are usually felt. That place fits the other muscle better, so the tests are less certain here.</source>
        <translation>Has situado el dolor en la parte baja de la pantorrilla, donde el sóleo está en profundidad y donde suelen notarse sus distensiones. Ese lugar encaja mejor con el otro músculo, así que aquí las pruebas son menos seguras.</translation>
    </message>
    <message>
        <source>Upper calf</source>
        <translation>Parte alta de la pantorrilla</translation>
    </message>
    <message>
        <source>The bulk of the calf, below the back of the knee.</source>
        <translation>El grueso de la pantorrilla, por debajo de la parte de atrás de la rodilla.</translation>
    </message>
    <message>
        <source>Lower calf</source>
        <translation>Parte baja de la pantorrilla</translation>
    </message>
    <message>
        <source>Below the bulk of the calf, above the tendon.</source>
        <translation>Por debajo del grueso de la pantorrilla, por encima del tendón.</translation>
    </message>
    <message>
        <source>Whole calf</source>
        <translation>Toda la pantorrilla</translation>
    </message>
    <message>
        <source>All over the calf, or no one spot.</source>
        <translation>Por toda la pantorrilla, o sin un punto concreto.</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>The cord a few centimetres above the heel.</source>
        <translation>El cordón unos centímetros por encima del talón.</translation>
    </message>
    <message>
        <source>Pain in the tendon a few centimetres above the heel usually comes from the tendon itself (mid-portion Achilles tendinopathy). The gastrocnemius and the soleus share this tendon, so the bench test and the wall test both pull on it: they cannot tell the muscles apart for this pain.</source>
        <translation>El dolor en el tendón unos centímetros por encima del talón suele venir del propio tendón (tendinopatía aquílea de la porción media). El gastrocnemio y el sóleo comparten este tendón, así que la prueba del banco y la de la pared tiran de él: no pueden distinguir los músculos ante este dolor.</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>Where the tendon meets the heel bone.</source>
        <translation>Donde el tendón se une al hueso del talón.</translation>
    </message>
    <message>
        <source>Pain where the tendon meets the heel bone usually comes from the end of the tendon (insertional Achilles tendinopathy) or from a bursa, a small fluid-filled cushion between the tendon and the bone. Both tests pull on the tendon there, so they cannot tell the muscles apart for this pain.</source>
        <translation>El dolor donde el tendón se une al hueso del talón suele venir del extremo del tendón (tendinopatía aquílea insercional) o de una bursa, un pequeño cojín lleno de líquido entre el tendón y el hueso. Las dos pruebas tiran del tendón ahí, así que no pueden distinguir los músculos ante este dolor.</translation>
    </message>
    <message>
        <source>Behind the knee</source>
        <translation>Detrás de la rodilla</translation>
    </message>
    <message>
        <source>The hollow at the back of the knee.</source>
        <translation>El hueco de la parte de atrás de la rodilla.</translation>
    </message>
    <message>
        <source>Pain behind the knee can come from a tendon there, such as the popliteus, or from a Baker&apos;s cyst, a swelling of fluid from the knee joint. A cyst that bursts can look like a blood clot in a deep vein: if the calf swells, or becomes warm, red or darker than the other, be seen the same day. The calf tests judge the calf muscles, not the knee.</source>
        <translation>El dolor detrás de la rodilla puede venir de un tendón de esa zona, como el del poplíteo, o de un quiste de Baker, una acumulación de líquido de la articulación de la rodilla. Un quiste que se rompe puede parecerse a un coágulo en una vena profunda: si la pantorrilla se hincha o se pone caliente, roja o más oscura que la otra, haz que te vean el mismo día. Las pruebas de la pantorrilla valoran sus músculos, no la rodilla.</translation>
    </message>
    <message>
        <source>Inner shin</source>
        <translation>Cara interna de la tibia</translation>
    </message>
    <message>
        <source>Along the inner edge of the shin bone.</source>
        <translation>A lo largo del borde interno de la tibia.</translation>
    </message>
    <message>
        <source>Pain along the inner edge of the shin bone in runners is usually medial tibial stress syndrome (“shin splints”), an overload of the bone and its covering; pain at one spot can be a stress injury of the bone. The calf tests stretch the calf muscles and do not examine the bone.</source>
        <translation>El dolor a lo largo del borde interno de la tibia en corredores suele ser un síndrome de estrés tibial medial (“periostitis tibial”), una sobrecarga del hueso y de su cubierta; el dolor en un solo punto puede ser una lesión por estrés del hueso. Las pruebas de la pantorrilla estiran sus músculos y no examinan el hueso.</translation>
    </message>
    <message>
        <source>Outer leg</source>
        <translation>Cara externa de la pierna</translation>
    </message>
    <message>
        <source>The outer side of the leg, down to the ankle bone.</source>
        <translation>El lado externo de la pierna, hasta el tobillo.</translation>
    </message>
    <message>
        <source>Pain on the outer side of the leg often comes from the fibularis (peroneal) muscles, which run down the outside of the leg, or from their tendons behind the outer ankle bone. The calf tests are built to tell the gastrocnemius from the soleus and say nothing about these muscles.</source>
        <translation>El dolor en el lado externo de la pierna suele venir de los músculos fibulares (peroneos), que bajan por la cara externa de la pierna, o de sus tendones por detrás del tobillo externo. Las pruebas de la pantorrilla están hechas para distinguir el gastrocnemio del sóleo y no dicen nada de estos músculos.</translation>
    </message>
    <message>
        <source>The soleus arises below the knee, from the back of the head and upper quarter to third of the fibula, the soleal line of the tibia and a tendinous arch between the two bones. It ends on the calcaneus through the calcaneal tendon, like the gastrocnemius.</source>
        <translation>El sóleo se origina por debajo de la rodilla, en la cara posterior de la cabeza y del cuarto a tercio superior del peroné, en la línea del sóleo de la tibia y en un arco tendinoso entre ambos huesos. Termina en el calcáneo a través del tendón calcáneo, como el gastrocnemio.</translation>
    </message>
    <message>
        <source>So the soleus crosses the ankle but not the knee: bending the knee does not slacken it.</source>
        <translation>Por tanto, el sóleo cruza el tobillo pero no la rodilla: flexionar la rodilla no lo destensa.</translation>
    </message>
    <message>
        <source>Ultrasound of people standing quietly shows the soleus and the gastrocnemius both making small, frequent adjustments that keep the body balanced.</source>
        <translation>Las ecografías de personas de pie sin moverse muestran que el sóleo y el gastrocnemio hacen ajustes pequeños y frecuentes que mantienen el cuerpo en equilibrio.</translation>
    </message>
    <message>
        <source>Bending the knee only shifts the balance between them. In heel raises with the knee bent, the soleus was slightly more active and the gastrocnemius slightly less than with the knee straight; both kept working.</source>
        <translation>Flexionar la rodilla solo cambia el reparto entre ambos. En las elevaciones de talones con la rodilla flexionada, el sóleo estuvo algo más activo y el gastrocnemio algo menos que con la rodilla extendida; los dos siguieron trabajando.</translation>
    </message>
    <message>
        <source>In a computer model of running from jogging to sprinting, the soleus and the gastrocnemius together gave most of the support that holds the body up, up to fast running speeds of about 7 m/s. A model of running at a moderate speed found that the muscles at the front of the thigh (quadriceps) gave most of the support early in each step on the ground, and the calf muscles in the second half.</source>
        <translation>En un modelo computacional de la carrera, desde el trote hasta el esprint, el sóleo y el gastrocnemio aportaron juntos la mayor parte del soporte que mantiene el cuerpo erguido, hasta velocidades de carrera rápidas de unos 7 m/s. Un modelo de la carrera a velocidad moderada halló que los músculos de la parte delantera del muslo (cuádriceps) aportaban la mayor parte del soporte al principio de cada apoyo en el suelo, y los músculos de la pantorrilla en la segunda mitad.</translation>
    </message>
    <message>
        <source>Landing on the forefoot or the midfoot asks more of both calf muscles and of the Achilles tendon than landing heel first.</source>
        <translation>Apoyar con el antepié o el mediopié exige más a los dos músculos de la pantorrilla y al tendón de Aquiles que apoyar primero el talón.</translation>
    </message>
    <message>
        <source>Coaches often name the soleus as the calf muscle that usually gets sore in runners. That comes from coaching experience, not from these studies.</source>
        <translation>Los entrenadores suelen señalar el sóleo como el músculo de la pantorrilla que más a menudo duele en los corredores. Eso procede de la experiencia de entrenamiento, no de estos estudios.</translation>
    </message>
    <message>
        <source>Muscle fibres come in slow-twitch (type I), fatigue-resistant kinds and fast-twitch kinds. In autopsy studies about 70–90 % of the soleus’s fibres were slow-twitch: a muscle built for long, steady work.</source>
        <translation>Las fibras musculares pueden ser de contracción lenta (tipo I), resistentes a la fatiga, o de contracción rápida. En estudios de autopsias, alrededor del 70–90 % de las fibras del sóleo eran de contracción lenta: un músculo hecho para un trabajo prolongado y constante.</translation>
    </message>
    <message>
        <source>Helps the soleus resist the forward pull, with less of the steady work; both muscles keep making small, frequent adjustments.</source>
        <translation>Ayuda al sóleo a contrarrestar la tendencia a caer hacia delante, con una parte menor del trabajo constante; los dos músculos hacen ajustes pequeños y frecuentes.</translation>
    </message>
    <message>
        <source>With the gastrocnemius, gives most of the support that holds the body up in a running model, up to about 7 m/s. Coaches see it as the one that usually gets sore.</source>
        <translation>En un modelo de carrera, aporta junto con el gastrocnemio la mayor parte del soporte que mantiene el cuerpo erguido, hasta unos 7 m/s. Los entrenadores lo consideran el que suele doler.</translation>
    </message>
    <message>
        <source>With the soleus, gives most of the support that holds the body up in a running model, up to about 7 m/s.</source>
        <translation>En un modelo de carrera, aporta junto con el sóleo la mayor parte del soporte que mantiene el cuerpo erguido, hasta unos 7 m/s.</translation>
    </message>
    <message>
        <source>Run more, adding distance in small steps (a coaching tip). Point the foot down against resistance with the knee bent: an elastic band, seated or lying, or a seated calf-raise machine. In heel raises, a bent knee biases the work towards the soleus; the gastrocnemius still helps.</source>
        <translation>Corre más, aumentando la distancia poco a poco (un consejo de entrenamiento). Baja la punta del pie contra una resistencia con la rodilla flexionada: una banda elástica, sentado o tumbado, o una máquina de elevación de talones sentado. En las elevaciones de talones, la rodilla flexionada desplaza el trabajo hacia el sóleo; el gastrocnemio sigue ayudando.</translation>
    </message>
    <message>
        <source>Calf raises with the knee straight, where the gastrocnemius pulls at its strongest. It is more active than with the knee bent, and the soleus works too.</source>
        <translation>Elevaciones de talones con la rodilla extendida, en las que el gastrocnemio tracciona con su máxima fuerza. Está más activo que con la rodilla flexionada, y el sóleo también trabaja.</translation>
    </message>
    <message>
        <source>Get care the same day, at urgent care or an emergency department, for a sudden pain at the back of the ankle or calf with a snap or pop, a feeling of being kicked, not being able to lift the heel while standing on that leg alone, or a gap above the heel: the Achilles tendon may have torn.</source>
        <translation>Busca atención ese mismo día, en un centro de atención urgente o en urgencias del hospital, si tienes un dolor repentino en la parte posterior del tobillo o de la pantorrilla con un chasquido o estallido, la sensación de haber recibido una patada, no puedes levantar el talón estando de pie solo sobre esa pierna o notas un hueco por encima del talón: puede haberse roto el tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Get urgent help the same day for throbbing or cramping pain in one leg, usually in the calf or thigh, or for swelling, warm skin or red or darkened skin in one leg: these can mean a blood clot (deep vein thrombosis). With breathlessness or chest pain, call the emergency services.</source>
        <translation>Pide ayuda urgente ese mismo día si tienes un dolor pulsátil o como un calambre en una pierna, normalmente en la pantorrilla o el muslo, o hinchazón, la piel caliente o la piel enrojecida u oscurecida en una pierna: puede ser un coágulo de sangre (trombosis venosa profunda). Si además te falta el aire o tienes dolor en el pecho, llama a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Severe pain out of proportion to the injury, worse when the muscles are stretched, in a tense, swollen calf is an emergency, even without pins and needles, which come later. Calf pain that comes with running and goes with rest needs a clinician.</source>
        <translation>Un dolor intenso, desproporcionado para la lesión, que empeora al estirar los músculos, con la pantorrilla tensa e hinchada es una emergencia, aunque no notes pinchazos, que aparecen más tarde. El dolor de pantorrilla que aparece al correr y desaparece con el reposo debe valorarlo un profesional de la salud.</translation>
    </message>
    <message>
        <source>If you measure your own knee-to-wall distance, a change or a difference between legs smaller than about 2 cm lies within measurement error.</source>
        <translation>Si mides tú mismo tu distancia rodilla-pared, un cambio o una diferencia entre las piernas menor de unos 2 cm está dentro del error de medición.</translation>
    </message>
    <message>
        <source>A weak foot that slaps down is something a clinician should examine; a stretch test cannot tell you about it.</source>
        <translation>Un pie débil que golpea el suelo debe examinarlo un profesional sanitario; una prueba de estiramiento no puede decirte nada sobre ello.</translation>
    </message>
    <message>
        <source>Is there pain at one spot on the shin bone: when you press it, when you hop, or at night?</source>
        <translation>¿Te duele un punto concreto de la tibia: al presionarlo, al saltar a la pata coja o por la noche?</translation>
    </message>
    <message>
        <source>The calf tests cannot judge pain in this place. See a doctor or physiotherapist soon, and sooner if it gets worse: they can examine it and find what hurts.</source>
        <translation>Las pruebas de la pantorrilla no pueden valorar el dolor en este lugar. Consulta pronto a un médico o fisioterapeuta, y antes si empeora: pueden examinarlo y averiguar qué duele.</translation>
    </message>
    <message>
        <source>A plan back to running after a calf strain. Each session is rated for pain, and the next morning decides: pain up to 3 out of 10 that has settled by morning moves you up a level, more pain keeps you where you are or moves you down. The big steps, to running and to full training, also wait for your measurements, not for the calendar.</source>
        <translation>Un plan para volver a correr tras una distensión de gemelo. Cada sesión se valora por su dolor, y la mañana siguiente decide: un dolor de hasta 3 sobre 10 que se ha calmado por la mañana te sube un nivel; más dolor te mantiene donde estás o te baja uno. Los grandes pasos, a correr y al entrenamiento completo, esperan además a tus mediciones, no al calendario.</translation>
    </message>
    <message>
        <source>Do you have a risk of blood clots (recent surgery or a hospital stay, a cast or bed rest, a long journey, pregnancy or a recent birth, an oestrogen pill or HRT, cancer treatment, an earlier clot) and a throbbing or cramping pain in the calf at rest?</source>
        <translation>¿Tienes riesgo de coágulos (una operación o un ingreso reciente, una escayola o reposo en cama, un viaje largo, un embarazo o un parto reciente, una píldora con estrógenos o terapia hormonal, un tratamiento contra el cáncer, un coágulo anterior) y un dolor pulsátil o como un calambre en la pantorrilla en reposo?</translation>
    </message>
    <message>
        <source>Pain during the session: 0 to 3 out of 10 is safe, 4 or 5 is acceptable, above 5 is too much. Pain afterwards should have settled by the next morning.</source>
        <translation>Dolor durante la sesión: de 0 a 3 sobre 10 es seguro, 4 o 5 es aceptable, más de 5 es demasiado. El dolor posterior debería haberse calmado a la mañana siguiente.</translation>
    </message>
    <message>
        <source>Do not run on two days in a row while you build up again: leave a day without running in between.</source>
        <translation>No corras dos días seguidos mientras vuelves a progresar: deja un día sin correr entre medias.</translation>
    </message>
    <message>
        <source>Do not make the runs longer and faster in the same step.</source>
        <translation>No hagas las carreras más largas y más rápidas en el mismo paso.</translation>
    </message>
    <message>
        <source>Do the calf exercises after running, not before.</source>
        <translation>Haz los ejercicios de pantorrilla después de correr, no antes.</translation>
    </message>
    <message>
        <source>Avoid sudden changes of surface or shoes.</source>
        <translation>Evita los cambios bruscos de superficie o de zapatillas.</translation>
    </message>
    <message>
        <source>Easy walking</source>
        <translation>Caminar suave</translation>
    </message>
    <message>
        <source>Walk at an easy pace on a flat surface, aiming for a normal, even step on both legs.</source>
        <translation>Camina a ritmo suave por una superficie llana, buscando un paso normal e igual con ambas piernas.</translation>
    </message>
    <message>
        <source>Seated heel-raise hold</source>
        <translation>Elevación de talones sentado, mantenida</translation>
    </message>
    <message>
        <source>Sit with the knees bent to a right angle and the feet flat. Lift the heels a little and hold them there; keep it gentle.</source>
        <translation>Siéntate con las rodillas en ángulo recto y los pies planos. Levanta un poco los talones y mantenlos ahí; con suavidad.</translation>
    </message>
    <message>
        <source>Standing heel-raise hold</source>
        <translation>Elevación de talones de pie, mantenida</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees straight, fingertips on a wall. Lift the heels a little and hold them there.</source>
        <translation>De pie sobre ambos pies con las rodillas estiradas y la punta de los dedos en una pared. Levanta un poco los talones y mantenlos ahí.</translation>
    </message>
    <message>
        <source>Bent-knee heel raises on two legs</source>
        <translation>Elevaciones de talones con rodillas flexionadas, a dos piernas</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees slightly bent and fingertips on a wall. Rise onto the balls of the feet and lower slowly, keeping the knees bent.</source>
        <translation>De pie sobre ambos pies con las rodillas algo flexionadas y la punta de los dedos en una pared. Sube a la parte delantera de los pies y baja despacio, sin estirar las rodillas.</translation>
    </message>
    <message>
        <source>Straight-knee heel raises on two legs</source>
        <translation>Elevaciones de talones con rodillas estiradas, a dos piernas</translation>
    </message>
    <message>
        <source>Stand on both feet with the knees straight and fingertips on a wall. Rise onto the balls of the feet and lower slowly.</source>
        <translation>De pie sobre ambos pies con las rodillas estiradas y la punta de los dedos en una pared. Sube a la parte delantera de los pies y baja despacio.</translation>
    </message>
    <message>
        <source>Up on two legs, down on one</source>
        <translation>Subir con dos piernas, bajar con una</translation>
    </message>
    <message>
        <source>Rise onto the balls of both feet with the knees straight, lift the other foot, and lower slowly on the sore leg alone.</source>
        <translation>Sube a la parte delantera de ambos pies con las rodillas estiradas, levanta el otro pie y baja despacio solo con la pierna dolorida.</translation>
    </message>
    <message>
        <source>Sit with the knees bent to a right angle and a weight resting on the thighs. Lift the heels as high as you can and lower slowly. Choose a weight with which the last few repetitions feel hard.</source>
        <translation>Siéntate con las rodillas en ángulo recto y un peso sobre los muslos. Levanta los talones todo lo que puedas y baja despacio. Elige un peso con el que las últimas repeticiones cuesten.</translation>
    </message>
    <message>
        <source>Single-leg heel raises</source>
        <translation>Elevaciones de talón a una pierna</translation>
    </message>
    <message>
        <source>Stand on the sore leg alone with the knee straight, fingertips on a wall. Rise as high as you can and lower slowly.</source>
        <translation>De pie solo sobre la pierna dolorida con la rodilla estirada y la punta de los dedos en una pared. Sube todo lo que puedas y baja despacio.</translation>
    </message>
    <message>
        <source>Single-leg bent-knee heel raises</source>
        <translation>Elevaciones de talón a una pierna con la rodilla flexionada</translation>
    </message>
    <message>
        <source>Stand on the sore leg alone with the knee slightly bent, fingertips on a wall. Rise as high as you can and lower slowly, keeping the knee bent.</source>
        <translation>De pie solo sobre la pierna dolorida con la rodilla algo flexionada y la punta de los dedos en una pared. Sube todo lo que puedas y baja despacio, sin estirar la rodilla.</translation>
    </message>
    <message>
        <source>Run-walk intervals</source>
        <translation>Intervalos de correr y caminar</translation>
    </message>
    <message>
        <source>Run slowly, at a pace at which you could talk, then walk; repeat. Run on a flat, familiar surface in your usual shoes.</source>
        <translation>Corre despacio, a un ritmo al que podrías hablar, y luego camina; repite. Corre por una superficie llana y conocida con tus zapatillas de siempre.</translation>
    </message>
    <message>
        <source>Continuous easy running</source>
        <translation>Carrera continua suave</translation>
    </message>
    <message>
        <source>Run at an easy pace at which you could talk, on a flat, familiar surface.</source>
        <translation>Corre a un ritmo suave al que podrías hablar, por una superficie llana y conocida.</translation>
    </message>
    <message>
        <source>Your usual running</source>
        <translation>Tu carrera habitual</translation>
    </message>
    <message>
        <source>Your usual runs. Build the weekly distance in small, steady steps; about 10 % a week is a sensible guide, not a proven limit.</source>
        <translation>Tus carreras de siempre. Aumenta la distancia semanal en pasos pequeños y constantes; un 10 % por semana es una guía sensata, no un límite demostrado.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <source>Walk normally again, and start loading the calf gently several times a day, below the point of pain.</source>
        <translation>Volver a caminar con normalidad y empezar a cargar la pantorrilla con suavidad varias veces al día, por debajo del umbral de dolor.</translation>
    </message>
    <message>
        <source>Walking and seated holds</source>
        <translation>Caminar y mantener sentado</translation>
    </message>
    <message>
        <source>10 to 15 minutes, once or twice a day</source>
        <translation>De 10 a 15 minutos, una o dos veces al día</translation>
    </message>
    <message>
        <source>5 holds of 30 seconds</source>
        <translation>5 veces 30 segundos</translation>
    </message>
    <message>
        <source>30 seconds between holds</source>
        <translation>30 segundos entre cada una</translation>
    </message>
    <message>
        <source>Longer walks and standing holds</source>
        <translation>Paseos más largos y mantener de pie</translation>
    </message>
    <message>
        <source>20 to 30 minutes</source>
        <translation>De 20 a 30 minutos</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Fortalecer</translation>
    </message>
    <message>
        <source>Build the calf&apos;s strength and endurance with heel raises, knee bent and knee straight: from two legs to one, then with weight.</source>
        <translation>Ganar fuerza y resistencia en la pantorrilla con elevaciones de talones, con la rodilla flexionada y estirada: de dos piernas a una, y después con peso.</translation>
    </message>
    <message>
        <source>Heel raises on two legs</source>
        <translation>Elevaciones de talones a dos piernas</translation>
    </message>
    <message>
        <source>3 sets of 15</source>
        <translation>3 series de 15</translation>
    </message>
    <message>
        <source>1 minute between sets</source>
        <translation>1 minuto entre series</translation>
    </message>
    <message>
        <source>Up on two, down on one</source>
        <translation>Subir con dos, bajar con una</translation>
    </message>
    <message>
        <source>3 sets of 12</source>
        <translation>3 series de 12</translation>
    </message>
    <message>
        <source>3 sets of 15 with a light weight</source>
        <translation>3 series de 15 con un peso ligero</translation>
    </message>
    <message>
        <source>Heel raises on one leg</source>
        <translation>Elevaciones de talón a una pierna</translation>
    </message>
    <message>
        <source>1 to 2 minutes between sets</source>
        <translation>De 1 a 2 minutos entre series</translation>
    </message>
    <message>
        <source>Endurance and weight</source>
        <translation>Resistencia y peso</translation>
    </message>
    <message>
        <source>3 sets of 20</source>
        <translation>3 series de 20</translation>
    </message>
    <message>
        <source>3 sets of 8 to 12 with a weight that makes the last few hard</source>
        <translation>3 series de 8 a 12 con un peso con el que las últimas cuesten</translation>
    </message>
    <message>
        <source>2 minutes between sets</source>
        <translation>2 minutos entre series</translation>
    </message>
    <message>
        <source>Run-walk</source>
        <translation>Correr y caminar</translation>
    </message>
    <message>
        <source>Run again in short, slow intervals with walking between them, and build towards continuous easy running, one change at a time.</source>
        <translation>Volver a correr en intervalos cortos y lentos con tramos caminando, y progresar hacia la carrera continua suave, un cambio cada vez.</translation>
    </message>
    <message>
        <source>Before running again, the sore leg should manage at least 25 single-leg heel raises, within 10 % of the other leg. This is one physiotherapy clinic&apos;s criterion from its practice, not a finding of a study.</source>
        <translation>Antes de volver a correr, la pierna dolorida debería lograr al menos 25 elevaciones de talón a una pierna, como mucho un 10 % menos que la otra. Es un criterio de la práctica de una clínica de fisioterapia, no el resultado de un estudio.</translation>
    </message>
    <message>
        <source>Run 1 minute, walk 2</source>
        <translation>Correr 1 minuto, caminar 2</translation>
    </message>
    <message>
        <source>5 rounds: 1 minute of running, 2 minutes of walking</source>
        <translation>5 rondas: 1 minuto corriendo, 2 minutos caminando</translation>
    </message>
    <message>
        <source>A day without running before the next run</source>
        <translation>Un día sin correr antes de la siguiente carrera</translation>
    </message>
    <message>
        <source>2 sets of 15, after the run</source>
        <translation>2 series de 15, después de correr</translation>
    </message>
    <message>
        <source>Run 2 minutes, walk 1</source>
        <translation>Correr 2 minutos, caminar 1</translation>
    </message>
    <message>
        <source>6 rounds: 2 minutes of running, 1 minute of walking</source>
        <translation>6 rondas: 2 minutos corriendo, 1 minuto caminando</translation>
    </message>
    <message>
        <source>Run 4 minutes, walk 1</source>
        <translation>Correr 4 minutos, caminar 1</translation>
    </message>
    <message>
        <source>5 rounds: 4 minutes of running, 1 minute of walking</source>
        <translation>5 rondas: 4 minutos corriendo, 1 minuto caminando</translation>
    </message>
    <message>
        <source>20 minutes of easy running</source>
        <translation>20 minutos de carrera suave</translation>
    </message>
    <message>
        <source>20 minutes without a walk break</source>
        <translation>20 minutos sin pausa para caminar</translation>
    </message>
    <message>
        <source>Full training</source>
        <translation>Entrenamiento completo</translation>
    </message>
    <message>
        <source>Return to your usual running: first its distance at an easy pace, then its faster sessions.</source>
        <translation>Volver a tu carrera habitual: primero su distancia a ritmo suave, luego sus sesiones más rápidas.</translation>
    </message>
    <message>
        <source>The experts&apos; return criteria: at least 30 single-leg heel raises from the floor, within 10 % of the other leg; a knee-to-wall lunge within 10 % of the other leg; and no pain in the session before.</source>
        <translation>Los criterios de vuelta de los expertos: al menos 30 elevaciones de talón a una pierna desde el suelo, como mucho un 10 % de diferencia con la otra; una prueba de rodilla a la pared con como mucho un 10 % de diferencia; y ningún dolor en la sesión anterior.</translation>
    </message>
    <message>
        <source>Your usual distance, easy</source>
        <translation>Tu distancia habitual, suave</translation>
    </message>
    <message>
        <source>Your usual runs at an easy pace, building the distance in small steps</source>
        <translation>Tus carreras de siempre a ritmo suave, aumentando la distancia en pasos pequeños</translation>
    </message>
    <message>
        <source>Your usual rest days</source>
        <translation>Tus días de descanso habituales</translation>
    </message>
    <message>
        <source>2 sets of 20, after running, twice a week</source>
        <translation>2 series de 20, después de correr, dos veces por semana</translation>
    </message>
    <message>
        <source>Your usual training</source>
        <translation>Tu entrenamiento habitual</translation>
    </message>
    <message>
        <source>Your usual training, with its faster sessions back one at a time</source>
        <translation>Tu entrenamiento habitual, recuperando sus sesiones rápidas una a una</translation>
    </message>
    <message>
        <source>Since your last session (or, before the first one, since the injury), has any of these appeared? Any of them means stopping the plan and getting medical help first.</source>
        <translation>Desde tu última sesión (o, antes de la primera, desde la lesión), ¿ha aparecido algo de esto? Cualquiera de estas señales significa parar el plan y buscar primero ayuda médica.</translation>
    </message>
    <message>
        <source>Sit down whenever the calf asks for it</source>
        <translation>Siéntate siempre que la pantorrilla lo pida</translation>
    </message>
    <message>
        <source>Popliteal vein</source>
        <translation>Vena poplítea</translation>
    </message>
    <message>
        <source>The deep vein behind the knee, into which the deep veins of the calf drain.</source>
        <translation>La vena profunda detrás de la rodilla, a la que drenan las venas profundas de la pantorrilla.</translation>
    </message>
    <message>
        <source>Formed at the lower border of the popliteus where the veins beside the anterior and posterior tibial arteries join. It runs up the popliteal fossa between the popliteal artery, which lies deeper, and the tibial nerve, which lies more superficially, and becomes the femoral vein.</source>
        <translation>Se forma en el borde inferior del poplíteo, donde se unen las venas que acompañan a las arterias tibiales anterior y posterior. Sube por la fosa poplítea entre la arteria poplítea, más profunda, y el nervio tibial, más superficial, y se convierte en la vena femoral.</translation>
    </message>
    <message>
        <source>The small saphenous vein, from under the skin of the calf, drains into it in the popliteal fossa.</source>
        <translation>La vena safena menor, que viene de bajo la piel de la pantorrilla, desemboca en ella en la fosa poplítea.</translation>
    </message>
    <message>
        <source>Blood pumped out of the calf by the calf muscles passes up through it towards the heart.</source>
        <translation>La sangre que los músculos de la pantorrilla bombean fuera de ella sube por esta vena hacia el corazón.</translation>
    </message>
    <message>
        <source>Posterior tibial veins</source>
        <translation>Venas tibiales posteriores</translation>
    </message>
    <message>
        <source>Two deep veins, one on each side of the posterior tibial artery, deep to the soleus: part of the calf muscle pump.</source>
        <translation>Dos venas profundas, una a cada lado de la arteria tibial posterior, bajo el sóleo: parte de la bomba muscular de la pantorrilla.</translation>
    </message>
    <message>
        <source>A pair of veins that run beside the posterior tibial artery, with the tibial nerve, from behind the medial malleolus up to the lower border of the popliteus, where they join the anterior tibial veins to form the popliteal vein.</source>
        <translation>Un par de venas que acompañan a la arteria tibial posterior, junto con el nervio tibial, desde detrás del maléolo medial hasta el borde inferior del poplíteo, donde se unen a las venas tibiales anteriores para formar la vena poplítea.</translation>
    </message>
    <message>
        <source>They receive the fibular veins and most of the veins of the soleus.</source>
        <translation>Reciben las venas peroneas y la mayoría de las venas del sóleo.</translation>
    </message>
    <message>
        <source>The calf muscle pump: when the calf muscles contract inside their tight sheath of fascia they squeeze the deep veins, and valves let the blood go only towards the heart. Walking empties the calf&apos;s veins again and again.</source>
        <translation>La bomba muscular de la pantorrilla: cuando los músculos de la pantorrilla se contraen dentro de su firme vaina de fascia, aprietan las venas profundas, y las válvulas solo dejan pasar la sangre hacia el corazón. Al caminar, las venas de la pantorrilla se vacían una y otra vez.</translation>
    </message>
    <message>
        <source>Why clots form here: when the calf stays still for hours (after an operation, in a cast or in bed, on a long journey) the pump stops and blood lies still in the deep calf veins. Still blood clots more easily, which is why a deep vein thrombosis (DVT) so often starts in the calf.</source>
        <translation>Por qué se forman coágulos aquí: cuando la pantorrilla pasa horas quieta (tras una operación, con una escayola o en cama, en un viaje largo), la bomba se detiene y la sangre queda quieta en las venas profundas de la pantorrilla. La sangre quieta coagula con más facilidad; por eso una trombosis venosa profunda (TVP) empieza tan a menudo en la pantorrilla.</translation>
    </message>
    <message>
        <source>Fibular veins</source>
        <translation>Venas peroneas</translation>
    </message>
    <message>
        <source>Two deep veins beside the fibular artery, along the back of the fibula.</source>
        <translation>Dos venas profundas junto a la arteria peronea, a lo largo de la cara posterior del peroné.</translation>
    </message>
    <message>
        <source>A pair of veins that run beside the fibular artery, close to the fibula under cover of the flexor hallucis longus, and drain into the posterior tibial veins.</source>
        <translation>Un par de venas que acompañan a la arteria peronea, cerca del peroné y cubiertas por el flexor largo del dedo gordo, y desembocan en las venas tibiales posteriores.</translation>
    </message>
    <message>
        <source>Many veins of the soleus drain into them, so they take part in the calf muscle pump.</source>
        <translation>Muchas venas del sóleo drenan en ellas, así que forman parte de la bomba muscular de la pantorrilla.</translation>
    </message>
    <message>
        <source>Soleal veins</source>
        <translation>Venas del sóleo</translation>
    </message>
    <message>
        <source>Wide, thin-walled veins inside the soleus: the main chamber of the calf muscle pump, and a place where clots start.</source>
        <translation>Venas anchas y de pared fina dentro del sóleo: la cámara principal de la bomba muscular de la pantorrilla y un lugar donde empiezan los coágulos.</translation>
    </message>
    <message>
        <source>The soleus holds large venous sinuses. Each contraction of the calf squeezes them and drives their blood up the deep veins towards the heart; when the muscle relaxes they fill again. This is the calf muscle pump.</source>
        <translation>El sóleo contiene grandes senos venosos. Cada contracción de la pantorrilla los aprieta y empuja su sangre por las venas profundas hacia el corazón; cuando el músculo se relaja, se vuelven a llenar. Esa es la bomba muscular de la pantorrilla.</translation>
    </message>
    <message>
        <source>They drain mostly into the posterior tibial and fibular veins.</source>
        <translation>Drenan sobre todo en las venas tibiales posteriores y fibulares.</translation>
    </message>
    <message>
        <source>Why clots form here: when the calf does not move for hours (after an operation, in a cast or in bed, on a long journey) the pump stops and blood lies still in these sinuses. Still blood clots more easily, and the soleal veins are one of the places where a deep vein thrombosis (DVT) begins.</source>
        <translation>Por qué se forman coágulos aquí: cuando la pantorrilla no se mueve durante horas (tras una operación, con una escayola o en cama, en un viaje largo), la bomba se detiene y la sangre queda quieta en estos senos. La sangre quieta coagula con más facilidad, y las venas del sóleo son uno de los lugares donde empieza una trombosis venosa profunda (TVP).</translation>
    </message>
    <message>
        <source>A clot in the calf can cause a throbbing or cramping pain in one leg, with swelling, warmth and red or darkened skin. Get medical help the same day; with breathlessness or chest pain, call the emergency number.</source>
        <translation>Un coágulo en la pantorrilla puede causar un dolor pulsátil o como un calambre en una pierna, con hinchazón, calor y piel enrojecida u oscurecida. Busca ayuda médica el mismo día; si te falta el aire o te duele el pecho, llama al número de emergencias.</translation>
    </message>
    <message>
        <source>Nerves and vessels</source>
        <translation>Nervios y vasos</translation>
    </message>
    <message>
        <source>Knee joint</source>
        <translation>Articulación de la rodilla</translation>
    </message>
    <message>
        <source>The joint where the femur meets the tibia; the gastrocnemius, plantaris and popliteus cross it, the soleus does not.</source>
        <translation>La articulación donde el fémur se encuentra con la tibia; la cruzan el gastrocnemio, el plantar y el poplíteo, pero no el sóleo.</translation>
    </message>
    <message>
        <source>Where the condyles of the femur meet the tibia.</source>
        <translation>Donde los cóndilos del fémur se encuentran con la tibia.</translation>
    </message>
    <message>
        <source>Both heads of the gastrocnemius, the plantaris and the popliteus cross it. The soleus arises below it, so bending the knee slackens the gastrocnemius but not the soleus.</source>
        <translation>La cruzan las dos cabezas del gastrocnemio, el plantar y el poplíteo. El sóleo se origina por debajo, así que doblar la rodilla destensa el gastrocnemio pero no el sóleo.</translation>
    </message>
    <message>
        <source>Ankle joint</source>
        <translation>Articulación del tobillo</translation>
    </message>
    <message>
        <source>The joint between the tibia, the fibula and the talus: the joint the soleus and gastrocnemius plantar flex.</source>
        <translation>La articulación entre la tibia, el peroné y el astrágalo: la que el sóleo y el gastrocnemio flexionan en sentido plantar.</translation>
    </message>
    <message>
        <source>Between the lower ends of the tibia and fibula and the talus.</source>
        <translation>Entre los extremos inferiores de la tibia y el peroné y el astrágalo.</translation>
    </message>
    <message>
        <source>The soleus and the gastrocnemius plantar flex it, pointing the foot down.</source>
        <translation>El sóleo y el gastrocnemio la flexionan en sentido plantar y apuntan el pie hacia abajo.</translation>
    </message>
    <message>
        <source>Subtalar joint</source>
        <translation>Articulación subastragalina</translation>
    </message>
    <message>
        <source>The joint beneath the talus, between the talus and the calcaneus.</source>
        <translation>La articulación bajo el astrágalo, entre el astrágalo y el calcáneo.</translation>
    </message>
    <message>
        <source>Between the talus and the calcaneus, beneath the ankle joint.</source>
        <translation>Entre el astrágalo y el calcáneo, por debajo de la articulación del tobillo.</translation>
    </message>
    <message>
        <source>The soleus crosses it as well as the ankle joint, but not the knee.</source>
        <translation>El sóleo la cruza, igual que la articulación del tobillo, pero no la rodilla.</translation>
    </message>
    <message>
        <source>Popliteal, posterior tibial and fibular arteries. Its blood collects in large venous sinuses inside the muscle, the soleal veins, which its contractions pump back towards the heart.</source>
        <translation>Arterias poplítea, tibial posterior y peronea. Su sangre se acumula en grandes senos venosos dentro del músculo, las venas del sóleo, que sus contracciones bombean de vuelta hacia el corazón.</translation>
    </message>
</context>
<context>
    <name>DeckExport</name>
    <message>
        <source>CalfAtlas: the lower leg</source>
        <translation>CalfAtlas: la pierna</translation>
    </message>
    <message>
        <source>%1 cards written to %2.</source>
        <translation>%1 tarjetas escritas en %2.</translation>
    </message>
    <message>
        <source>The deck could not be written to %1: %2</source>
        <translation>No se pudo escribir el mazo en %1: %2</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Single-leg heel raises, left leg: at least %1</source>
        <translation>Elevaciones de talón a una pierna, pierna izquierda: al menos %1</translation>
    </message>
    <message>
        <source>Single-leg heel raises, right leg: at least %1</source>
        <translation>Elevaciones de talón a una pierna, pierna derecha: al menos %1</translation>
    </message>
    <message>
        <source>Heel raises, difference between the legs: %1 % or less</source>
        <translation>Elevaciones de talón, diferencia entre piernas: %1 % o menos</translation>
    </message>
    <message>
        <source>Knee-to-wall lunge, difference between the legs: %1 % or less</source>
        <translation>Rodilla a la pared, diferencia entre piernas: %1 % o menos</translation>
    </message>
    <message>
        <source>Pain during the session that earns the step: %1 out of 10</source>
        <translation>Dolor en la sesión que gana el paso: %1 sobre 10</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>CalfAtlas Handbook</source>
        <translation>Manual de CalfAtlas</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Home shows what is next: the plan&apos;s next session or the morning question, your last self-test and your last measurements. A first visit shows where to start: the atlas for students, the self-test for runners.</source>
        <translation>Inicio muestra lo que viene: la próxima sesión del plan o la pregunta de la mañana, tu última autoprueba y tus últimas mediciones. En la primera visita muestra por dónde empezar: el atlas para estudiantes, la autoprueba para corredores.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Point at a structure to name it, click it to read its origin, insertion, nerve and fibre types with their sources. Peel the layers with [ and ], zoom with + and − and reset with 0. Search finds a structure and peels to it.</source>
        <translation>Señala una estructura para ver su nombre y haz clic para leer su origen, inserción, nervio y tipos de fibra con sus fuentes. Retira capas con [ y ], amplía con + y − y restablece con 0. La búsqueda encuentra una estructura y la deja a la vista.</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autoprueba</translation>
    </message>
    <message>
        <source>The self-test asks about warning signs first: any sign that needs care ends the test with whom to call and why. Then where it hurts, and the two stretches: the bent-knee bench test and the straight-knee wall test. The result says which muscle is the likelier source, how sure it is, and what to do. It is not a diagnosis.</source>
        <translation>La autoprueba pregunta primero por señales de alarma: cualquier señal que necesite atención termina la prueba diciendo a quién llamar y por qué. Luego, dónde duele, y los dos estiramientos: la prueba del banco con la rodilla flexionada y la de la pared con la rodilla extendida. El resultado dice qué músculo es el origen más probable, con qué seguridad y qué hacer. No es un diagnóstico.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>The plan back to running moves with your pain: rate each session from 0 to 10, and the next morning say whether the calf is better, the same or worse. Each session starts with a short safety check. Running, and later full training, wait for your heel-raise and knee-to-wall results.</source>
        <translation>El plan para volver a correr avanza según tu dolor: valora cada sesión de 0 a 10 y, a la mañana siguiente, di si la pantorrilla está mejor, igual o peor. Cada sesión empieza con un breve control de seguridad. Correr, y más tarde el entrenamiento completo, esperan a tus resultados de elevación de talón y de rodilla a la pared.</translation>
    </message>
    <message>
        <source>Movement and Learn</source>
        <translation>Movimiento y Aprender</translation>
    </message>
    <message>
        <source>Movement bends a model knee and ankle and shows how long each calf muscle gets. Learn has a guided tour, the two muscles side by side, quizzes and every source.</source>
        <translation>Movimiento flexiona un modelo de rodilla y tobillo y muestra cuánto se alarga cada músculo de la pantorrilla. Aprender tiene una visita guiada, los dos músculos comparados, cuestionarios y todas las fuentes.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your self-tests, measurements and plan log stay on this computer, readable by you alone. Export them as a PDF for a clinician, or as CSV or JSON.</source>
        <translation>Tus autopruebas, mediciones y el registro del plan se quedan en este ordenador y solo tú puedes leerlos. Expórtalos en PDF para un profesional sanitario, o en CSV o JSON.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <source>Go to an area (Home, Explore, Self-test, Recovery, Movement, History, Learn)</source>
        <translation>Ir a un área (Inicio, Explorar, Autoprueba, Recuperación, Movimiento, Historial, Aprender)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This handbook</source>
        <translation>Este manual</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <source>Undo and redo, where an area can (History)</source>
        <translation>Deshacer y rehacer, donde un área lo permite (Historial)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ y ]</translation>
    </message>
    <message>
        <source>Explore: peel a layer away, or put it back</source>
        <translation>Explorar: retirar una capa o volver a ponerla</translation>
    </message>
    <message>
        <source>+, − and 0</source>
        <translation>+, − y 0</translation>
    </message>
    <message>
        <source>Explore: zoom in, zoom out, fit the plate</source>
        <translation>Explorar: ampliar, reducir, ajustar la lámina</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Flechas, Espacio</translation>
    </message>
    <message>
        <source>Self-test: move between places on the leg, choose one</source>
        <translation>Autoprueba: moverse entre zonas de la pierna, elegir una</translation>
    </message>
    <message>
        <source>Space, Escape</source>
        <translation>Espacio, Esc</translation>
    </message>
    <message>
        <source>Heel-raise test: stop the count, cancel</source>
        <translation>Prueba de elevación de talón: terminar el recuento, cancelar</translation>
    </message>
    <message>
        <source>1 to 4</source>
        <translation>1 a 4</translation>
    </message>
    <message>
        <source>Quiz: choose an answer</source>
        <translation>Cuestionario: elegir una respuesta</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P, Ctrl+S</source>
        <translation>Ctrl+E, Ctrl+P, Ctrl+S</translation>
    </message>
    <message>
        <source>History: export as PDF, print, save the note</source>
        <translation>Historial: exportar en PDF, imprimir, guardar la nota</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The heel-raise test counts single-leg raises to a metronome; knee-to-wall measures how far from the wall the foot can stand while the knee still touches it. Each result says whether a change is real or within measurement error.</source>
        <translation>La prueba de elevación de talón cuenta elevaciones a una pierna al ritmo de un metrónomo; la de rodilla a la pared mide a qué distancia de la pared puede estar el pie mientras la rodilla aún la toca. Cada resultado dice si un cambio es real o está dentro del error de medida.</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P</source>
        <translation>Ctrl+E, Ctrl+P</translation>
    </message>
    <message>
        <source>Explore: export the plate, print it</source>
        <translation>Explorar: exportar la lámina, imprimirla</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corre</translation>
    </message>
    <message>
        <source>Foot strike</source>
        <translation>Tipo de pisada</translation>
    </message>
    <message>
        <source>Changing to a midfoot strike</source>
        <translation>Cambio a pisada de mediopié en curso</translation>
    </message>
    <message>
        <source>Weekly running volume went up by</source>
        <translation>Aumento del volumen semanal de carrera</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pointing the foot down hurts</source>
        <translation>Dolor al bajar la punta del pie</translation>
    </message>
    <message>
        <source>The pain started suddenly</source>
        <translation>El dolor empezó de repente</translation>
    </message>
    <message>
        <source>A risk of blood clots</source>
        <translation>Riesgo de coágulos</translation>
    </message>
    <message>
        <source>Throbbing or cramping pain at rest</source>
        <translation>Dolor punzante o como un calambre en reposo</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde duele</translation>
    </message>
    <message>
        <source>Bench test (knee bent)</source>
        <translation>Prueba del banco (rodilla flexionada)</translation>
    </message>
    <message>
        <source>Wall test (knee straight)</source>
        <translation>Prueba de la pared (rodilla extendida)</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>No medida</translation>
    </message>
    <message>
        <source>(other leg %1 cm)</source>
        <translation>(otra pierna: %1 cm)</translation>
    </message>
    <message>
        <source>Knee-to-wall distance</source>
        <translation>Distancia rodilla-pared</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Qué hacer ahora:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Qué puedes hacer:</translation>
    </message>
    <message>
        <source>How much:</source>
        <translation>Cuánto:</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Prueba de elevación de talón</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Rodilla a la pared</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>elevaciones</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>%1: from %2 %4 on %3 to %5 %4 on %6, beyond measurement error.</source>
        <translation>%1: de %2 %4 el %3 a %5 %4 el %6, más allá del error de medida.</translation>
    </message>
    <message>
        <source>%1: from %2 %4 on %3 to %5 %4 on %6, within measurement error.</source>
        <translation>%1: de %2 %4 el %3 a %5 %4 el %6, dentro del error de medida.</translation>
    </message>
    <message>
        <source>Back to running</source>
        <translation>Volver a correr</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>detenido el %1</translation>
    </message>
    <message>
        <source>paused after a warning sign</source>
        <translation>en pausa tras una señal de alarma</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>%1, started on %2, %3. Now at level %4 of %5 (%6): %7.</source>
        <translation>%1, empezado el %2, %3. Ahora en el nivel %4 de %5 (%6): %7.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Levels move with the pain of each session and the next morning; the big steps wait for the measurements.</source>
        <translation>Los niveles siguen al dolor de cada sesión y de la mañana siguiente; los grandes pasos esperan a las mediciones.</translation>
    </message>
    <message>
        <source>Self-test of %1</source>
        <translation>Autoevaluación del %1</translation>
    </message>
    <message>
        <source>CalfAtlas %1, rules version %2</source>
        <translation>CalfAtlas %1, versión de las reglas %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>CalfAtlas self-test report</source>
        <translation>Informe de autoevaluación de CalfAtlas</translation>
    </message>
    <message>
        <source>CalfAtlas self-test history</source>
        <translation>Historial de autoevaluaciones de CalfAtlas</translation>
    </message>
    <message>
        <source>Self-tests in this report: %1. Made on %2.</source>
        <translation>Autoevaluaciones incluidas en este informe: %1. Generado el %2.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>What this self-test is not</source>
        <translation>Lo que no es esta autoevaluación</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Plan entry %1 cannot be read and is left out.</source>
        <translation>La entrada %1 del plan no se puede leer y se omite.</translation>
    </message>
    <message>
        <source>Plan started.</source>
        <translation>Plan iniciado.</translation>
    </message>
    <message>
        <source>That plan is no longer running.</source>
        <translation>Ese plan ya no está en marcha.</translation>
    </message>
    <message>
        <source>Plan stopped. Its log stays in your history.</source>
        <translation>Plan detenido. Su registro se queda en tu historial.</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>Plan %1 cannot be read and is left out.</source>
        <translation>El plan %1 no se puede leer y se omite.</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>No se puede conservar el historial: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1 cannot be created (%2).</source>
        <translation>No se puede conservar el historial: no se puede crear %1 (%2).</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 is busy in another program; try again in a moment.</source>
        <translation>El archivo de historial %1 está en uso por otro programa; vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of CalfAtlas. It is shown read-only and left unchanged; update CalfAtlas to add to it.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de CalfAtlas. Se muestra en modo de solo lectura y no se modifica; actualiza CalfAtlas para poder añadirle resultados.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be written (%2). It is shown read-only; new results cannot be saved until it can be.</source>
        <translation>No se puede escribir en el archivo de historial %1 (%2). Se muestra en modo de solo lectura; no se podrán guardar resultados nuevos hasta que se pueda escribir en él.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be prepared: %2</source>
        <translation>No se puede preparar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed.</source>
        <translation>No se puede leer el archivo de historial %1 (%2) ni apartarlo a otro nombre. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was kept as %2 and a new, empty history was started.</source>
        <translation>No se ha podido leer el archivo de historial (%1). Se ha conservado como %2 y se ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>Not saved: the history is read-only. %1</source>
        <translation>No se ha guardado: el historial es de solo lectura. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: the disk that holds %1 is full. Free some space and try again.</source>
        <translation>No se ha guardado: el disco que contiene %1 está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved: %1 or its folder is read-only.</source>
        <translation>No se ha guardado: %1 o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported an error writing %1.</source>
        <translation>No se ha guardado: el disco ha informado de un error al escribir %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 is busy in another program; try again in a moment.</source>
        <translation>No se ha guardado: %1 está en uso por otro programa; vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>No se ha guardado en %1: %2</translation>
    </message>
    <message>
        <source>Not saved: there is no result to save yet.</source>
        <translation>No se ha guardado: todavía no hay ningún resultado que guardar.</translation>
    </message>
    <message>
        <source>The self-test is back in your history.</source>
        <translation>La autoevaluación vuelve a estar en tu historial.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se ha eliminado</translation>
    </message>
    <message>
        <source>That self-test is no longer in the history.</source>
        <translation>Esa autoevaluación ya no está en el historial.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Not saved: there is no measurement to save yet.</source>
        <translation>No se ha guardado: aún no hay ninguna medición que guardar.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not a valid result of this test.</source>
        <translation>No se ha guardado: %1 no es un resultado válido de esta prueba.</translation>
    </message>
    <message>
        <source>That measurement is no longer in the history.</source>
        <translation>Esa medición ya no está en el historial.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>See a clinician</source>
        <translation>Consulta a un profesional de la salud</translation>
    </message>
    <message>
        <source>Neither muscle</source>
        <translation>Ningún músculo</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Both muscles</source>
        <translation>Ambos músculos</translation>
    </message>
    <message>
        <source>Outside the calf muscles</source>
        <translation>Fuera de los músculos de la pantorrilla</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>El mismo día</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>No warning signs</source>
        <translation>Sin señales de alarma</translation>
    </message>
</context>
<context>
    <name>HistoryUndo</name>
    <message>
        <source>Delete the self-test of %1</source>
        <translation>Eliminar la autoevaluación del %1</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CalfAtlas will speak %1 the next time it starts.</source>
        <translation>CalfAtlas se mostrará en %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>LegNames</name>
    <message>
        <source>Your sore leg</source>
        <translation>Tu pierna dolorida</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>slack</source>
        <translation>destensado</translation>
    </message>
    <message>
        <source>near resting</source>
        <translation>casi en reposo</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>estirado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Upright standing, knee straight and foot at a right angle: every length here is measured from this pose. Standing, your weight falls in front of the ankle, and the soleus above all works steadily to stop you tipping forwards.</source>
        <translation>De pie en posición erguida, con la rodilla extendida y el pie en ángulo recto: todas las longitudes se miden desde esta postura. De pie, tu peso cae por delante del tobillo, y es sobre todo el sóleo el que trabaja de forma continua para evitar que te inclines hacia delante.</translation>
    </message>
    <message>
        <source>Bench test</source>
        <translation>Prueba del banco</translation>
    </message>
    <message>
        <source>Knee bent, heel dropped below the edge. Bending the knee leaves the gastrocnemius slack, because it crosses the knee, so the heel drop stretches the soleus alone: a pull felt here points to the soleus.</source>
        <translation>Rodilla flexionada y talón por debajo del borde. Flexionar la rodilla deja destensado el gastrocnemio, porque cruza la rodilla, así que al bajar el talón se estira solo el sóleo: si notas tensión aquí, apunta al sóleo.</translation>
    </message>
    <message>
        <source>Wall test</source>
        <translation>Prueba de la pared</translation>
    </message>
    <message>
        <source>Leg straight behind you, heel down, leaning in. With the knee straight the gastrocnemius is stretched along with the soleus, and it is usually the one that limits the movement: pain here points to the gastrocnemius.</source>
        <translation>Pierna extendida hacia atrás, talón apoyado, inclinándote hacia delante. Con la rodilla extendida, el gastrocnemio se estira junto con el sóleo y suele ser el que limita el movimiento: el dolor aquí apunta al gastrocnemio.</translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation>Elevación de talones sentado</translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation>Elevación de talones de pie</translation>
    </message>
    <message>
        <source>Standing on the toes with the knee straight. Both muscles shorten as they lift the heel; the gastrocnemius plantar flexes most strongly with the knee straight, so this raise works both.</source>
        <translation>De pie sobre las puntas de los pies con la rodilla extendida. Los dos músculos se acortan al elevar el talón; el gastrocnemio realiza la flexión plantar con más fuerza con la rodilla extendida, así que esta elevación trabaja ambos.</translation>
    </message>
    <message>
        <source>Midfoot landing</source>
        <translation>Apoyo de mediopié</translation>
    </message>
    <message>
        <source>Running, just after a midfoot landing: the knee bends a little and the heel sinks under load, so the soleus lengthens while it brakes. Landing on the midfoot or forefoot asks more of the calf and the Achilles tendon than a heel strike, and the soleus carries the most load of any muscle in running.</source>
        <translation>Corriendo, justo después de apoyar con el mediopié: la rodilla se flexiona un poco y el talón desciende bajo la carga, así que el sóleo se alarga mientras frena. Apoyar con el mediopié o el antepié exige más a la pantorrilla y al tendón de Aquiles que apoyar con el talón, y el sóleo soporta más carga que cualquier otro músculo al correr.</translation>
    </message>
    <message>
        <source>Sitting, knee bent, heel raised. The bent knee has already shortened the gastrocnemius, so raising the heel this way biases the work towards the soleus, though the gastrocnemius still helps: the bent-knee exercise for a sore soleus.</source>
        <translation>Sentado, con la rodilla doblada y el talón levantado. La rodilla doblada ya ha acortado el gastrocnemio, así que levantar el talón de esta forma inclina el trabajo hacia el sóleo, aunque el gastrocnemio sigue ayudando: el ejercicio con la rodilla doblada para un sóleo dolorido.</translation>
    </message>
</context>
<context>
    <name>PlanBook</name>
    <message>
        <source>The date is not a valid date.</source>
        <translation>La fecha no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 is before the plan&apos;s last entry (%2): entries are kept in order.</source>
        <translation>%1 es anterior a la última entrada del plan (%2): las entradas se guardan en orden.</translation>
    </message>
    <message>
        <source>A plan is already running: stop it before starting another.</source>
        <translation>Ya hay un plan en marcha: detenlo antes de empezar otro.</translation>
    </message>
    <message>
        <source>No plan is running: start one first.</source>
        <translation>No hay ningún plan en marcha: empieza uno primero.</translation>
    </message>
    <message>
        <source>The plan is paused after a warning sign. Resume it once a clinician has seen you and cleared you to carry on.</source>
        <translation>El plan está en pausa tras una señal de alarma. Reanúdalo cuando un profesional sanitario te haya visto y te haya dado el visto bueno para seguir.</translation>
    </message>
    <message>
        <source>The pain must be a whole number from 0 to 10.</source>
        <translation>El dolor debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>The minutes must be a whole number from 0 to 1440.</source>
        <translation>Los minutos deben ser un número entero de 0 a 1440.</translation>
    </message>
    <message>
        <source>%1 is not one of the safety check&apos;s signs.</source>
        <translation>%1 no es una de las señales del control de seguridad.</translation>
    </message>
    <message>
        <source>No session is waiting for its morning report.</source>
        <translation>Ninguna sesión espera su valoración de la mañana.</translation>
    </message>
    <message>
        <source>The plan is not paused.</source>
        <translation>El plan no está en pausa.</translation>
    </message>
    <message>
        <source>No plan is running.</source>
        <translation>No hay ningún plan en marcha.</translation>
    </message>
</context>
<context>
    <name>PlateHandout</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>the drawing could not be made</source>
        <translation>no se ha podido hacer el dibujo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>CalfAtlas data could not be loaded</source>
        <translation>No se han podido cargar los datos de CalfAtlas</translation>
    </message>
    <message>
        <source>Part of CalfAtlas&apos;s data could not be loaded, so the areas that need it are unavailable. Everything else works as usual.</source>
        <translation>No se ha podido cargar parte de los datos de CalfAtlas, así que las secciones que los necesitan no están disponibles. Todo lo demás funciona con normalidad.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Click the %1.</source>
        <translation>Haz clic en «%1».</translation>
    </message>
    <message>
        <source>the joints of the foot</source>
        <translation>las articulaciones del pie</translation>
    </message>
    <message>
        <source>the joints of the toes</source>
        <translation>las articulaciones de los dedos</translation>
    </message>
    <message>
        <source>the knee</source>
        <translation>la rodilla</translation>
    </message>
    <message>
        <source>the ankle</source>
        <translation>el tobillo</translation>
    </message>
    <message>
        <source>no joint</source>
        <translation>ninguna articulación</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1: where does it arise?</source>
        <translation>%1: ¿dónde se origina?</translation>
    </message>
    <message>
        <source>%1: where does it insert?</source>
        <translation>%1: ¿dónde se inserta?</translation>
    </message>
    <message>
        <source>%1 arises from: %2</source>
        <translation>%1. Origen: %2</translation>
    </message>
    <message>
        <source>%1 inserts on: %2</source>
        <translation>%1. Inserción: %2</translation>
    </message>
    <message>
        <source>%1: which of these does it do?</source>
        <translation>%1: ¿cuál de estas acciones realiza?</translation>
    </message>
    <message>
        <source>%1: %2 It crosses %3.</source>
        <translation>%1: %2 Cruza %3.</translation>
    </message>
    <message>
        <source>%1: which joints does it cross?</source>
        <translation>%1: ¿qué articulaciones cruza?</translation>
    </message>
    <message>
        <source>Which self-test points to the %1?</source>
        <translation>¿Qué prueba de la autoevaluación apunta al %1?</translation>
    </message>
    <message>
        <source>%1 brings on the feeling in your calf. Which muscle does that point to?</source>
        <translation>%1 te provoca la sensación en la pantorrilla. ¿A qué músculo apunta eso?</translation>
    </message>
    <message>
        <source>From which of these bones does the %1 arise?</source>
        <translation>¿De cuál de estos huesos se origina «%1»?</translation>
    </message>
    <message>
        <source>On which of these bones does the %1 insert?</source>
        <translation>¿En cuál de estos huesos se inserta «%1»?</translation>
    </message>
    <message>
        <source>Through which tendon does the %1 insert?</source>
        <translation>¿A través de qué tendón se inserta «%1»?</translation>
    </message>
    <message>
        <source>Which nerve supplies the %1?</source>
        <translation>¿Qué nervio inerva «%1»?</translation>
    </message>
    <message>
        <source>Which of these arteries supplies the %1?</source>
        <translation>¿Cuál de estas arterias irriga «%1»?</translation>
    </message>
    <message>
        <source>Which of these veins drains the %1?</source>
        <translation>¿Cuál de estas venas drena «%1»?</translation>
    </message>
    <message>
        <source>Which of these joints does the %1 cross?</source>
        <translation>¿Cuál de estas articulaciones cruza «%1»?</translation>
    </message>
    <message>
        <source>Which of these bones is part of the %1?</source>
        <translation>¿Cuál de estos huesos forma parte de «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles arises from the %1?</source>
        <translation>¿Cuál de estos músculos se origina en «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles inserts on the %1?</source>
        <translation>¿Cuál de estos músculos se inserta en «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles inserts through the %1?</source>
        <translation>¿Cuál de estos músculos se inserta a través de «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 supply?</source>
        <translation>¿A cuál de estos músculos inerva «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 supply with blood?</source>
        <translation>¿A cuál de estos músculos irriga «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles does the %1 drain?</source>
        <translation>¿De cuál de estos músculos recoge la sangre «%1»?</translation>
    </message>
    <message>
        <source>Which of these muscles crosses the %1?</source>
        <translation>¿Cuál de estos músculos cruza «%1»?</translation>
    </message>
    <message>
        <source>Which of these joints does the %1 take part in?</source>
        <translation>¿En cuál de estas articulaciones participa «%1»?</translation>
    </message>
    <message>
        <source>arises from the %1</source>
        <comment>in a question</comment>
        <translation>se origina en «%1»</translation>
    </message>
    <message>
        <source>does not arise from the %1</source>
        <comment>in a question</comment>
        <translation>no se origina en «%1»</translation>
    </message>
    <message>
        <source>inserts on the %1</source>
        <comment>in a question</comment>
        <translation>se inserta en «%1»</translation>
    </message>
    <message>
        <source>does not insert on the %1</source>
        <comment>in a question</comment>
        <translation>no se inserta en «%1»</translation>
    </message>
    <message>
        <source>is supplied by the %1</source>
        <comment>in a question</comment>
        <translation>está inervado por «%1»</translation>
    </message>
    <message>
        <source>is not supplied by the %1</source>
        <comment>in a question</comment>
        <translation>no está inervado por «%1»</translation>
    </message>
    <message>
        <source>gets blood from the %1</source>
        <comment>in a question</comment>
        <translation>recibe sangre de «%1»</translation>
    </message>
    <message>
        <source>does not get blood from the %1</source>
        <comment>in a question</comment>
        <translation>no recibe sangre de «%1»</translation>
    </message>
    <message>
        <source>crosses the %1</source>
        <comment>in a question</comment>
        <translation>cruza «%1»</translation>
    </message>
    <message>
        <source>does not cross the %1</source>
        <comment>in a question</comment>
        <translation>no cruza «%1»</translation>
    </message>
    <message>
        <source>arises from the %1</source>
        <comment>in a relative clause</comment>
        <translation>se origina en «%1»</translation>
    </message>
    <message>
        <source>does not arise from the %1</source>
        <comment>in a relative clause</comment>
        <translation>no se origina en «%1»</translation>
    </message>
    <message>
        <source>inserts on the %1</source>
        <comment>in a relative clause</comment>
        <translation>se inserta en «%1»</translation>
    </message>
    <message>
        <source>does not insert on the %1</source>
        <comment>in a relative clause</comment>
        <translation>no se inserta en «%1»</translation>
    </message>
    <message>
        <source>is supplied by the %1</source>
        <comment>in a relative clause</comment>
        <translation>está inervado por «%1»</translation>
    </message>
    <message>
        <source>is not supplied by the %1</source>
        <comment>in a relative clause</comment>
        <translation>no está inervado por «%1»</translation>
    </message>
    <message>
        <source>gets blood from the %1</source>
        <comment>in a relative clause</comment>
        <translation>recibe sangre de «%1»</translation>
    </message>
    <message>
        <source>does not get blood from the %1</source>
        <comment>in a relative clause</comment>
        <translation>no recibe sangre de «%1»</translation>
    </message>
    <message>
        <source>crosses the %1</source>
        <comment>in a relative clause</comment>
        <translation>cruza «%1»</translation>
    </message>
    <message>
        <source>does not cross the %1</source>
        <comment>in a relative clause</comment>
        <translation>no cruza «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This holds for %1.</source>
        <translation>Esto se cumple para: %1.</translation>
    </message>
    <message>
        <source>Click a muscle that %1.</source>
        <translation>Haz clic en un músculo que %1.</translation>
    </message>
    <message>
        <source>Which of these muscles %1?</source>
        <translation>¿Cuál de estos músculos %1?</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>Study progress cannot be kept: the folder %1 cannot be created.</source>
        <translation>No se puede guardar tu progreso de estudio: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Study progress cannot be kept: %1 cannot be created (%2).</source>
        <translation>No se puede guardar tu progreso de estudio: no se puede crear %1 (%2).</translation>
    </message>
    <message>
        <source>The study file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de estudio %1: %2</translation>
    </message>
    <message>
        <source>The study file %1 is busy in another program; try again in a moment.</source>
        <translation>Otro programa está usando el archivo de estudio %1; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The study file %1 was written by a newer version of CalfAtlas. It is read and left unchanged; update CalfAtlas to go on studying.</source>
        <translation>El archivo de estudio %1 lo escribió una versión más nueva de CalfAtlas. Se lee y no se modifica; actualiza CalfAtlas para seguir estudiando.</translation>
    </message>
    <message>
        <source>The study file %1 cannot be written (%2). Your cards are shown, but reviews cannot be saved until it can be.</source>
        <translation>No se puede escribir el archivo de estudio %1 (%2). Tus tarjetas se muestran, pero los repasos no se pueden guardar hasta que se pueda.</translation>
    </message>
    <message>
        <source>The study file %1 cannot be prepared: %2</source>
        <translation>No se puede preparar el archivo de estudio %1: %2</translation>
    </message>
    <message>
        <source>The study file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed.</source>
        <translation>No se puede leer el archivo de estudio %1 (%2) ni apartarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The study file could not be read (%1). It was kept as %2 and your study starts afresh.</source>
        <translation>No se pudo leer el archivo de estudio (%1). Se ha guardado como %2 y tu estudio empieza de nuevo.</translation>
    </message>
    <message>
        <source>%1: the card &apos;%2&apos; cannot be read and is left out.</source>
        <translation>%1: no se puede leer la tarjeta «%2» y se omite.</translation>
    </message>
    <message>
        <source>Not saved: the disk that holds %1 is full. Free some space and try again.</source>
        <translation>No se ha guardado: el disco que contiene %1 está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved: %1 or its folder is read-only.</source>
        <translation>No se ha guardado: %1 o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported an error writing %1.</source>
        <translation>No se ha guardado: el disco ha informado de un error al escribir %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 is busy in another program; try again in a moment.</source>
        <translation>No se ha guardado: %1 está en uso por otro programa; vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>No se ha guardado en %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Bench test (knee bent)</source>
        <translation>Prueba del banco (rodilla flexionada)</translation>
    </message>
    <message>
        <source>Wall test (knee straight)</source>
        <translation>Prueba de la pared (rodilla extendida)</translation>
    </message>
    <message>
        <source>Knee-to-wall distance</source>
        <translation>Distancia rodilla-pared</translation>
    </message>
    <message>
        <source>(dotted line: under %1 cm is often called reduced)</source>
        <translation>(línea de puntos: por debajo de %1 cm suele considerarse reducida)</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>No ratings for this leg yet: they appear here as you save self-tests.</source>
        <translation>Todavía no hay valoraciones de esta pierna: aparecerán aquí a medida que guardes autoevaluaciones.</translation>
    </message>
    <message>
        <source>No ratings for this leg yet.</source>
        <translation>Todavía no hay valoraciones de esta pierna.</translation>
    </message>
    <message>
        <source>Self-tests charted: %1, from %2 to %3.</source>
        <translation>Autoevaluaciones representadas: %1, del %2 al %3.</translation>
    </message>
    <message>
        <source>Latest bench test: %1.</source>
        <translation>Última prueba del banco: %1.</translation>
    </message>
    <message>
        <source>Latest wall test: %1.</source>
        <translation>Última prueba de la pared: %1.</translation>
    </message>
    <message>
        <source>Latest knee-to-wall distance: %1 cm.</source>
        <translation>Última distancia rodilla-pared: %1 cm.</translation>
    </message>
    <message>
        <source>Trend over time</source>
        <translation>Evolución en el tiempo</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format without the year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>UrgencyBadge</name>
    <message>
        <source>Emergency: call now</source>
        <translation>Emergencia: llama ahora</translation>
    </message>
    <message>
        <source>Urgent: be seen today</source>
        <translation>Urgente: que te vean hoy</translation>
    </message>
    <message>
        <source>Soon: see a clinician within days</source>
        <translation>Pronto: consulta a un profesional en unos días</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AboutPage</name>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>A few questions that help read the tests. Skip any you are not sure about.</source>
        <translation>Unas preguntas que ayudan a interpretar las pruebas. Sáltate las que no tengas claras.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Which leg is sore?</source>
        <translation>¿Qué pierna te duele?</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both (you will test each leg)</source>
        <translation>Las dos (evaluarás cada pierna)</translation>
    </message>
    <message>
        <source>Do you run?</source>
        <translation>¿Corres?</translation>
    </message>
    <message>
        <source>When you run, which part of your foot lands first?</source>
        <translation>Cuando corres, ¿qué parte del pie toca primero el suelo?</translation>
    </message>
    <message>
        <source>Are you changing to a midfoot strike?</source>
        <translation>¿Estás cambiando a una pisada de mediopié?</translation>
    </message>
    <message>
        <source>By how much did your weekly running go up in the last few weeks?</source>
        <translation>¿Cuánto ha aumentado tu volumen semanal de carrera en las últimas semanas?</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Does pointing your foot down hurt, or feel restricted?</source>
        <translation>¿Te duele bajar la punta del pie o notas el movimiento limitado?</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keys: Tab goes from question to question and the arrow keys choose an answer; in a yes-or-no question, Y answers yes and N answers no.</source>
        <translation>Teclas: Tab pasa de una pregunta a otra y las flechas eligen una respuesta; en una pregunta de sí o no, S responde sí y N responde no.</translation>
    </message>
    <message>
        <source>Did the pain start suddenly, during a run or a sprint, in the last two weeks?</source>
        <translation>¿El dolor empezó de repente, durante una carrera o un esprint, en las dos últimas semanas?</translation>
    </message>
    <message>
        <source>Why we ask: a sudden start asks for a gentler test and a few easier days.</source>
        <translation>Por qué lo preguntamos: un comienzo repentino pide una prueba más suave y unos días más tranquilos.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::AdviceCard</name>
    <message>
        <source>Drawing: %1</source>
        <translation>Dibujo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;How much:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cuánto:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Muéstramelo</translation>
    </message>
    <message>
        <source>Open the muscle in the atlas</source>
        <translation>Abrir el músculo en el atlas</translation>
    </message>
    <message>
        <source>Show me the muscle for %1</source>
        <translation>Muéstrame el músculo de «%1»</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ChoiceButton</name>
    <message>
        <source>Answer %1 (key %1)</source>
        <translation>Respuesta %1 (tecla %1)</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Respuesta %1: %2</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ComparePage</name>
    <message>
        <source>Soleus and gastrocnemius, side by side</source>
        <translation>Sóleo y gastrocnemio, uno junto al otro</translation>
    </message>
    <message>
        <source>Fibre types: share of slow-twitch fibres</source>
        <translation>Tipos de fibra: proporción de fibras de contracción lenta</translation>
    </message>
    <message>
        <source>Autopsy samples; the paler part of a bar is the measured range.</source>
        <translation>Muestras de autopsia; la parte más clara de cada barra es el intervalo medido.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::DeckDialog</name>
    <message>
        <source>Export for Anki</source>
        <translation>Exportar para Anki</translation>
    </message>
    <message>
        <source>Take the cards to Anki</source>
        <translation>Lleva las tarjetas a Anki</translation>
    </message>
    <message>
        <source>Every card of Study becomes an Anki note with its question, its answer, the source behind it and tags for its kind and structure. The cards that ask you to find a structure show the plate, with the structure outlined on the back.</source>
        <translation>Cada tarjeta de Estudio se convierte en una nota de Anki con su pregunta, su respuesta, la fuente que la respalda y etiquetas de su tipo y estructura. Las tarjetas que te piden encontrar una estructura muestran la lámina, con la estructura contorneada en el reverso.</translation>
    </message>
    <message>
        <source>Anki &amp;package (.apkg), with the plate images</source>
        <translation>&amp;Paquete de Anki (.apkg), con las imágenes de la lámina</translation>
    </message>
    <message>
        <source>Plain &amp;text for Anki&apos;s import (.txt), without images</source>
        <translation>&amp;Texto plano para importar en Anki (.txt), sin imágenes</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Número de tarjetas</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Tarjetas:</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Archivo que guardar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Paquete de Anki (*.apkg)</translation>
    </message>
    <message>
        <source>Text for Anki (*.txt)</source>
        <translation>Texto para Anki (*.txt)</translation>
    </message>
    <message>
        <source>Choose a file to save the deck to.</source>
        <translation>Elige un archivo donde guardar el mazo.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::DiagramView</name>
    <message>
        <source>Anatomy diagram</source>
        <translation>Diagrama anatómico</translation>
    </message>
    <message>
        <source>Each structure is a child; Tab or the arrow keys move between them, Enter selects.</source>
        <translation>Cada estructura es un elemento hijo; Tab o las flechas permiten moverse entre ellas e Intro selecciona.</translation>
    </message>
    <message>
        <source>Drawing the plate…</source>
        <translation>Dibujando la lámina…</translation>
    </message>
    <message>
        <source>No plate to show</source>
        <translation>No hay ninguna lámina que mostrar</translation>
    </message>
    <message>
        <source>O</source>
        <comment>origin marker</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>I</source>
        <comment>insertion marker</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Inserción</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ExplorerPage</name>
    <message>
        <source>Back</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
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
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Cross-section</source>
        <translation>Corte transversal</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Put the last peeled layer back ([)</source>
        <translation>Volver a poner la última capa retirada ([)</translation>
    </message>
    <message>
        <source>Restore a layer</source>
        <translation>Reponer una capa</translation>
    </message>
    <message>
        <source>Peel the outer layer away (])</source>
        <translation>Retirar la capa exterior (])</translation>
    </message>
    <message>
        <source>Peel a layer</source>
        <translation>Retirar una capa</translation>
    </message>
    <message>
        <source>Peel layers</source>
        <translation>Retirar capas</translation>
    </message>
    <message>
        <source>Peel the layers from the skin down to the bones</source>
        <translation>Retirar las capas desde la piel hasta los huesos</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Capas:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Show or hide the labels (Alt+L)</source>
        <translation>Mostrar u ocultar las etiquetas (Alt+L)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the plate to the window (0)</source>
        <translation>Ajustar la lámina a la ventana (0)</translation>
    </message>
    <message>
        <source>Find a structure (Ctrl+F)</source>
        <translation>Buscar una estructura (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a structure</source>
        <translation>Buscar una estructura</translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation>No hay nada llamado «%1»</translation>
    </message>
    <message>
        <source>Outermost: %1</source>
        <translation>Capa más externa: %1</translation>
    </message>
    <message>
        <source>Show this view: %1 (%2)</source>
        <translation>Mostrar esta vista: %1 (%2)</translation>
    </message>
    <message>
        <source>As on a CT/MRI scan (seen from below)</source>
        <translation>Como en una TC/RM (visto desde abajo)</translation>
    </message>
    <message>
        <source>Mirror the slice left to right, as CT and MRI scans show it: seen from the feet, with the leg&apos;s outer side on the left</source>
        <translation>Invierte el corte de izquierda a derecha, como lo muestran la TC y la RM: visto desde los pies, con la cara externa de la pierna a la izquierda</translation>
    </message>
    <message>
        <source>Every layer of the slice at once</source>
        <translation>Todas las capas del corte a la vez</translation>
    </message>
    <message>
        <source>Heel · right leg, seen from behind</source>
        <translation>Talón · pierna derecha, vista desde atrás</translation>
    </message>
    <message>
        <source>Foot · right leg, seen from its outer side</source>
        <translation>Pie · pierna derecha, vista desde su lado externo</translation>
    </message>
    <message>
        <source>Back · right leg, seen from above, looking down on the cut</source>
        <translation>Atrás · pierna derecha, vista desde arriba, mirando el corte</translation>
    </message>
    <message>
        <source>Back · right leg, seen from below, as on a CT or MRI scan</source>
        <translation>Atrás · pierna derecha, vista desde abajo, como en una TC o RM</translation>
    </message>
    <message>
        <source>%1 view — %2</source>
        <translation>Vista: %1 — %2</translation>
    </message>
    <message>
        <source>Outermost layer: %1</source>
        <translation>Capa más externa: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <source>calfatlas-%1-%2.%3</source>
        <translation>calfatlas-%1-%2.%3</translation>
    </message>
    <message>
        <source>PNG image, 1× (*.png)</source>
        <translation>Imagen PNG, 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 2× (*.png)</source>
        <translation>Imagen PNG, 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 4× (*.png)</source>
        <translation>Imagen PNG, 4× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Exportar la lámina</translation>
    </message>
    <message>
        <source>The plate was not saved to %1: %2</source>
        <translation>No se ha podido guardar la lámina en %1: %2</translation>
    </message>
    <message>
        <source>Saved the plate to %1</source>
        <translation>Lámina guardada en %1</translation>
    </message>
    <message>
        <source>Print the plate</source>
        <translation>Imprimir la lámina</translation>
    </message>
    <message>
        <source>The plate could not be printed.</source>
        <translation>No se ha podido imprimir la lámina.</translation>
    </message>
    <message>
        <source>Sent the plate to the printer</source>
        <translation>Lámina enviada a la impresora</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::FibreChart</name>
    <message>
        <source>Fibre types chart</source>
        <translation>Gráfico de tipos de fibra</translation>
    </message>
    <message>
        <source>%1: about %2 % slow-twitch</source>
        <translation>%1: alrededor de un %2 % de fibras de contracción lenta</translation>
    </message>
    <message>
        <source>%1: about %2–%3 % slow-twitch</source>
        <translation>%1: alrededor de un %2–%3 % de fibras de contracción lenta</translation>
    </message>
    <message>
        <source>Slow-twitch (type I)</source>
        <translation>Contracción lenta (tipo I)</translation>
    </message>
    <message>
        <source>Fast-twitch (type II)</source>
        <translation>Contracción rápida (tipo II)</translation>
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
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Drawing of a heel raise on one leg</source>
        <translation>Dibujo de una elevación de talón sobre una pierna</translation>
    </message>
    <message>
        <source>Stand on the leg to test, barefoot, the other foot off the floor, fingertips on a wall for balance.</source>
        <translation>Ponte descalzo sobre la pierna que vas a probar, con el otro pie en el aire y las yemas de los dedos en una pared para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Press Start. After 3, 2, 1, raise the heel as high as you can on one beat and lower it on the next: 30 raises a minute.</source>
        <translation>Pulsa Empezar. Tras 3, 2, 1, sube el talón lo más alto que puedas en un golpe y bájalo en el siguiente: 30 elevaciones por minuto.</translation>
    </message>
    <message>
        <source>Keep going until the heel no longer rises as high, you lose the beat, the knee bends, or you need more than your fingertips for balance.</source>
        <translation>Sigue hasta que el talón ya no suba tanto, pierdas el ritmo, se doble la rodilla o necesites algo más que las yemas de los dedos para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Then press Space or click the pulse. Check the count, and correct it if you counted differently.</source>
        <translation>Luego pulsa la barra espaciadora o haz clic en el pulso. Comprueba la cuenta y corrígela si contaste otra cosa.</translation>
    </message>
    <message>
        <source>The published test stands on a board tilted 10°; at home the floor is used, as the return-to-running benchmark is.</source>
        <translation>En la prueba publicada se está de pie sobre una tabla inclinada 10°; en casa se usa el suelo, como en la referencia para volver a correr.</translation>
    </message>
    <message>
        <source>Compare with the median of:</source>
        <translation>Comparar con la mediana de:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>The published medians differ for women and men; leave it out if you prefer.</source>
        <translation>Las medianas publicadas difieren entre mujeres y hombres; puedes dejarlo en blanco si prefieres.</translation>
    </message>
    <message>
        <source>Mute the click</source>
        <translation>Silenciar el clic</translation>
    </message>
    <message>
        <source>No sound output was found: follow the pulse on the screen, it keeps the same beat.</source>
        <translation>No se encontró ninguna salida de sonido: sigue el pulso en la pantalla, que lleva el mismo ritmo.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then the beat</source>
        <translation>Una cuenta de 3, 2, 1 y luego el ritmo</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Parar (Espacio)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Raises:</source>
        <translation>Elevaciones:</translation>
    </message>
    <message>
        <source>Number of raises</source>
        <translation>Número de elevaciones</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Test this leg again</source>
        <translation>Volver a probar esta pierna</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Saltar el descanso</translation>
    </message>
    <message>
        <source>Your heel-raise test</source>
        <translation>Tu prueba de elevación de talón</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Guardar en el historial</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Probar de nuevo</translation>
    </message>
    <message>
        <source>%1: ready?</source>
        <translation>%1: ¿preparado?</translation>
    </message>
    <message>
        <source>%1: up on the beat, down on the next</source>
        <translation>%1: arriba en un golpe, abajo en el siguiente</translation>
    </message>
    <message>
        <source>%1: how many raises?</source>
        <translation>%1: ¿cuántas elevaciones?</translation>
    </message>
    <message>
        <source>Rest before the left leg: %1</source>
        <translation>Descanso antes de la pierna izquierda: %1</translation>
    </message>
    <message>
        <source>Rest before the right leg: %1</source>
        <translation>Descanso antes de la pierna derecha: %1</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::HistoryModel</name>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::HistoryPage</name>
    <message>
        <source>History notice</source>
        <translation>Aviso del historial</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted self-test back (Ctrl+Z)</source>
        <translation>Recuperar la autoevaluación eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Deleted the self-test of %1.</source>
        <translation>Se ha eliminado la autoevaluación del %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No saved self-tests yet</source>
        <translation>Todavía no hay autoevaluaciones guardadas</translation>
    </message>
    <message>
        <source>When you finish the self-test, choose “Save to history” to keep the result here. Saved results show how your calf changes over the weeks, and you can export them as a PDF for a clinician.</source>
        <translation>Cuando termines la autoevaluación, elige «Guardar en el historial» para conservar aquí el resultado. Los resultados guardados muestran cómo evoluciona tu pantorrilla a lo largo de las semanas, y puedes exportarlos en PDF para un profesional de la salud.</translation>
    </message>
    <message>
        <source>Start the self-test</source>
        <translation>Empezar la autoevaluación</translation>
    </message>
    <message>
        <source>Open the guided self-test for a sore calf</source>
        <translation>Abrir la autoevaluación guiada para el dolor de pantorrilla</translation>
    </message>
    <message>
        <source>Export all as PDF…</source>
        <translation>Exportar todo en PDF…</translation>
    </message>
    <message>
        <source>A report of every saved self-test with the trends, for a clinician</source>
        <translation>Un informe de todas las autoevaluaciones guardadas con su evolución, para un profesional de la salud</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Imprimir todo…</translation>
    </message>
    <message>
        <source>Print the report of every saved self-test</source>
        <translation>Imprimir el informe de todas las autoevaluaciones guardadas</translation>
    </message>
    <message>
        <source>Saved self-tests, newest first</source>
        <translation>Autoevaluaciones guardadas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar en PDF…</translation>
    </message>
    <message>
        <source>A report of this self-test with the trends, for a clinician (Ctrl+E)</source>
        <translation>Un informe de esta autoevaluación con su evolución, para un profesional de la salud (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the report of this self-test (Ctrl+P)</source>
        <translation>Imprimir el informe de esta autoevaluación (Ctrl+P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this self-test from the history (Delete); you can undo it</source>
        <translation>Eliminar esta autoevaluación del historial (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <source>The chosen self-test in full</source>
        <translation>La autoevaluación seleccionada, completa</translation>
    </message>
    <message>
        <source>Your &amp;note</source>
        <translation>Tu &amp;nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>How the calf felt, what you did before the test, what changed…</source>
        <translation>Cómo notabas la pantorrilla, qué hiciste antes de la prueba, qué ha cambiado…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Keep this note with the self-test (Ctrl+S)</source>
        <translation>Guardar esta nota junto con la autoevaluación (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Leg:</source>
        <translation>&amp;Pierna:</translation>
    </message>
    <message>
        <source>Leg shown in the trend</source>
        <translation>Pierna que se muestra en la evolución</translation>
    </message>
    <message>
        <source>Some saved self-tests cannot be read and are not shown: %1</source>
        <translation>Algunas autoevaluaciones guardadas no se pueden leer y no se muestran: %1</translation>
    </message>
    <message>
        <source>The PDF was not written to %1: %2</source>
        <translation>No se ha podido escribir el PDF en %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Prueba de elevación de talón</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Rodilla a la pared</translation>
    </message>
    <message>
        <source>Self-tests over &amp;time</source>
        <translation>Autopruebas a lo largo del &amp;tiempo</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Mediciones</translation>
    </message>
    <message>
        <source>The plan&apos;s log, oldest first</source>
        <translation>El registro del plan, de lo más antiguo a lo más reciente</translation>
    </message>
    <message>
        <source>Back to &amp;running</source>
        <translation>Volver a &amp;correr</translation>
    </message>
    <message>
        <source>calfatlas-history-%1.pdf</source>
        <translation>calfatlas-historial-%1.pdf</translation>
    </message>
    <message>
        <source>calfatlas-self-test-%1.pdf</source>
        <translation>calfatlas-autoevaluacion-%1.pdf</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::InfoPanel</name>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Tendon</source>
        <translation>Tendón</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nervio</translation>
    </message>
    <message>
        <source>Membrane</source>
        <translation>Membrana</translation>
    </message>
    <message>
        <source>superficial back compartment</source>
        <translation>compartimento posterior superficial</translation>
    </message>
    <message>
        <source>deep back compartment</source>
        <translation>compartimento posterior profundo</translation>
    </message>
    <message>
        <source>front compartment</source>
        <translation>compartimento anterior</translation>
    </message>
    <message>
        <source>outer compartment</source>
        <translation>compartimento lateral</translation>
    </message>
    <message>
        <source>About the selected structure</source>
        <translation>Sobre la estructura seleccionada</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Nerve supply</source>
        <translation>Inervación</translation>
    </message>
    <message>
        <source>Blood supply</source>
        <translation>Irrigación</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Joints crossed</source>
        <translation>Articulaciones que cruza</translation>
    </message>
    <message>
        <source>Fibre types</source>
        <translation>Tipos de fibra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Explore the calf&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Point at a structure to see its name; click it to read where it starts and ends, which nerve supplies it, what it does and what its fibres are made of — each fact with its source.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;Peel the layers away to find the soleus beneath the gastrocnemius, or search for any structure by name.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;Keys:&lt;/b&gt; Tab or the arrow keys move between structures, Enter selects, Escape clears; [ and ] peel; + and − zoom, 0 fits.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Explora la pantorrilla&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Señala una estructura para ver su nombre; haz clic en ella para leer dónde empieza y dónde termina, qué nervio la inerva, qué hace y qué tipos de fibra tiene, cada dato con su fuente.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;Retira las capas para encontrar el sóleo bajo el gastrocnemio, o busca cualquier estructura por su nombre.&lt;/p&gt;&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;Teclas:&lt;/b&gt; Tab o las flechas permiten moverse entre estructuras, Intro selecciona, Esc anula la selección; [ y ] retiran y reponen capas; + y − acercan y alejan, 0 ajusta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>Arteria</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>Vena</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Articulación</translation>
    </message>
    <message>
        <source>Arises from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Inserts on</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>A través de</translation>
    </message>
    <message>
        <source>Arteries</source>
        <translation>Arterias</translation>
    </message>
    <message>
        <source>Veins</source>
        <translation>Venas</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Articulaciones</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>Huesos</translation>
    </message>
    <message>
        <source>Muscles arising from it</source>
        <translation>Músculos que se originan aquí</translation>
    </message>
    <message>
        <source>Inserting on it</source>
        <translation>Lo que se inserta aquí</translation>
    </message>
    <message>
        <source>Muscles inserting through it</source>
        <translation>Músculos que se insertan a través de él</translation>
    </message>
    <message>
        <source>Muscles it supplies</source>
        <translation>Músculos que abastece</translation>
    </message>
    <message>
        <source>What it drains</source>
        <translation>Lo que drena</translation>
    </message>
    <message>
        <source>Muscles crossing it</source>
        <translation>Músculos que la cruzan</translation>
    </message>
    <message>
        <source>Muscles crossing it, among others</source>
        <translation>Músculos que la cruzan, entre otros</translation>
    </message>
    <message>
        <source>Joints it is part of</source>
        <translation>Articulaciones de las que forma parte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::IntroPage</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Which calf muscle is sore? Two simple stretches can tell the soleus from the gastrocnemius.</source>
        <translation>¿Qué músculo de la pantorrilla te duele? Dos estiramientos sencillos permiten distinguir el sóleo del gastrocnemio.</translation>
    </message>
    <message>
        <source>Knee bent: the soleus is stretched</source>
        <translation>Rodilla flexionada: se estira el sóleo</translation>
    </message>
    <message>
        <source>Knee straight: both, the gastrocnemius most</source>
        <translation>Rodilla extendida: se estiran ambos, sobre todo el gastrocnemio</translation>
    </message>
    <message>
        <source>You will need a low step, bench or stair with something to hold on to, a wall, and — for the optional measurement — a tape measure. It takes about ten minutes. You can go back and change any answer, and skip any question about yourself.</source>
        <translation>Necesitarás un escalón bajo, un banco o una escalera con algo donde sujetarte, una pared y, para la medición opcional, una cinta métrica. Se tarda unos diez minutos. Puedes volver atrás y cambiar cualquier respuesta, y saltarte cualquier pregunta sobre ti.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KneeToWallScale</name>
    <message>
        <source>Knee-to-wall scale</source>
        <translation>Escala rodilla-pared</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>under 10 cm: reduced</source>
        <translation>menos de 10 cm: reducida</translation>
    </message>
    <message>
        <source>10 cm or more: typical</source>
        <translation>10 cm o más: habitual</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KneeToWallTestPage</name>
    <message>
        <source>Drawing of the knee-to-wall lunge</source>
        <translation>Dibujo de la zancada rodilla a la pared</translation>
    </message>
    <message>
        <source>Face a wall, the foot of the leg to measure pointing straight at it, the other foot behind.</source>
        <translation>Ponte frente a una pared, con el pie de la pierna que vas a medir apuntando recto hacia ella y el otro pie detrás.</translation>
    </message>
    <message>
        <source>Bend the front knee to touch the wall, the heel flat on the floor. Move the foot back until the knee only just touches with the heel still down.</source>
        <translation>Dobla la rodilla de delante hasta tocar la pared, con el talón apoyado en el suelo. Retrasa el pie hasta que la rodilla apenas toque la pared sin que se levante el talón.</translation>
    </message>
    <message>
        <source>Measure from the big toe to the wall. Do both legs the same way.</source>
        <translation>Mide desde el dedo gordo hasta la pared. Hazlo igual con las dos piernas.</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>&amp;Left leg:</source>
        <translation>Pierna &amp;izquierda:</translation>
    </message>
    <message>
        <source>&amp;Right leg:</source>
        <translation>Pierna &amp;derecha:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Guardar en el historial</translation>
    </message>
    <message>
        <source>The left leg&apos;s distance must be a number from 0 to 25 cm (0 to 9.8 inches).</source>
        <translation>La distancia de la pierna izquierda debe ser un número de 0 a 25 cm (0 a 9,8 pulgadas).</translation>
    </message>
    <message>
        <source>The right leg&apos;s distance must be a number from 0 to 25 cm (0 to 9.8 inches).</source>
        <translation>La distancia de la pierna derecha debe ser un número de 0 a 25 cm (0 a 9,8 pulgadas).</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::KnowledgeTint</name>
    <message>
        <source>not studied yet</source>
        <translation>aún sin estudiar</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>menos del %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of recall</comment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>My recall</source>
        <translation>Mi memoria</translation>
    </message>
    <message>
        <source>Tint each structure by how likely you are to recall it today (Alt+R)</source>
        <translation>Colorea cada estructura según la probabilidad de que la recuerdes hoy (Alt+R)</translation>
    </message>
    <message>
        <source>Your knowledge on the plate</source>
        <translation>Tu conocimiento sobre la lámina</translation>
    </message>
    <message>
        <source>Your recall today</source>
        <translation>Lo que recuerdas hoy</translation>
    </message>
    <message>
        <source>Study what&apos;s weak</source>
        <translation>Estudia lo más flojo</translation>
    </message>
    <message>
        <source>Start a session on the cards you are least likely to recall today</source>
        <translation>Empieza una sesión con las tarjetas que menos probablemente recuerdes hoy</translation>
    </message>
    <message>
        <source>Structures studied: %1.</source>
        <translation>Estructuras estudiadas: %1.</translation>
    </message>
    <message>
        <source>Nothing studied yet: Learn → Study fills this in.</source>
        <translation>Aún no has estudiado nada: Aprender → Estudio lo irá llenando.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LearnArea</name>
    <message>
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>The calf in short steps, shown on the diagram</source>
        <translation>La pantorrilla paso a paso, mostrada en el diagrama</translation>
    </message>
    <message>
        <source>Soleus vs gastrocnemius</source>
        <translation>Sóleo frente a gastrocnemio</translation>
    </message>
    <message>
        <source>The two calf muscles side by side</source>
        <translation>Los dos músculos de la pantorrilla, uno junto al otro</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Find structures on the diagram and answer questions</source>
        <translation>Localiza estructuras en el diagrama y responde preguntas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Every source, with its full citation</source>
        <translation>Todas las fuentes, con su cita completa</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>No es consejo médico</translation>
    </message>
    <message>
        <source>What the self-test is and is not</source>
        <translation>Qué es la autoevaluación y qué no es</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Today&apos;s cards, spaced so that they stay learnt</source>
        <translation>Las tarjetas de hoy, espaciadas para que no se olviden</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegMap</name>
    <message>
        <source>Drawing of the back of the left leg</source>
        <translation>Dibujo de la parte de atrás de la pierna izquierda</translation>
    </message>
    <message>
        <source>Drawing of the back of the right leg</source>
        <translation>Dibujo de la parte de atrás de la pierna derecha</translation>
    </message>
    <message>
        <source>Drawing of the back of the leg</source>
        <translation>Dibujo de la parte de atrás de la pierna</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet. The list beside it offers the same places.</source>
        <translation>Aún no has elegido nada. La lista de al lado ofrece los mismos lugares.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegResultView</name>
    <message>
        <source>&lt;b&gt;Confidence: likely.&lt;/b&gt; The tests point clearly to this.</source>
        <translation>&lt;b&gt;Confianza: probable.&lt;/b&gt; Las pruebas apuntan claramente a esto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidence: possible.&lt;/b&gt; The tests lean this way, but not strongly.</source>
        <translation>&lt;b&gt;Confianza: posible.&lt;/b&gt; Las pruebas se inclinan hacia esto, pero sin mucha fuerza.</translation>
    </message>
    <message>
        <source>This leg</source>
        <translation>Esta pierna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show me the muscle</source>
        <translation>Muéstrame el músculo</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to running.&lt;/b&gt; A plan of sessions that your pain and your measurements move forward, with a safety check before each one.</source>
        <translation>&lt;b&gt;Volver a correr.&lt;/b&gt; Un plan de sesiones que avanza según tu dolor y tus mediciones, con un control de seguridad antes de cada una.</translation>
    </message>
    <message>
        <source>Start a plan for this leg</source>
        <translation>Empezar un plan para esta pierna</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::LegView</name>
    <message>
        <source>Leg model</source>
        <translation>Modelo de la pierna</translation>
    </message>
    <message>
        <source>Drag the shank to bend the knee and the foot to move the ankle.
Keys: Up/Down straighten or bend the knee, Left/Right point or lift the foot (Shift: 5°).</source>
        <translation>Arrastra la pierna para flexionar la rodilla y el pie para mover el tobillo.
Teclas: Arriba/Abajo extienden o flexionan la rodilla, Izquierda/Derecha bajan o suben la punta del pie (Mayús: 5°).</translation>
    </message>
    <message>
        <source>knee %1°</source>
        <translation>rodilla %1°</translation>
    </message>
    <message>
        <source>ankle %1%2°</source>
        <translation>tobillo %1%2°</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Knee bent %1 degrees, ankle %2 degrees.</source>
        <translation>Rodilla flexionada %1 grados, tobillo %2 grados.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>drag to bend the knee</source>
        <translation>arrastra para doblar la rodilla</translation>
    </message>
    <message>
        <source>drag to move the foot</source>
        <translation>arrastra para mover el pie</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MainWindow</name>
    <message>
        <source>Open the atlas</source>
        <translation>Abrir el atlas</translation>
    </message>
    <message>
        <source>Start the self-test</source>
        <translation>Empezar la autoevaluación</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>The interactive diagram of the lower leg</source>
        <translation>El diagrama interactivo de la pierna</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>A guided test for a sore calf: soleus or gastrocnemius?</source>
        <translation>Una prueba guiada para el dolor de pantorrilla: ¿sóleo o gastrocnemio?</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>A moving knee and ankle: why each test stretches its muscle</source>
        <translation>Una rodilla y un tobillo en movimiento: por qué cada prueba estira su músculo</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Usar la del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clara</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CalfAtlas</source>
        <translation>&amp;Acerca de CalfAtlas</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About CalfAtlas</source>
        <translation>Acerca de CalfAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CalfAtlas %1&lt;/h3&gt;&lt;p&gt;Learn the calf: an interactive atlas of the lower leg for anatomy students, and a guided self-test for runners with a sore calf.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CalfAtlas %1&lt;/h3&gt;&lt;p&gt;Aprende sobre la pantorrilla: un atlas interactivo de la pierna para estudiantes de anatomía y una autoevaluación guiada para corredores con dolor en la pantorrilla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The self-test suggests which calf muscle is the likelier source of soreness. It is not a diagnosis and does not replace an examination by a clinician.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: CalfAtlas never uses the network.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La autoevaluación sugiere qué músculo de la pantorrilla es el origen más probable de las molestias. No es un diagnóstico y no sustituye la exploración por un profesional de la salud.&lt;/p&gt;&lt;p&gt;Todo se queda en este equipo: CalfAtlas nunca usa la red.&lt;/p&gt;&lt;p&gt;Software libre con licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your answers are still here: try again when the problem is solved.</source>
        <translation>Tus respuestas siguen aquí: vuelve a intentarlo cuando se haya resuelto el problema.</translation>
    </message>
    <message>
        <source>Take the guided tour</source>
        <translation>Hacer la visita guiada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your saved self-tests, how they changed, and reports for a clinician</source>
        <translation>Tus autoevaluaciones guardadas, su evolución e informes para un profesional de la salud</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>A guided tour, the two calf muscles compared, quizzes and the sources</source>
        <translation>Una visita guiada, la comparación de los dos músculos de la pantorrilla, cuestionarios y las fuentes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <comment>the language</comment>
        <translation>Usar el del &amp;sistema</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>No plan started</source>
        <translation>No se ha empezado ningún plan</translation>
    </message>
    <message>
        <source>The plan back to running, the heel-raise test and knee-to-wall</source>
        <translation>El plan para volver a correr, la prueba de elevación de talón y la de rodilla a la pared</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Today&apos;s session, your last results, and what CalfAtlas is for</source>
        <translation>La sesión de hoy, tus últimos resultados y para qué sirve CalfAtlas</translation>
    </message>
    <message>
        <source>%1 — CalfAtlas</source>
        <translation>%1 — CalfAtlas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>CalfAtlas &amp;Handbook</source>
        <translation>&amp;Manual de CalfAtlas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Sidebar &amp;Icons Only</source>
        <translation>Barra lateral solo con &amp;iconos</translation>
    </message>
    <message>
        <source>Show the sections as icons only, to leave more room on a small screen</source>
        <translation>Muestra las secciones solo como iconos, para dejar más espacio en una pantalla pequeña</translation>
    </message>
    <message>
        <source>Export for &amp;Anki…</source>
        <translation>Exportar para &amp;Anki…</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Export plate…</source>
        <translation>&amp;Exportar la lámina…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the plate as shown, with its caption and sources, as a PNG image, an SVG drawing or a PDF (Ctrl+E)</source>
        <translation>Guarda la lámina tal como la ves, con su pie y sus fuentes, como imagen PNG, dibujo SVG o PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Print plate…</source>
        <translation>&amp;Imprimir la lámina…</translation>
    </message>
    <message>
        <source>Print the plate as shown, with its caption and sources (Ctrl+P)</source>
        <translation>Imprime la lámina tal como la ves, con su pie y sus fuentes (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasurePage</name>
    <message>
        <source>%1 Leave it empty to skip it.</source>
        <translation>%1 Deja el campo vacío para omitirla.</translation>
    </message>
    <message>
        <source>Drawing of the knee-to-wall test</source>
        <translation>Dibujo de la prueba rodilla-pared</translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation>Medido en</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centímetros</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>Unit of the distances</source>
        <translation>Unidad de las distancias</translation>
    </message>
    <message>
        <source>%1: knee-to-wall distance</source>
        <translation>%1: distancia rodilla-pared</translation>
    </message>
    <message>
        <source>Enter the distance as a number, such as 11.5.</source>
        <translation>Escribe la distancia como un número, por ejemplo 11,5.</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>Una distancia no puede ser negativa.</translation>
    </message>
    <message>
        <source>That is more than 25 cm (about 10 inches), beyond what this test measures: please measure again.</source>
        <translation>Eso supera los 25 cm (unas 10 pulgadas), más de lo que mide esta prueba: vuelve a medir, por favor.</translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — within measurement error.</source>
        <translation>Diferencia entre las piernas: %1 cm — dentro del error de medición.</translation>
    </message>
    <message>
        <source>%1 (not sore)</source>
        <translation>%1 (sin dolor)</translation>
    </message>
    <message>
        <source>Your other leg (not sore)</source>
        <translation>Tu otra pierna (sin dolor)</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>por ejemplo %1</translation>
    </message>
    <message>
        <source>optional, to compare</source>
        <translation>opcional, para comparar</translation>
    </message>
    <message>
        <source>other</source>
        <comment>the leg that does not hurt, on the scale</comment>
        <translation>otra</translation>
    </message>
    <message>
        <source>Many clinicians treat under 10 cm as reduced ankle bend; that is a practice convention, not a validated cut-off. Between the two legs, a difference under 2 cm can come from the errors of measuring yourself alone.</source>
        <translation>Muchos profesionales consideran menos de 10 cm como flexión reducida del tobillo; es una convención de la práctica, no un umbral validado. Entre las dos piernas, una diferencia de menos de 2 cm puede deberse solo a los errores al medirte tú mismo.</translation>
    </message>
    <message>
        <source>Difference between the legs: %1 cm — at least 2 cm, so worth attention.</source>
        <translation>Diferencia entre las piernas: %1 cm — al menos 2 cm, así que merece atención.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasureResultView</name>
    <message>
        <source>1 raise</source>
        <translation>1 elevación</translation>
    </message>
    <message>
        <source>%1 raises</source>
        <translation>%1 elevaciones</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The median of healthy men is %1.</source>
        <translation>La mediana de los hombres sanos es %1.</translation>
    </message>
    <message>
        <source>The median of healthy women is %1.</source>
        <translation>La mediana de las mujeres sanas es %1.</translation>
    </message>
    <message>
        <source>Meets the return-to-running benchmark of at least %1 from the floor.</source>
        <translation>Alcanza la referencia para volver a correr de al menos %1 desde el suelo.</translation>
    </message>
    <message>
        <source>Below the return-to-running benchmark of at least %1 from the floor.</source>
        <translation>Por debajo de la referencia para volver a correr de al menos %1 desde el suelo.</translation>
    </message>
    <message>
        <source>7 raises or more</source>
        <translation>7 elevaciones o más</translation>
    </message>
    <message>
        <source>2 cm or more</source>
        <translation>2 cm o más</translation>
    </message>
    <message>
        <source>Since the last saved test (%1): %2, beyond measurement error (%3).</source>
        <translation>Desde la última prueba guardada (%1): %2, más allá del error de medida (%3).</translation>
    </message>
    <message>
        <source>Since the last saved test (%1): %2, within measurement error (a real change is %3).</source>
        <translation>Desde la última prueba guardada (%1): %2, dentro del error de medida (un cambio real son %3).</translation>
    </message>
    <message>
        <source>Left–right difference: %1, beyond measurement error (2 cm or more).</source>
        <translation>Diferencia izquierda-derecha: %1, más allá del error de medida (2 cm o más).</translation>
    </message>
    <message>
        <source>Left–right difference: %1, within measurement error (under 2 cm).</source>
        <translation>Diferencia izquierda-derecha: %1, dentro del error de medida (menos de 2 cm).</translation>
    </message>
    <message>
        <source> (the left leg is weaker)</source>
        <translation> (la pierna izquierda es más débil)</translation>
    </message>
    <message>
        <source> (the right leg is weaker)</source>
        <translation> (la pierna derecha es más débil)</translation>
    </message>
    <message>
        <source>Left–right asymmetry: %1 %%2, within the experts&apos; limit of 10 % for a return to running.</source>
        <translation>Asimetría izquierda-derecha: %1 %%2, dentro del límite del 10 % que dan los expertos para volver a correr.</translation>
    </message>
    <message>
        <source>Left–right asymmetry: %1 %%2, over the experts&apos; limit of 10 % for a return to running.</source>
        <translation>Asimetría izquierda-derecha: %1 %%2, por encima del límite del 10 % que dan los expertos para volver a correr.</translation>
    </message>
    <message>
        <source> (the left ankle bends less)</source>
        <translation> (el tobillo izquierdo se flexiona menos)</translation>
    </message>
    <message>
        <source> (the right ankle bends less)</source>
        <translation> (el tobillo derecho se flexiona menos)</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MeasurementChart</name>
    <message>
        <source>Measurements over time</source>
        <translation>Mediciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>izquierda %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>derecha %1</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Aún no hay mediciones.</translation>
    </message>
    <message>
        <source>No measurements yet: the Recovery area takes them.</source>
        <translation>Aún no hay mediciones: se toman en el área Recuperación.</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>band: ± 7 raises, the measurement error</source>
        <translation>banda: ± 7 elevaciones, el error de medida</translation>
    </message>
    <message>
        <source>band: ± 2 cm, the measurement error</source>
        <translation>banda: ± 2 cm, el error de medida</translation>
    </message>
    <message>
        <source>Measurements: %1; latest: %2</source>
        <translation>Mediciones: %1; últimas: %2</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::MovementPage</name>
    <message>
        <source>straight</source>
        <translation>extendida</translation>
    </message>
    <message>
        <source>%1° bent</source>
        <translation>flexionada %1°</translation>
    </message>
    <message>
        <source>right angle</source>
        <translation>ángulo recto</translation>
    </message>
    <message>
        <source>%1° dorsiflexion</source>
        <translation>%1° de flexión dorsal</translation>
    </message>
    <message>
        <source>%1° plantar flexion</source>
        <translation>%1° de flexión plantar</translation>
    </message>
    <message>
        <source>soleus</source>
        <translation>sóleo</translation>
    </message>
    <message>
        <source>calcaneal tendon</source>
        <translation>tendón calcáneo</translation>
    </message>
    <message>
        <source>gastrocnemius</source>
        <translation>gastrocnemio</translation>
    </message>
    <message>
        <source>Why each test finds its muscle</source>
        <translation>Por qué cada prueba detecta su músculo</translation>
    </message>
    <message>
        <source>Only the gastrocnemius crosses the knee. Bend the knee and watch it go slack while the soleus keeps its length; lift the foot and watch both stretch.</source>
        <translation>Solo el gastrocnemio cruza la rodilla. Flexiona la rodilla y observa cómo se destensa mientras el sóleo mantiene su longitud; sube la punta del pie y observa cómo se estiran los dos.</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Ángulos</translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation>&amp;Rodilla</translation>
    </message>
    <message>
        <source>&amp;Ankle</source>
        <translation>&amp;Tobillo</translation>
    </message>
    <message>
        <source>Knee flexion in degrees</source>
        <translation>Flexión de rodilla en grados</translation>
    </message>
    <message>
        <source>Ankle angle in degrees, positive is dorsiflexion</source>
        <translation>Ángulo del tobillo en grados; los valores positivos son flexión dorsal</translation>
    </message>
    <message>
        <source>0° is a straight knee, 140° fully bent</source>
        <translation>0° es la rodilla extendida; 140°, totalmente flexionada</translation>
    </message>
    <message>
        <source>0° is the foot at a right angle; positive lifts the toes (dorsiflexion), negative points them (plantar flexion)</source>
        <translation>0° es el pie en ángulo recto; los valores positivos suben los dedos (flexión dorsal) y los negativos los bajan (flexión plantar)</translation>
    </message>
    <message>
        <source>Length from standing</source>
        <translation>Longitud respecto a la posición de pie</translation>
    </message>
    <message>
        <source>In percent of shank length and in mm for a 400 mm shank, from a knee-and-ankle model fitted to Grieve 1978 and Hawkins &amp; Hull 1990.</source>
        <translation>En porcentaje de la longitud de la pierna y en mm para una pierna de 400 mm, según un modelo de rodilla y tobillo ajustado a Grieve 1978 y Hawkins &amp; Hull 1990.</translation>
    </message>
    <message>
        <source>Your own pose</source>
        <translation>Tu propia postura</translation>
    </message>
    <message>
        <source>Drag the shank or the foot, or use the sliders. Pick a pose above to see what a test or an exercise does to each muscle.</source>
        <translation>Arrastra la pierna o el pie, o usa los controles deslizantes. Elige una postura arriba para ver qué le hace una prueba o un ejercicio a cada músculo.</translation>
    </message>
    <message>
        <source>Do the bench test</source>
        <translation>Hacer la prueba del banco</translation>
    </message>
    <message>
        <source>Do the wall test</source>
        <translation>Hacer la prueba de la pared</translation>
    </message>
    <message>
        <source>Show the %1 in the atlas</source>
        <translation>Mostrar el %1 en el atlas</translation>
    </message>
    <message>
        <source>Move to this pose: %1 (Alt+%2)</source>
        <translation>Ir a esta postura: %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Near its longest</source>
        <translation>Cerca de su máxima longitud</translation>
    </message>
    <message>
        <source>From its shortest (0 %) to its longest (100 %). In the wall test the gastrocnemius is nearer its longest; bend the knee and it falls far from it, while the soleus stays put.</source>
        <translation>De su mínima (0 %) a su máxima longitud (100 %). En la prueba de la pared el gastrocnemio está más cerca de su máxima longitud; dobla la rodilla y se aleja mucho de ella, mientras el sóleo no se mueve.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::NotAdvicePage</name>
    <message>
        <source>Not medical advice</source>
        <translation>No es consejo médico</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Not medical advice&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No es consejo médico&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanChart</name>
    <message>
        <source>The plan&apos;s level over time</source>
        <translation>El nivel del plan a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Level %1 of %2 now</source>
        <translation>Ahora en el nivel %1 de %2</translation>
    </message>
    <message>
        <source>No plan yet. Start one in Recovery, or from a self-test&apos;s result.</source>
        <translation>Aún no hay plan. Empieza uno en Recuperación o desde el resultado de una autoprueba.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanLogModel</name>
    <message>
        <source>Morning after: better</source>
        <translation>A la mañana siguiente: mejor</translation>
    </message>
    <message>
        <source>Morning after: the same</source>
        <translation>A la mañana siguiente: igual</translation>
    </message>
    <message>
        <source>Morning after: worse</source>
        <translation>A la mañana siguiente: peor</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Paused for a warning sign</source>
        <translation>En pausa por una señal de alarma</translation>
    </message>
    <message>
        <source>Resumed after being seen</source>
        <translation>Reanudado tras la consulta</translation>
    </message>
    <message>
        <source>Gate passed: into %1</source>
        <translation>Umbral superado: a %1</translation>
    </message>
    <message>
        <source>Held: the gate into %1 is not met yet</source>
        <translation>Retenido: aún no se cumple el umbral para %1</translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation>Plan iniciado</translation>
    </message>
    <message>
        <source>Plan stopped</source>
        <translation>Plan detenido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::PlanPage</name>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Fase %1 de %2: %3</translation>
    </message>
    <message>
        <source>Biases the work towards the soleus</source>
        <translation>Inclina el trabajo hacia el sóleo</translation>
    </message>
    <message>
        <source>Biases the work towards the gastrocnemius</source>
        <translation>Inclina el trabajo hacia el gastrocnemio</translation>
    </message>
    <message>
        <source>Works both calf muscles</source>
        <translation>Trabaja los dos músculos de la pantorrilla</translation>
    </message>
    <message>
        <source>%1 out of 10: safe</source>
        <translation>%1 sobre 10: seguro</translation>
    </message>
    <message>
        <source>%1 out of 10: acceptable</source>
        <translation>%1 sobre 10: aceptable</translation>
    </message>
    <message>
        <source>%1 out of 10: too much; the plan steps back</source>
        <translation>%1 sobre 10: demasiado; el plan baja un nivel</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Back to running</source>
        <translation>Volver a correr</translation>
    </message>
    <message>
        <source>The sore leg:</source>
        <translation>La pierna dolorida:</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Izquierda</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Derecha</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Empezar el plan</translation>
    </message>
    <message>
        <source>Plan started at level 1. Each session opens with a short safety check.</source>
        <translation>Plan iniciado en el nivel 1. Cada sesión empieza con un breve control de seguridad.</translation>
    </message>
    <message>
        <source>%1 · level %2 of %3: %4</source>
        <translation>%1 · nivel %2 de %3: %4</translation>
    </message>
    <message>
        <source>The plan is paused and takes no sessions. When a clinician has seen you and cleared you to carry on, resume it: it goes on at the level you were at.</source>
        <translation>El plan está en pausa y no admite sesiones. Cuando un profesional sanitario te haya visto y te haya dado el visto bueno, reanúdalo: seguirá en el nivel en el que estabas.</translation>
    </message>
    <message>
        <source>I have been seen and cleared: resume the plan</source>
        <translation>Me han visto y tengo el visto bueno: reanudar el plan</translation>
    </message>
    <message>
        <source>The plan goes on at the same level.</source>
        <translation>El plan sigue en el mismo nivel.</translation>
    </message>
    <message>
        <source>The morning after</source>
        <translation>La mañana siguiente</translation>
    </message>
    <message>
        <source>Tomorrow morning, come back and say how the calf feels compared with before today&apos;s session: that decides the next level.</source>
        <translation>Mañana por la mañana, vuelve y di cómo notas la pantorrilla comparada con antes de la sesión de hoy: eso decide el siguiente nivel.</translation>
    </message>
    <message>
        <source>How does the calf feel this morning, compared with before the session of %1?</source>
        <translation>¿Cómo notas la pantorrilla esta mañana, comparada con antes de la sesión del %1?</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Mejor</translation>
    </message>
    <message>
        <source>The &amp;same</source>
        <translation>&amp;Igual</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Peor</translation>
    </message>
    <message>
        <source>Noted. The next session is easier.</source>
        <translation>Anotado. La siguiente sesión es más fácil.</translation>
    </message>
    <message>
        <source>Noted. The next session follows the pain rules.</source>
        <translation>Anotado. La siguiente sesión sigue las reglas del dolor.</translation>
    </message>
    <message>
        <source>Before today&apos;s session</source>
        <translation>Antes de la sesión de hoy</translation>
    </message>
    <message>
        <source>Pause the plan and get help</source>
        <translation>Pausar el plan y buscar ayuda</translation>
    </message>
    <message>
        <source>The plan is paused.</source>
        <translation>El plan está en pausa.</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>La sesión de hoy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose:&lt;/b&gt; %1. &lt;b&gt;Rest:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Dosis:&lt;/b&gt; %1. &lt;b&gt;Descanso:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>Log this session</source>
        <translation>Registrar esta sesión</translation>
    </message>
    <message>
        <source>&amp;Pain during the session:</source>
        <translation>&amp;Dolor durante la sesión:</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Dolor durante la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>&amp;Minutes (optional):</source>
        <translation>&amp;Minutos (opcional):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Logged. That was too much: the next session is one level easier.</source>
        <translation>Registrado. Ha sido demasiado: la siguiente sesión es un nivel más fácil.</translation>
    </message>
    <message>
        <source>Logged. Tomorrow morning, say how the calf feels compared with before this session.</source>
        <translation>Registrado. Mañana por la mañana, di cómo notas la pantorrilla comparada con antes de esta sesión.</translation>
    </message>
    <message>
        <source>Ready for %1</source>
        <translation>Listo para %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (ahora: %2)</translation>
    </message>
    <message>
        <source>Measure now</source>
        <translation>Medir ahora</translation>
    </message>
    <message>
        <source>While you build up your running</source>
        <translation>Mientras vuelves a progresar corriendo</translation>
    </message>
    <message>
        <source>Stop the plan…</source>
        <translation>Detener el plan…</translation>
    </message>
    <message>
        <source>End this plan; its log stays in your history</source>
        <translation>Terminar este plan; su registro se queda en tu historial</translation>
    </message>
    <message>
        <source>Stop the plan?</source>
        <translation>¿Detener el plan?</translation>
    </message>
    <message>
        <source>The plan ends here. Its log stays in your history, and you can start a new plan at any time.</source>
        <translation>El plan termina aquí. Su registro se queda en tu historial y puedes empezar un plan nuevo cuando quieras.</translation>
    </message>
    <message>
        <source>The plan is stopped. Its log stays in your history.</source>
        <translation>El plan está detenido. Su registro se queda en tu historial.</translation>
    </message>
    <message>
        <source>Still needed for the next phase, %1</source>
        <translation>Lo que aún falta para la siguiente fase, %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Resume the plan?</source>
        <translation>¿Reanudar el plan?</translation>
    </message>
    <message>
        <source>Resume only if you have had emergency care for this and a clinician has told you that you can exercise the leg again.</source>
        <translation>Reanúdalo solo si te han atendido de urgencia por esto y un profesional sanitario te ha dicho que puedes volver a ejercitar la pierna.</translation>
    </message>
    <message>
        <source>Resume only if a clinician has seen the leg since the warning sign and told you that you can carry on.</source>
        <translation>Reanúdalo solo si, desde la señal de alarma, un profesional sanitario ha visto la pierna y te ha dicho que puedes seguir.</translation>
    </message>
    <message>
        <source>I have been cleared: resume</source>
        <translation>Tengo el visto bueno: reanudar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>How does the calf feel this morning, compared with before yesterday&apos;s session?</source>
        <translation>¿Cómo notas la pantorrilla esta mañana, comparada con antes de la sesión de ayer?</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nada de esto</translation>
    </message>
    <message>
        <source>None of these signs: show today&apos;s session</source>
        <translation>Ninguna de estas señales: mostrar la sesión de hoy</translation>
    </message>
    <message>
        <source>Not set yet: move the slider</source>
        <translation>Aún sin indicar: mueve el control</translation>
    </message>
    <message>
        <source>Set the pain first</source>
        <translation>Indica primero el dolor</translation>
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
        <translation>Metrónomo</translation>
    </message>
    <message>
        <source>Starting in %1</source>
        <translation>Empieza en %1</translation>
    </message>
    <message>
        <source>Up: raise %1</source>
        <translation>Arriba: elevación %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>ARRIBA</translation>
    </message>
    <message>
        <source>down</source>
        <translation>abajo</translation>
    </message>
    <message>
        <source>1 raise</source>
        <translation>1 elevación</translation>
    </message>
    <message>
        <source>%1 raises</source>
        <translation>%1 elevaciones</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::QuizPage</name>
    <message>
        <source>Find it on the diagram</source>
        <translation>Encuéntralo en el diagrama</translation>
    </message>
    <message>
        <source>Attachments and actions</source>
        <translation>Orígenes, inserciones y acciones</translation>
    </message>
    <message>
        <source>Which test, which muscle</source>
        <translation>Qué prueba, qué músculo</translation>
    </message>
    <message>
        <source>Kind of quiz</source>
        <translation>Tipo de cuestionario</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Número de preguntas</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>Quiz number</source>
        <translation>Número de cuestionario</translation>
    </message>
    <message>
        <source>The same quiz number gives the same questions in the same order</source>
        <translation>El mismo número de cuestionario da las mismas preguntas en el mismo orden</translation>
    </message>
    <message>
        <source>Quiz &amp;number:</source>
        <translation>&amp;Número de cuestionario:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start a new quiz (Ctrl+Return)</source>
        <translation>Empezar un cuestionario nuevo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>Medial</source>
        <translation>Medial</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continuar (Intro)</translation>
    </message>
    <message>
        <source>Try the missed questions again</source>
        <translation>Repetir las preguntas falladas</translation>
    </message>
    <message>
        <source>Another quiz</source>
        <translation>Otro cuestionario</translation>
    </message>
    <message>
        <source>A new quiz with the next quiz number</source>
        <translation>Un cuestionario nuevo con el siguiente número de cuestionario</translation>
    </message>
    <message>
        <source>Up to %1 different questions</source>
        <translation>Hasta %1 preguntas distintas</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Puntuación: %1 de %2</translation>
    </message>
    <message>
        <source>See your score</source>
        <translation>Ver tu puntuación</translation>
    </message>
    <message>
        <source>Right: that is the %1.</source>
        <translation>Correcto: es «%1».</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite: the right answer is the one marked ✓.</source>
        <translation>No exactamente: la respuesta correcta es la marcada con ✓.</translation>
    </message>
    <message>
        <source>You scored %1 of %2</source>
        <translation>Has acertado %1 de %2</translation>
    </message>
    <message>
        <source>Every answer right. Try another quiz, or a different kind.</source>
        <translation>Todas las respuestas son correctas. Prueba otro cuestionario u otro tipo de cuestionario.</translation>
    </message>
    <message>
        <source>Worth another look: %1. Click a name to open it in the atlas.</source>
        <translation>Conviene repasar: %1. Haz clic en un nombre para abrirlo en el atlas.</translation>
    </message>
    <message numerus="yes">
        <source>Try the %n you missed again</source>
        <translation>
            <numerusform>Repetir %n pregunta fallada</numerusform>
            <numerusform>Repetir %n preguntas falladas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Test yourself&lt;/h2&gt;&lt;p&gt;Pick a quiz and press &lt;b&gt;Start&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Find it on the diagram:&lt;/b&gt; click the structure asked for; the labels are hidden.&lt;br&gt;&lt;b&gt;Attachments and actions:&lt;/b&gt; where each muscle starts and ends, what it does and which joints it crosses.&lt;br&gt;&lt;b&gt;Which test, which muscle:&lt;/b&gt; what the bench test and the wall test tell apart.&lt;br&gt;&lt;b&gt;Links between structures:&lt;/b&gt; which nerve, artery, bone and joint goes with which muscle, asked both ways round, to choose or to find on the diagram.&lt;/p&gt;&lt;p&gt;The same quiz number always gives the same questions, so a class can take the same quiz.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ponte a prueba&lt;/h2&gt;&lt;p&gt;Elige un cuestionario y pulsa &lt;b&gt;Empezar&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encuéntralo en el diagrama:&lt;/b&gt; haz clic en la estructura que se pide; las etiquetas están ocultas.&lt;br&gt;&lt;b&gt;Orígenes, inserciones y acciones:&lt;/b&gt; dónde empieza y dónde termina cada músculo, qué hace y qué articulaciones cruza.&lt;br&gt;&lt;b&gt;Qué prueba, qué músculo:&lt;/b&gt; qué distinguen la prueba del banco y la prueba de la pared.&lt;br&gt;&lt;b&gt;Relaciones entre estructuras:&lt;/b&gt; qué nervio, arteria, hueso y articulación corresponde a cada músculo, preguntado en los dos sentidos, para elegir o para encontrar en el diagrama.&lt;/p&gt;&lt;p&gt;El mismo número de cuestionario da siempre las mismas preguntas, así que toda una clase puede hacer el mismo cuestionario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Links between structures</source>
        <translation>Relaciones entre estructuras</translation>
    </message>
    <message>
        <source>Right: the %1 fits.</source>
        <translation>Correcto: «%1» encaja.</translation>
    </message>
    <message>
        <source>Not quite: you clicked the %1 (marked ✗). One that fits, highlighted now: the %2.</source>
        <translation>No exactamente: has hecho clic en «%1» (marcado con ✗). Una respuesta que encaja, ahora resaltada: «%2».</translation>
    </message>
    <message>
        <source>Not quite: you clicked the %1 (marked ✗). Highlighted now: the %2.</source>
        <translation>No exactamente: has hecho clic en «%1» (marcado con ✗). Ahora se resalta «%2».</translation>
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
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>How near each muscle is to its longest, against the knee angle</source>
        <translation>Qué tan cerca está cada músculo de su máxima longitud, según el ángulo de la rodilla</translation>
    </message>
    <message>
        <source>0 % is the shortest and 100 % the longest each muscle gets in the model, over knee 0–120° and ankle −30° to +30°. The lines follow the knee at the current ankle angle.</source>
        <translation>0 % es la longitud mínima y 100 % la máxima que alcanza cada músculo en el modelo, con la rodilla entre 0 y 120° y el tobillo entre −30° y +30°. Las líneas siguen la rodilla con el ángulo actual del tobillo.</translation>
    </message>
    <message>
        <source>%1: %2 of the way to its longest. %3: %4.</source>
        <translation>%1: %2 del camino a su máxima longitud. %3: %4.</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Knee bent</source>
        <translation>Rodilla doblada</translation>
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
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Heel-&amp;raise test</source>
        <translation>Prueba de elevación de &amp;talón</translation>
    </message>
    <message>
        <source>&amp;Knee-to-wall</source>
        <translation>&amp;Rodilla a la pared</translation>
    </message>
    <message>
        <source>The way back to running, one session at a time, and the measurements that open each big step: how strong each leg is, whether one lags, and whether a change since last time is real or within measurement error.</source>
        <translation>El camino de vuelta a correr, sesión a sesión, y las mediciones que abren cada gran paso: qué fuerza tiene cada pierna, si una se queda atrás y si un cambio desde la última vez es real o está dentro del error de medida.</translation>
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
        <translation>Libro de texto</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>Artículo de investigación</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>Capítulo de libro</translation>
    </message>
    <message>
        <source>Health guidance</source>
        <translation>Recomendaciones de salud</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>&lt;h2&gt;References&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Every fact in CalfAtlas comes from one of these sources. A source link next to a fact brings you here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Referencias&lt;/h2&gt;&lt;p style=&quot;color:%1&quot;&gt;Cada dato de CalfAtlas procede de una de estas fuentes. El enlace a la fuente que acompaña a cada dato te trae aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ontology</source>
        <translation>Ontología</translation>
    </message>
    <message>
        <source>Anatomical terminology</source>
        <translation>Terminología anatómica</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::ResultPage</name>
    <message>
        <source>Please see a clinician instead</source>
        <translation>Mejor consulta a un profesional de la salud</translation>
    </message>
    <message>
        <source>What you told us can be a sign of something a stretch test must not be used on.</source>
        <translation>Lo que nos has dicho puede ser señal de algo en lo que no se debe usar una prueba de estiramiento.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>What the two tests suggest, why, and what you can do about it.</source>
        <translation>Lo que sugieren las dos pruebas, por qué y qué puedes hacer al respecto.</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Guardar en el historial</translation>
    </message>
    <message>
        <source>Keep this result on this computer to compare it later</source>
        <translation>Guardar este resultado en este equipo para compararlo más adelante</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the result to the clipboard, to paste it into a message or a note</source>
        <translation>Copiar el resultado al portapapeles para pegarlo en un mensaje o una nota</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Abrir en el historial</translation>
    </message>
    <message>
        <source>See the saved result in History, beside your earlier ones</source>
        <translation>Ver el resultado guardado en el historial, junto a los anteriores</translation>
    </message>
    <message>
        <source>This needs help now</source>
        <translation>Esto necesita ayuda ya</translation>
    </message>
    <message>
        <source>What you told us can be a medical emergency.</source>
        <translation>Lo que nos has contado puede ser una urgencia médica.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SafetyPage</name>
    <message>
        <source>Safety first</source>
        <translation>Primero, la seguridad</translation>
    </message>
    <message>
        <source>Answer each question for the sore leg. If any answer is yes, the stretch tests are not for you today, and the next page says what to do instead.</source>
        <translation>Responde a cada pregunta pensando en la pierna dolorida. Si alguna respuesta es sí, las pruebas de estiramiento no son para ti hoy, y la página siguiente te dice qué hacer en su lugar.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Por qué lo preguntamos: %1</translation>
    </message>
    <message>
        <source>Keys: Tab goes from question to question; in a question, Y answers yes and N answers no (or use the arrow keys).</source>
        <translation>Teclas: Tab pasa de una pregunta a otra; en una pregunta, S responde sí y N responde no (o usa las flechas).</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>First: is this an emergency?</source>
        <translation>Primero: ¿es una emergencia?</translation>
    </message>
    <message>
        <source>If any answer is yes, stop here: the next page says whom to call.</source>
        <translation>Si alguna respuesta es sí, detente aquí: la página siguiente te dice a quién llamar.</translation>
    </message>
    <message>
        <source>Show me where</source>
        <translation>Muéstrame dónde</translation>
    </message>
    <message>
        <source>Open the deep veins of the calf in the atlas: where clots form and why</source>
        <translation>Abre las venas profundas de la pantorrilla en el atlas: dónde se forman los coágulos y por qué</translation>
    </message>
    <message>
        <source>Show me where clots form in the calf</source>
        <translation>Muéstrame dónde se forman coágulos en la pantorrilla</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SelfTestWizard</name>
    <message>
        <source>Discard answers</source>
        <translation>Descartar respuestas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation>¿Descartar tus respuestas?</translation>
    </message>
    <message>
        <source>Your answers to the self-test will be cleared and it starts again from the beginning.</source>
        <translation>Se borrarán tus respuestas a la autoevaluación y esta volverá a empezar desde el principio.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Save this result?</source>
        <translation>¿Guardar este resultado?</translation>
    </message>
    <message>
        <source>Save this result to your history?</source>
        <translation>¿Guardar este resultado en tu historial?</translation>
    </message>
    <message>
        <source>Saved results can be compared later in History. A result you do not save is gone once you start again.</source>
        <translation>Los resultados guardados se pueden comparar más tarde en el historial. Un resultado que no guardes se pierde al empezar de nuevo.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::SessionTimer</name>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>Counts each stretch down; stop it at any time</source>
        <translation>Cuenta atrás cada tramo; puedes pararlo en cualquier momento</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Mantener %1 de %2</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Run, round %1 of %2</source>
        <translation>Correr, ronda %1 de %2</translation>
    </message>
    <message>
        <source>Walk, round %1 of %2</source>
        <translation>Caminar, ronda %1 de %2</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Parar el temporizador</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StretchBars</name>
    <message>
        <source>Muscle lengths</source>
        <translation>Longitudes musculares</translation>
    </message>
    <message>
        <source>%1: %2 % of shank (%3 mm), %4</source>
        <translation>%1: %2 % de la pierna (%3 mm), %4</translation>
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
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Slack: blue with a dashed outline, more than 2 % of shank length shorter than standing. Near resting: red, within 2 %. Stretched: orange with hatching, more than 2 % longer.</source>
        <translation>Destensado: azul con contorno discontinuo, más corto que de pie en más de un 2 % de la longitud de la pierna. Casi en reposo: rojo, dentro de un 2 %. Estirado: naranja con rayado, más largo en más de un 2 %.</translation>
    </message>
    <message>
        <source>Lengths are changes from upright standing, in percent of shank length (knee to ankle).</source>
        <translation>Las longitudes son cambios respecto a la posición de pie, en porcentaje de la longitud de la pierna (de la rodilla al tobillo).</translation>
    </message>
    <message>
        <source>more than 2 % shorter than standing</source>
        <translation>más de un 2 % más corto que de pie</translation>
    </message>
    <message>
        <source>within 2 % of its standing length</source>
        <translation>dentro de un 2 % de su longitud de pie</translation>
    </message>
    <message>
        <source>more than 2 % longer than standing</source>
        <translation>más de un 2 % más largo que de pie</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StudyPage</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>I did not know it</source>
        <translation>No lo sabía</translation>
    </message>
    <message>
        <source>I knew it, with effort</source>
        <translation>Lo sabía, con esfuerzo</translation>
    </message>
    <message>
        <source>I knew it</source>
        <translation>Lo sabía</translation>
    </message>
    <message>
        <source>I knew it at once</source>
        <translation>Lo sabía enseguida</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 tarjetas</translation>
    </message>
    <message>
        <source>back in 1 day</source>
        <translation>de nuevo en 1 día</translation>
    </message>
    <message>
        <source>back in %1 days</source>
        <translation>de nuevo en %1 días</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Tarjetas nuevas al día</translation>
    </message>
    <message>
        <source>How many cards you have not studied yet join each day&apos;s study</source>
        <translation>Cuántas tarjetas que aún no has estudiado se suman cada día</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>Tarjetas &amp;nuevas al día:</translation>
    </message>
    <message>
        <source>Study: cards that come back</source>
        <translation>Estudio: tarjetas que vuelven</translation>
    </message>
    <message>
        <source>Each card is a question from the quizzes. Answer it, then say how well you knew it: Again, Hard, Good or Easy (keys 1 to 4). CalfAtlas brings each card back just before you would forget it, with the FSRS-6 scheduler, so that a few minutes a day keep what you have learnt.</source>
        <translation>Cada tarjeta es una pregunta de los cuestionarios. Respóndela y luego di lo bien que la sabías: Otra vez, Difícil, Bien o Fácil (teclas 1 a 4). CalfAtlas te devuelve cada tarjeta justo antes de que la olvides, con el planificador FSRS-6, para que unos minutos al día mantengan lo que has aprendido.</translation>
    </message>
    <message>
        <source>Start today&apos;s cards</source>
        <translation>Empezar las tarjetas de hoy</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>Medial</source>
        <translation>Medial</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Back to today&apos;s study</source>
        <translation>Volver al estudio de hoy</translation>
    </message>
    <message>
        <source>Today: %1 to review, %2 new</source>
        <translation>Hoy: %1 para repasar, %2 nuevas</translation>
    </message>
    <message>
        <source>Nothing left to study today. Next: %1 on %2.</source>
        <translation>No queda nada por estudiar hoy. Próximo: %1 el %2.</translation>
    </message>
    <message>
        <source>Nothing left to study today.</source>
        <translation>No queda nada por estudiar hoy.</translation>
    </message>
    <message>
        <source>To study today: %1.</source>
        <translation>Para estudiar hoy: %1.</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Tarjeta %1 de %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>review</source>
        <translation>repaso</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite: the right answer is marked.</source>
        <translation>No exactamente: la respuesta correcta está marcada.</translation>
    </message>
    <message>
        <source>How well did you know it?</source>
        <translation>¿Qué tal lo sabías?</translation>
    </message>
    <message>
        <source>You studied %1 and answered %2 right.</source>
        <translation>Has estudiado %1 y has acertado %2.</translation>
    </message>
    <message>
        <source>Next: %1 on %2.</source>
        <translation>Próximo: %1 el %2.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::StudyToday</name>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Study now</source>
        <translation>Estudiar ahora</translation>
    </message>
    <message>
        <source>Nothing to study today: every card is learnt for now.</source>
        <translation>Hoy no hay nada que estudiar: por ahora te sabes todas las tarjetas.</translation>
    </message>
    <message>
        <source>1 card to study today</source>
        <translation>1 tarjeta para estudiar hoy</translation>
    </message>
    <message>
        <source>%1 cards to study today</source>
        <translation>%1 tarjetas para estudiar hoy</translation>
    </message>
    <message>
        <source>%1 to review, %2 new</source>
        <translation>%1 para repasar, %2 nuevas</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TestPage</name>
    <message>
        <source>Drawing of the position for %1</source>
        <translation>Dibujo de la posición: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%1: what did you feel in the calf?</source>
        <translation>%1: ¿qué has notado en la pantorrilla?</translation>
    </message>
    <message>
        <source>What did you feel in the calf?</source>
        <translation>¿Qué has notado en la pantorrilla?</translation>
    </message>
    <message>
        <source>Your pain started suddenly: go gently, and stop at the first pull.</source>
        <translation>Tu dolor empezó de repente: ve con cuidado y para al primer tirón.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TodayPanel</name>
    <message>
        <source>%1 raises</source>
        <translation>%1 elevaciones</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to running: %1, level %2 of %3</source>
        <translation>Volver a correr: %1, nivel %2 de %3</translation>
    </message>
    <message>
        <source>How does the calf feel compared with before the session of %1?</source>
        <translation>¿Cómo notas la pantorrilla comparada con antes de la sesión del %1?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Next session: %1 (%2).</source>
        <translation>Próxima sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>Last session: %1.</source>
        <translation>Última sesión: %1.</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>Abrir el plan</translation>
    </message>
    <message>
        <source>Open today&apos;s session</source>
        <translation>Abrir la sesión de hoy</translation>
    </message>
    <message>
        <source>Last self-test</source>
        <translation>Última autoprueba</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Abrir en el historial</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Repetirla</translation>
    </message>
    <message>
        <source>Last measurements</source>
        <translation>Últimas mediciones</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Prueba de elevación de talón</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Rodilla a la pared</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>izquierda %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>derecha %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <source>Before the next phase: %1.</source>
        <translation>Antes de la siguiente fase: %1.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::TourPage</name>
    <message>
        <source>Tour progress</source>
        <translation>Progreso de la visita</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>Qué muestra este paso</translation>
    </message>
    <message>
        <source>Open in the atlas</source>
        <translation>Abrir en el atlas</translation>
    </message>
    <message>
        <source>Show this structure in the Explore area, with all its facts</source>
        <translation>Mostrar esta estructura en la sección Explorar, con todos sus datos</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>El paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>El paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Back to the first step</source>
        <translation>Volver al primer paso</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::WelcomePage</name>
    <message>
        <source>CalfAtlas logo</source>
        <translation>Logotipo de CalfAtlas</translation>
    </message>
    <message>
        <source>CalfAtlas</source>
        <translation>CalfAtlas</translation>
    </message>
    <message>
        <source>Learn the calf, and find out which calf muscle is sore.</source>
        <translation>Aprende sobre la pantorrilla y descubre qué músculo de la pantorrilla te duele.</translation>
    </message>
    <message>
        <source>What most people call “the calf” are the two heads of the gastrocnemius. Beneath them, out of sight, lies the soleus, which keeps you from falling forward when you stand and carries much of the load when you run. Only the gastrocnemius crosses the knee, and that one difference explains how the two muscles work and how to tell them apart.</source>
        <translation>Lo que la mayoría de la gente llama «la pantorrilla» (o «los gemelos») son las dos cabezas del gastrocnemio. Debajo de ellas, fuera de la vista, está el sóleo, que evita que caigas hacia delante cuando estás de pie y soporta gran parte de la carga cuando corres. Solo el gastrocnemio cruza la rodilla, y esa única diferencia explica cómo funcionan los dos músculos y cómo distinguirlos.</translation>
    </message>
    <message>
        <source>For students: explore the lower leg</source>
        <translation>Para estudiantes: explora la pierna</translation>
    </message>
    <message>
        <source>Hover over and click each structure of the calf, peel the gastrocnemius away to find the soleus beneath it, and read where each muscle starts and ends, which nerve supplies it and what its fibres are made of — every fact with its source.</source>
        <translation>Pasa el puntero por encima de cada estructura de la pantorrilla y haz clic en ella, retira el gastrocnemio para encontrar el sóleo que hay debajo y lee dónde empieza y dónde termina cada músculo, qué nervio lo inerva y qué tipos de fibra tiene, cada dato con su fuente.</translation>
    </message>
    <message>
        <source>For runners: a calf self-test</source>
        <translation>Para corredores: una autoevaluación de la pantorrilla</translation>
    </message>
    <message>
        <source>Two simple stretches tell the soleus from the gastrocnemius: the bent-knee bench test and the straight-knee wall test. The self-test asks about warning signs first, and tells you when to see a clinician instead.</source>
        <translation>Dos estiramientos sencillos distinguen el sóleo del gastrocnemio: la prueba del banco con la rodilla flexionada y la prueba de la pared con la rodilla extendida. La autoevaluación pregunta primero por señales de alarma y te indica cuándo debes consultar en su lugar a un profesional de la salud.</translation>
    </message>
    <message>
        <source>CalfAtlas is for learning. Its self-test is not a diagnosis and does not replace an examination by a clinician. Nothing you enter leaves this computer.</source>
        <translation>CalfAtlas es una herramienta de aprendizaje. Su autoevaluación no es un diagnóstico y no sustituye la exploración por un profesional de la salud. Nada de lo que escribes sale de este equipo.</translation>
    </message>
</context>
<context>
    <name>calfatlas::app::WherePage</name>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde duele?</translation>
    </message>
    <message>
        <source>Choose the place that hurts most. The two tests can only tell the calf muscles apart; for pain anywhere else, the result says what usually hurts there instead.</source>
        <translation>Elige el lugar que más duele. Las dos pruebas solo pueden distinguir los músculos de la pantorrilla; si duele en otro sitio, el resultado te dice qué suele doler ahí.</translation>
    </message>
    <message>
        <source>Keys: Tab goes to the list, and the arrow keys choose a place. On the drawing, the arrow keys move from place to place and Space chooses.</source>
        <translation>Teclas: Tab lleva a la lista y las flechas eligen un lugar. En el dibujo, las flechas pasan de un lugar a otro y la barra espaciadora elige.</translation>
    </message>
    <message>
        <source>I can&apos;t say</source>
        <translation>No sé decirlo</translation>
    </message>
    <message>
        <source>No one place, or you are not sure.</source>
        <translation>Ningún lugar concreto, o no estás seguro.</translation>
    </message>
    <message>
        <source>%1: where does it hurt most?</source>
        <translation>%1: ¿dónde duele más?</translation>
    </message>
    <message>
        <source>Where does it hurt most?</source>
        <translation>¿Dónde duele más?</translation>
    </message>
    <message>
        <source>Point to a place</source>
        <translation>Señala un lugar</translation>
    </message>
</context>
</TS>
