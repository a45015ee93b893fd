"""Genre ``multi``: several strikes in one paragraph, each with its own place, counts and casualties."""

from .common import A, D, E, I, M, S, X, ev, it, summary, tr

ITEMS = [
    it("2024-04-06",
       "Russian strikes overnight killed two people in Kharkiv and wounded five in Zaporizhzhia, while a drone "
       "hit a warehouse in Odesa without casualties.",
       [ev("kharkiv", X, "RU", k=2), ev("zap", X, "RU", inj=5), ev("odesa", D, "RU", k=0, inj=0)]),
    it("2023-11-14",
       "In Kherson, shelling killed a 70-year-old man; in Nikopol, three people were injured by artillery fire; "
       "and in Sumy, a drone damaged a school.",
       [ev("kherson", S, "RU", k=1), ev("nikopol", S, "RU", inj=3), ev("sumy", D, "RU")]),
    it("2024-06-02",
       "Ukrainian drones struck Belgorod and Kursk overnight. In Belgorod one person was killed; in Kursk, an "
       "apartment block was damaged and four residents were hurt.",
       [ev("belgorod", D, "UA", k=1), ev("kursk", D, "UA", inj=4)]),
    it("2024-12-14",
       "Air defence shot down 12 drones over the Kyiv region, but one hit a house in Brovary, killing a woman. "
       "In Cherkasy, falling debris injured two people.",
       [ev("o_kyi", I, "RU", w="drone", I=12), ev("brovary", D, "RU", k=1),
        ev("cherkasy", I, "RU", w="drone", inj=2)]),
    it("2024-01-22",
       "A missile strike on Dnipro killed 4 and injured 25. Separately, a guided bomb killed two in Kramatorsk, "
       "and Russian artillery wounded a teenager in Toretsk.",
       [ev("dnipro", M, "RU", k=4, inj=25), ev("kramatorsk", A, "RU", w="glide bomb", k=2),
        ev("toretsk", S, "RU", inj=1)]),
    it("2024-08-12",
       "Russian governors reported damage in three regions: in Bryansk city a drone hit an oil depot; in Oryol, "
       "fuel tanks caught fire after a drone strike; and in the Voronezh region five drones were downed with no "
       "damage.",
       [ev("bryansk", D, "UA"), ev("oryol", D, "UA"), ev("r_vor", I, "UA", w="drone", I=5)]),
    it("2024-09-06",
       "Overnight, three people were killed in Odesa and one in Mykolaiv; in the Kherson region, 10 were injured "
       "across 15 settlements.",
       [ev("odesa", X, "RU", k=3), ev("mykolaiv", X, "RU", k=1), ev("o_khe", X, "RU", inj=10)]),
    it("2024-10-07",
       "Russian forces struck Kostiantynivka with a glide bomb (1 killed), Druzhkivka with a missile (2 injured) "
       "and Sloviansk with drones (no casualties).",
       [ev("kostiantynivka", A, "RU", w="glide bomb", k=1), ev("druzhkivka", M, "RU", inj=2),
        ev("sloviansk", D, "RU", k=0, inj=0)]),
    it("2023-12-06",
       "In occupied Donetsk, Russian-installed officials said Ukrainian shelling killed three; in Horlivka, a "
       "drone attack injured two; in Makiivka, a fire broke out at a depot after explosions.",
       [ev("donetsk", S, "UA", k=3), ev("horlivka", D, "UA", inj=2), ev("makiivka", E, "UA")]),
    it("2023-09-04",
       "Strikes in the Kharkiv region: Kupiansk - 2 wounded, artillery; Balakliia - missile, 1 killed; Izium - "
       "drone, no casualties.",
       [ev("kupiansk", S, "RU", inj=2), ev("balakliia", M, "RU", k=1), ev("izium", D, "RU", k=0, inj=0)]),
    it("2024-01-14",
       "Israeli strikes killed at least 12 people in Khan Younis and 7 in Nuseirat, Gaza health officials said, "
       "while rockets fired from Gaza set off sirens in Sderot.",
       [ev("khanyounis", A, "IL", k=12), ev("nuseirat", A, "IL", k=7)]),
    it("2024-09-11",
       "A Russian Iskander hit Pokrovsk, killing 5 and wounding 20; in nearby Myrnohrad, shelling damaged 12 "
       "homes and injured a woman.",
       [ev("pokrovsk", M, "RU", ws="Iskander", k=5, inj=20), ev("myrnohrad", S, "RU", inj=1)]),
    it("2024-11-09",
       "Overnight Ukraine's air force said it had downed 37 of 42 drones. Hits were recorded in Kryvyi Rih, "
       "where a woman was killed, and in Kropyvnytskyi, where three people were hurt.",
       [summary("RU", w="drone", L=42, I=37), ev("kryvyi", X, "RU", k=1), ev("kropyvnytskyi", X, "RU", inj=3)]),
    it("2024-06-21",
       "In Zaporizhzhia, a missile strike on an industrial plant injured 9. An hour later drones attacked "
       "Vilniansk and Kushuhum; in Vilniansk a man died.",
       [ev("zap", M, "RU", inj=9), ev("vilniansk", D, "RU", k=1), ev("kushuhum", D, "RU")]),
    it("2023-08-04",
       "Ukraine hit the Novorossiysk naval base with sea drones and a landing ship was damaged; meanwhile Russia "
       "said 15 drones were downed over Crimea and 2 over the Krasnodar region.",
       [ev("novorossiysk", D, "UA"), ev("crimea", I, "UA", w="drone", I=15),
        ev("r_kda", I, "UA", w="drone", I=2)]),
    it("2024-03-24",
       "Lviv: 2 killed. Lutsk: 1 killed. Ternopil: no casualties. Ivano-Frankivsk: a critical infrastructure "
       "facility hit. All after the same overnight missile attack.",
       [ev("lviv", M, "RU", k=2), ev("lutsk", M, "RU", k=1), ev("ternopil", M, "RU", k=0, inj=0),
        ev("ivf", M, "RU")]),
    it("2024-05-06",
       "russian KABs on Kharkiv: 1 dead, 12 injured in the Kyivskyi district; in Zolochiv, 3 injured. Vovchansk "
       "was shelled all day.",
       [ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=1, inj=12),
        ev("zolochiv_kh", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=3), ev("vovchansk", S, "RU")]),
    it("2025-03-05",
       "Belgorod region governor: a drone attack on Shebekino injured two; in Grayvoron, a car was hit by an "
       "FPV drone (1 killed); in Valuyki, debris from a downed drone damaged a house.",
       [ev("shebekino", D, "UA", inj=2), ev("grayvoron", D, "UA", k=1), ev("valuyki", I, "UA", w="drone")]),
    it("2023-07-25",
       "Russia fired six missiles at the Odesa region: four were shot down and two hit port infrastructure in "
       "Chornomorsk, injuring three.",
       [ev("o_ode", I, "RU", w="missile", L=6, I=4), ev("chornomorsk", M, "RU", inj=3)]),
    it("2024-08-03",
       "Shelling killed two in Kherson's Korabelnyi district and one in Bilozerka; in Antonivka, a drone "
       "wounded a cyclist.",
       [ev("kherson", S, "RU", k=2), ev("bilozerka", S, "RU", k=1), ev("antonivka", D, "RU", inj=1)]),
    it("2024-07-27",
       "In the Sumy region, Russian forces shelled Bilopillia (1 injured), Krasnopillia and Khotin; a KAB hit "
       "Seredyna-Buda.",
       [ev("bilopillia", S, "RU", inj=1), ev("krasnopillia", S, "RU"), ev("khotin", S, "RU"),
        ev("seredynabuda", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2024-10-24",
       "Israeli strikes hit Tyre and Nabatieh, killing four in Tyre; Hezbollah said it fired rockets at Safed, "
       "where an Israeli man was lightly hurt.",
       [ev("tyre", A, "IL", k=4), ev("nabatieh", A, "IL"), ev("safed", S, "LB", inj=1)]),
    it("2024-02-15",
       "Ukrainian drones hit refineries in Syzran and Ryazan; 3 people were injured in Ryazan. The Samara "
       "governor said the Syzran fire was contained.",
       [ev("syzran", D, "UA"), ev("ryazan", D, "UA", inj=3)],
       [tr("r_sam", "governor's title")]),
    it("2023-05-22",
       "Toretsk and Chasiv Yar were shelled; in Chasiv Yar a man was killed. In Lyman, by contrast, the night "
       "was quiet.",
       [ev("toretsk", S, "RU"), ev("chasivyar", S, "RU", k=1)],
       [tr("lyman", "explicitly quiet")]),
    it("2024-09-01",
       "A missile struck the centre of Sumy, 2 dead; separately Konotop was attacked by drones, 1 injured; "
       "Shostka was hit twice by guided bombs.",
       [ev("sumy", M, "RU", k=2), ev("konotop", D, "RU", inj=1), ev("shostka", A, "RU", w="glide bomb")]),
    it("2023-06-12",
       "In Melitopol and Berdiansk explosions were heard overnight; Russian-installed authorities said air "
       "defences shot down a missile over Berdiansk.",
       [ev("melitopol", E, "UA"), ev("berdiansk", I, "UA", w="missile", I=1)]),
    it("2025-04-04",
       "Kyiv: drone debris fell in the Darnytskyi district, two injured. Kyiv region: a drone hit a warehouse "
       "in the Boryspil district.",
       [ev("kyiv", I, "RU", w="drone", inj=2), ev("boryspil", D, "RU")]),
    it("2023-04-18",
       "Ukrainian forces shelled Tokmak and Polohy, Russian-installed officials said; in Tokmak a school was "
       "damaged, in Polohy two civilians were killed.",
       [ev("tokmak", S, "UA"), ev("polohy", S, "UA", k=2)]),
    it("2024-04-13",
       "Air defence destroyed three missiles over Kyiv; in Khmelnytskyi a missile hit an industrial site; in "
       "Starokostiantyniv the air base was targeted, no details.",
       [ev("kyiv", I, "RU", w="missile", I=3), ev("khmelnytskyi", M, "RU"), ev("starokost", X, "RU")]),
    it("2024-05-03",
       "An attack on the Rostov region: drones hit the Novoshakhtinsk refinery, starting a fire, and a "
       "residential building in Kamensk-Shakhtinsky, killing one. 13 drones were destroyed over the Rostov "
       "region.",
       [ev("novoshakhtinsk", D, "UA"), ev("kamensk", D, "UA", k=1), ev("r_ros", I, "UA", w="drone", I=13)]),
    it("2024-12-03",
       "Russian shelling of Kherson killed 2 and injured 6; in the Mykolaiv region, Ochakiv was hit by drones, "
       "injuring 1; Marhanets in the Dnipropetrovsk region came under artillery fire.",
       [ev("kherson", S, "RU", k=2, inj=6), ev("ochakiv", D, "RU", inj=1), ev("marhanets", S, "RU")]),
    it("2024-04-18",
       "Ukraine struck Crimea with ATACMS: four missiles were downed over Dzhankoi, while a fifth hit a radar "
       "near Yevpatoria.",
       [ev("dzhankoi", I, "UA", w="missile", ws="ATACMS", I=4), ev("yevpatoria", M, "UA", ws="ATACMS")]),
    it("2023-01-08",
       "Drones struck Engels, the regional governor said, and two people in Saratov were injured by falling "
       "debris.",
       [ev("engels", D, "UA"), ev("saratov", I, "UA", w="drone", inj=2)]),
    it("2024-09-25",
       "In Kharkiv, Kupiansk and Lozova strikes damaged infrastructure: Kharkiv - 3 injured (missile); Kupiansk "
       "- 1 killed (glide bomb); Lozova - a rail depot hit by a drone, no victims.",
       [ev("kharkiv", M, "RU", inj=3), ev("kupiansk", A, "RU", w="glide bomb", k=1),
        ev("lozova", D, "RU", k=0, inj=0)]),
    it("2024-11-24",
       "Overnight into Saturday Russia launched 80 drones at Ukraine; the air force said 60 were downed. A drone "
       "killed one person in Odesa, and in the Poltava region debris damaged homes.",
       [summary("RU", -1, w="drone", L=80, I=60), ev("odesa", D, "RU", -1, k=1), ev("o_pol", I, "RU", -1, w="drone")]),
    it("2023-07-07",
       "Russian-installed officials said Ukrainian strikes hit Nova Kakhovka and Oleshky on Wednesday, killing "
       "two in Nova Kakhovka, and that a HIMARS strike destroyed a warehouse in Skadovsk on Thursday.",
       [ev("novakakhovka", X, "UA", -2, k=2), ev("oleshky", X, "UA", -2),
        ev("skadovsk", S, "UA", -1, ws="HIMARS")]),
    it("2024-03-16",
       "Two people were killed in Chernihiv and three injured in Nizhyn in Russian drone attacks, regional "
       "officials said. In Kyiv, the alert lasted three hours but no drones reached the city.",
       [ev("chernihiv", D, "RU", k=2), ev("nizhyn", D, "RU", inj=3)],
       [tr("kyiv", "alert only")]),
    it("2024-06-29",
       "A strike on a Dnipro high-rise killed 3 and injured 15. Pavlohrad was hit by missiles, with 8 injured. "
       "In the Synelnykove district, shelling wounded a farmer.",
       [ev("dnipro", X, "RU", k=3, inj=15), ev("pavlohrad", M, "RU", inj=8),
        ev("synelnykove", S, "RU", inj=1)]),
    it("2024-07-10",
       "Israeli air strikes on Gaza City and Jabalia killed at least 30 people, 18 of them in Jabalia, the "
       "civil defence agency said.",
       [ev("gaza", A, "IL"), ev("jabalia", A, "IL", k=18)]),
    it("2024-06-16",
       "Russian forces struck Izium (2 dead), Balakliia, and Chuhuiv, where drones hurt 3; 19 settlements of "
       "the Kharkiv region came under fire in total.",
       [ev("izium", X, "RU", k=2), ev("balakliia", X, "RU"), ev("chuhuiv", D, "RU", inj=3),
        ev("o_kha", S, "RU")]),
    it("2023-09-29",
       "In the Bryansk region, Ukrainian shelling hit Klimovo and Suzemka; two people were injured in Suzemka. "
       "Drones attacked Trubchevsk.",
       [ev("klimovo", S, "UA"), ev("suzemka", S, "UA", inj=2), ev("trubchevsk", D, "UA")]),
    it("2023-07-13",
       "Kyiv and Kharkiv were hit by missiles in the morning: four killed in Kyiv, two injured in Kharkiv. "
       "Zelensky, speaking in Vilnius, called for more air defence.",
       [ev("kyiv", M, "RU", k=4), ev("kharkiv", M, "RU", inj=2)],
       [tr("vilnius", "venue of a speech")]),
    # --- second batch (independent writer) ---
    it("2024-09-14",
       "Overnight Russian drones attacked Sumy and Okhtyrka. In Sumy a drone hit a hospital and two people "
       "were killed; in Okhtyrka an energy facility was damaged. Air defence downed 4 drones over Konotop "
       "without consequences.",
       [ev("sumy", D, "RU", k=2), ev("okhtyrka", D, "RU"), ev("konotop", I, "RU", w="drone", I=4)]),
    it("2025-01-06",
       "Russian attacks on the Donetsk region injured five people over the past day: a glide bomb hit "
       "Kramatorsk (3 injured), Grad rockets struck Sloviansk, killing one, and artillery shelled "
       "Kostiantynivka.",
       [ev("o_don", X, "RU", inj=5), ev("kramatorsk", A, "RU", w="glide bomb", inj=3),
        ev("sloviansk", S, "RU", ws="Grad", k=1), ev("kostiantynivka", S, "RU")]),
    it("2024-11-03",
       "Governor Gladkov: in Belgorod a drone hit a car, injuring the driver; in Shebekino shelling damaged "
       "three houses; over the Borisovka district air defence shot down 7 drones.",
       [ev("belgorod", D, "UA", inj=1), ev("shebekino", S, "UA"), ev("borisovka", I, "UA", w="drone", I=7)]),
    it("2023-07-06",
       "Russian Kalibr missiles hit a residential block in Lviv, killing six and injuring 30. Two missiles "
       "were shot down over the Ternopil region, and debris of a downed missile fell in Kovel, damaging a "
       "school; no one was hurt there.",
       [ev("lviv", M, "RU", ws="Kalibr", k=6, inj=30), ev("o_ter", I, "RU", w="missile", I=2),
        ev("kovel", I, "RU", w="missile", k=0, inj=0)]),
    it("2024-04-27",
       "The air force said Russia launched 34 missiles and 21 drones overnight, of which 21 missiles and 10 "
       "drones were shot down. Missiles hit power plants in the Dnipropetrovsk and Ivano-Frankivsk regions, a "
       "drone struck a substation in the Lviv region, and in Kharkiv two people were injured by falling debris.",
       [summary("RU", w="missile", L=55, I=31), ev("o_dnp", M, "RU"), ev("o_ivf", M, "RU"),
        ev("o_lvi", D, "RU"), ev("kharkiv", I, "RU", inj=2)]),
    it("2025-07-12",
       "Russian KABs hit Kupiansk (2 killed) and Balakliia (4 injured), while Zolochiv and Derhachi came under "
       "drone attack; in Derhachi a house burned down.",
       [ev("kupiansk", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=2),
        ev("balakliia", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=4),
        ev("zolochiv_kh", D, "RU"), ev("derhachi", D, "RU")]),
    it("2024-01-23",
       "Morning strikes: in Kyiv, debris fell on a residential building in the Solomianskyi district, "
       "injuring four; in Kharkiv, S-300 missiles hit residential areas, killing six and injuring 40; in "
       "Pavlohrad a missile struck an industrial facility.",
       [ev("kyiv", I, "RU", inj=4), ev("kharkiv", M, "RU", ws="S-300", k=6, inj=40), ev("pavlohrad", M, "RU")]),
    it("2023-10-22",
       "Over the past day the enemy shelled 24 settlements of the Kherson region, including Kherson, "
       "Beryslav, Antonivka and Chornobaivka; two people were killed and nine injured.",
       [ev("o_khe", S, "RU", k=2, inj=9), ev("kherson", S, "RU"), ev("beryslav", S, "RU"),
        ev("antonivka", S, "RU"), ev("chornobaivka", S, "RU")]),
    it("2024-06-18",
       "Israeli aircraft struck Rafah and Khan Younis overnight, killing at least 11 people in Rafah, while "
       "Hamas' armed wing said it fired rockets at Sderot and Ashkelon.",
       [ev("rafah", A, "IL", k=11), ev("khanyounis", A, "IL"), ev("sderot", S, "PS"), ev("ashkelon", S, "PS")]),
    it("2025-04-30",
       "Russia's defence ministry said 48 drones were downed over the Kursk region and 17 over the Bryansk "
       "region; in Rylsk, the Kursk governor said, a drone hit a market, wounding three.",
       [ev("r_krs", I, "UA", w="drone", I=48), ev("r_bry", I, "UA", w="drone", I=17),
        ev("rylsk", D, "UA", inj=3)]),
    it("2024-02-16",
       "Shaheds attacked the Danube ports overnight: in Izmail port infrastructure was damaged and two truck "
       "drivers were injured, and in Reni a grain terminal burned. Air defence destroyed 12 drones over the "
       "Odesa region.",
       [ev("izmail", D, "RU", ws="Shahed/Geran", inj=2), ev("reni", D, "RU", ws="Shahed/Geran"),
        ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran", I=12)]),
    it("2023-12-01",
       "Ukrainian shelling of Donetsk killed one person and injured two, Russian-installed officials said, "
       "while Russian Uragan rockets struck Selydove, injuring four, and a guided bomb hit Novohrodivka.",
       [ev("donetsk", S, "UA", k=1, inj=2), ev("selydove", S, "RU", ws="Uragan", inj=4),
        ev("novohrodivka", A, "RU", w="glide bomb")]),
    it("2024-10-14",
       "Russian strikes killed four people in the Kharkiv region over the day: two in Kupiansk-Vuzlovyi, one "
       "in Izium and one in Borova.",
       [ev("o_kha", X, "RU", k=4), ev("kupvuz", X, "RU", k=2), ev("izium", X, "RU", k=1),
        ev("borova", X, "RU", k=1)]),
    it("2025-06-06",
       "Overnight missiles and drones hit Kyiv, where four people were killed, and Lutsk, where two died; in "
       "Ternopil a Shahed struck an industrial site. In Irpin falling debris injured eight people.",
       [ev("kyiv", M, "RU", k=4), ev("lutsk", M, "RU", k=2), ev("ternopil", D, "RU", ws="Shahed/Geran"),
        ev("irpin", I, "RU", inj=8)]),
    it("2024-05-25",
       "Two guided bombs struck a shopping centre in Kharkiv, killing at least 14 and wounding 43. In Merefa, "
       "south of the city, a missile hit a school and injured one person, and in the Sumy region Velyka "
       "Pysarivka was shelled.",
       [ev("kharkiv", A, "RU", w="glide bomb", k=14, inj=43), ev("merefa", M, "RU", inj=1),
        ev("velpysarivka", S, "RU")]),
    # --- third batch (independent writer) ---
    it("2024-08-17",
       "Russian strikes on the Donetsk region killed five people over the day: three in Kostiantynivka, where a "
       "glide bomb hit a residential street, one in Druzhkivka and one in Mykolaivka, governor Vadym Filashkin "
       "said. In Sloviansk, four people were wounded by a missile.",
       [ev("o_don", X, "RU", k=5), ev("kostiantynivka", A, "RU", w="glide bomb", k=3),
        ev("druzhkivka", X, "RU", k=1), ev("mykolaivka_don", X, "RU", k=1), ev("sloviansk", M, "RU", inj=4)]),
    it("2025-05-12",
       "Ukrainian drones attacked three Russian regions overnight: in the Voronezh region debris injured two "
       "people in Liski, in the Belgorod region a drone hit an administrative building in Grayvoron, and over "
       "the Bryansk region 14 UAVs were shot down, officials said.",
       [ev("liski", I, "UA", w="drone", inj=2), ev("grayvoron", D, "UA"), ev("r_bry", I, "UA", w="drone", I=14)]),
    it("2024-04-06",
       "In Kharkiv a drone struck a garage cooperative, and no one was hurt. An hour later a missile hit "
       "Chuhuiv, killing two, while shelling of Kupiansk left a 50-year-old woman wounded.",
       [ev("kharkiv", D, "RU", k=0, inj=0), ev("chuhuiv", M, "RU", k=2), ev("kupiansk", S, "RU", inj=1)]),
    it("2023-11-22",
       "Kherson was shelled 14 times over the day, and a woman was killed in the Korabelnyi district; Russian "
       "drones hit a bus in Bilozerka, wounding the driver and two passengers, and a guided bomb struck "
       "Beryslav.",
       [ev("kherson", S, "RU", k=1), ev("bilozerka", D, "RU", inj=3),
        ev("beryslav", A, "RU", w="glide bomb")]),
    it("2024-05-15",
       "Before dawn, air defences shot down four missiles over Sevastopol, the Russian-installed governor said, "
       "while explosions rocked the Belbek airfield and a drone set an oil depot ablaze in Dzhankoi.",
       [ev("sevastopol", I, "UA", w="missile", I=4), ev("belbek", E, "UA"), ev("dzhankoi", D, "UA")]),
    it("2024-12-20",
       "Russia launched 96 Shahed drones and imitators overnight; air defence downed 61 over eight regions and "
       "32 were lost locally. Drones hit an energy facility in the Chernihiv region, leaving 30,000 households "
       "without power, and falling debris damaged cars in Kyiv. In Odesa a strike on a port warehouse injured "
       "a worker.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=96, I=61), ev("o_chn", D, "RU"),
        ev("kyiv", I, "RU", w="drone"), ev("odesa", X, "RU", inj=1)]),
    it("2025-01-08",
       "Glide bombs struck Zaporizhzhia for a second day, injuring 11 people, and in Orikhiv, 60 km to the "
       "south-east, artillery fire killed a man. Across the Zaporizhzhia region, 412 attacks on 10 settlements "
       "were recorded.",
       [ev("zap", A, "RU", w="glide bomb", inj=11), ev("orikhiv", S, "RU", k=1), ev("o_zap", X, "RU")]),
    it("2024-10-13",
       "Hezbollah fired about 40 rockets at Safed and Nahariya on Sunday, lightly injuring one person in "
       "Safed, while Israeli jets struck targets near Baalbek and Nabatieh.",
       [ev("safed", S, "LB", inj=1), ev("nahariya", S, "LB"), ev("baalbek", A, "IL"), ev("nabatieh", A, "IL")]),
    it("2024-09-07",
       "Kursk governor Alexei Smirnov said a Ukrainian drone hit a car in Rylsk, killing the driver, and that "
       "artillery shelled Glushkovo and Tyotkino; in Lgov, power lines were cut by a drone strike.",
       [ev("rylsk", D, "UA", k=1), ev("glushkovo", S, "UA"), ev("tyotkino", S, "UA"), ev("lgov", D, "UA")]),
    it("2024-07-02",
       "In the Odesa region, missiles hit port infrastructure in Chornomorsk, injuring three, and a Shahed "
       "struck a warehouse in Izmail; near Bilhorod-Dnistrovskyi an Iskander destroyed a bridge.",
       [ev("chornomorsk", M, "RU", inj=3), ev("izmail", D, "RU", ws="Shahed/Geran"),
        ev("bilhorod", M, "RU", ws="Iskander")]),
    it("2025-03-29",
       "Russian forces attacked 11 communities of the Sumy region 96 times over the day, the regional military "
       "administration said. In Bilopillia a glide bomb damaged a school; in Krasnopillia an FPV drone hit a "
       "tractor, wounding a farmer; Esman and Khotin came under mortar fire.",
       [ev("o_sum", X, "RU"), ev("bilopillia", A, "RU", w="glide bomb"), ev("krasnopillia", D, "RU", inj=1),
        ev("esman", S, "RU"), ev("khotin", S, "RU")]),
    it("2023-10-12",
       "Ukrainian drones hit a fuel depot in Luhansk and an electricity substation in Alchevsk overnight, while "
       "HIMARS rockets struck a barracks near Svatove, according to Russian-installed officials and Ukrainian "
       "sources. Two people were injured in Alchevsk.",
       [ev("luhansk", D, "UA"), ev("alchevsk", D, "UA", inj=2), ev("svatove", S, "UA", ws="HIMARS")]),
    # --- fourth batch (independent writer) ---
    it("2025-04-19",
       "Russian drones hit Kharkiv and Zolochiv overnight, while a KAB struck Bohodukhiv. In Kharkiv four people "
       "were injured; in Bohodukhiv a 70-year-old man was killed. Zolochiv reported no casualties.",
       [ev("kharkiv", D, "RU", inj=4), ev("zolochiv_kh", D, "RU", k=0, inj=0),
        ev("bohodukhiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=1)]),
    it("2024-06-09",
       "Ukrainian drones attacked Tula and Lipetsk overnight: in Tula falling debris damaged a house, and in "
       "Lipetsk a fire broke out at an industrial site. Over the Kaluga region three drones were shot down, "
       "without casualties, the governor said.",
       [ev("tula", I, "UA", w="drone"), ev("lipetsk", D, "UA"),
        ev("r_klu", I, "UA", w="drone", I=3, k=0, inj=0)]),
    it("2024-09-25",
       "Over the day Russian forces struck Kramatorsk with two Iskander missiles, killing two and injuring 12; "
       "glide bombs hit Druzhkivka, injuring one person; and Kostiantynivka was shelled, leaving three dead.",
       [ev("kramatorsk", M, "RU", ws="Iskander", L=2, k=2, inj=12),
        ev("druzhkivka", A, "RU", w="glide bomb", inj=1), ev("kostiantynivka", S, "RU", k=3)]),
    it("2024-05-16",
       "Ukrainian missiles hit the Saky airfield and a radar station near Yevpatoria, while drones attacked an "
       "oil terminal in Feodosia; the Russian-installed governor said 11 drones had been downed over Crimea.",
       [ev("saky_ab", M, "UA"), ev("yevpatoria", M, "UA"), ev("feodosia", D, "UA"),
        ev("crimea", I, "UA", w="drone", I=11)]),
    it("2025-02-18",
       "Russian forces carried out 468 strikes on 12 settlements of the Zaporizhzhia region over the day. "
       "Stepnohirsk and Prymorske were hit by MLRS; a drone struck a car in Komyshuvakha, wounding two; and "
       "Zaporizhzhia city was hit by four guided bombs, injuring seven.",
       [ev("o_zap", X, "RU"), ev("stepnohirsk", S, "RU"), ev("prymorske_zap", S, "RU"),
        ev("komyshuvakha", D, "RU", inj=2), ev("zap", A, "RU", w="glide bomb", L=4, inj=7)]),
    it("2024-05-25",
       "Gladkov said Shebekino, Grayvoron and Valuyki came under Ukrainian fire on Saturday. In Valuyki a drone "
       "hit a petrol station, injuring two; in Shebekino a woman was killed by shelling; in Grayvoron power "
       "lines were damaged.",
       [ev("valuyki", D, "UA", inj=2), ev("shebekino", S, "UA", k=1), ev("grayvoron", X, "UA")]),
    it("2024-12-13",
       "Russia launched 28 missiles and 40 Shaheds overnight, the air force said, and 26 missiles and 37 drones "
       "were shot down, most of them over the Kyiv region. In Kyiv two people were killed by falling debris; in "
       "Bila Tserkva a missile hit an energy facility; in Brovary three people were injured.",
       [summary("RU", w="missile", L=68, I=63), ev("o_kyi", I, "RU", w="missile"),
        ev("kyiv", I, "RU", k=2), ev("bilatserkva", M, "RU"), ev("brovary", X, "RU", inj=3)]),
    it("2024-01-28",
       "Israeli strikes hit Khan Younis and Rafah overnight, killing 14 people in Khan Younis, while rockets "
       "fired towards Israel were intercepted over Sderot and Ashkelon.",
       [ev("khanyounis", A, "IL", k=14), ev("rafah", A, "IL"), ev("sderot", I, "PS", w="artillery"),
        ev("ashkelon", I, "PS", w="artillery")]),
    it("2024-08-31",
       "Russian drones dropped explosives on Antonivka and Chornobaivka in the morning, wounding a man in each; "
       "in the afternoon artillery shelled central Kherson, killing a woman, and Bilozerka was hit by a guided "
       "bomb.",
       [ev("antonivka", D, "RU", inj=1), ev("chornobaivka", D, "RU", inj=1), ev("kherson", S, "RU", k=1),
        ev("bilozerka", A, "RU", w="glide bomb")]),
    it("2025-01-08",
       "Drones hit an oil refinery in Saratov and the Engels-2 air base overnight, governor Roman Busargin said. "
       "In the city of Engels a residential building was damaged and a woman was injured, and 9 drones were "
       "downed over the Saratov region.",
       [ev("saratov", D, "UA"), ev("engels_ab", D, "UA", pt="Engels-2"), ev("engels", D, "UA", inj=1),
        ev("r_sar", I, "UA", w="drone", I=9)]),
    it("2024-07-26",
       "Russian forces shelled Esman, Yunakivka and Khotin in the Sumy region 47 times; a man was wounded in "
       "Yunakivka. Separately, an Iskander missile hit Konotop.",
       [ev("esman", S, "RU"), ev("yunakivka", S, "RU", inj=1), ev("khotin", S, "RU"),
        ev("konotop", M, "RU", ws="Iskander")]),
    it("2025-06-24",
       "Lysak: an enemy drone hit an enterprise in Kamianske, and Nikopol and Marhanets were shelled — in "
       "Nikopol two people were injured. Over the Dnipropetrovsk region air defence shot down 6 Shaheds.",
       [ev("kamianske", D, "RU"), ev("nikopol", S, "RU", inj=2), ev("marhanets", S, "RU"),
        ev("o_dnp", I, "RU", w="drone", ws="Shahed/Geran", I=6)]),
]

DEV_ITEMS = [
    it("2024-03-18",
       "Overnight a Russian drone struck a grain terminal in Izmail, injuring two port workers; in Reni a "
       "warehouse burned after a Shahed hit it, with no casualties; and a missile damaged a water utility in "
       "Mykolaiv, where one man was killed.",
       [ev("izmail", D, "RU", inj=2), ev("reni", D, "RU", ws="Shahed/Geran", k=0, inj=0),
        ev("mykolaiv", M, "RU", k=1)]),
    it("2023-07-25",
       "Two Russian border regions reported attacks on Tuesday. In Rylsk, in the Kursk region, a Ukrainian drone "
       "dropped explosives on a power line, while in the Bryansk region the town of Klintsy came under artillery "
       "fire that wounded three civilians, the governor said.",
       [ev("rylsk", D, "UA"), ev("klintsy", S, "UA", inj=3)]),
    it("2024-10-30",
       "The air force said Russia sent 62 drones and two Iskander-M missiles overnight; 41 drones were downed "
       "and 18 were lost from radar. An Iskander-M hit an industrial site in Kharkiv, injuring six, drones "
       "damaged a substation in Shostka, and debris fell on a house in Bucha, hurting no one.",
       [summary("RU", w="drone", L=64, I=41), ev("kharkiv", M, "RU", ws="Iskander", inj=6),
        ev("shostka", D, "RU"), ev("bucha", I, "RU", w="drone", k=0, inj=0)]),
    it("2024-06-21",
       "Ukraine's General Staff said its drones struck the Afipsky refinery in Krasnodar Krai overnight and also "
       "hit an oil depot in Azov, Rostov region. Meanwhile the Russian defence ministry claimed 30 drones had "
       "been destroyed over Crimea.",
       [ev("afipsky", D, "UA"), ev("azov", D, "UA"), ev("crimea", I, "UA", w="drone", I=30)],
       [tr("c_ua", "actor (Ukraine's General Staff)", pt="Ukraine")]),
    it("2025-01-15",
       "Overnight results, per regional administrations:\n"
       "• Zaporizhzhia — a guided aerial bomb hit a car repair shop, 3 injured;\n"
       "• Kherson — shelling killed a 63-year-old man;\n"
       "• Nikopol — drone attack, power lines damaged, no casualties;\n"
       "• Kharkiv — two KABs struck the outskirts, 1 injured.",
       [ev("zap", A, "RU", w="glide bomb", inj=3), ev("kherson", S, "RU", k=1),
        ev("nikopol", D, "RU", k=0, inj=0), ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2, inj=1)]),
    it("2023-05-08",
       "Russia launched 35 Shaheds at Ukraine overnight, and all of them were shot down, the air force said. In "
       "Kyiv, debris injured five people near the airport; in Vyshneve a falling drone set a garage on fire; in "
       "Odesa a warehouse caught fire from wreckage.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=35, I=35), ev("kyiv", I, "RU", w="drone", inj=5),
        ev("vyshneve", I, "RU", w="drone"), ev("odesa", I, "RU", w="drone")]),
    it("2024-02-10",
       "Russian forces dropped glide bombs on Vovchansk, killing two, while Grad rockets hit Kupiansk, wounding "
       "four; in Velykyi Burluk a Lancet drone destroyed a civilian truck.",
       [ev("vovchansk", A, "RU", w="glide bomb", k=2), ev("kupiansk", S, "RU", ws="Grad", inj=4),
        ev("velykyiburluk", D, "RU", ws="Lancet")]),
    it("2024-10-02",
       "Israeli air strikes hit Beirut's southern suburbs and the town of Nabatieh overnight, killing six people "
       "in Nabatieh, the health ministry said. Hezbollah fired rockets at Kiryat Shmona, and a rocket struck a "
       "house in Safed, lightly injuring two.",
       [ev("beirut", A, "IL"), ev("nabatieh", A, "IL", k=6), ev("kiryatshmona", S, "LB"),
        ev("safed", S, "LB", inj=2)]),
    it("2022-10-10",
       "Missiles struck Kyiv during the Monday morning rush hour, killing eight; in Lviv, strikes on energy "
       "facilities cut power to much of the city; in Dnipro, a missile hit a bus stop, wounding 12; and in "
       "Zaporizhzhia S-300 missiles hit a residential block.",
       [ev("kyiv", M, "RU", k=8), ev("lviv", X, "RU"), ev("dnipro", M, "RU", inj=12),
        ev("zap", M, "RU", ws="S-300")]),
    it("2024-05-11",
       "Ukrainian drones hit an oil refinery in the Kaluga region and a fuel depot near Luhansk, Russian-installed "
       "officials said. HIMARS rockets also struck a military site outside Tokmak, and a drone attack on "
       "Belgorod wounded a woman.",
       [ev("r_klu", D, "UA"), ev("luhansk", D, "UA"), ev("tokmak", S, "UA", ws="HIMARS"),
        ev("belgorod", D, "UA", inj=1)]),
    it("2024-08-26",
       "The air force said Russia launched 127 missiles and 109 drones, of which 102 missiles and 99 drones were "
       "destroyed. In Lutsk a missile killed one person; in the Dnipropetrovsk region an energy facility was hit; "
       "in Zhytomyr two people were injured by debris from a downed drone; and Kyiv's water supply was disrupted "
       "after strikes on power infrastructure.",
       [summary("RU", w="missile", L=236, I=201), ev("lutsk", M, "RU", k=1), ev("o_dnp", X, "RU"),
        ev("zhytomyr", I, "RU", w="drone", inj=2), ev("kyiv", X, "RU")]),
    it("2023-01-14",
       "A Russian missile tore through an apartment block in Dnipro, killing at least 40 people. Missiles also hit "
       "infrastructure in Kharkiv, and an energy site in the Kyiv region was struck.",
       [ev("dnipro", M, "RU", k=40), ev("kharkiv", M, "RU"), ev("o_kyi", X, "RU")]),
    it("2023-09-03",
       "Russian shelling of the Kherson region over the past day: 74 attacks, 3 killed, 11 injured. In Kherson "
       "city artillery hit a tram depot and two employees were wounded; in Beryslav mortar fire killed a man; "
       "Bilozerka was struck by a drone.",
       [ev("o_khe", S, "RU", k=3, inj=11), ev("kherson", S, "RU", inj=2), ev("beryslav", S, "RU", k=1),
        ev("bilozerka", D, "RU")]),
    it("2025-03-07",
       "The air force reported 112 Shahed-type drones launched from Kursk and Primorsko-Akhtarsk, of which 78 were "
       "shot down. Drone hits were recorded in Odesa, where a port facility burned, and in the Sumy region; in "
       "Kharkiv a fire broke out at a warehouse after an impact.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=112, I=78), ev("odesa", D, "RU"), ev("o_sum", D, "RU"),
        ev("kharkiv", X, "RU")],
       [tr("kursk", "launch site"), tr("primakhtarsk", "launch site")]),
    it("2023-04-28",
       "Cruise missiles struck residential buildings in Uman, killing 23, and in Dnipro a two-year-old girl and "
       "her mother died; meanwhile in Kremenchuk air defences shot down two missiles, according to the governor.",
       [ev("uman", M, "RU", k=23), ev("dnipro", M, "RU", k=2), ev("kremenchuk", I, "RU", w="missile", I=2)]),
    it("2024-12-25",
       "Russia hit energy facilities on Christmas morning: in Kharkiv seven missile strikes were recorded and six "
       "people were hurt; in the Dnipropetrovsk region a thermal power plant was damaged; in Kryvyi Rih one person "
       "died.",
       [ev("kharkiv", M, "RU", inj=6), ev("o_dnp", X, "RU"), ev("kryvyi", X, "RU", k=1)]),
    it("2024-05-31",
       "Russian warplanes dropped KABs on Kharkiv and Zolochiv, killing three in Kharkiv. Ukrainian forces in "
       "turn shelled Grayvoron and Shebekino in the Belgorod region; in Shebekino a woman was wounded.",
       [ev("kharkiv", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", k=3),
        ev("zolochiv_kh", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("grayvoron", S, "UA"), ev("shebekino", S, "UA", inj=1)]),
    it("2023-08-19",
       "A Russian Iskander hit the centre of Chernihiv on Saturday, killing seven and injuring 144, while in the "
       "Dnipropetrovsk region a drone hit a farm near Pavlohrad and artillery damaged homes in Marhanets.",
       [ev("chernihiv", M, "RU", ws="Iskander", k=7, inj=144), ev("pavlohrad", D, "RU"),
        ev("marhanets", S, "RU")]),
    it("2024-09-17",
       "Strikes reported on 16 September: Sumy — two guided bombs, a hospital damaged, 1 killed; Okhtyrka — "
       "drone attack on a fire station, three rescuers injured; Krasnopillia — mortar shelling, no casualties.",
       [ev("sumy", A, "RU", "2024-09-16", w="glide bomb", L=2, k=1), ev("okhtyrka", D, "RU", "2024-09-16", inj=3),
        ev("krasnopillia", S, "RU", "2024-09-16", k=0, inj=0)]),
    it("2025-02-01",
       "Russia's defence ministry said 41 Ukrainian drones were destroyed overnight, 15 of them over the Bryansk "
       "region. A drone hit an oil depot in Yelets, Lipetsk region, and another struck an industrial plant in "
       "Volgograd, causing a fire.",
       [ev("r_bry", I, "UA", w="drone", I=15), ev("yelets", D, "UA"), ev("volgograd", D, "UA")]),
    it("2024-01-29",
       "In occupied Donetsk, shells hit a market, killing 13 people, Russian-installed officials said, while in "
       "Horlivka a drone struck a bus, wounding four. Meanwhile in Nova Kakhovka a strike on the administration "
       "building killed one.",
       [ev("donetsk", S, "UA", k=13), ev("horlivka", D, "UA", inj=4), ev("novakakhovka", X, "UA", k=1)]),
    it("2024-11-17",
       "Russia fired 120 missiles and 90 drones overnight, the air force said, and 104 missiles and 42 drones were "
       "downed. In Mykolaiv a drone attack killed two; in Odesa energy infrastructure was hit; in the Lviv region "
       "a missile hit a substation; in Volyn debris from a downed missile damaged a house.",
       [summary("RU", w="missile", L=210, I=146), ev("mykolaiv", D, "RU", k=2), ev("odesa", X, "RU"),
        ev("o_lvi", M, "RU"), ev("o_vol", I, "RU", w="missile")]),
    it("2024-06-10",
       "On Sunday, Uragan rockets hit a school in Kupiansk, Kostiantynivka was struck by a glide bomb that killed "
       "a man, and a drone wounded two people in Kramatorsk.",
       [ev("kupiansk", S, "RU", -1, ws="Uragan"), ev("kostiantynivka", A, "RU", -1, w="glide bomb", k=1),
        ev("kramatorsk", D, "RU", -1, inj=2)]),
    it("2024-05-20",
       "Israeli strikes killed nine people in Jabalia and five in Rafah, while in southern Lebanon a drone strike "
       "on a car near Tyre killed two.",
       [ev("jabalia", A, "IL", k=9), ev("rafah", A, "IL", k=5), ev("tyre", D, "IL", k=2)]),
    it("2022-11-15",
       "Russia fired about 100 missiles at Ukraine on Tuesday, the air force said, of which 77 were shot down. "
       "Missiles hit two residential buildings in Kyiv; in Lviv half the city lost power after strikes; and "
       "energy facilities in Rivne were damaged.",
       [summary("RU", w="missile", L=100, I=77), ev("kyiv", M, "RU"), ev("lviv", X, "RU"), ev("rivne", X, "RU")]),
    # --- batch 7 ---
    it("2024-02-19",
       "Russian forces hit three southern cities overnight: in Kherson artillery shells struck a bus stop, "
       "killing two people; in Mykolaiv a Shahed set a grain warehouse on fire; and in Zaporizhzhia a missile "
       "damaged an industrial plant, wounding four workers.",
       [ev("kherson", S, "RU", k=2), ev("mykolaiv", D, "RU", ws="Shahed/Geran"), ev("zap", M, "RU", inj=4)]),
    it("2024-05-26",
       "Ukrainian drones set fire to a fuel depot in Rovenky, in the occupied part of the Luhansk region, while "
       "HIMARS rockets struck a Russian air-defence position near Nova Kakhovka, Russian-installed officials "
       "said.",
       [ev("rovenky", D, "UA"), ev("novakakhovka", S, "UA", ws="HIMARS")]),
    it("2024-10-14",
       "Russian glide bombs hit a residential area of Kostiantynivka, killing three residents, and in the "
       "Dnipropetrovsk region a drone attack on Nikopol left a woman wounded.",
       [ev("kostiantynivka", A, "RU", w="glide bomb", k=3), ev("nikopol", D, "RU", inj=1)]),
    it("2025-04-04",
       "Sumy came under a Russian drone attack at dawn. Three people were injured there, one of them seriously. "
       "In Okhtyrka, a guided bomb destroyed an administrative building. Shostka was left without power after "
       "strikes on a substation.",
       [ev("sumy", D, "RU", inj=3), ev("okhtyrka", A, "RU", w="glide bomb"), ev("shostka", X, "RU")]),
    it("2024-03-11",
       "A Kinzhal missile hit the airfield near Starokostiantyniv, an Iskander-M struck a warehouse on the "
       "outskirts of Kropyvnytskyi and Shahed drones targeted an oil depot in Rivne, Ukrainian officials said.",
       [ev("starokost", M, "RU", ws="Kinzhal"), ev("kropyvnytskyi", M, "RU", ws="Iskander"),
        ev("rivne", D, "RU", ws="Shahed/Geran")]),
    it("2024-12-05",
       "Russian attacks on Wednesday hit Kharkiv, where a printing house burned down, and Izium, where two "
       "people were killed; Balakliia was also struck, the regional governor said.",
       [ev("kharkiv", X, "RU", -1), ev("izium", X, "RU", -1, k=2), ev("balakliia", X, "RU", -1)]),
    it("2023-11-21",
       "The Kherson region recorded 41 Russian attacks over the day, with two people killed and nine wounded. "
       "In Kherson artillery fire killed one man and wounded five; in Bilozerka a drone injured two; and in the "
       "village of Stanislav a woman was killed by a mortar shell.",
       [ev("o_khe", X, "RU", k=2, inj=9), ev("kherson", S, "RU", k=1, inj=5), ev("bilozerka", D, "RU", inj=2),
        ev("stanislav", S, "RU", k=1)]),
    it("2025-03-16",
       "Ukraine's air force said Russia launched 145 drones and three Iskander-M missiles overnight; 81 of the "
       "drones were shot down and 52 were lost to electronic jamming. A ballistic missile hit an enterprise in "
       "Dnipro, wounding 11, and drones damaged apartment blocks in Kharkiv and Odesa.",
       [summary("RU", w="drone", L=148, I=81), ev("dnipro", M, "RU", ws="Iskander", inj=11),
        ev("kharkiv", D, "RU"), ev("odesa", D, "RU")]),
    it("2024-06-14",
       "Belgorod governor Vyacheslav Gladkov said Ukrainian forces shelled Shebekino, Golovchino and Urazovo "
       "during the day. In Shebekino a man was wounded by shrapnel, and in Urazovo a drone hit a car, injuring "
       "two.",
       [ev("shebekino", S, "UA", inj=1), ev("golovchino", S, "UA"), ev("urazovo", S, "UA", inj=2)]),
    it("2024-08-18",
       "The acting governor of the Kursk region said Ukrainian forces fired on Tyotkino, Glushkovo and Korenevo "
       "overnight, damaging a power line in Tyotkino. A drone struck a house in Rylsk; there were no "
       "casualties.",
       [ev("tyotkino", S, "UA"), ev("glushkovo", S, "UA"), ev("korenevo", S, "UA"),
        ev("rylsk", D, "UA", k=0, inj=0)]),
    it("2023-10-22",
       "Bryansk governor Alexander Bogomaz said the Ukrainian military shelled the settlements of Suzemka and "
       "Klimovo with artillery and dropped explosives from drones on Pogar. One civilian was wounded in "
       "Klimovo.",
       [ev("suzemka", S, "UA"), ev("klimovo", S, "UA", inj=1), ev("pogar", D, "UA")]),
    it("2024-09-23",
       "Israeli jets struck targets in Baalbek and near Tyre overnight, killing four people in Baalbek, "
       "Lebanese media said. Hezbollah launched a drone at Nahariya and fired rockets at Metula, where a house "
       "was damaged and no injuries were reported.",
       [ev("baalbek", A, "IL", k=4), ev("tyre", A, "IL"), ev("nahariya", D, "LB"),
        ev("metula", S, "LB", inj=0)]),
    it("2024-07-07",
       "In occupied Crimea, explosions were heard near the Saky airfield overnight; in Dzhankoi, Ukrainian "
       "ATACMS missiles struck an air-defence battery, and the Russian-installed governor Mikhail Razvozhayev "
       "said a drone was shot down over the Belbek airfield.",
       [ev("saky_ab", E, "UA"), ev("dzhankoi", M, "UA", ws="ATACMS"),
        ev("belbek", I, "UA", w="drone", I=1)]),
    it("2024-11-03",
       "Dnipropetrovsk governor Serhiy Lysak said Russian troops attacked the Nikopol district with artillery "
       "and drones overnight: Nikopol, Marhanets and Pokrov were hit, and in Marhanets a 58-year-old man was "
       "wounded. A Shahed also struck an enterprise in Pavlohrad.",
       [ev("nikopol", S, "RU"), ev("marhanets", S, "RU", inj=1), ev("pokrov", S, "RU"),
        ev("pavlohrad", D, "RU", ws="Shahed/Geran")]),
    it("2025-02-17",
       "Russia launched 71 drones and four Kh-59 missiles overnight, Ukraine's air force said; 56 drones were "
       "shot down over the Kharkiv, Sumy, Chernihiv and Kyiv regions and all four missiles over the "
       "Dnipropetrovsk region. In Sumy a drone hit a school building, and in Chernihiv debris injured a "
       "teenager.",
       [summary("RU", w="drone", L=75, I=60), ev("o_kha", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"),
        ev("o_chn", I, "RU", w="drone"), ev("o_kyi", I, "RU", w="drone"),
        ev("o_dnp", I, "RU", w="missile", ws="Kh-59", I=4), ev("sumy", D, "RU"),
        ev("chernihiv", I, "RU", w="drone", inj=1)]),
    it("2024-01-12",
       "Russian artillery pounded Komyshuvakha through the night, while a guided bomb hit a house in "
       "Vilniansk, killing an elderly couple, and a drone struck a car in Kushuhum, the Zaporizhzhia regional "
       "administration said.",
       [ev("komyshuvakha", S, "RU"), ev("vilniansk", A, "RU", w="glide bomb", k=2), ev("kushuhum", D, "RU")]),
    it("2024-10-27",
       "Russian attacks wounded nine civilians in the Donetsk region over the past day, the governor said: three "
       "in Kramatorsk after a missile strike, two in Sloviansk from drones, three in Druzhkivka from glide "
       "bombs and one in Myrnohrad from artillery fire. Two more people were killed in Pokrovsk.",
       [ev("o_don", X, "RU", inj=9), ev("kramatorsk", M, "RU", inj=3), ev("sloviansk", D, "RU", inj=2),
        ev("druzhkivka", A, "RU", w="glide bomb", inj=3), ev("myrnohrad", S, "RU", inj=1),
        ev("pokrovsk", X, "RU", k=2)]),
    it("2025-05-05",
       "Drones attacked oil refineries in Novokuibyshevsk and Syzran overnight, the Samara region governor said, "
       "and further drones hit a fuel depot in the Yaroslavl region. Russia's defence ministry said 47 drones "
       "had been destroyed over several regions.",
       [ev("novokuibyshevsk", D, "UA"), ev("syzran", D, "UA"), ev("r_yar", D, "UA")]),
    it("2023-09-14",
       "Debris from downed drones damaged houses in Boyarka and Fastiv overnight. In Bila Tserkva a drone hit "
       "an industrial facility, starting a fire. Brovary reported no damage.",
       [ev("boyarka", I, "RU", w="drone"), ev("fastiv", I, "RU", w="drone"), ev("bilatserkva", D, "RU")],
       [tr("brovary", "explicitly not hit")]),
    it("2024-04-15",
       "Governor Ivan Fedorov said Russian troops struck eight settlements of the Zaporizhzhia region 412 times "
       "in the past day. Drones attacked Huliaipole, Mala Tokmachka and Prymorske; artillery shelled "
       "Stepnohirsk and Orikhiv; multiple rocket launchers fired on Malokaterynivka. In Prymorske a woman was "
       "injured.",
       [ev("o_zap", X, "RU"), ev("huliaipole", D, "RU"), ev("malatokm", D, "RU"),
        ev("prymorske_zap", D, "RU", inj=1), ev("stepnohirsk", S, "RU"), ev("orikhiv", S, "RU"),
        ev("malokat", S, "RU")]),
    it("2025-01-19",
       "Over the past day Russian forces attacked Kupiansk, Kivsharivka, Zolochiv and Chuhuiv. In Kupiansk a "
       "70-year-old man was killed by shelling; in Chuhuiv a Shahed damaged a residential building and three "
       "people were injured; Zolochiv was hit by a KAB.",
       [ev("kupiansk", S, "RU", k=1), ev("kivsharivka", X, "RU"),
        ev("zolochiv_kh", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("chuhuiv", D, "RU", ws="Shahed/Geran", inj=3)]),
    it("2024-08-11",
       "Israeli strikes killed 11 people across the Gaza Strip on Sunday, medics said: six in a house in Khan "
       "Younis, three in Jabalia and two in Gaza City.",
       [ev("gazastrip", A, "IL", k=11), ev("khanyounis", A, "IL", k=6), ev("jabalia", A, "IL", k=3),
        ev("gaza", A, "IL", k=2)]),
    it("2023-08-01",
       "Russian drones hit port infrastructure in Izmail and Reni on the Danube overnight: in Izmail two truck "
       "drivers were injured, and in Reni a grain warehouse burned. Debris from a downed drone also fell in "
       "Kiliia.",
       [ev("izmail", D, "RU", inj=2), ev("reni", D, "RU"), ev("kiliia", I, "RU", w="drone")]),
    it("2024-12-28",
       "The air force said 28 of the 37 Shahed drones launched overnight from Russia's Kursk region and from "
       "Crimea were destroyed. In Mykolaiv a drone damaged a port facility; in the Kirovohrad region an energy "
       "facility was hit, and in Kropyvnytskyi two people were hurt by falling wreckage.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=37, I=28), ev("mykolaiv", D, "RU"), ev("o_kir", X, "RU"),
        ev("kropyvnytskyi", I, "RU", w="drone", inj=2)],
       [tr("r_krs", "launch area"), tr("crimea", "launch area")]),
    it("2024-03-02",
       "In the Belgorod region, Ukrainian drones attacked Grayvoron, Borisovka and Krasnaya Yaruga. In "
       "Borisovka a drone dropped a munition on a car, injuring the driver, while shelling of Grayvoron damaged "
       "a gas pipeline.",
       [ev("grayvoron", D, "UA"), ev("borisovka", D, "UA", inj=1), ev("krasnayayaruga", D, "UA")]),
    it("2025-06-22",
       "Russian troops fired on Ochakiv from the Kinburn Spit, wounding a fisherman, while in Kherson a drone "
       "dropped explosives on a car; in Nikopol heavy artillery damaged five houses.",
       [ev("ochakiv", S, "RU", inj=1), ev("kherson", D, "RU"), ev("nikopol", S, "RU")]),
    it("2024-05-13",
       "Russian forces shelled border communities of the Sumy region through the day. Mortar fire hit Esman and "
       "Shalyhyne; a KAB fell on Velyka Pysarivka, and in Nova Sloboda an FPV drone injured a farmer.",
       [ev("esman", S, "RU"), ev("shalyhyne", S, "RU"),
        ev("velpysarivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("novasloboda", D, "RU", inj=1)]),
    it("2023-12-06",
       "Ukrainian forces struck the occupied port of Berdiansk with Storm Shadow missiles, Russian-installed "
       "officials said, and drones hit an ammunition depot near Tokmak; in Melitopol explosions were heard "
       "through the night.",
       [ev("berdiansk", M, "UA", ws="Storm Shadow/SCALP"), ev("tokmak", D, "UA"), ev("melitopol", E, "UA")]),
    it("2025-03-28",
       "Strikes on Thursday, per local officials. Dobropillia: two Iskander-M missiles hit the town centre, one "
       "person killed. Bilozerske: a glide bomb damaged a school. Siversk: Uragan rockets, four wounded. Lyman: "
       "a drone hit a minibus, no casualties.",
       [ev("dobropillia", M, "RU", -1, ws="Iskander", L=2, k=1), ev("bilozerske", A, "RU", -1, w="glide bomb"),
        ev("siversk", S, "RU", -1, ws="Uragan", inj=4), ev("lyman", D, "RU", -1, k=0, inj=0)]),
    it("2022-09-11",
       "Russia's defence ministry said it had shot down three Ukrainian drones over the Bryansk region and two "
       "over the Kursk region. Bryansk governor Alexander Bogomaz said a drone hit an industrial site in "
       "Starodub, and shelling damaged an administrative building in the village of Belaya Berezka.",
       [ev("r_bry", I, "UA", w="drone", I=3), ev("r_krs", I, "UA", w="drone", I=2), ev("starodub", D, "UA"),
        ev("belayaberezka", S, "UA")]),
    # --- batch 8 ---
    it("2024-05-14",
       "A Russian Kh-59 missile struck a hospital in Sumy on Tuesday morning, killing two people. Hours later a "
       "drone hit a school in Okhtyrka, and Bilopillia came under artillery fire that wounded one resident.",
       [ev("sumy", M, "RU", ws="Kh-59", k=2), ev("okhtyrka", D, "RU"), ev("bilopillia", S, "RU", inj=1)]),
    it("2024-06-02",
       "Russian forces dropped a guided bomb on a supermarket in Kherson on Sunday, killing a man. In Antonivka "
       "a woman was wounded by shelling, and in Bilozerka a house burned after an attack.",
       [ev("kherson", A, "RU", w="glide bomb", k=1), ev("antonivka", S, "RU", inj=1), ev("bilozerka", X, "RU")]),
    it("2024-03-14",
       "Belgorod governor Vyacheslav Gladkov said Ukrainian forces shelled Shebekino and Novaya Tavolzhanka "
       "overnight, injuring two women in Shebekino. A drone attacked a car in Kozinka, killing the driver, and "
       "debris from a downed missile fell in Belgorod, damaging a school.",
       [ev("shebekino", S, "UA", inj=2), ev("novtav", S, "UA"), ev("kozinka", D, "UA", k=1),
        ev("belgorod", I, "UA", w="missile")]),
    it("2023-11-10",
       "Israeli aircraft struck houses in Khan Younis and Nuseirat on Friday, killing 14 people, eight of them "
       "in Nuseirat, health officials said. Rockets fired from the Strip set off sirens in Sderot, where one hit "
       "a road, and Hezbollah fired an anti-tank missile at a house in Metula.",
       [ev("khanyounis", A, "IL"), ev("nuseirat", A, "IL", k=8), ev("sderot", S, "PS"), ev("metula", M, "LB")]),
    it("2024-05-02",
       "Russia fired 43 missiles and 47 drones at Ukraine overnight, the air force said, and air defences shot "
       "down 30 of the missiles and 44 of the drones. In Kryvyi Rih a missile hit a five-storey building, "
       "killing four; in Kyiv's Darnytskyi district an Iskander-M knocked out a substation; and in Vinnytsia "
       "debris fell on a petrol station.",
       [summary("RU", w="missile", L=90, I=74), ev("kryvyi", M, "RU", k=4), ev("darnytsia", M, "RU", ws="Iskander"),
        ev("vinnytsia", I, "RU", w=None)]),
    it("2024-10-06",
       "Over the past day Russian troops attacked 31 settlements in the Kherson region, including Kherson, "
       "Beryslav and Chornobaivka, killing two people and wounding 15, governor Oleksandr Prokudin said. In "
       "Kherson a drone dropped explosives on a bus stop, injuring three; artillery hit a clinic in Beryslav; "
       "in Chornobaivka a man was killed.",
       [ev("o_khe", X, "RU", k=2, inj=15), ev("kherson", D, "RU", inj=3), ev("beryslav", S, "RU"),
        ev("chornobaivka", X, "RU", k=1)]),
    it("2024-07-11",
       "Russian aircraft dropped glide bombs on Kupiansk and Borova on Wednesday, the Kharkiv governor said. "
       "Overnight, Ukrainian drones hit an oil depot in Valuyki, in Russia's Belgorod region, and started a fire "
       "at a substation in Lgov, Kursk region, officials there said.",
       [ev("kupiansk", A, "RU", -1, w="glide bomb"), ev("borova", A, "RU", -1, w="glide bomb"),
        ev("valuyki", D, "UA"), ev("lgov", D, "UA")]),
    it("2024-04-25",
       "A Shahed drone slammed into a high-rise in Odesa overnight, killing two residents, and another hit a "
       "warehouse in Chornomorsk. In Pivdenne, a port facility was damaged, the regional governor said.",
       [ev("odesa", D, "RU", ws="Shahed/Geran", k=2), ev("chornomorsk", D, "RU", ws="Shahed/Geran"),
        ev("yuzhne", X, "RU")]),
    it("2024-08-20",
       "Russian strikes on the Donetsk region on Tuesday killed four civilians and wounded 11, governor Vadym "
       "Filashkin said. Two people died in Toretsk after shelling; in Pokrovsk a missile hit a residential area, "
       "wounding seven; a drone killed a woman in Selydove, and another person died in Myrnohrad.",
       [ev("o_don", X, "RU", k=4, inj=11), ev("toretsk", S, "RU", k=2), ev("pokrovsk", M, "RU", inj=7),
        ev("selydove", D, "RU", k=1), ev("myrnohrad", X, "RU", k=1)]),
    it("2023-02-13",
       "Russian-installed officials in Donetsk said Ukrainian artillery shelled the city's Kuibyshevskyi "
       "district, killing a woman. In Horlivka a drone struck a car, and explosions were heard near an "
       "ammunition depot in Makiivka.",
       [ev("donetsk", S, "UA", k=1), ev("horlivka", D, "UA"), ev("makiivka", E, "UA")]),
    it("2024-07-16",
       "A ballistic missile hit a residential building in Kryvyi Rih, killing five people, and shortly "
       "afterwards Zhovti Vody reported damage to a power line. In Nikopol, artillery fire wounded a woman, "
       "governor Serhiy Lysak said.",
       [ev("kryvyi", M, "RU", k=5), ev("zhovtivody", X, "RU"), ev("nikopol", S, "RU", inj=1)]),
    it("2024-09-05",
       "Russia's defence ministry said air defences downed eight Ukrainian drones over the Bryansk region and "
       "four over the Oryol region overnight. In Oryol a drone struck an oil depot, the governor said, and in "
       "Klintsy debris damaged two houses.",
       [ev("r_bry", I, "UA", w="drone", I=8), ev("r_orl", I, "UA", w="drone", I=4), ev("oryol", D, "UA"),
        ev("klintsy", I, "UA", w="drone")]),
    it("2024-09-19",
       "A Russian KAB struck a residential area of Zolochiv, wounding three people. In Kharkiv a Shahed hit a "
       "warehouse and started a fire, and Kupiansk was shelled twice during the day; no casualties were "
       "reported there.",
       [ev("zolochiv_kh", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=3),
        ev("kharkiv", D, "RU", ws="Shahed/Geran"), ev("kupiansk", S, "RU", k=0, inj=0)]),
    it("2024-12-19",
       "A ballistic missile fired by the Houthis was intercepted over Tel Aviv overnight, and falling debris "
       "damaged a school. Hours later Israeli jets struck the port of Hodeidah and power stations in Sanaa, "
       "killing nine people in Hodeidah, the Houthi-run health ministry said.",
       [ev("telaviv", I, "YE", w="missile", I=1), ev("hodeidah", A, "IL", k=9), ev("sanaa", A, "IL")]),
    it("2024-11-09",
       "Russian forces struck Zaporizhzhia with guided bombs overnight, damaging an industrial site and "
       "injuring two. In Orikhiv artillery destroyed a house, Huliaipole came under fire from multiple rocket "
       "launchers, and Stepnohirsk was hit nine times; one person was killed there.",
       [ev("zap", A, "RU", w="glide bomb", inj=2), ev("orikhiv", S, "RU"), ev("huliaipole", S, "RU"),
        ev("stepnohirsk", X, "RU", k=1)]),
    it("2024-03-24",
       "Russia launched 14 missiles at Ukraine overnight, including four Kinzhal and six Kalibr, the air force "
       "said; nine were shot down. Kinzhals struck an energy facility near Burshtyn, and in Lviv a cruise "
       "missile damaged a warehouse, injuring one person. In the Khmelnytskyi region, debris fell on a village.",
       [summary("RU", w="missile", ws="Kinzhal", L=14, I=9), ev("burshtyn", M, "RU", ws="Kinzhal"),
        ev("lviv", M, "RU", inj=1), ev("o_khm", I, "RU", w="missile")]),
    it("2024-10-21",
       "Drones hit the oil refinery in Ryazan overnight, the regional governor said, and a chemical plant in "
       "Novomoskovsk, in the Tula region, caught fire after a drone attack. In Voronezh a drone crashed into a "
       "residential building, injuring three.",
       [ev("ryazan", D, "UA"), ev("novomoskovsk", D, "UA"), ev("voronezh", D, "UA", inj=3)]),
    it("2025-01-27",
       "Russian forces attacked the Krasnopillia, Myropillia and Velyka Pysarivka communities of the Sumy region "
       "over the day. In Myropillia a KAB destroyed a shop, a drone killed a man in Velyka Pysarivka, and "
       "Krasnopillia was shelled with mortars.",
       [ev("krasnopillia", S, "RU"), ev("myropillia", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("velpysarivka", D, "RU", k=1)]),
    it("2023-07-25",
       "On Monday two Kalibr cruise missiles hit port infrastructure in Odesa, killing a security guard, a "
       "strike in Izmail set a grain silo on fire, and in Ochakiv Russian artillery wounded a fisherman.",
       [ev("odesa", M, "RU", -1, ws="Kalibr", L=2, k=1), ev("izmail", X, "RU", -1),
        ev("ochakiv", S, "RU", -1, inj=1)]),
    it("2024-10-24",
       "On Thursday an Iskander-M struck a railway depot in Lozova, wounding 11 people, and a second strike on "
       "the town an hour later hit a school. In Balakliia a drone attack killed a 64-year-old man, and Izium "
       "was hit by a guided bomb.",
       [ev("lozova", M, "RU", ws="Iskander", inj=11), ev("balakliia", D, "RU", k=1),
        ev("izium", A, "RU", w="glide bomb")]),
    # --- batch 10b ---
    it("2024-11-17",
       "Russia fired 120 missiles and 90 drones at Ukraine's energy system early on Sunday, the air force said, "
       "claiming 104 missiles and 42 drones destroyed. In Mykolaiv a drone strike killed two people and left "
       "part of the city without power; in Odesa missiles hit energy infrastructure, wounding two; and in the "
       "Volyn region debris from a downed missile damaged a house in Kivertsi. The Tu-95 bombers fired from "
       "the Caspian Sea area.",
       [summary("RU", w="missile", L=210, I=146), ev("mykolaiv", D, "RU", k=2), ev("odesa", M, "RU", inj=2),
        ev("kivertsi", I, "RU", w="missile")],
       [tr("caspian", "launch area")]),
    it("2024-09-29",
       "Russian forces struck the Dnipropetrovsk region 14 times on Saturday with drones and artillery, killing "
       "one person and wounding six, governor Serhiy Lysak said. In Nikopol a drone hit a minibus, wounding four "
       "passengers; shelling damaged a school in Marhanets; a man was killed in Pokrov when a shell landed in "
       "his yard; and in Zelenodolsk, Kryvyi Rih district, a kamikaze drone set a grain store ablaze.",
       [ev("o_dnp", D, "RU", -1, k=1, inj=6), ev("nikopol", D, "RU", -1, inj=4), ev("marhanets", S, "RU", -1),
        ev("pokrov", S, "RU", -1, k=1), ev("zelenodolsk_ua", D, "RU", -1)]),
    it("2024-12-05",
       "Air defences shot down a cruise missile over Bila Tserkva on Thursday morning, the Kyiv regional "
       "administration said, but a second missile hit an industrial site in Fastiv, injuring three workers. "
       "In Kyiv itself, debris from a drone fell on a playground in the Obolonskyi district; no one was hurt.",
       [ev("bilatserkva", I, "RU", w="missile", I=1), ev("fastiv", M, "RU", inj=3),
        ev("obolon", I, "RU", w="drone", k=0, inj=0)]),
    it("2025-02-10",
       "Russia's defence ministry said 47 Ukrainian drones were shot down overnight, 20 of them over the Rostov "
       "region and nine over the Voronezh region. Voronezh governor Alexander Gusev said debris fell on a house "
       "in Rossosh, injuring a woman, while in the Rostov region a drone hit the office of a coal mine in Gukovo "
       "and another started a fire at a substation in Shakhty.",
       [ev("r_ros", I, "UA", w="drone", I=20), ev("r_vor", I, "UA", w="drone", I=9),
        ev("rossosh", I, "UA", w="drone", inj=1), ev("gukovo", D, "UA"), ev("shakhty", D, "UA")]),
    it("2025-04-22",
       "Nine days after two ballistic missiles killed 35 people in central Sumy, Russian forces hit the "
       "region's border communities again: guided bombs fell on Krasnopillia, a drone struck a car in "
       "Bilopillia, killing the driver, and artillery pounded Velyka Pysarivka. In Okhtyrka a Shahed damaged a "
       "high-voltage line, the regional military administration said.",
       [ev("krasnopillia", A, "RU", w="glide bomb"), ev("bilopillia", D, "RU", k=1), ev("velpysarivka", S, "RU"),
        ev("okhtyrka", D, "RU", ws="Shahed/Geran")],
       [tr("sumy", "background (a strike nine days earlier)")]),
    it("2024-06-15",
       "Strikes on 14 June, as reported by Russian-installed authorities in the Kherson region: Nova Kakhovka - "
       "HIMARS strike on the district administration, 2 killed; Oleshky - drone hit a bakery, 1 wounded; "
       "Hola Prystan - artillery fire, power cut to the town; Skadovsk - air defence downed 3 drones, no damage.",
       [ev("novakakhovka", S, "UA", "2024-06-14", ws="HIMARS", k=2), ev("oleshky", D, "UA", "2024-06-14", inj=1),
        ev("holaprystan", S, "UA", "2024-06-14"), ev("skadovsk", I, "UA", "2024-06-14", w="drone", I=3)]),
    it("2024-09-24",
       "Israeli jets struck what the military called Hezbollah weapons depots in Baalbek and near Hermel in the "
       "Bekaa Valley on Tuesday, killing four people in Baalbek, the health ministry said. Hezbollah answered "
       "with some 30 rockets at the north; most were intercepted over Kiryat Shmona, while one hit a house in "
       "Metula, causing damage but no injuries.",
       [ev("baalbek", A, "IL", k=4), ev("hermel", A, "IL"), ev("kiryatshmona", I, "LB", w="artillery"),
        ev("metula", S, "LB", inj=0)]),
    it("2024-10-19",
       "Governor Oleh Syniehubov reported strikes on three towns of the Kharkiv region on Friday. A KAB hit a "
       "private house in Zolochiv, killing an elderly couple; a Shahed struck an enterprise in Barvinkove, where "
       "three people were injured; and Russian artillery damaged the railway station in Kupiansk-Vuzlovyi. "
       "Kharkiv city itself was quiet for a second night.",
       [ev("zolochiv_kh", A, "RU", -1, w="glide bomb", ws="KAB/FAB glide bomb", k=2),
        ev("barvinkove", D, "RU", -1, ws="Shahed/Geran", inj=3), ev("kupvuz", S, "RU", -1)],
       [tr("kharkiv", "explicitly quiet")]),
    it("2024-05-16",
       "Ukrainian forces fired ATACMS missiles at the Belbek airfield overnight, damaging two fighter jets, "
       "according to Ukraine's navy. Sevastopol's Russian-installed governor Mikhail Razvozhayev said air "
       "defences shot down five missiles over the city, where falling fragments injured four people, and in "
       "Feodosia a drone hit an oil terminal, starting a fire.",
       [ev("belbek", M, "UA", ws="ATACMS"), ev("sevastopol", I, "UA", w="missile", I=5, inj=4),
        ev("feodosia", D, "UA")],
       [tr("c_ua", "actor (Ukraine's navy)", pt="Ukraine")]),
    it("2024-11-03",
       "Over the past day, the enemy carried out 412 strikes on 11 settlements of the Zaporizhzhia region, "
       "head of the regional military administration Ivan Fedorov reported. Aircraft dropped guided bombs on "
       "Huliaipole and Malokaterynivka; drones attacked Stepnohirsk, Mala Tokmachka and Prymorske; artillery "
       "fired on Orikhiv and Bilenke. A 71-year-old woman was wounded in Stepnohirsk. There were 14 reports of "
       "damage to homes and cars.",
       [ev("o_zap", X, "RU"), ev("huliaipole", A, "RU", w="glide bomb"), ev("malokat", A, "RU", w="glide bomb"),
        ev("stepnohirsk", D, "RU", inj=1), ev("malatokm", D, "RU"), ev("prymorske_zap", D, "RU"),
        ev("orikhiv", S, "RU"), ev("bilenke_zap", S, "RU")]),
    it("2024-07-18",
       "Ukrainian forces shelled Urazovo in the Valuyki district on Wednesday, wounding two men, Belgorod "
       "governor Vyacheslav Gladkov said. An FPV drone dropped an explosive on a tractor outside Volokonovka, "
       "killing its driver, and over the city of Belgorod air defences downed four rockets fired by a Vampire "
       "launcher; fragments damaged two cars.",
       [ev("urazovo", S, "UA", -1, inj=2), ev("volokonovka", D, "UA", -1, k=1),
        ev("belgorod", I, "UA", -1, w="artillery", I=4)]),
    it("2025-01-10",
       "Israeli warplanes struck the port of Hodeidah and a power station in Sanaa on Thursday, killing three "
       "people in Hodeidah, the Houthi-run health ministry said. The raids answered a drone launched from "
       "Yemen that hit an apartment building in Ashkelon earlier in the week, lightly injuring one resident.",
       [ev("hodeidah", A, "IL", -1, k=3), ev("sanaa", A, "IL", -1)],
       [tr("yemen", "launch area"), tr("ashkelon", "background (the earlier drone strike the raids answered)")]),
    it("2024-10-27",
       "Russian aircraft struck Ukrainian positions near Konstantinovka with FAB-500 bombs fitted with UMPK "
       "kits, the defence ministry in Moscow said, and an Iskander destroyed a train carrying Western weapons in "
       "Druzhkovka. Ukrainian officials said the Iskander hit a depot in Druzhkivka, killing a railway worker, "
       "and that two guided bombs struck a hospital in Kostiantynivka, wounding nine.",
       [ev("kostiantynivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=2, inj=9),
        ev("druzhkivka", M, "RU", ws="Iskander", k=1)],
       [tr("moscow", "actor (the defence ministry in Moscow said)")]),
    it("2024-06-01",
       "Overnight Russia attacked with 81 Shahed-type drones launched from Bryansk, Kursk and Millerovo and two "
       "Iskander-M ballistic missiles fired from the Belgorod region, the air force reported. 57 drones were "
       "shot down and 19 were lost locally to electronic warfare. The missiles struck Kryvyi Rih, where a hotel "
       "was destroyed and one person died; drone hits were recorded in the Poltava and Cherkasy regions. In "
       "Cherkasy, debris damaged a high-rise and injured two.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=83, I=57), ev("kryvyi", M, "RU", ws="Iskander", k=1),
        ev("o_pol", D, "RU"), ev("o_che", D, "RU"), ev("cherkasy", I, "RU", w="drone", inj=2)],
       [tr("bryansk", "launch site"), tr("kursk", "launch site"), tr("millerovo", "launch site"),
        tr("r_bel", "launch area")]),
    it("2024-09-18",
       "Drones struck the Novokuibyshevsk refinery in the Samara region and an arsenal near Toropets, some 380 "
       "km from Moscow, overnight, Russian officials said. Samara governor Vyacheslav Fedorishchev said there "
       "were no casualties at the refinery. The defence ministry said 12 drones were destroyed over the Tver "
       "region, and villages around Toropets were evacuated as fires spread.",
       [ev("novokuibyshevsk", D, "UA", k=0, inj=0), ev("toropets", D, "UA"),
        ev("r_tve", I, "UA", w="drone", I=12)],
       [tr("moscow", "distance reference")]),
    it("2024-08-11",
       "Russian troops shelled Kherson and 23 other settlements of the region over the past day, killing two "
       "people and wounding 13, governor Oleksandr Prokudin said. Artillery firing from across the Dnipro river "
       "hit a high-rise in Kherson's Dniprovskyi district, wounding four; in Antonivka a drone dropped a grenade "
       "at a bus stop, killing a woman; and guided bombs destroyed the cultural centre in Novovorontsovka.",
       [ev("o_khe", S, "RU", k=2, inj=13), ev("kherson", S, "RU", inj=4), ev("antonivka", D, "RU", k=1),
        ev("novovorontsovka", A, "RU", w="glide bomb")],
       [tr("dnipro", "river named like a city")]),
    it("2024-12-13",
       "Air defence destroyed three cruise missiles over the Lviv region overnight, governor Maksym Kozytskyi "
       "said. One missile hit an energy facility in Stryi; there were no casualties. Debris fell in Drohobych, "
       "blowing out the windows of a school. The missiles were fired by Tu-95MS bombers from the Volgodonsk area.",
       [ev("o_lvi", I, "RU", w="missile", I=3), ev("stryi", M, "RU", k=0, inj=0),
        ev("drohobych", I, "RU", w="missile")],
       [tr("volgodonsk", "launch area")]),
    it("2024-08-27",
       "Russian troops pressing toward Pokrovsk shelled the town and neighbouring Myrnohrad on Monday, killing "
       "three civilians in Pokrovsk and wounding one in Myrnohrad, regional police said. In Selydove an air "
       "strike destroyed a five-storey building. Russian channels, which still call Pokrovsk Krasnoarmeysk, "
       "claimed advances near Vuhledar.",
       [ev("pokrovsk", S, "RU", -1, k=3), ev("myrnohrad", S, "RU", -1, inj=1), ev("selydove", A, "RU", -1)],
       [tr("vuhledar", "ground fighting (claimed advances)")]),
    it("2025-03-01",
       "Russian drones attacked the Kyiv region for four hours overnight; 14 were shot down, the regional "
       "administration said. In Boryspil a warehouse burned after a drone hit; in Vyshhorod a falling drone "
       "damaged three private houses and injured a 12-year-old boy; and about 10 Shaheds were downed over "
       "Brovary. The capital itself was not targeted.",
       [ev("o_kyi", I, "RU", w="drone", I=14), ev("boryspil", D, "RU"), ev("vyshhorod", I, "RU", w="drone", inj=1),
        ev("brovary", I, "RU", w="drone", ws="Shahed/Geran", I=10)]),
    it("2023-11-07",
       "Russian-installed officials said Ukrainian HIMARS rockets hit a dormitory in Lugansk, killing four "
       "people, and shells landed in the Kievsky district of Donetsk, wounding a man. In Gorlovka a drone struck "
       "a minibus; its driver later died in hospital. Alchevsk was quiet, they added.",
       [ev("luhansk", S, "UA", ws="HIMARS", k=4), ev("donetsk", S, "UA", inj=1), ev("horlivka", D, "UA", k=1)],
       [tr("alchevsk", "explicitly quiet")]),
]
