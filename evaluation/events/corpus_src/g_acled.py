"""Genre ``acled``: ACLED-style event notes ("On 5 May 2024, Russian forces shelled X (Region)...")."""

from .common import A, D, I, M, S, ev, it, tr

ITEMS = [
    it("2024-05-13", "On 5 May 2024, Russian forces shelled Bilozerka, Kherson region. 1 civilian was killed.",
       [ev("bilozerka", S, "RU", "2024-05-05", k=1)]),
    it("2023-03-21",
       "On 14 March 2023, Russian military forces struck Kramatorsk (Donetsk) with S-300 missiles, damaging "
       "residential buildings. 1 civilian was killed and 8 were injured.",
       [ev("kramatorsk", M, "RU", "2023-03-14", ws="S-300", k=1, inj=8)]),
    it("2023-06-12",
       "On 2 June 2023, Ukrainian military forces shelled Shebekino (Belgorod). Several residential buildings "
       "were damaged and 2 civilians injured.",
       [ev("shebekino", S, "UA", "2023-06-02", inj=2)]),
    it("2024-01-26",
       "On 19 January 2024, Ukrainian forces carried out a drone strike on an oil depot in Klintsy (Bryansk). "
       "The depot caught fire. Casualties unknown.",
       [ev("klintsy", D, "UA", "2024-01-19")]),
    it("2024-10-14",
       "On 6 October 2024, Russian forces dropped KAB glide bombs on Kupiansk (Kharkiv). 2 fatalities reported.",
       [ev("kupiansk", A, "RU", "2024-10-06", w="glide bomb", ws="KAB/FAB glide bomb", k=2)]),
    it("2023-02-20",
       "Around 11 February 2023 (as reported), Russian forces shelled Vuhledar (Donetsk). Casualties unknown.",
       [ev("vuhledar", S, "RU", "2023-02-11")]),
    it("2024-07-31",
       "On 24 July 2024, Ukrainian forces launched drones at the Morozovsk airfield (Rostov). The Russian MoD "
       "claimed 2 drones were intercepted. No fatalities reported.",
       [ev("morozovsk_ab", D, "UA", "2024-07-24", I=2, k=0)]),
    it("2024-07-15",
       "On 8 July 2024, Russian forces struck Kyiv with Kh-101 cruise missiles, hitting a children's hospital "
       "and residential areas. At least 33 fatalities.",
       [ev("kyiv", M, "RU", "2024-07-08", ws="Kh-101", k=33)]),
    it("2025-05-06",
       "On 29 April 2025, Russian forces shelled Nikopol and Marhanets (Dnipropetrovsk) with artillery; in "
       "Nikopol, a woman was killed, while in Marhanets 2 men were wounded.",
       [ev("nikopol", S, "RU", "2025-04-29", k=1), ev("marhanets", S, "RU", "2025-04-29", inj=2)]),
    it("2022-12-12",
       "On 3 December 2022, Ukrainian forces shelled Donetsk city (Donetsk). 1 civilian killed, 3 injured.",
       [ev("donetsk", S, "UA", "2022-12-03", k=1, inj=3)]),
    it("2024-06-03",
       "On 27 May 2024, interception: Ukrainian air defence downed 4 Russian Shahed drones over Kyiv region "
       "(Kyiv). No casualties.",
       [ev("o_kyi", I, "RU", "2024-05-27", w="drone", ws="Shahed/Geran", I=4, k=0, inj=0)]),
    it("2023-11-27",
       "On 17 November 2023, Russian forces conducted an air strike on Avdiivka (Donetsk). Casualties unknown.",
       [ev("avdiivka", A, "RU", "2023-11-17")]),
    it("2024-03-11",
       "On 2 March 2024, Russian forces launched a drone strike on a residential building in Odesa (Odesa). "
       "12 fatalities, including 5 children.",
       [ev("odesa", D, "RU", "2024-03-02", k=12)]),
    it("2023-10-02",
       "On 22 September 2023, Ukrainian forces fired Storm Shadow missiles at the Black Sea Fleet headquarters "
       "in Sevastopol (Crimea). 1 fatality (a serviceman) reported by Russia.",
       [ev("sevastopol", M, "UA", "2023-09-22", ws="Storm Shadow/SCALP", k=1)],
       [tr("blacksea", "name of the fleet")]),
    it("2024-04-15",
       "On 4 April 2024, Russian forces shelled Kozacha Lopan (Kharkiv) with Grad multiple rocket launchers. "
       "Casualties unknown.",
       [ev("kozachalopan", S, "RU", "2024-04-04", ws="Grad")]),
    it("2024-10-28",
       "On 18 October 2024, Russian forces struck an enterprise in Kryvyi Rih (Dnipropetrovsk) with a "
       "ballistic missile. 1 fatality, 7 injured.",
       [ev("kryvyi", M, "RU", "2024-10-18", k=1, inj=7)]),
    it("2024-08-26",
       "On 16 August 2024, Ukrainian forces struck a bridge over the Seim river in the Glushkovo district "
       "(Kursk) with HIMARS rockets. Casualties unknown.",
       [ev("glushkovo", S, "UA", "2024-08-16", ws="HIMARS")]),
    it("2022-10-17",
       "On 10 October 2022, Russian forces launched missile strikes on Kyiv, Lviv, Dnipro and Zaporizhzhia, "
       "among other locations. Kyiv: 8 fatalities; Lviv: no fatalities reported.",
       [ev("kyiv", M, "RU", "2022-10-10", k=8), ev("lviv", M, "RU", "2022-10-10", k=0),
        ev("dnipro", M, "RU", "2022-10-10"), ev("zap", M, "RU", "2022-10-10")]),
    it("2023-12-18",
       "On 12 December 2023, Israeli military forces carried out air strikes on Rafah (Rafah, Gaza Strip). At "
       "least 20 fatalities reported.",
       [ev("rafah", A, "IL", "2023-12-12", k=20)]),
    it("2024-11-18",
       "On 7 November 2024, Russian forces shelled Beryslav (Kherson). 1 civilian injured.",
       [ev("beryslav", S, "RU", "2024-11-07", inj=1)]),
    it("2024-04-29",
       "On 20 April 2024, Ukrainian forces conducted a drone strike on an electrical substation in Novy Oskol "
       "(Belgorod). No casualties.",
       [ev("novyoskol", D, "UA", "2024-04-20", k=0, inj=0)]),
    it("2024-06-24",
       "On 15 June 2024, Russian forces carried out an air strike with glide bombs on Vovchansk (Kharkiv). "
       "Fatalities: 0.",
       [ev("vovchansk", A, "RU", "2024-06-15", w="glide bomb", k=0)]),
    it("2024-04-01",
       "On 26 March 2024, Russian forces shelled Kherson (Kherson) from across the Dnipro river. The shelling "
       "killed 1 civilian.",
       [ev("kherson", S, "RU", "2024-03-26", k=1)],
       [tr("dnipro", "river name, not the city")]),
    it("2022-09-20",
       "On 14 September 2022, Russian forces struck a water reservoir dam in Kryvyi Rih (Dnipropetrovsk) with "
       "cruise missiles. Casualties unknown.",
       [ev("kryvyi", M, "RU", "2022-09-14")]),
    it("2025-02-04",
       "On 28 January 2025, Ukrainian forces struck the Afipsky oil refinery (Krasnodar) with drones. A fire "
       "broke out; no casualties reported.",
       [ev("afipsky", D, "UA", "2025-01-28", k=0, inj=0)]),
    it("2024-03-18",
       "On 9 March 2024, Russian forces struck Selydove (Donetsk) with a missile, damaging a hospital. 2 "
       "injured.",
       [ev("selydove", M, "RU", "2024-03-09", inj=2)]),
    it("2023-07-31",
       "On 21 July 2023, Russian forces shelled Kostiantynivka (Donetsk). 1 civilian killed, 2 injured.",
       [ev("kostiantynivka", S, "RU", "2023-07-21", k=1, inj=2)]),
    it("2023-10-09",
       "On 2 October 2023, Ukrainian forces shelled Horlivka (Donetsk). 2 civilians killed, according to "
       "Russian-installed authorities.",
       [ev("horlivka", S, "UA", "2023-10-02", k=2)]),
    it("2024-05-15",
       "On 8 May 2024, Russian forces struck energy infrastructure in Burshtyn (Ivano-Frankivsk) with missiles. "
       "Casualties unknown.",
       [ev("burshtyn", M, "RU", "2024-05-08")]),
    it("2024-05-27",
       "On 23 May 2024, Russian forces launched a missile strike on a printing house in Kharkiv (Kharkiv). 7 "
       "fatalities, 16 injured.",
       [ev("kharkiv", M, "RU", "2024-05-23", k=7, inj=16)]),
    it("2022-08-15",
       "On 5 August 2022, unidentified armed forces shelled the Zaporizhzhia Nuclear Power Plant near "
       "Enerhodar (Zaporizhzhia); Ukraine and Russia blamed each other. No casualties.",
       [ev("znpp", S, None, "2022-08-05", k=0, inj=0)],
       [tr("c_ua", "actor (blamed each other)"), tr("russia", "actor (blamed each other)")]),
    it("2024-09-30",
       "On 23 September 2024, Israeli military forces conducted air strikes on Baalbek (Baalbek-Hermel). "
       "Fatalities: 10.",
       [ev("baalbek", A, "IL", "2024-09-23", k=10)]),
    it("2024-10-10",
       "On 3 October 2024, Russian forces conducted a drone strike on a bus in Kherson city (Kherson). 1 "
       "fatality; 5 injured.",
       [ev("kherson", D, "RU", "2024-10-03", k=1, inj=5)]),
    it("2024-12-09",
       "On 30 November 2024, Ukrainian forces carried out a drone attack on Ryazan (Ryazan). The Russian MoD "
       "said the drones were downed; no casualties.",
       [ev("ryazan", D, "UA", "2024-11-30", k=0, inj=0)]),
    it("2024-09-23",
       "On 16 September 2024, Russian forces struck a residential building in Sumy (Sumy) with a KAB. 2 killed, "
       "13 injured.",
       [ev("sumy", A, "RU", "2024-09-16", w="glide bomb", ws="KAB/FAB glide bomb", k=2, inj=13)]),
    it("2025-06-30",
       "On 20 June 2025, Russian forces shelled Huliaipole (Zaporizhzhia) with MLRS. Casualties unknown.",
       [ev("huliaipole", S, "RU", "2025-06-20")]),
    it("2024-04-08",
       "On 2 April 2024, Ukrainian forces struck Yelabuga (Tatarstan) with drones, hitting a drone factory "
       "and a dormitory. 12 injured.",
       [ev("yelabuga", D, "UA", "2024-04-02", inj=12)]),
    it("2023-08-21",
       "On 11 August 2023, Russian forces launched drones at Izmail port (Odesa); Ukrainian air defence "
       "destroyed 13 drones. Casualties unknown.",
       [ev("izmail", D, "RU", "2023-08-11", I=13)]),
    it("2022-10-03",
       "On 27 September 2022, Russian forces struck Mykolaiv (Mykolaiv) with S-300 missiles. 1 fatality.",
       [ev("mykolaiv", M, "RU", "2022-09-27", ws="S-300", k=1)]),
    it("2025-01-13",
       "On 5 January 2025, Russian forces carried out an air strike on Siversk (Donetsk). Casualties unknown.",
       [ev("siversk", A, "RU", "2025-01-05")]),
    it("2025-08-25",
       "On 14 August 2025, Ukrainian forces struck the Volgograd oil refinery (Volgograd) with drones, "
       "causing a fire. Casualties unknown.",
       [ev("volgograd", D, "UA", "2025-08-14")]),
    it("2023-07-17",
       "On 7 July 2023, Russian forces struck Lyman (Donetsk) with Uragan MLRS. 1 fatality, 2 injured.",
       [ev("lyman", S, "RU", "2023-07-07", ws="Uragan", k=1, inj=2)]),
    it("2024-02-26",
       "On 19 February 2024, Russian forces conducted a drone strike on Kozelets (Chernihiv), damaging "
       "infrastructure. No casualties.",
       [ev("kozelets", D, "RU", "2024-02-19", k=0, inj=0)]),
    it("2023-11-20",
       "On 9 November 2023, Ukrainian forces fired artillery at Nova Kakhovka (Kherson). 1 fatality.",
       [ev("novakakhovka", S, "UA", "2023-11-09", k=1)]),
    it("2025-01-06",
       "On 29 December 2024, Russian forces struck Zolochiv (Kharkiv) with glide bombs. 1 injured.",
       [ev("zolochiv_kh", A, "RU", "2024-12-29", w="glide bomb", inj=1)]),
    it("2022-03-03",
       "On or about 24 February 2022, Russian forces struck the airport of Ivano-Frankivsk (Ivano-Frankivsk) "
       "with missiles. Casualties unknown.",
       [ev("ivf", M, "RU", "2022-02-24")]),
    # --- second batch (independent writer) ---
    it("2024-09-16",
       "On 9 September 2024, Russian forces launched a missile strike on Odesa port (Odesa). A civilian vessel "
       "was damaged; 1 civilian injured.",
       [ev("odesa", M, "RU", "2024-09-09", inj=1)]),
    it("2023-11-06",
       "On 30 October 2023, Ukrainian forces shelled Horlivka (Donetsk) with artillery. 2 civilians were "
       "killed.",
       [ev("horlivka", S, "UA", "2023-10-30", k=2)]),
    it("2025-02-10",
       "On 3 February 2025, Russian forces conducted drone strikes on Bohodukhiv (Kharkiv), damaging a "
       "warehouse. No casualties.",
       [ev("bohodukhiv", D, "RU", "2025-02-03", k=0, inj=0)]),
    it("2024-04-15",
       "On or about 7 April 2024, Ukrainian forces launched drones at the Zaporizhzhia Nuclear Power Plant "
       "(Zaporizhzhia); according to Russian-appointed officials a drone struck the dome of a reactor. No "
       "casualties.",
       [ev("znpp", D, "UA", "2024-04-07", k=0, inj=0)]),
    it("2023-05-22",
       "On 14 May 2023, interception: Russian air defence reportedly shot down 2 Storm Shadow missiles over "
       "Luhansk city (Luhansk). Explosions reported; 6 injured.",
       [ev("luhansk", I, "UA", "2023-05-14", w="missile", ws="Storm Shadow/SCALP", I=2, inj=6)]),
    it("2024-12-09",
       "On 2 December 2024, Russian forces dropped guided aerial bombs on Orikhiv (Zaporizhzhia). 1 civilian "
       "killed, 2 injured.",
       [ev("orikhiv", A, "RU", "2024-12-02", w="glide bomb", k=1, inj=2)]),
    it("2025-08-18",
       "On 11 August 2025, Ukrainian forces launched a drone strike on an oil refinery in Saratov (Saratov). "
       "1 civilian killed according to local authorities.",
       [ev("saratov", D, "UA", "2025-08-11", k=1)]),
    it("2022-09-05",
       "On 28 August 2022, Russian forces shelled Nikopol (Dnipropetrovsk) with Grad MLRS. 3 civilians "
       "injured.",
       [ev("nikopol", S, "RU", "2022-08-28", ws="Grad", inj=3)]),
    # --- third batch (independent writer) ---
    it("2024-07-22",
       "On 14 July 2024, Russian forces shelled Chasiv Yar, Donetsk region. 2 civilians were killed.",
       [ev("chasivyar", S, "RU", "2024-07-14", k=2)]),
    it("2025-03-10",
       "On 3 March 2025, Ukrainian forces conducted a drone strike on an oil depot in Bryansk (Bryansk). "
       "Casualties unknown.",
       [ev("bryansk", D, "UA", "2025-03-03")]),
    it("2023-11-27",
       "On 21 November 2023, Russian forces shelled Stepnohirsk, Prymorske and Malokaterynivka (Zaporizhzhia). "
       "1 civilian was reportedly injured in Stepnohirsk.",
       [ev("stepnohirsk", S, "RU", "2023-11-21", inj=1), ev("prymorske_zap", S, "RU", "2023-11-21"),
        ev("malokat", S, "RU", "2023-11-21")]),
    it("2024-10-14",
       "Around 8 October 2024, Russian aircraft dropped KABs on Vovchansk (Kharkiv). No fatalities reported.",
       [ev("vovchansk", A, "RU", "2024-10-08", w="glide bomb", ws="KAB/FAB glide bomb", k=0)]),
    it("2023-08-21",
       "On 17 August 2023, Ukrainian forces launched missiles at Henichesk (Kherson). Russian-appointed "
       "authorities reported 1 civilian injured.",
       [ev("henichesk", M, "UA", "2023-08-17", inj=1)]),
    it("2024-05-06",
       "On 29 April 2024, Russian forces launched an Iskander missile with a cluster warhead at Odesa (Odesa). "
       "5 killed, 32 injured.",
       [ev("odesa", M, "RU", "2024-04-29", ws="Iskander", k=5, inj=32)]),
    it("2025-01-13",
       "On 6 January 2025, interception: Ukrainian air defence downed 6 Shahed drones over Vinnytsia "
       "(Vinnytsia); debris damaged several houses. No casualties.",
       [ev("vinnytsia", I, "RU", "2025-01-06", w="drone", ws="Shahed/Geran", I=6, k=0, inj=0)]),
    it("2024-06-03",
       "On 25 May 2024, Russian forces struck Kharkiv (Kharkiv) with guided aerial bombs, hitting a DIY "
       "hypermarket. At least 19 fatalities and 50 injuries were reported.",
       [ev("kharkiv", A, "RU", "2024-05-25", w="glide bomb", k=19, inj=50)]),
    it("2023-09-11",
       "On 2 September 2023, Russian forces fired mortars at Bilopillia (Sumy). A man was injured.",
       [ev("bilopillia", S, "RU", "2023-09-02", inj=1)]),
    it("2024-03-18",
       "On 12 March 2024, Ukrainian forces shelled Tyotkino (Kursk) with artillery and MLRS. Property damage; "
       "no casualties reported.",
       [ev("tyotkino", S, "UA", "2024-03-12", k=0, inj=0)]),
    it("2023-12-18",
       "On or about 10 December 2023, unidentified drones attacked Makiivka (Donetsk). Local officials "
       "reported 3 injured.",
       [ev("makiivka", D, "UA", "2023-12-10", inj=3)]),
    it("2024-07-29",
       "On 19 July 2024, Houthi forces launched a long-range drone at Tel Aviv (Tel Aviv), which hit an "
       "apartment building. 1 killed, 8 injured.",
       [ev("telaviv", D, "YE", "2024-07-19", k=1, inj=8)]),
    # --- fourth batch (independent writer) ---
    it("2025-06-16",
       "On 9 June 2025, Russian forces launched drones at Kharkiv (Kharkiv). An apartment block was hit; "
       "3 fatalities were reported.",
       [ev("kharkiv", D, "RU", "2025-06-09", k=3)]),
    it("2025-02-10",
       "On 1 February 2025, Ukrainian forces conducted an artillery strike on Oleshky (Kherson). 2 civilians were "
       "injured, according to Russian-appointed officials.",
       [ev("oleshky", S, "UA", "2025-02-01", inj=2)]),
    it("2024-08-26",
       "On or around 15 August 2024, Russian aircraft dropped guided bombs on Velyka Pysarivka and Myropillia "
       "(Sumy). No casualties reported.",
       [ev("velpysarivka", A, "RU", "2024-08-15", w="glide bomb", k=0, inj=0),
        ev("myropillia", A, "RU", "2024-08-15", w="glide bomb", k=0, inj=0)]),
    it("2024-03-25",
       "On 20 March 2024, Ukrainian drones struck the oil refinery in Kstovo (Nizhny Novgorod). Property damage; "
       "no fatalities reported.",
       [ev("kstovo", D, "UA", "2024-03-20", k=0)]),
    it("2024-01-02",
       "On 27 December 2023, Russian forces fired an S-300 missile at Kupiansk (Kharkiv), damaging a school. "
       "1 civilian was injured.",
       [ev("kupiansk", M, "RU", "2023-12-27", ws="S-300", inj=1)]),
    it("2024-07-08",
       "On 3 July 2024, interception: Russian air defence shot down 4 Ukrainian drones over Voronezh (Voronezh); "
       "falling debris damaged residential buildings. Casualties unknown.",
       [ev("voronezh", I, "UA", "2024-07-03", w="drone", I=4)]),
    it("2025-05-26",
       "On 17 May 2025, Russian forces struck a civilian bus with an FPV drone near Bilopillia (Sumy). 8 civilians "
       "were killed and 6 injured.",
       [ev("bilopillia", D, "RU", "2025-05-17", k=8, inj=6)]),
    it("2024-09-16",
       "On 10 September 2024, unidentified drones crashed into residential buildings in Ramenskoye (Moscow). "
       "1 fatality.",
       [ev("ramenskoye", D, "UA", "2024-09-10", k=1)]),
    it("2024-01-08",
       "On 5 January 2024, Russian forces shelled Huliaipole (Zaporizhzhia) with MLRS. No casualties.",
       [ev("huliaipole", S, "RU", "2024-01-05", k=0, inj=0)]),
    it("2024-09-02",
       "On 28 August 2024, Ukrainian forces struck a fuel depot in Kamensk-Shakhtinsky (Rostov) with drones, "
       "causing a fire. No casualties reported.",
       [ev("kamensk", D, "UA", "2024-08-28", k=0, inj=0)]),
    it("2025-03-17",
       "On 8 March 2025, Russian forces launched ballistic missiles at Dobropillia (Donetsk), hitting residential "
       "buildings; drones later struck rescuers at the site. 10 killed, 29 injured.",
       [ev("dobropillia", M, "RU", "2025-03-08", k=10, inj=29)]),
    it("2023-10-23",
       "On 14 October 2023, Hamas militants fired rockets at Ashkelon (Southern District). 2 injured.",
       [ev("ashkelon", S, "PS", "2023-10-14", inj=2)]),
    it("2024-12-02",
       "On 21 November 2024, Russian forces hit an industrial facility in Dnipro (Dnipropetrovsk) with an "
       "Oreshnik intermediate-range ballistic missile. 2 injured.",
       [ev("dnipro", M, "RU", "2024-11-21", ws="Oreshnik", inj=2)]),
    it("2025-04-21",
       "On 12 April 2025, Russian forces conducted a drone strike on Kotelva (Poltava), damaging a gas "
       "distribution point. 1 civilian injured.",
       [ev("kotelva", D, "RU", "2025-04-12", inj=1)]),
]

