"""Genre ``telegram``: channel and governor posts: emoji, hashtags, capitals, line breaks."""

from .common import A, D, E, I, M, S, X, ev, it, tr

ITEMS = [
    it("2024-07-08",
       "⚡️Explosions in #Odesa! Air defence working, stay in shelters",
       [ev("odesa", X, "RU")]),
    it("2024-05-25",
       "❗️Kharkiv: the enemy struck the Kyivskyi district with a KAB. Information about casualties is being "
       "clarified.\n— Syniehubov",
       [ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2024-10-02",
       "Belgorod district. In the village of Stroitel a drone dropped an explosive device on a car. The driver "
       "was wounded - shrapnel wounds to the legs. He is being taken to the city hospital 🙏",
       [ev("stroitel", D, "UA", inj=1)]),
    it("2024-05-15",
       "BREAKING: massive explosions in Sevastopol, smoke over the bay. Razvozhayev says air defence is "
       "repelling an attack. #Crimea",
       [ev("sevastopol", X, "UA")],
       [tr("crimea", "hashtag naming the region")]),
    it("2025-01-18",
       "Klitschko: Explosions in Kyiv. Air defence is working. Stay in shelters!\n"
       "Debris fell in the Solomianskyi district, no fire. Medics are on the way.",
       [ev("kyiv", I, "RU")]),
    it("2024-03-02",
       "🔴 Kursk: a UAV was shot down over the city, debris damaged a nine-storey building on Sumskaya "
       "street.\nGovernor: no casualties.",
       [ev("kursk", I, "UA", w="drone", I=1, k=0, inj=0)]),
    it("2024-11-10",
       "‼️ #Zaporizhzhia under attack\nShaheds over the city. Several explosions",
       [ev("zap", D, "RU", ws="Shahed/Geran")]),
    it("2025-02-12",
       "Shaheds moving towards #Kyiv from the Chernihiv region ⚠️ Be careful",
       [],
       [tr("kyiv", "drones heading there; no strike reported"),
        tr("o_chn", "drones passing through; no strike reported", pt="Chernihiv region")]),
    it("2024-12-13",
       "Air raid alert in Kyiv and 11 regions. Ballistic threat from the north!",
       [],
       [tr("kyiv", "alert only")]),
    it("2023-08-10",
       "Bryansk region. Klimovo: the AFU shelled the village with Grad MLRS. One house destroyed, no casualties.\n"
       "Bogomaz",
       [ev("klimovo", S, "UA", ws="Grad", k=0, inj=0)],
       [tr("r_bry", "region heading", pt="Bryansk region")]),
    it("2023-04-10",
       "Nikolaev ☠️ Two killed, 4 injured after a missile hit a warehouse in the south of the city. - Kim",
       [ev("mykolaiv", M, "RU", k=2, inj=4)]),
    it("2024-08-15",
       "⚡️⚡️ NIKOPOL: ENEMY SHELLING SINCE MORNING. 3 WOUNDED. MARHANETS ALSO UNDER FIRE. — Lysak",
       [ev("nikopol", S, "RU", inj=3), ev("marhanets", S, "RU")]),
    it("2024-09-22",
       "Good morning. Night in the region:\n"
       "- the enemy attacked Kryvyi Rih with a missile - an enterprise is damaged;\n"
       "- Nikopol district was shelled with heavy artillery 4 times;\n"
       "- Pavlohrad district - drones.\n"
       "No people were hurt. Lysak",
       [ev("kryvyi", M, "RU", k=0, inj=0), ev("nikopol", S, "RU", k=0, inj=0),
        ev("pavlohrad", D, "RU", k=0, inj=0)]),
    it("2023-08-16",
       "Kiper: overnight the enemy attacked the port infrastructure of the Izmail district with attack drones. "
       "Grain warehouses are damaged, a truck driver was injured.",
       [ev("izmail", D, "RU", inj=1)]),
    it("2024-05-12",
       "Explosions in Belgorod. Sirens. Stay in shelters!",
       [ev("belgorod", X, "UA")]),
    it("2024-02-11",
       "Prokudin: on Saturday the russian army shelled 26 settlements of the Kherson region, including Kherson "
       "itself. 1 person killed, 7 injured.",
       [ev("o_khe", S, "RU", -1, k=1, inj=7), ev("kherson", S, "RU", -1)]),
    it("2024-01-21",
       "🇷🇺 #Tuapse: drone attack on the refinery, fire on the territory, about 200 sq m. No casualties.\n"
       "— Krasnodar operational HQ",
       [ev("tuapse", D, "UA", k=0, inj=0)],
       [tr("krasnodar", "name of the reporting headquarters")]),
    it("2024-06-24",
       "Sunday in the Sumy region: 92 explosions recorded 💥\n"
       "Shelling of Esman, Bilopillia, Krasnopillia and Velyka Pysarivka communities; a KAB dropped on "
       "Yunakivka. russian mortars and FPV drones.",
       [ev("esman", S, "RU", -1), ev("bilopillia", S, "RU", -1), ev("krasnopillia", S, "RU", -1),
        ev("velpysarivka", S, "RU", -1), ev("yunakivka", A, "RU", -1, w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2022-12-26",
       "BREAKING: Explosions reported near Engels air base in Saratov region, residents say. Governor: "
       "'A drone attack on Engels was repelled.'",
       [ev("engels_ab", I, "UA", w="drone")]),
    it("2024-07-31",
       "#Kyiv region, Vyshhorod district: drone debris damaged private houses in 2 villages; a woman, 64, "
       "hospitalised. — regional military administration",
       [ev("vyshhorod", I, "RU", w="drone", inj=1)]),
    it("2025-06-24",
       "🚨⚠️ Ballistic missile attack on Dnipro. Explosions in the city. Details later",
       [ev("dnipro", M, "RU")]),
    it("2023-04-14",
       "Kharkiv. 03:15. A series of explosions in the city. Terekhov: strikes on the Industrialnyi district, a "
       "fire at an enterprise. No info about victims yet.",
       [ev("kharkiv", X, "RU")]),
    it("2024-04-19",
       "Shebekino urban district: as a result of AFU shelling a man was wounded in one of the villages. In "
       "Shebekino itself three private houses are damaged.",
       [ev("shebekino", S, "UA", inj=1)]),
    it("2022-10-30",
       "⚡️ Melitopol: loud explosions near the airfield, partisans report. russian air defence working.",
       [ev("melitopol", X, "UA")]),
    it("2024-02-17",
       "❗Donetsk: the AFU shelled the Kuibyshevskyi district with 155mm artillery, 2 civilians killed — the "
       "city's Russian-installed mayor",
       [ev("donetsk", S, "UA", k=2)]),
    it("2023-09-19",
       "Zaporizhzhia ⚡ Fedorov: 16 strikes on the region on Monday; Orikhiv, Huliaipole and Mala Tokmachka "
       "under fire. Zaporizhzhia city was quiet.",
       [ev("orikhiv", S, "RU", -1), ev("huliaipole", S, "RU", -1), ev("malatokm", S, "RU", -1)],
       [tr("zap", "explicitly quiet")]),
    it("2024-03-26",
       "🔥Novorossiysk: naval drone attack on the port, explosions heard. The mayor declared an emergency "
       "regime.",
       [ev("novorossiysk", D, "UA")]),
    it("2025-04-17",
       "Lviv, 05:40 - Sadovyi: explosions in the city. A missile hit critical infrastructure. No electricity in "
       "parts of the city.",
       [ev("lviv", M, "RU")]),
    it("2024-12-30",
       "No Shaheds over Odesa tonight 🙏 Good night everyone",
       [],
       [tr("odesa", "explicitly no attack")]),
    it("2023-06-09",
       "💥 Chernihiv - missile strike on the city centre, near the drama theatre.\n"
       "⚠️ At least 5 killed, 60+ wounded. #Chernihiv",
       [ev("chernihiv", M, "RU", k=5, inj=60)]),
    it("2024-05-24",
       "Kramatorsk. Glide bomb on a residential area 😔 2 injured, 14 houses damaged",
       [ev("kramatorsk", A, "RU", w="glide bomb", inj=2)]),
    it("2025-01-09",
       "Gladkov: Grayvoron district - a drone attacked a car in Grayvoron, 2 men injured. In Borisovka a drone "
       "hit a private house, no one was hurt.",
       [ev("grayvoron", D, "UA", inj=2), ev("borisovka", D, "UA", k=0, inj=0)]),
    it("2024-04-03",
       "⚠️ Pokrovsk: russians dropped 2 aerial bombs on the centre. Rescuers are at the scene.\n#Donetsk_region",
       [ev("pokrovsk", A, "RU", L=2)]),
    it("2024-06-11",
       "Aksyonov: a UAV attack on the Dzhankoi district was repelled; rail traffic is temporarily suspended.",
       [ev("dzhankoi", I, "UA", w="drone")]),
    it("2025-05-05",
       "Golubev: a massive UAV attack on the Taganrog, Azov and Bataysk areas. A fire at an enterprise in "
       "Taganrog, 3 injured.",
       [ev("taganrog", D, "UA", inj=3), ev("azov", D, "UA"), ev("bataysk", D, "UA")]),
    it("2023-08-23",
       "Kupiansk district 🔴 Russian artillery hit Kivsharivka, a man, 58, killed. Kupiansk-Vuzlovyi is under "
       "KAB strikes. — Syniehubov",
       [ev("kivsharivka", S, "RU", k=1), ev("kupvuz", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2024-09-15",
       "Heavy explosions in Luhansk right now. Locals report smoke over the north of the city",
       [ev("luhansk", E, "UA")]),
    it("2024-11-28",
       "Alert over. All clear in Kharkiv oblast ✅",
       [],
       [tr("o_kha", "alert only, then all clear")]),
    it("2024-10-20",
       "Kim: today there were no attacks on the city, but the region was shelled: the Ochakiv community, 12 "
       "times. 1 injured. #Mykolaiv",
       [ev("ochakiv", S, "RU", inj=1)],
       [tr("mykolaiv", "explicitly no attack on the city")]),
    it("2023-11-12",
       "Pronin: Kremenchuk - an attack on an industrial enterprise. Fire. Information about victims is being "
       "clarified",
       [ev("kremenchuk", X, "RU")]),
    it("2025-03-18",
       "🔴 KHERSON: a russian drone dropped explosives on a bus stop in the Dniprovskyi district. 1 killed, 2 "
       "injured. Take care!",
       [ev("kherson", D, "RU", k=1, inj=2)]),
    it("2024-06-27",
       "🇮🇱 Sirens in #Tel Aviv and central Israel. A missile launched from Yemen was intercepted, the IDF says",
       [ev("telaviv", I, "YE", w="missile", I=1)],
       [tr("yemen", "launch site")]),
    it("2024-12-19",
       "Beirut: Israeli strike on the southern suburbs, a building collapsed — local media",
       [ev("beirut", A, "IL")]),
    it("2024-09-27",
       "⚡️Chernihiv region: a Shahed hit an energy facility in the Koriukivka district. Some consumers are "
       "without power.",
       [ev("koriukivka", D, "RU", ws="Shahed/Geran")]),
    it("2024-10-11",
       "Kursk region: evacuation of Korenevo district residents continues after shelling hit the centre of "
       "Korenevo; 1 dead. — acting governor",
       [ev("korenevo", S, "UA", k=1)]),
    it("2023-12-16",
       "Vinnytsia oblast 🟥 drone attack at night, a hit on an infrastructure facility in the Kalynivka "
       "community. The fire has been put out.",
       [ev("kalynivka", D, "RU")]),
    it("2025-07-14",
       "Uzhhorod: sirens, no explosions. Just an alert, folks 😌",
       [],
       [tr("uzhhorod", "alert only")]),
    it("2024-08-17",
       "Moscow. Sobyanin: 🛡 Air defence forces of the MoD repelled an attack by 3 drones flying to Moscow. "
       "Emergency services are working at the debris site.",
       [ev("moscow", I, "UA", w="drone", I=3)]),
    it("2022-11-17",
       "Rivne: two explosions, critical infrastructure hit. Power outages in the city — Koval",
       [ev("rivne", X, "RU")]),
    it("2025-05-26",
       "🔥🔥 Ryazan refinery on fire after a drone attack, videos show a big blaze. Regional gov: 'fragments of "
       "a downed UAV'.",
       [ev("ryazan", D, "UA")]),
    it("2024-01-29",
       "Ternopil! explosions, air defence in action. Stay in cover",
       [ev("ternopil", X, "RU")]),
    it("2025-06-09",
       "BREAKING: Israeli jets hit Sanaa, Houthi-run TV says. No casualty figures yet",
       [ev("sanaa", A, "IL")]),
    it("2024-05-19",
       "Sudzha: as a result of a drone attack on a petrol station, one person was injured. #Kursk_region",
       [ev("sudzha", D, "UA", inj=1)]),
    it("2023-10-30",
       "The enemy shelled Beryslav with artillery, 1 person injured.\nBeryslav district military "
       "administration",
       [ev("beryslav", S, "RU", inj=1)]),
    it("2022-08-20",
       "⚡️ Sevastopol: a drone was shot down over the Black Sea Fleet HQ, it fell on the roof. Minor damage, "
       "no casualties — Razvozhayev",
       [ev("sevastopol", I, "UA", w="drone", I=1, k=0, inj=0)]),
    it("2025-08-21",
       "Lviv region, Mukachevo... no, Zakarpattia! Missiles hit an American-owned factory in Mukachevo 🔥 "
       "15 injured, says the regional head.",
       [ev("mukachevo", M, "RU", inj=15)],
       [tr("o_lvi", "named by mistake and corrected", pt="Lviv region")]),
    # --- second batch (independent writer) ---
    it("2024-11-17",
       "⚡️⚡️ Odesa. Massive attack on the energy system. Explosions all over the city. Stay in shelters!\n— Kiper",
       [ev("odesa", X, "RU")]),
    it("2025-03-08",
       "❗️Dobropillia: overnight a ballistic missile hit the city centre, then drones struck the rescuers who "
       "arrived. 11 killed, 30+ injured.\n— Filashkin",
       [ev("dobropillia", M, "RU", k=11, inj=30)]),
    it("2024-06-12",
       "Grayvoron urban district. The AFU shelled Grayvoron: two men have shrapnel injuries. Three private "
       "houses damaged, a gas pipe broken. Emergency crews are on site.\nGladkov",
       [ev("grayvoron", S, "UA", inj=2)]),
    it("2024-09-03",
       "🚨 Air raid alert in the Kharkiv region. Threat of KAB use in the north of the region. Stay in shelters!",
       [],
       [tr("o_kha", "alert only")]),
    it("2024-08-19",
       "Lgov: a drone hit the roof of a dormitory, the fire has been put out. No one was hurt. #Kurskregion",
       [ev("lgov", D, "UA", k=0, inj=0)]),
    it("2025-01-24",
       "UPD: Zaporizhzhia. The number of injured after the morning strike has risen to 9, two of them "
       "children.\n— Fedorov",
       [ev("zap", X, "RU", inj=9)]),
    it("2024-02-10",
       "🔥 Mash: in Novoshakhtinsk a tank at the refinery is burning after a drone attack. Residents heard "
       "three explosions.",
       [ev("novoshakhtinsk", D, "UA")]),
    it("2024-12-20",
       "Shaheds from the Chernihiv direction heading for Kyiv. A group of 5 near Brovary, moving west ⚠️",
       [],
       [tr("chernihiv", "direction the drones come from"), tr("kyiv", "drones heading there; no strike"),
        tr("brovary", "drones passing by; no strike")]),
    it("2025-05-12",
       "‼️ KHERSON. A RUSSIAN DRONE DROPPED EXPLOSIVES ON A BUS IN THE DNIPROVSKYI DISTRICT. THE DRIVER IS "
       "WOUNDED. #Kherson #Ukraine",
       [ev("kherson", D, "RU", inj=1)],
       [tr("c_ua", "hashtag naming the country")]),
    it("2023-10-18",
       "Melitopol 💥 Loud bangs this evening near the airfield, residents report smoke. The occupation "
       "authorities are silent. #Melitopol",
       [ev("melitopol", E, "UA")]),
    it("2024-04-04",
       "Kharkiv. Terekhov: two hits in the Shevchenkivskyi district, preliminarily Shahed drones. 4 dead, "
       "three of them rescuers 🖤",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran", k=4)]),
    it("2024-07-31",
       "The AFU attacked the settlement of Suzemka with a kamikaze drone. A civilian was injured and taken to "
       "the central district hospital.\nA. Bogomaz",
       [ev("suzemka", D, "UA", inj=1)]),
    it("2025-02-14",
       "✅ All clear in the Kyiv region. Thanks to our air defence! The night passed without hits in the capital.",
       [],
       [tr("o_kyi", "all-clear only")]),
    it("2025-02-01",
       "Poltava 😢 A missile hit a residential building in the centre. 9 killed, including two children; 15 "
       "people rescued from the rubble. A day of mourning is declared.\nHead of the OVA",
       [ev("poltava", M, "RU", k=9)]),
    it("2024-05-19",
       "Baza: two Ukrainian drones attacked the refinery in Slavyansk-na-Kubani tonight. One was shot down, the "
       "second hit a unit. Fire on 200 sq m.",
       [ev("slavyansk", D, "UA", L=2, I=1)]),
    it("2023-09-13",
       "Sevastopol. Tonight the enemy attacked the shipyard with missiles. Air defence worked. 21 people "
       "injured, a fire at the plant. — Razvozhayev",
       [ev("sevastopol", M, "UA", inj=21)]),
    it("2024-10-30",
       "Night in the region:\n"
       "🔸 Nikopol — kamikaze drones and artillery, 1 injured;\n"
       "🔸 Marhanets community — shelling;\n"
       "🔸 Kryvyi Rih — air defence shot down 3 Shaheds.\n"
       "— Lysak",
       [ev("nikopol", D, "RU", inj=1), ev("marhanets", S, "RU"),
        ev("kryvyi", I, "RU", w="drone", ws="Shahed/Geran", I=3)]),
    it("2025-04-14",
       "SUMY. TWO BALLISTIC MISSILES ON THE CITY CENTRE IN THE MORNING. DOZENS OF DEAD AND WOUNDED. "
       "— Sumy OVA",
       [ev("sumy", M, "RU")]),
    it("2024-03-22",
       "⚠️ Drones reported moving towards Taganrog from the Sea of Azov. Residents are asked to stay away from "
       "windows.",
       [],
       [tr("taganrog", "drones moving towards it; no strike"), tr("azovsea", "route of the drones")]),
    it("2023-05-04",
       "Kherson 💔 Russian shelling hit a supermarket and the railway station. 12 dead, 22 wounded.\nProkudin",
       [ev("kherson", S, "RU", k=12, inj=22)]),
    it("2024-01-31",
       "⚡️ Belgorod: rocket danger. Explosions over the city, air defence is working. Debris fell on a private "
       "house, no casualties.\nGladkov",
       [ev("belgorod", I, "UA", k=0, inj=0)]),
    it("2025-06-01",
       "Donetsk: a Ukrainian drone hit a bus stop in the Kuibyshevskyi district. Two dead. #DPR",
       [ev("donetsk", D, "UA", k=2)]),
    it("2024-09-11",
       "❗️ Kyiv. Air defence destroyed 5 Shaheds over the capital. Debris fell in the Holosiivskyi and "
       "Solomianskyi districts, a car caught fire. No casualties. #Kyiv",
       [ev("kyiv", I, "RU", w="drone", ws="Shahed/Geran", I=5, k=0, inj=0)]),
    it("2024-12-05",
       "Over the past day the occupiers made 412 strikes on 9 settlements of the Zaporizhzhia region. "
       "Stepnohirsk and Malokaterynivka were shelled with artillery; a KAB hit Prymorske. Two people were "
       "injured in Stepnohirsk.\n— Fedorov",
       [ev("o_zap", X, "RU"), ev("stepnohirsk", S, "RU", inj=2), ev("malokat", S, "RU"),
        ev("prymorske_zap", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2025-07-20",
       "Tonight the enemy attacked Kurchatov with drones. Three UAVs were suppressed by EW, but one hit a "
       "substation; part of the city is without power. Khinshtein",
       [ev("kurchatov", D, "UA", I=3)]),
    it("2023-08-22",
       "Sobyanin: air defence shot down two drones flying towards the capital, one over Istra and one over "
       "Krasnogorsk. No casualties.",
       [ev("istra", I, "UA", w="drone", I=1, k=0, inj=0), ev("krasnogorsk", I, "UA", w="drone", I=1, k=0, inj=0)]),
    it("2024-10-05",
       "❗️Kharkiv region: KAB launches towards the Zolochiv community! Take cover.",
       [],
       [tr("zolochiv_kh", "KAB launch warning only"), tr("o_kha", "region heading of a warning")]),
    it("2025-03-15",
       "Mykolaiv oblast. During the day the Ochakiv community was shelled with artillery and attacked by FPV "
       "drones, a man was wounded. At night 4 Shaheds were downed over the region. 🇺🇦 Kim",
       [ev("ochakiv", S, "RU", inj=1), ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran", I=4)]),
    it("2024-06-23",
       "Sevastopol. ATACMS missiles with cluster warheads: 5 were shot down, fragments of one fell on a beach. "
       "3 killed, more than 120 injured. — Razvozhayev",
       [ev("sevastopol", I, "UA", w="missile", ws="ATACMS", I=5, k=3, inj=120)]),
    it("2025-08-30",
       "Energodar: a Ukrainian drone struck the city substation, part of the town is without power. Repair "
       "crews are waiting for a window of silence.",
       [ev("enerhodar", D, "UA")]),
    # --- third batch (independent writer) ---
    it("2024-08-30",
       "⚡️#Kharkiv: explosions in the city!\nTerekhov: a strike on the Kyivskyi district, preliminarily no "
       "victims. Details later.",
       [ev("kharkiv", X, "RU", k=0, inj=0)],
       [tr("kyiv", "district name (Kyivskyi district of Kharkiv)")]),
    it("2024-11-02",
       "🛵 Group of Shaheds heading towards Poltava from the Sumy region. Another group over Kremenchuk, moving "
       "west. Stay in shelters!",
       [],
       [tr("poltava", "drones moving towards it"), tr("o_sum", "route of the drones"),
        tr("kremenchuk", "drones passing over it, moving on")]),
    it("2025-01-31",
       "ODESA. MASSIVE SHAHED ATTACK. HIT ON A PORT WAREHOUSE, BIG FIRE. TWO WORKERS INJURED. #Odesa",
       [ev("odesa", D, "RU", ws="Shahed/Geran", inj=2)]),
    it("2024-06-16",
       "Kherson region, past day:\n"
       "▪️ Beryslav — shelled, a 70-year-old woman wounded\n"
       "▪️ Bilozerka — a drone dropped explosives on a car, the driver was killed\n"
       "▪️ Antonivka — mortar fire, no casualties\n"
       "Prokudin",
       [ev("beryslav", S, "RU", inj=1), ev("bilozerka", D, "RU", k=1), ev("antonivka", S, "RU", k=0, inj=0)]),
    it("2025-05-09",
       "❗️Belgorod region: the AFU attacked Shebekino with drones. A drone hit a car on Sovetskaya street, the "
       "driver was injured and taken to hospital. — Gladkov",
       [ev("shebekino", D, "UA", inj=1)]),
    it("2024-12-13",
       "#Dnipro 💥 Blasts rocked the city a few minutes ago, air defence at work. Wait for official information!",
       [ev("dnipro", X, "RU")]),
    it("2025-04-17",
       "🔴 AIR RAID ALERT in Kyiv and the Kyiv region! Threat of ballistic missiles. Go to shelters!",
       [],
       [tr("kyiv", "air-raid alert only"), tr("o_kyi", "air-raid alert only")]),
    it("2023-09-21",
       "Melitopol 💥 Loud explosions near the airfield this morning, thick smoke over the northern outskirts. "
       "Local partisans say an ammunition depot is burning.",
       [ev("melitopol", E, "UA")]),
    it("2024-10-19",
       "Sumy OVA: the enemy dropped a KAB on the Krasnopillia community. A house was destroyed. 1 killed, "
       "3 wounded.",
       [ev("krasnopillia", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=1, inj=3)],
       [tr("sumy", "source (the Sumy regional administration)")]),
    it("2023-10-03",
       "Rybar: a Ukrainian HIMARS hit a temporary deployment point in the Oleshky area, losses are being "
       "clarified.",
       [ev("oleshky", S, "UA", ws="HIMARS")]),
    it("2025-02-26",
       "NIKOPOL THIS MORNING: an enemy FPV drone attacked a minibus. 3 passengers injured, one of them "
       "seriously.\n#Nikopol #Dnipropetrovshchyna",
       [ev("nikopol", D, "RU", inj=3)]),
    it("2024-07-04",
       "Tonight air defence destroyed 6 drones over the Kursk region. In Lgov, debris damaged a garage; no "
       "casualties. Smirnov",
       [ev("r_krs", I, "UA", w="drone", I=6), ev("lgov", I, "UA", w="drone", k=0, inj=0)]),
    it("2023-12-29",
       "⚡️Bogomaz: the AFU shelled the Klimovo district, a civilian was wounded. Two houses damaged. #Bryansk",
       [ev("klimovo", S, "UA", inj=1)],
       [tr("bryansk", "hashtag for the region, not the target")]),
    # --- fourth batch (independent writer) ---
    it("2025-05-17",
       "02:14 — explosions in Zaporizhzhia 💥\n02:31 — another series\nFedorov: an enemy drone hit an industrial "
       "enterprise, a fire broke out.\nUPD: 3 wounded",
       [ev("zap", D, "RU", inj=3)]),
    it("2024-09-12",
       "🛵 Shaheds over Kirovohradshchyna, heading north-west\n🛵 new group from the Black Sea towards Odesa\n"
       "#monitor",
       [],
       [tr("o_kir", "drones passing over, moving on", pt="Kirovohradshchyna"),
        tr("odesa", "drones moving towards it"), tr("blacksea", "route of the drones")]),
    it("2025-06-21",
       "Syniehubov: the village of Ruska Lozova — the occupiers struck with a KAB. A 54-year-old man was killed, "
       "2 people were wounded. #Kharkivshchyna",
       [ev("ruskalozova", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=1, inj=2)]),
    it("2024-12-02",
       "‼️BELGOROD: ROCKET DANGER!!! Explosions over the city — air defence is working.\nGladkov: debris fell in "
       "the yard of a private house on the outskirts, a man was injured.",
       [ev("belgorod", I, "UA", inj=1)]),
    it("2025-02-04",
       "#Sumy #Shostka\nShostka community: a drone strike on an energy facility in the morning. Part of the town is "
       "without electricity. No casualties.",
       [ev("shostka", D, "RU", k=0, inj=0)],
       [tr("sumy", "hashtag, not a target")]),
    it("2024-10-26",
       "Prokudin: over the past day the enemy shelled 23 settlements of the Kherson region, including Kherson. "
       "2 people were killed and 11 injured.\n🔻 In Kherson itself a woman was wounded by a drone drop.",
       [ev("o_khe", S, "RU", k=2, inj=11), ev("kherson", S, "RU", inj=1)]),
    it("2025-01-06",
       "⚡️DONETSK: the AFU fired on the Kuibyshevskyi district — 4 shells of 155 mm NATO calibre. Pushilin: one "
       "civilian killed, a shop damaged.",
       [ev("donetsk", S, "UA", k=1)]),
    it("2025-07-10",
       "🔴 Kyiv: ballistics!\n03:02 — explosions in the city\n03:10 Klitschko: debris of a downed missile fell "
       "on a non-residential building, fire.\nUPD 04:40: 1 injured",
       [ev("kyiv", I, "RU", w="missile", inj=1)]),
    it("2024-09-19",
       "Khinshtein: the enemy attacked Korenevo with a drone, a woman was wounded. Rylsk also came under "
       "artillery fire, without casualties.",
       [ev("korenevo", D, "UA", inj=1), ev("rylsk", S, "UA", k=0, inj=0)]),
    it("2024-08-18",
       "⚠️ KINZHAL LAUNCH! MiG-31K took off over the Lipetsk region. Ballistic threat across Ukraine — everyone "
       "to shelters!",
       [],
       [tr("r_lip", "launch area (MiG-31K)"), tr("c_ua", "alert only")]),
    it("2025-03-30",
       "Kiper: tonight the enemy attacked Odeshchyna with attack drones 🛵\nPort infrastructure in Izmail was "
       "damaged, a truck driver was injured. Air defence destroyed 11 drones over the region.",
       [ev("o_ode", I, "RU", w="drone", I=11, pt="Odeshchyna"), ev("izmail", D, "RU", inj=1)]),
    it("2024-11-14",
       "Traffic on the #CrimeanBridge has been blocked since 04:20. Loud bangs in Kerch — air defence is "
       "working.\nAksyonov: 6 UAVs destroyed on the approaches to Kerch, no damage.",
       [ev("kerch", I, "UA", w="drone", I=6)]),
    it("2025-08-02",
       "Sloviansk 💥 strike on the city centre\nUPD: 2 killed, 5 wounded\nUPD2: according to Liakh, the enemy "
       "used MLRS",
       [ev("sloviansk", S, "RU", k=2, inj=5)]),
    it("2025-04-03",
       "Zhytomyr OVA 📍 a Shahed hit an infrastructure facility in #Zviahel overnight. No casualties. Power "
       "engineers are already at work.",
       [ev("zviahel", D, "RU", ws="Shahed/Geran", k=0, inj=0)],
       [tr("zhytomyr", "source (the Zhytomyr regional administration)")]),
]

DEV_ITEMS = [
    it("2024-11-28",
       "🔴 KHARKIV. Series of explosions in the city! Terekhov: the enemy is hitting the Industrialnyi district, "
       "presumably with ballistic missiles.\nUPD: 3 injured, a warehouse is on fire.",
       [ev("kharkiv", M, "RU", inj=3)]),
    it("2025-03-14",
       "⚡️Dnipro. Morning strike on the city — Lysak: a 62-year-old man killed, 9 people wounded, "
       "among them a child. High-rise damaged in the Samarskyi district.\n#Dnipro #russianterror",
       [ev("dnipro", X, "RU", k=1, inj=9)]),
    it("2024-06-29",
       "Air raid alert across Sumy region 🚨 Go to shelters! Threat of KABs from the north-east.",
       [],
       [tr("o_sum", "alert only")]),
    it("2023-10-14",
       "❗️Shebekino. The armed formations of Ukraine fired at the town from Grad launchers — 11 rockets. "
       "A private house and a power line were damaged, one man wounded, ambulance on the spot.\nVyacheslav "
       "Gladkov",
       [ev("shebekino", S, "UA", ws="Grad", L=11, inj=1)]),
    it("2025-04-13",
       "SUMY. Two ballistic missiles hit the city centre on Palm Sunday morning. 💔\nHlukhiv is also under "
       "attack from drones.\n⚠️ More information soon",
       [ev("sumy", M, "RU"), ev("hlukhiv", D, "RU")]),
    it("2024-08-07",
       "KURSK REGION 🇷🇺\nHeavy fighting near Sudzha, evacuation announced for the Korenevo district.\nStay "
       "tuned",
       [],
       [tr("sudzha", "ground fighting, no strike"), tr("korenevo", "evacuation area, no strike")]),
    it("2024-01-02",
       "Kyiv, 07:40 — fragments of a downed missile fell in Solomianskyi and Pecherskyi districts 🔥 "
       "Vyshhorod too: debris on a private house.\nKlitschko: 1 dead, 20 hurt in the capital",
       [ev("kyiv", I, "RU", w="missile", k=1, inj=20), ev("vyshhorod", I, "RU", w="missile")]),
    it("2023-07-31",
       "🇷🇺 #Moscow: Ukrainian UAV hit an office tower in Moscow City again! Windows blown out on the 21st "
       "floor. One security guard injured.\nVnukovo airport temporarily closed.",
       [ev("moscow", D, "UA", inj=1)]),
    it("2024-05-05",
       "Mykolaiv oblast: the night went calmly, no Shaheds over Mykolaiv tonight ✅\nIn the Kherson direction "
       "the enemy shelled Bilozerka — 2 wounded.",
       [ev("bilozerka", S, "RU", inj=2)],
       [tr("mykolaiv", "explicitly not attacked"), tr("o_myk", "explicitly quiet night", pt="Mykolaiv oblast")]),
    it("2025-02-19",
       "UPD 05:12\nOdesa: fire at an energy facility after the drone attack, more than 160k consumers without "
       "power. Kiper: no casualties.\n#Odesa",
       [ev("odesa", D, "RU", k=0, inj=0)]),
    it("2024-03-18",
       "BELGOROD. Air raid warning — missile danger. 🔊 Sirens in the city\nExplosions over Belgorod! Air "
       "defence working. Debris fell on Shchorsa street",
       [ev("belgorod", I, "UA")]),
    it("2022-10-10",
       "🔴🔴 MISSILE STRIKES ON KYIV, LVIV, DNIPRO, ZHYTOMYR, KHMELNYTSKYI, TERNOPIL\nbridge in the centre of "
       "Kyiv hit, cars on fire\nGlory to Ukraine",
       [ev("kyiv", M, "RU"), ev("lviv", M, "RU"), ev("dnipro", M, "RU"), ev("zhytomyr", M, "RU"),
        ev("khmelnytskyi", M, "RU"), ev("ternopil", M, "RU")]),
    it("2024-09-26",
       "Nikopol district today: the Russian army attacked Marhanets and Chervonohryhorivka with artillery and "
       "kamikaze drones since morning. A 70-year-old woman was injured in Marhanets. Serhii Lysak",
       [ev("marhanets", S, "RU", inj=1), ev("chervonohryh", S, "RU")]),
    it("2023-06-06",
       "🔴 Gorlovka: the AFU shelled the Mykytivskyi district with 155-mm artillery, two civilians killed, "
       "a bus stop destroyed — Prikhodko.\n#Gorlovka #DPR",
       [ev("horlivka", S, "UA", k=2)]),
    it("2025-01-08",
       "⚡️Zaporizhzhia: two guided aerial bombs hit an industrial enterprise. 13 killed, 30+ injured. "
       "Fedorov: rescue operation under way.\nDay of mourning declared",
       [ev("zap", A, "RU", w="glide bomb", k=13, inj=30)]),
    it("2024-10-18",
       "💥 Yeysk — loud bangs near the air base, residents report smoke 😮 Local channels say the sound "
       "came from the direction of the sea. Official information yet none.",
       [ev("yeysk", E, "UA")]),
    it("2024-12-31",
       "Shelters in Kyiv are open tonight for New Year.\nRemember the strikes of 29 December 2023 on Kyiv and "
       "Kharkiv 🕯",
       [],
       [tr("kyiv", "background (past strikes, shelters open)"), tr("kharkiv", "background (past strikes)")]),
    it("2024-07-22",
       "‼️Chernihiv region: the enemy hit a farm near Semenivka with an FPV drone, a tractor driver (46) was "
       "wounded. Also mortar shelling of the Novhorod-Siverskyi community — without casualties.",
       [ev("semenivka_ch", D, "RU", inj=1), ev("novhorodsiv", S, "RU", k=0, inj=0)]),
    it("2023-04-28",
       "UMAN 💔 Missile hit a nine-storey residential building at 4 a.m. The entrance collapsed. 23 dead, "
       "including 6 children.\nMoscow says it struck 'army reserve units'.",
       [ev("uman", M, "RU", k=23)],
       [tr("moscow", "actor (Moscow says)")]),
    it("2024-04-04",
       "Drones are heading towards Kharkiv from the north, the mayor warns. Later: 4 Shaheds hit the "
       "Kyivskyi district, killing 4 rescuers and wounding 12. #Kharkiv",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran", k=4, inj=12)]),
    # --- batch 6 ---
    it("2024-08-14",
       "🔴 Belgorod region. The city of Shebekino came under fire from the AFU again.\n"
       "A man was wounded - shrapnel wounds to the back, he was taken to the central district hospital.\n"
       "In the city two private houses and a car were damaged.\n#Shebekino",
       [ev("shebekino", S, "UA", inj=1)]),
    it("2023-11-03",
       "Over the past day the Ukrainian armed forces attacked 4 settlements of the Belgorod region.\n\n"
       "GRAYVORON urban district - the city of Grayvoron came under mortar fire. No casualties.\n"
       "BORISOVKA - an FPV drone hit a tractor in a field, the driver was wounded and taken to hospital.\n"
       "Other settlements - damage to power lines.\n#Belgorod #Gladkov",
       [ev("r_bel", X, "UA"), ev("grayvoron", S, "UA", k=0, inj=0), ev("borisovka", D, "UA", inj=1)]),
    it("2024-06-22",
       "‼️ Kharkiv. The occupiers struck the city with KABs. Preliminarily - 2 hits in the Industrialnyi "
       "district. The bombs were dropped by Su-34s over the Belgorod region.\n"
       "UPD: 3 people injured, including a 14-year-old.\n"
       "UPD 2: the number of injured has risen to 7.\n— Oleh Syniehubov",
       [ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=7)],
       [tr("r_bel", "launch area (aircraft over the region)")]),
    it("2025-01-07",
       "🚨 AIR RAID ALERT in Zaporizhzhia region! Threat of ballistic missiles from the south-east.\n"
       "Go to shelters IMMEDIATELY.\n#Zaporizhzhia",
       [],
       [tr("o_zap", "alert only")]),
    it("2024-09-01",
       "Bryansk region.\nThe Armed Forces of Ukraine attempted another drone attack 🛡\n"
       "Air defence destroyed 12 UAVs over the city of Bryansk and 3 over Pogar.\n"
       "No casualties. Emergency services are working at the scene of the debris.\nBogomaz",
       [ev("bryansk", I, "UA", w="drone", I=12, k=0, inj=0), ev("pogar", I, "UA", w="drone", I=3, k=0, inj=0)]),
    it("2024-03-16",
       "⚡️ Explosions in #Belgorod!\nLocals report at least 5 loud bangs, air defence can be heard working. "
       "According to subscribers, the drones came in from the Kharkiv region.",
       [ev("belgorod", X, "UA")],
       [tr("o_kha", "launch area (drones came from there)", pt="Kharkiv region")]),
    it("2024-10-29",
       "💥 Explosions in occupied Starobilsk!\nLocals write about 4 loud bangs near the former college, where "
       "the occupiers had set up a base. Smoke over the district.\n#Luhansk_region #Starobilsk",
       [ev("starobilsk", E, "UA")]),
    it("2023-07-30",
       "Golubev: In Taganrog, as a result of a missile attack, debris fell in the city centre - near a cafe "
       "and the art museum. The missile was shot down by air defence.\n"
       "15 people were injured, none seriously. Roof and windows of several buildings damaged.",
       [ev("taganrog", I, "UA", w="missile", I=1, inj=15)]),
    it("2024-05-05",
       "🔺 Zaporizhzhia region: over the day the enemy struck 8 settlements 396 times.\n\n"
       "Stepnohirsk and Prymorske came under artillery fire, 2 houses destroyed.\n"
       "Malokaterynivka - a drone attack, a man was wounded.\n"
       "Kushuhum - 3 air strikes.\n\n— Ivan Fedorov",
       [ev("o_zap", X, "RU"), ev("stepnohirsk", S, "RU"), ev("prymorske_zap", S, "RU"),
        ev("malokat", D, "RU", inj=1), ev("kushuhum", A, "RU")]),
    it("2024-10-20",
       "Sumy Regional Military Administration:\n\nOver the past day the russians carried out 61 attacks on the "
       "border areas of the Sumy region. 219 explosions were recorded.\n\n"
       "🔹 Krasnopillia community: mortar attack (12 explosions), KAB (2).\n"
       "🔹 Bilopillia community: FPV drone strikes (4 explosions).\n"
       "🔹 Esman community: artillery shelling (9 explosions).",
       [ev("o_sum", X, "RU"), ev("krasnopillia", S, "RU"), ev("bilopillia", D, "RU"), ev("esman", S, "RU")]),
    it("2023-05-02",
       "🕯 Today Uman says goodbye to the 23 residents killed in the russian missile strike on the "
       "apartment block on 28 April.\nA day of mourning has been declared in the city.",
       [],
       [tr("uman", "funeral; the strike is in the past")]),
    it("2024-07-20",
       "💥 LOUD in Sevastopol!\nAir defence is working over the city.\n"
       "Razvozhayev: a UAV attack on the city is being repelled, 2 drones have been shot down. "
       "No damage to civilian objects so far. Do NOT film the work of air defence!",
       [ev("sevastopol", I, "UA", w="drone", I=2)]),
    it("2025-03-11",
       "Sobyanin: Air defence forces of the Ministry of Defence repelled an attack by 7 UAVs flying towards "
       "Moscow 🛡 Emergency services are working at the debris sites.\n"
       "UPD: another 3 drones shot down over Ramenskoye; a residential building was damaged, 1 person killed.",
       [ev("moscow", I, "UA", w="drone", I=7), ev("ramenskoye", I, "UA", w="drone", I=3, k=1)]),
    it("2024-12-08",
       "Cherkasy region 🛡 Air defence worked overnight.\n"
       "Debris of downed UAVs fell in Zolotonosha - a private house and an outbuilding damaged.\n"
       "No one was hurt.\n— Ihor Taburets",
       [ev("zolotonosha", I, "RU", w="drone", k=0, inj=0)]),
    it("2024-02-10",
       "KHARKIV ❗️\nThe city was attacked by Shahed drones. A petrol station and private houses in the "
       "Nemyshlianskyi district are on fire.\n"
       "UPD: 7 dead, including 3 children. A family burned alive in their home.\n#Kharkiv",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran", k=7)]),
    it("2023-10-06",
       "🇺🇦 Zelensky in the Kharkiv region today. Visited front-line positions near Kupiansk and met brigade "
       "commanders. Awards for the defenders.",
       [],
       [tr("o_kha", "visit", pt="Kharkiv region"), tr("kupiansk", "visit; reference point of positions")]),
    it("2024-04-11",
       "🔥 Kyiv region: the enemy attacked an energy facility.\n"
       "The thermal power plant in Trypillia was COMPLETELY destroyed by missiles - Centrenergo.\n"
       "#energy #Ukrenergo",
       [ev("trypillia", M, "RU")]),
    it("2024-08-08",
       "‼️ Alexei Smirnov:\nThe enemy shelled Rylsk and Glushkovo.\nIn Rylsk a woman was injured, she is in "
       "hospital.\nIn the village of Tyotkino a drone hit a gas pipeline, no casualties. Gas workers are on "
       "site.",
       [ev("rylsk", S, "UA", inj=1), ev("glushkovo", S, "UA"), ev("tyotkino", D, "UA", k=0, inj=0)]),
    it("2024-06-14",
       "🚨 Sirens in Kiryat Shmona - rocket fire from Lebanon\n\n"
       "UPD: IDF: 5 launches crossed, 3 intercepted, the rest fell in open areas. No injuries.",
       [ev("kiryatshmona", S, "LB", L=5, I=3, inj=0)]),
    it("2024-09-28",
       "Serhii Lysak:\n💥 Dnipro. The enemy attacked the city with drones and missiles. A fire at an "
       "enterprise, 2 high-rises damaged.\n\n"
       "📍 Nikopol district: Nikopol and Marhanets were shelled with artillery throughout the day. In Marhanets "
       "a 56-year-old man was wounded.\n\n"
       "🛡 At night air defence destroyed 11 UAVs over the Dnipropetrovsk region.",
       [ev("dnipro", D, "RU"), ev("nikopol", S, "RU"), ev("marhanets", S, "RU", inj=1),
        ev("o_dnp", I, "RU", w="drone", I=11)]),
    # --- batch 8 ---
    it("2024-05-23",
       "⚡️Explosions in Kharkiv! Terekhov: the city is under attack with guided aerial bombs, hits in the "
       "Slobidskyi district. Stay in shelters\nUPD: 1 dead, 5 injured",
       [ev("kharkiv", A, "RU", w="glide bomb", k=1, inj=5)]),
    it("2024-02-20",
       "Vyacheslav Gladkov:\nOver the past day the AFU fired on 14 settlements of the Belgorod region.\n\n"
       "SHEBEKINO urban district — 23 shells at Shebekino, 2 people injured.\n"
       "GRAYVORON urban district — Kozinka: 8 mortar rounds, a house damaged.\n"
       "Novaya Tavolzhanka — an FPV drone hit a car, no casualties.\n"
       "VALUYKI district — Urazovo: 3 drones attacked an enterprise.",
       [ev("r_bel", X, "UA"), ev("shebekino", S, "UA", L=23, inj=2), ev("kozinka", S, "UA", L=8),
        ev("novtav", D, "UA", k=0, inj=0), ev("urazovo", D, "UA", L=3)]),
    it("2024-11-07",
       "Alexei Smirnov: 🛑 In Kurchatov an enemy drone hit a power substation, the fire is being extinguished. "
       "In Lgov debris of a downed UAV fell on a garage. No casualties.\n#Kursk #Kurchatov",
       [ev("kurchatov", D, "UA", k=0, inj=0), ev("lgov", I, "UA", w="drone", k=0, inj=0)]),
    it("2024-09-15",
       "‼️ Bryansk region. A UAV attack on Seshcha was repelled: air defence destroyed 6 drones.\n"
       "The enemy also shelled Suzemka with mortars — a house and a power line were damaged.\n"
       "There were no casualties.\nAlexander Bogomaz",
       [ev("seshcha", I, "UA", w="drone", I=6, k=0, inj=0), ev("suzemka", S, "UA", k=0, inj=0)]),
    it("2024-08-12",
       "⚡️ Ivan Fedorov: over the last 24 hours Russian troops attacked 9 settlements of the Zaporizhzhia "
       "region 468 times.\n\n"
       "🔸 air strikes — Orikhiv, Stepnohirsk\n"
       "🔸 drones — Huliaipole, Prymorske\n"
       "🔸 MLRS — Mala Tokmachka\n"
       "🔸 artillery — Komyshuvakha\n\n"
       "14 reports of damaged homes. A 71-year-old woman was injured in Huliaipole.",
       [ev("o_zap", X, "RU"), ev("orikhiv", A, "RU"), ev("stepnohirsk", A, "RU"),
        ev("huliaipole", D, "RU", inj=1), ev("prymorske_zap", D, "RU"), ev("malatokm", S, "RU"),
        ev("komyshuvakha", S, "RU")]),
    it("2024-12-03",
       "Oleksandr Prokudin 🔴\nOver the past day the enemy carried out 67 attacks on the Kherson region, "
       "including 14 shells fired at Kherson. 1 person was killed, 8 injured.\n\n"
       "In Kherson a drone attacked a minibus in the Korabelnyi district — 3 injured.",
       [ev("o_khe", X, "RU", k=1, inj=8), ev("kherson", S, "RU", L=14, inj=3)]),
    it("2025-01-31",
       "Odesa 🔊 Explosions! Air defence is working\n"
       "UPD 03:20: a drone hit a nine-storey building in the Prymorskyi district, 2 injured\n"
       "UPD 05:40: the number of injured has risen to 6, one person died. — Oleh Kiper\n#Odesa",
       [ev("odesa", D, "RU", k=1, inj=6)]),
    it("2024-10-12",
       "Klitschko: explosions in Kyiv. Air defence is working. Stay in shelters!\n"
       "Debris fell in the Holosiivskyi district — a fire in a non-residential building.\n"
       "UPD: in the Desnianskyi district a drone hit a 16-storey building, 2 injured.",
       [ev("kyiv", D, "RU", inj=2)]),
    it("2024-01-05",
       "BELGOROD 🚨 Missile danger!\nGladkov: the air defence system worked over the city, 8 targets were shot "
       "down. Debris damaged cars in a parking lot and broke windows in a school. 1 person injured.\n#Belgorod",
       [ev("belgorod", I, "UA", I=8, inj=1)]),
    it("2025-02-12",
       "Sumy Regional Military Administration 📍\nOver the day: 94 shellings of the border areas of the Sumy "
       "region, 312 explosions.\n"
       "• Esman community — artillery (15 explosions)\n"
       "• Seredyna-Buda community — mortar attack, FPV drones\n"
       "• Khotin community — KAB (1)\n"
       "• Bilopillia community — drone attack, a farm building damaged\n"
       "• Yunakivka community — unguided rockets fired from a helicopter",
       [ev("o_sum", X, "RU"), ev("esman", S, "RU"), ev("seredynabuda", S, "RU"),
        ev("khotin", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"), ev("bilopillia", D, "RU"),
        ev("yunakivka", A, "RU")]),
    it("2024-06-05",
       "Chernihiv region ✅ The night in the city of Chernihiv passed without Shahed attacks.\n"
       "In the afternoon the enemy shelled the Semenivka community with artillery — 3 hits, no casualties.\n"
       "#Chernihiv #Semenivka",
       [ev("semenivka_ch", S, "RU", k=0, inj=0)],
       [tr("chernihiv", "explicitly not attacked (quiet night)")]),
    it("2024-05-21",
       "Sobyanin: air defence forces repelled an attack by 5 UAVs on the approach to Moscow 🛡 Emergency "
       "services are working at the debris sites in Podolsk.\n#Moscow",
       [ev("moscow", I, "UA", w="drone", I=5), ev("podolsk", I, "UA", w="drone")]),
    it("2024-10-05",
       "⚡️ Rocket fire from Lebanon at the Haifa Bay area\nIDF: about 10 launches crossed, some were "
       "intercepted; an impact in Haifa, a building damaged, 2 people lightly hurt.\n#Israel #Haifa",
       [ev("haifa", S, "LB", L=10, inj=2)],
       [tr("lebanon", "launch area")]),
    it("2025-04-02",
       "Oleh Syniehubov 📌 Consequences of enemy attacks over the past day:\n"
       "▪️ Kupiansk district: Kupiansk — a 68-year-old man injured; Kivsharivka — houses damaged.\n"
       "▪️ Chuhuiv district: Chuhuiv — a drone hit a warehouse.\n"
       "▪️ Kharkiv district: Tsyrkuny — KAB strike, 2 injured.\n"
       "▪️ Izium district: Borova — shelling, a shop destroyed.",
       [ev("kupiansk", X, "RU", inj=1), ev("kivsharivka", X, "RU"), ev("chuhuiv", D, "RU"),
        ev("tsyrkuny", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=2), ev("borova", S, "RU")]),
    it("2024-05-16",
       "💥 Sevastopol: LOUD! Explosions in the Belbek area, smoke is visible.\n"
       "Razvozhayev: a missile attack on the city is being repelled, 4 targets have been shot down near Belbek. "
       "Fragments fell near a residential building, 1 person injured.\n#Sevastopol #Crimea",
       [ev("belbek", I, "UA", w="missile", I=4), ev("sevastopol", I, "UA", w="missile", inj=1)]),
    it("2023-03-22",
       "Vladimir Saldo: the AFU struck Nova Kakhovka with HIMARS, 2 people killed.\n"
       "Oleshky was also shelled — the hospital building was damaged.\n#Kherson_region #NovaKakhovka",
       [ev("novakakhovka", S, "UA", ws="HIMARS", k=2), ev("oleshky", S, "UA")]),
    it("2024-08-30",
       "Serhii Lysak 💥\nA missile hit Dnipro — preliminarily an Iskander-M. An industrial enterprise and a "
       "transport company were damaged, 3 people injured.\n\n"
       "In Synelnykove a Shahed hit a private house, the owner was wounded.\n\n"
       "🛡 At night air defence destroyed 4 UAVs over the Dnipropetrovsk region.",
       [ev("dnipro", M, "RU", ws="Iskander", inj=3), ev("synelnykove", D, "RU", ws="Shahed/Geran", inj=1),
        ev("o_dnp", I, "RU", w="drone", I=4)]),
    it("2024-07-09",
       "🔴 AIR RAID ALERT in Kyiv and the Kyiv region! A MiG-31K has taken off — threat of Kinzhal. Go to "
       "shelters!\nUPD: all clear. No launches recorded.",
       [],
       [tr("kyiv", "air-raid alert only"), tr("o_kyi", "air-raid alert only")]),
    it("2024-04-19",
       "💥 Explosions in Taganrog! Locals report air defence firing and at least 3 loud bangs near the aircraft "
       "plant.\nGolubev: a UAV attack has been repelled, 2 drones destroyed; a fire at an industrial site.\n"
       "UPD: 3 people injured.",
       [ev("taganrog", I, "UA", w="drone", I=2, inj=3)]),
    it("2022-07-31",
       "Oleksandr Senkevych: explosions in Mykolaiv ❗️ The city has been hit by missiles, preliminarily S-300. "
       "Damage to a residential area and a university dormitory. No information on casualties yet.\n#Mykolaiv",
       [ev("mykolaiv", M, "RU", ws="S-300")]),
    # --- batch 9b ---
    it("2024-10-14",
       "Vyacheslav Gladkov 📌\nOver the past day the Ukrainian armed forces attacked 11 settlements of the "
       "Belgorod region.\n\n"
       "BELGOROD DISTRICT — Bessonovka: a drone dropped an explosive device on the yard of a private house, a "
       "woman was wounded.\n"
       "BORISOVKA DISTRICT — in Borisovka a kamikaze drone hit a car, the driver suffered a barotrauma.\n"
       "KRASNAYA YARUGA DISTRICT — 3 drones attacked Krasnaya Yaruga, a warehouse damaged, no casualties.\n"
       "VOLOKONOVKA DISTRICT — Volokonovka was shelled 6 times, power lines cut.",
       [ev("r_bel", X, "UA"), ev("bessonovka", D, "UA", inj=1), ev("borisovka", D, "UA", inj=1),
        ev("krasnayayaruga", D, "UA", L=3, k=0, inj=0), ev("volokonovka", S, "UA")]),
    it("2025-01-20",
       "Alexander Khinshtein:\n❗️ Enemy drones attacked a bus near Popovo-Lezhachi — 1 person killed, 4 wounded. "
       "In Rylsk a UAV hit the roof of a school, no one hurt.\n"
       "All the wounded have been taken to the regional hospital in Kursk 🙏",
       [ev("popovo", D, "UA", k=1, inj=4), ev("rylsk", D, "UA", k=0, inj=0)],
       [tr("kursk", "place the wounded were taken to")]),
    it("2024-11-25",
       "Oleksandr Prokudin:\nOver the past day the enemy shelled 9 settlements of the Kherson region: Kherson, "
       "Bilozerka, Darivka, Tiahynka, Kizomys, Beryslav and others. Artillery, MLRS, drones and aircraft were "
       "used.\nThe russian army hit residential quarters, a school and a critical infrastructure facility.\n"
       "2 people were killed and 11 injured as a result of russian aggression.",
       [ev("o_khe", S, "RU", k=2, inj=11), ev("kherson", S, "RU"), ev("bilozerka", S, "RU"),
        ev("darivka", S, "RU"), ev("tiahynka", S, "RU"), ev("kizomys", S, "RU"), ev("beryslav", S, "RU")]),
    it("2024-07-16",
       "🔻 Nikopol region under fire since the morning. The russians are hitting the district with heavy "
       "artillery and FPV drones: Nikopol, Myrove, Pokrov and Marhanets communities.\n"
       "A 47-year-old man was wounded in Nikopol, he is in hospital.\n"
       "UPD 14:20: another attack on Pokrov, a woman (63) injured.\n"
       "UPD 18:05: now 2 injured in Nikopol — a 35-year-old woman was also hurt.\n"
       "Serhii Lysak",
       [ev("nikopol", S, "RU", inj=2), ev("myrove", S, "RU"), ev("pokrov", S, "RU", inj=1),
        ev("marhanets", S, "RU")]),
    it("2024-03-21",
       "⚡️ AIR RAID ALERT in the Odesa and Mykolaiv regions — threat of Kalibr launches from the Black Sea!\n"
       "⚡️ UPD: all clear. No launches recorded.",
       [],
       [tr("o_ode", "air-raid alert only", pt="Odesa"), tr("o_myk", "air-raid alert only",
                                                                  pt="Mykolaiv"),
        tr("blacksea", "threatened launch area, no launch")]),
    it("2024-08-30",
       "TEREKHOV: KHARKIV IS UNDER ATTACK!!! 💥💥 Two KABs on the Saltivskyi district.\n"
       "UPD 16:40 — a nine-storey building hit, people under the rubble\n"
       "UPD 17:15 — 1 dead, 12 injured\n"
       "UPD 19:02 — 2 dead, 17 injured. Rescuers will keep working all night",
       [ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2, k=2, inj=17)]),
    it("2024-05-02",
       "💥 Gerans over NIKOLAEV and ODESSA!\n"
       "Local publics: explosions in the port area of Nikolaev, a fire near the shipyard 🔥\n"
       "In Odessa — arrivals in the Peresyp district, part of the city without power.\n"
       "#Nikolaev #Odessa #Geran",
       [ev("mykolaiv", D, "RU", ws="Shahed/Geran"), ev("odesa", D, "RU", ws="Shahed/Geran")]),
    it("2025-02-27",
       "🔴 Sumy region: 27 attacks, 104 explosions over the day\n\n"
       "1️⃣ Znob-Novhorodske community — mortars (8 explosions)\n"
       "2️⃣ Richky — FPV drone attack on a car, a man (52) wounded\n"
       "3️⃣ Velyka Pysarivka community — KAB, 2 bombs\n"
       "4️⃣ Yunakivka community — a Lancet hit an infrastructure object\n\n"
       "Shostka and Konotop — a quiet night ✅",
       [ev("o_sum", X, "RU"), ev("znob", S, "RU"), ev("richky", D, "RU", inj=1),
        ev("velpysarivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2),
        ev("yunakivka", D, "RU", ws="Lancet")],
       [tr("shostka", "explicitly not attacked (quiet night)"), tr("konotop", "explicitly not attacked (quiet night)")]),
    it("2024-07-26",
       "🚨🚨 Sirens in Shlomi and Nahariya — launches from Lebanon\n"
       "UPD: about 15 rockets, most of them intercepted. One fell in an open area near Shlomi, no injuries.\n"
       "UPD2: a drone exploded in a yard in Nahariya, 1 person lightly hurt",
       [ev("shlomi", S, "LB", inj=0), ev("nahariya", D, "LB", inj=1)],
       [tr("lebanon", "launch area")]),
    it("2024-12-19",
       "Air Command \"West\" 🛡\nOvernight 9 Shaheds were destroyed over the Khmelnytskyi, Rivne and Volyn regions. "
       "One Shahed hit an energy facility in Netishyn, there is no threat to the nuclear plant nearby.\n"
       "#AirDefence",
       [ev("o_khm", I, "RU", w="drone", ws="Shahed/Geran", pt="Khmelnytskyi"),
        ev("o_riv", I, "RU", w="drone", ws="Shahed/Geran", pt="Rivne"),
        ev("o_vol", I, "RU", w="drone", ws="Shahed/Geran", pt="Volyn"),
        ev("netishyn", D, "RU", ws="Shahed/Geran")]),
    it("2025-04-24",
       "Kyiv City Military Administration:\nA ballistic missile attack on the capital. Air defence shot down all 4 "
       "missiles. Debris fell on the left bank — a car park on fire, 2 people hurt.\n"
       "In the Kyiv region wreckage damaged several houses in Vyshneve.\nTimur Tkachenko",
       [ev("kyiv", I, "RU", w="missile", L=4, I=4, inj=2), ev("vyshneve", I, "RU", w="missile")]),
    it("2024-06-07",
       "💥 BELGOROD: a Vampire MLRS strike from the Kharkov region!\n"
       "Gladkov: 1 dead and 3 injured in the city, another 2 wounded in Stroitel.\n"
       "MoD: 10 Vampire rockets intercepted over the Belgorod region.\n#Belgorod",
       [ev("belgorod", S, "UA", k=1, inj=3), ev("stroitel", S, "UA", inj=2),
        ev("r_bel", I, "UA", w="artillery", I=10)],
       [tr("o_kha", "launch area", pt="Kharkov region")]),
    it("2024-09-27",
       "🇺🇦 Delegations from 14 countries arrived in Odesa for the Black Sea Security Forum. The mayor showed the "
       "guests the Transfiguration Cathedral, damaged by a russian missile in July 2023.\n#Odesa #diplomacy",
       [],
       [tr("odesa", "venue of a forum; the cathedral strike is history"),
        tr("blacksea", "name of a forum, not a strike area")]),
    it("2024-09-18",
       "Vadym Filashkin 🔹 Over the past day the russians killed 3 residents of the Donetsk region: 2 in Pokrovsk "
       "and 1 in Kostiantynivka. Another 8 people were wounded.\n\n"
       "Pokrovsk — 2 KABs hit the centre, a school destroyed.\n"
       "Kostiantynivka — artillery, 6 houses damaged.\n"
       "Druzhkivka — a Lancet hit a truck.\n"
       "Sloviansk — a missile strike on the industrial zone.",
       [ev("o_don", X, "RU", k=3, inj=8), ev("pokrovsk", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2, k=2),
        ev("kostiantynivka", S, "RU", k=1), ev("druzhkivka", D, "RU", ws="Lancet"), ev("sloviansk", M, "RU")]),
    it("2024-09-10",
       "🔥 Artemovsk: a Ukrainian drone attacked a bread van, the driver was injured.\n"
       "Gorlovka is also under fire from the Ukrainian side — a woman was killed near the bus station.\n"
       "#Artemovsk #Gorlovka #DPR",
       [ev("bakhmut", D, "UA", inj=1), ev("horlivka", S, "UA", k=1)]),
    it("2024-11-02",
       "⚠️ Shaheds over the Cherkasy region, heading north-west\n⚠️ group of 5 UAVs towards Uman\n\n"
       "UPD: explosions in Uman! 💥\n"
       "UPD: the head of the region confirms a hit on an infrastructure object in Uman, no one injured. 6 drones "
       "were shot down over the Cherkasy region.",
       [ev("uman", D, "RU", ws="Shahed/Geran", inj=0), ev("o_che", I, "RU", w="drone", ws="Shahed/Geran", I=6)]),
    it("2024-05-28",
       "🔴 Khan Younis: Israeli artillery shelling east of the city, 4 martyrs, including a child.\n"
       "UPD: an air strike on a house in Bureij camp, 3 more killed.\n#Gaza",
       [ev("khanyounis", S, "IL", k=4), ev("bureij", A, "IL", k=3)]),
    it("2024-10-09",
       "Ivan Fedorov: in the afternoon the enemy hit Bilenke, Zaporizhzhia district, with a guided aerial bomb — 3 "
       "people injured, including a 12-year-old girl.\n"
       "Earlier, Preobrazhenka came under MLRS fire, a farm building burned down.\n"
       "Stay in shelters when the alarm sounds!",
       [ev("bilenke_zap", A, "RU", w="glide bomb", inj=3), ev("preobrazhenka", S, "RU")]),
    it("2025-04-07",
       "Oleh Syniehubov:\nOver the past 24 hours the enemy struck 14 settlements of the Kharkiv region. In Pechenihy a "
       "Geran hit a private house — a 75-year-old woman was killed. In Staryi Saltiv an 18-year-old was wounded "
       "by an FPV drone. Kurylivka and Petropavlivka in the Kupiansk district were shelled with artillery, a shop "
       "and 3 houses destroyed. Kharkiv was attacked with 2 KABs, no casualties.\n\n"
       "At the front our defenders repelled 21 assaults near Velykyi Burluk.",
       [ev("o_kha", X, "RU", pt="Kharkiv region"), ev("pechenihy", D, "RU", ws="Shahed/Geran", k=1),
        ev("starysaltiv", D, "RU", inj=1), ev("kurylivka", S, "RU"), ev("petropavlivka_kh", S, "RU"),
        ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2, k=0, inj=0)],
       [tr("velykyiburluk", "ground fighting")]),
    it("2024-06-12",
       "⚡️ Crimea: explosions in Dzhankoy and near the Saki airfield!\n"
       "Aksyonov: an ATACMS attack on Dzhankoy was repelled, 5 missiles shot down; debris damaged a few houses, "
       "no casualties. Nothing official yet about Saki.\n"
       "Traffic on the Crimean Bridge was stopped for 3 hours as a precaution.",
       [ev("dzhankoi", I, "UA", w="missile", ws="ATACMS", I=5, k=0, inj=0), ev("saky_ab", E, "UA")],
       [tr("crimbridge", "precautionary closure, not attacked")]),
    # --- batch 10a ---
    it("2024-09-02",
       "⚡️ Gerans over KHARKOV 💥\nLocal publics: at least 4 arrivals in the Kholodnogorsky district, a fire at "
       "the tram depot, part of the city without electricity.\n#Kharkov #Geran",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran")]),
    it("2025-01-18",
       "Vyacheslav Gladkov 🔹\nOver the past day 12 settlements of the Belgorod region came under attack from the "
       "AFU.\n\n"
       "SHEBEKINO urban district — 7 shells were fired at Shebekino, a private house was damaged. In Maslova "
       "Pristan an FPV drone hit a car; the driver was wounded and taken to hospital.\n"
       "VALUYKI district — in Urazovo a drone dropped an explosive device on the roof of a shop. No one was hurt.\n"
       "GRAYVORON urban district — Golovchino came under mortar fire, 15 rounds. A woman was killed.\n\n"
       "My condolences to the family 🙏",
       [ev("r_bel", X, "UA"), ev("shebekino", S, "UA", L=7), ev("maslova", D, "UA", inj=1),
        ev("urazovo", D, "UA", k=0, inj=0), ev("golovchino", S, "UA", L=15, k=1)]),
    it("2025-03-05",
       "Alexander Khinshtein:\nOvernight the enemy attacked Rylsk with drones — a UAV hit a five-storey residential "
       "building, 2 residents were injured, both in a stable condition.\n"
       "In Lgov, debris of a downed drone fell near a school. No casualties.\n"
       "Over Oboyan, air defence shot down 3 UAVs.\n"
       "In Zheleznogorsk the night was calm.",
       [ev("rylsk", D, "UA", inj=2), ev("lgov", I, "UA", w="drone", k=0, inj=0),
        ev("oboyan", I, "UA", w="drone", I=3)],
       [tr("zheleznogorsk", "explicitly quiet")]),
    it("2024-07-16",
       "Alexander Bogomaz ❗️\nYesterday the AFU shelled the Klimovo district with artillery. A civilian was "
       "wounded in the urban-type settlement of Klimovo; a school and three houses were damaged.\n"
       "Near Sevsk an FPV drone attacked a car, no one was hurt.\n"
       "This morning air defence and EW destroyed 14 UAVs over the Bryansk region.",
       [ev("klimovo", S, "UA", -1, inj=1), ev("sevsk", D, "UA", -1, k=0, inj=0),
        ev("r_bry", I, "UA", w="drone", I=14)]),
    it("2024-11-21",
       "Ivan Fedorov 🔸\nOver the day the occupiers launched 412 strikes on 11 settlements of the Zaporizhzhia "
       "region.\n\n"
       "• Kamianske and Stepnohirsk — artillery shelling\n"
       "• Mala Tokmachka, Orikhiv — 6 KABs\n"
       "• Huliaipole — MLRS\n"
       "• Bilenke — FPV drones\n\n"
       "37 reports of damaged homes, cars and infrastructure. A 64-year-old man was wounded in Stepnohirsk.",
       [ev("o_zap", X, "RU"), ev("kamianske_zap", S, "RU"), ev("stepnohirsk", S, "RU", inj=1),
        ev("malatokm", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("orikhiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"), ev("huliaipole", S, "RU"),
        ev("bilenke_zap", D, "RU")]),
    it("2024-12-10",
       "Oleksandr Prokudin:\nOver the past day the enemy shelled 38 settlements of the Kherson region, among them "
       "Zelenivka, Antonivka, Kozatske, Lvove and Tiahynka. Artillery, MLRS, drones and aircraft were used.\n"
       "In Kherson itself, a drone dropped explosives on a bus stop in the Dniprovskyi district — a 58-year-old "
       "man was killed.\n"
       "In total, 3 people were killed and 19 injured.",
       [ev("o_khe", S, "RU", k=3, inj=19), ev("zelenivka", S, "RU"), ev("antonivka", S, "RU"),
        ev("kozatske", S, "RU"), ev("lvove", S, "RU"), ev("tiahynka", S, "RU"), ev("kherson", D, "RU", k=1)]),
    it("2024-10-07",
       "🛵 Shahed monitoring | 01:10\n"
       "— group of 6 over the Poltava region, course on Myrhorod\n"
       "— 3 from the Sumy region heading south-west towards Lubny\n"
       "— 2 over the Kirovohrad region, moving to Oleksandriia\n"
       "⚠️ Kremenchuk — be careful!\n\n"
       "UPD 01:55 💥 explosions in Kremenchuk, air defence is working",
       [ev("kremenchuk", X, "RU")],
       [tr("myrhorod", "drone route only"), tr("lubny", "drone route only"), tr("oleksandriia", "drone route only"),
        tr("o_sum", "drone route only"), tr("o_kir", "drone route only")]),
    it("2025-01-14",
       "❗️ CORRECTION: this morning's explosions were in Bila Tserkva, not in Boryspil as we wrote earlier. "
       "According to the regional administration, a drone hit a warehouse in Bila Tserkva, 1 person was injured. "
       "Boryspil was not attacked. We apologise for the mistake.",
       [ev("bilatserkva", D, "RU", inj=1)],
       [tr("boryspil", "corrected: not attacked")]),
    it("2025-01-15",
       "🚨 LVIV REGION — AIR RAID ALERT 04:12\nTu-95MS in the air, threat of cruise missiles. Everyone to "
       "shelters!\n🇵🇱 Poland has scrambled its fighter jets as a precaution.\n✅ 05:03 — all clear",
       [],
       [tr("o_lvi", "air-raid alert only"), tr("poland", "actor (scrambled jets)")]),
    it("2024-04-15",
       "🇺🇦 Kyiv, today: the energy minister's briefing on repairs after the strikes on the Trypillia TPP and the "
       "Burshtyn TPP. Ukrenergo: no outage schedules are planned for tomorrow.\n#energy",
       [],
       [tr("kyiv", "venue of a briefing"), tr("trypillia", "background (past strike)"),
        tr("burshtyn", "background (past strike)")]),
    it("2025-03-04",
       "Operational HQ of Krasnodar Krai ❗️\nOn the night of 3 March, as a result of a UAV attack, debris fell on "
       "the territory of the Tuapse refinery. A fire broke out on an area of 200 m² and has already been put out. "
       "No casualties.\n\n"
       "In Krymsk and Timashevsk air defence destroyed 5 drones.",
       [ev("tuapse", I, "UA", "2025-03-03", w="drone", k=0, inj=0),
        ev("krymsk", I, "UA", "2025-03-03", w="drone"), ev("timashevsk", I, "UA", "2025-03-03", w="drone")]),
    it("2024-06-09",
       "Yevgeny Balitsky: tonight the Kyiv regime attacked Berdyansk with ATACMS missiles. Air defence shot down 4 "
       "missiles over the city; debris damaged several private houses and a power line. According to preliminary "
       "data, there are no casualties.\n#Berdyansk #Zaporozhye_region",
       [ev("berdiansk", I, "UA", w="missile", ws="ATACMS", I=4, k=0, inj=0)],
       [tr("kyiv", "actor (Kyiv regime)")]),
    it("2024-03-11",
       "💥 ODESSA: Gerans hit port infrastructure, a big fire in the port area, power outages in the city 🔥\n"
       "Nikolaev is quiet tonight, no arrivals.\n#Odessa #Geran",
       [ev("odesa", D, "RU", ws="Shahed/Geran")],
       [tr("mykolaiv", "explicitly quiet", pt="Nikolaev")]),
    it("2023-10-18",
       "⚡️ ZAPOROZHYE: a series of arrivals near the Dneproges and in the Kommunarsky district. Missiles, judging "
       "by the sound — probably Iskanders. The enemy writes about at least 2 dead.\n#Zaporozhye",
       [ev("zap", M, "RU", ws="Iskander", k=2)]),
    it("2024-11-13",
       "SUMY 🔴 Drone attack on the city! A series of explosions in the Kovpakivskyi district.\n"
       "UPD: a hit on a residential building, 1 injured\n"
       "UPD 2: 1 killed, 6 injured\n"
       "UPD 3 (08:40): 2 dead and 9 injured, including a child. Rescuers are still working.\n"
       "— Artem Kobzar",
       [ev("sumy", D, "RU", k=2, inj=9)]),
    it("2024-09-09",
       "Chernihiv region 📍 On Sunday the enemy shelled the border communities 43 times.\n"
       "▫️ Snovsk community — mortars, a barn destroyed\n"
       "▫️ Horodnia community — FPV drones, a man (61) wounded\n"
       "▫️ Semenivka community — artillery\n"
       "#Chernihiv_region",
       [ev("o_chn", S, "RU", "2024-09-08"), ev("snovsk", S, "RU", "2024-09-08"),
        ev("horodnia", D, "RU", "2024-09-08", inj=1), ev("semenivka_ch", S, "RU", "2024-09-08")]),
    it("2025-02-22",
       "Klitschko: Explosions in Kyiv! Air defence is working. Stay in shelters!\n"
       "UPD: debris of a downed drone fell in the Holosiivskyi district — a fire in a non-residential building.\n"
       "UPD: medics helped a 34-year-old woman, she has been hospitalised.",
       [ev("kyiv", I, "RU", w="drone", inj=1)]),
    it("2024-08-21",
       "Zhytomyr region ⚡️ Korosten: a Shahed hit an infrastructure facility at night, a fire broke out. Power is "
       "partially cut. Information about casualties is being clarified.\n#Zhytomyr_region #Korosten",
       [ev("korosten", D, "RU", ws="Shahed/Geran")]),
    it("2024-07-30",
       "Vadym Filashkin:\nOver the past day the russians wounded 7 residents of the Donetsk region.\n\n"
       "Druzhkivka — a KAB hit a shopping centre, 3 injured.\n"
       "Kostiantynivka — artillery, 2 injured, 5 houses damaged.\n"
       "Dobropillia — an FPV drone attacked a car, 2 injured.\n"
       "In Sviatohirsk the night passed without shelling.\n\n"
       "Evacuate in time!",
       [ev("o_don", X, "RU", inj=7), ev("druzhkivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=3),
        ev("kostiantynivka", S, "RU", inj=2), ev("dobropillia", D, "RU", inj=2)],
       [tr("sviatohirsk", "explicitly quiet")]),
    it("2024-10-15",
       "🔴 DPR. The AFU shelled Yenakiyevo and Khartsyzk with 155-mm artillery. In Yenakiyevo two civilians were "
       "wounded, a five-storey building was damaged. In Khartsyzk a drone then hit a bus, the driver was killed.\n"
       "— Denis Pushilin",
       [ev("yenakiieve", S, "UA", inj=2), ev("khartsyzk", S, "UA", k=1)]),
    it("2025-05-06",
       "Poltava region 🛡 At night air defence destroyed 8 Shaheds over the region.\n"
       "In Karlivka a drone hit an enterprise — a fire, no casualties.\n"
       "In Reshetylivka debris damaged the roofs of two houses.\n"
       "— Poltava Regional Military Administration",
       [ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran", I=8), ev("karlivka", D, "RU", k=0, inj=0),
        ev("reshetylivka", I, "RU", w="drone")]),
    it("2023-06-22",
       "Sergey Aksyonov: the Kyiv regime attacked the Chonhar bridge with Storm Shadow missiles. The road surface "
       "was damaged, no people were hurt. Traffic has been switched to the route via Armyansk.\n#Crimea",
       [ev("chonhar", M, "UA", ws="Storm Shadow/SCALP", k=0, inj=0)],
       [tr("kyiv", "actor (Kyiv regime)"), tr("armiansk", "traffic diverted, not attacked")]),
    it("2024-06-18",
       "Vitalii Kim 📍 Mykolaiv region, the past day:\n"
       "— the Ochakiv community was shelled with artillery, a 49-year-old man was wounded;\n"
       "— in Kobleve a drone hit a recreation centre, no one was hurt;\n"
       "— the night in Mykolaiv was quiet.",
       [ev("ochakiv", S, "RU", inj=1), ev("kobleve", D, "RU", k=0, inj=0)],
       [tr("mykolaiv", "explicitly quiet")]),
    it("2025-01-29",
       "Oleh Kiper 🔻 Overnight the enemy attacked the Odesa region with attack drones that came in from the sea "
       "past Zatoka. Air defence shot down 11 of them. Debris damaged private houses in Usatove and a gas pipeline "
       "in Teplodar. In Odesa itself a drone hit a warehouse; a 40-year-old security guard was injured.\n#Odesa",
       [ev("o_ode", I, "RU", w="drone", I=11), ev("usatove", I, "RU", w="drone"),
        ev("teplodar", I, "RU", w="drone"), ev("odesa", D, "RU", inj=1)],
       [tr("zatoka", "drone route only")]),
    it("2025-01-25",
       "🇷🇺 The Russian MoD claims the 'liberation' of Dvorichna in the Kharkiv region. The General Staff of the "
       "AFU denies it: fighting continues on the outskirts.\n#Kupiansk_direction",
       [],
       [tr("dvorichna", "ground fighting / capture claim"), tr("kupiansk", "name of a front direction")]),
]