DEV_ITEMS = [
    it("2024-03-18", "On 12 March 2024, Russian forces shelled Huliaipole, Zaporizhzhia region. 2 civilians were "
       "injured.",
       [ev("huliaipole", S, "RU", "2024-03-12", inj=2)]),
    it("2023-08-10",
       "Property destruction: On 3 August 2023, Ukrainian forces struck a fuel depot in Dzhankoi (Crimea) with "
       "drones. Fatalities: 0.",
       [ev("dzhankoi", D, "UA", "2023-08-03", k=0)]),
    it("2022-10-24",
       "On or about 17 October 2022, Russian forces conducted a drone strike on Kyiv (Kyiv) using Shahed-136 "
       "drones, hitting a residential building. Fatalities: 5.",
       [ev("kyiv", D, "RU", "2022-10-17", ws="Shahed/Geran", k=5)]),
    it("2025-02-10",
       "Around 2 February 2025 (as reported), Russian forces dropped guided aerial bombs on Orikhiv "
       "(Zaporizhzhia). Fatalities: unknown.",
       [ev("orikhiv", A, "RU", "2025-02-02", w="glide bomb")]),
    it("2024-06-28",
       "On 21 June 2024, Ukrainian forces shelled Shakhtarsk (Donetsk) with artillery. According to "
       "Russian-appointed authorities, 3 civilians were killed and 5 injured.",
       [ev("shakhtarsk", S, "UA", "2024-06-21", k=3, inj=5)]),
    it("2024-09-16",
       "Interception: On 9 September 2024, Russian air defence shot down 2 Ukrainian drones over Ramenskoye "
       "(Moscow). Debris damaged residential buildings; 1 civilian was killed.",
       [ev("ramenskoye", I, "UA", "2024-09-09", w="drone", I=2, k=1)]),
    it("2023-05-22",
       "On 14 May 2023, Russian military forces fired missiles at Khmelnytskyi (Khmelnytskyi), damaging "
       "industrial sites and residential buildings. 21 civilians injured.",
       [ev("khmelnytskyi", M, "RU", "2023-05-14", inj=21)]),
    it("2024-01-08",
       "On 30 December 2023, Ukrainian forces conducted a drone strike targeting Bryansk (Bryansk); Russian "
       "authorities reported 5 drones intercepted and no casualties.",
       [ev("bryansk", D, "UA", "2023-12-30", I=5, k=0, inj=0)]),
    it("2024-11-14",
       "Shelling/artillery/missile attack: On 7 November 2024, Russian forces shelled Nikopol (Dnipropetrovsk) "
       "with Grad MLRS. Fatalities: 1. Property destruction: houses and a power line damaged.",
       [ev("nikopol", S, "RU", "2024-11-07", ws="Grad", k=1)]),
    it("2024-02-01",
       "On 25 January 2024, Israeli forces conducted air strikes on Khan Younis (Gaza Strip). Fatalities: 18.",
       [ev("khanyounis", A, "IL", "2024-01-25", k=18)]),
    # --- batch 6 ---
    it("2024-03-18", "On 12 March 2024, Russian forces shelled Vovchansk (Kharkiv). Casualties unknown.",
       [ev("vovchansk", S, "RU", "2024-03-12")]),
    it("2024-09-09",
       "On 3 September 2024, Russian forces conducted a missile strike (Iskander) on a military educational "
       "facility in Poltava (Poltava). The missiles were reportedly launched from the Kursk region. "
       "Fatalities: 55.",
       [ev("poltava", M, "RU", "2024-09-03", ws="Iskander", k=55)],
       [tr("r_krs", "launch area")]),
    it("2023-02-06",
       "On or about 1 February 2023, Ukrainian forces shelled Horlivka (Donetsk) with HIMARS. 1 civilian "
       "killed, 2 injured.",
       [ev("horlivka", S, "UA", "2023-02-01", ws="HIMARS", k=1, inj=2)]),
    it("2024-06-24",
       "On 23 June 2024, Ukrainian forces fired 5 ATACMS missiles at Sevastopol (Crimea). Russian air defence "
       "intercepted 4 missiles; fragments of the fifth fell on a beach. Fatalities: 4; at least 150 injured.",
       [ev("sevastopol", M, "UA", "2024-06-23", ws="ATACMS", L=5, I=4, k=4, inj=150)]),
    it("2022-07-20",
       "On 14 July 2022, Russian forces launched Kalibr missiles from a submarine in the Black Sea at "
       "Vinnytsia (Vinnytsia), hitting an office building and a concert hall. 27 civilians were killed, "
       "including 3 children, and over 100 were injured.",
       [ev("vinnytsia", M, "RU", "2022-07-14", ws="Kalibr", k=27, inj=100)],
       [tr("blacksea", "launch area")]),
    it("2024-11-15",
       "On 9 November 2024, Ukrainian forces attacked Rylsk (Kursk) with drones. Interception: 2 drones "
       "downed by Russian forces. Fatalities: 0.",
       [ev("rylsk", D, "UA", "2024-11-09", I=2, k=0)]),
    it("2024-08-05",
       "On 30 July 2024, Israeli forces carried out an air strike on a building in Haret Hreik in the southern "
       "suburbs of Beirut (Beirut), killing a senior Hezbollah commander. Fatalities: 5.",
       [ev("beirut", A, "IL", "2024-07-30", k=5)]),
    it("2024-06-03",
       "On 26 May 2024, Russian forces struck Kharkiv (Kharkiv) with KAB glide bombs, hitting a hypermarket. "
       "Fatalities: 19. Injuries: 54.",
       [ev("kharkiv", A, "RU", "2024-05-26", w="glide bomb", ws="KAB/FAB glide bomb", k=19, inj=54)]),
    it("2024-06-17",
       "On 10 June 2024, Ukrainian forces struck an oil depot in Rovenky (Luhansk) with drones. The depot "
       "caught fire. Casualties unknown.",
       [ev("rovenky", D, "UA", "2024-06-10")]),
    it("2025-03-10",
       "On 2 March 2025, Russian forces attacked Nova Odesa (Mykolaiv) with Shahed drones, damaging "
       "residential buildings and a school. Fatalities: 1.",
       [ev("novaodesa", D, "RU", "2025-03-02", ws="Shahed/Geran", k=1)]),
    # --- batch 9a ---
    it("2024-01-15",
       "On 9 January 2024, Russian forces shelled Bilozerka, Antonivka and Komyshany, Kherson region. "
       "Casualties unknown.",
       [ev("bilozerka", S, "RU", "2024-01-09"), ev("antonivka", S, "RU", "2024-01-09"),
        ev("komyshany", S, "RU", "2024-01-09")]),
    it("2024-06-03",
       "On 29 May 2024, Ukrainian forces shelled Shebekino and Novaya Tavolzhanka (Shebekino district), "
       "Belgorod region, with artillery and MLRS. A civilian was injured in Shebekino. Property damage reported "
       "in Novaya Tavolzhanka: a private house and a gas pipeline.",
       [ev("shebekino", S, "UA", "2024-05-29", inj=1), ev("novtav", S, "UA", "2024-05-29")]),
    it("2024-08-26",
       "On 18 August 2024, Ukrainian forces attacked an oil depot in Proletarsk, Rostov region, with drones. "
       "The strike set off a fire that spread to neighbouring tanks and burned for several days. The attack "
       "was claimed by the SBU, citing a source. Fatalities: 0.",
       [ev("proletarsk", D, "UA", "2024-08-18", k=0)]),
    it("2023-09-18",
       "On 13 September 2023, Ukrainian forces struck the Sevmorzavod shipyard in Sevastopol (Crimea) with "
       "Storm Shadow cruise missiles launched from Su-24 aircraft, damaging a landing ship and a submarine in "
       "dry dock. According to the Russian MoD, 7 of 10 missiles were shot down. 24 people were injured, "
       "according to Russian-appointed authorities.",
       [ev("sevastopol", M, "UA", "2023-09-13", ws="Storm Shadow/SCALP", L=10, I=7, inj=24)]),
    it("2023-02-20",
       "On 15 February 2023, Ukrainian forces shelled the Kyivskyi district of Donetsk city and the "
       "Chervonohvardiiskyi district of Makiivka (Donetsk - DPR). DPR-affiliated sources reported 2 civilians "
       "killed in Donetsk and 1 injured in Makiivka.",
       [ev("donetsk", S, "UA", "2023-02-15", k=2), ev("makiivka", S, "UA", "2023-02-15", inj=1)]),
    it("2024-07-01",
       "On 27 June 2024, Ukrainian forces attacked Tetkino, Kursk region, with FPV drones, hitting a car on "
       "the outskirts of the settlement. 1 civilian injured. The border settlement has been targeted almost "
       "daily since spring 2023.",
       [ev("tyotkino", D, "UA", "2024-06-27", inj=1)]),
    it("2024-10-07",
       "On 6 October 2024, Hezbollah fired rockets at Kiryat Shmona and Metula in northern Israel. The IDF "
       "reported 8 launches towards the Kiryat Shmona area, most of which were intercepted; property damage "
       "reported in Metula. Casualties unknown. The attack was claimed by Hezbollah, which said it had "
       "targeted Israeli troop concentrations.",
       [ev("kiryatshmona", S, "LB", "2024-10-06", L=8), ev("metula", S, "LB", "2024-10-06")]),
    it("2024-07-22",
       "On 19 July 2024, Houthi forces (Ansar Allah) struck Tel Aviv with a long-range drone launched from "
       "Yemen, hitting an apartment building near the US embassy branch office. 1 civilian was killed and at "
       "least 8 injured. The attack was claimed by the Houthis, who called the drone 'Yafa'.",
       [ev("telaviv", D, "YE", "2024-07-19", k=1, inj=8)],
       [tr("yemen", "launch area")]),
    it("2024-06-17",
       "On 11 June 2024, Israeli forces conducted air strikes on a house in Nuseirat camp and on a school "
       "sheltering displaced people in Gaza City. Fatalities: 12 in total, according to the health ministry.",
       [ev("nuseirat", A, "IL", "2024-06-11"), ev("gaza", A, "IL", "2024-06-11")]),
    it("2023-01-27",
       "On 22 January 2023, Russian forces shelled Bakhmut (called Artemovsk by Russian sources) and Chasiv "
       "Yar, Donetsk region, using artillery and MLRS. 2 civilians were killed in Chasiv Yar; casualties in "
       "Bakhmut unknown.",
       [ev("bakhmut", S, "RU", "2023-01-22"), ev("chasivyar", S, "RU", "2023-01-22", k=2)]),
    it("2024-09-23",
       "On 18 September 2024, Ukrainian forces attacked an arsenal of the Russian Main Missile and Artillery "
       "Directorate near Toropets, Tver region, with drones, setting off a series of large explosions. "
       "Russian authorities reported 13 injured and evacuated part of the town. The strike was claimed by "
       "the SBU; Kyiv said the site stored Iskander and Tochka-U missiles as well as glide bombs.",
       [ev("toropets", D, "UA", "2024-09-18", inj=13)],
       [tr("kyiv", "actor capital (Kyiv said)")]),
    it("2024-07-15",
       "On 14 July 2024, Russian forces fired Iskander-M ballistic missiles from occupied Crimea at port "
       "infrastructure in Odesa, Odesa region. 1 civilian was injured and grain storage facilities were "
       "damaged.",
       [ev("odesa", M, "RU", "2024-07-14", ws="Iskander", inj=1)],
       [tr("crimea", "launch area")]),
    it("2024-04-15",
       "On 7 April 2024, Russian forces struck Zolochiv (Bohodukhiv district, Kharkiv region) with a guided "
       "aerial bomb. Property damage reported: a kindergarten and about ten private houses. No casualties.",
       [ev("zolochiv_kh", A, "RU", "2024-04-07", w="glide bomb", k=0, inj=0)]),
    it("2024-08-23",
       "On 18 August 2024, Russian forces shelled Pokrovsk and Myrnohrad with Uragan MLRS and struck Selydove "
       "with an aerial bomb (Donetsk region). 1 civilian was killed in Pokrovsk and 2 were injured in "
       "Myrnohrad; casualties in Selydove unknown.",
       [ev("pokrovsk", S, "RU", "2024-08-18", ws="Uragan", k=1),
        ev("myrnohrad", S, "RU", "2024-08-18", ws="Uragan", inj=2),
        ev("selydove", A, "RU", "2024-08-18")]),
    it("2024-01-02",
       "On 29 December 2023, Russian forces struck Lviv with Kh-101 cruise missiles launched from Tu-95MS "
       "bombers over the Caspian Sea, damaging a school and residential buildings. 1 civilian killed, 30 "
       "injured. An air raid alert was declared in the neighbouring Volyn and Ternopil regions; no strikes "
       "were reported there.",
       [ev("lviv", M, "RU", "2023-12-29", ws="Kh-101", k=1, inj=30)],
       [tr("caspian", "launch area"), tr("o_vol", "air-raid alert only"), tr("o_ter", "air-raid alert only")]),
    it("2024-05-13",
       "On 10 May 2024, Russian forces crossed the state border in the Vovchansk direction, Kharkiv region, "
       "and clashed with Ukrainian forces on the northern outskirts of Vovchansk. Fatalities: unknown. Coded "
       "as an armed clash.",
       [],
       [tr("vovchansk", "ground fighting only")]),
    it("2023-10-16",
       "On or about 12 October 2023, Russian forces fired S-300 missiles at Kostiantynivka and Druzhkivka, "
       "Donetsk region. 1 civilian was injured in Kostiantynivka; property damage reported in Druzhkivka. "
       "Kostiantynivka lies about 50 km north of Russian-held Donetsk.",
       [ev("kostiantynivka", M, "RU", "2023-10-12", ws="S-300", inj=1),
        ev("druzhkivka", M, "RU", "2023-10-12", ws="S-300")],
       [tr("donetsk", "distance reference")]),
]
