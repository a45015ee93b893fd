"""Genre ``mod``: Russian Ministry of Defence-style claims (interceptions over Russian regions, strikes)."""

from .common import A, D, E, I, M, S, X, ev, it, tr

ITEMS = [
    it("2024-05-12",
       "On the night of 12 May, an attempt by the Kyiv regime to carry out a terrorist attack using "
       "aircraft-type unmanned aerial vehicles against facilities on the territory of the Russian Federation was "
       "thwarted. On-duty air defence systems intercepted and destroyed 27 Ukrainian UAVs over the territories "
       "of the Belgorod, Kursk and Bryansk regions.",
       [ev("r_bel", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone"), ev("r_bry", I, "UA", w="drone")],
       [tr("kyiv", "actor (the Kyiv regime)"), tr("russia", "country named as a whole")]),
    it("2023-08-30",
       "During the past night, air defence means destroyed five UAVs over the territory of the Bryansk region and "
       "three over the Kursk region, the Ministry of Defence of the Russian Federation reports.",
       [ev("r_bry", I, "UA", w="drone", I=5), ev("r_krs", I, "UA", w="drone", I=3)],
       [tr("russia", "name of the ministry")]),
    it("2024-01-06",
       "Russia's Defence Ministry said on Saturday that its air defences had shot down four Ukrainian drones over "
       "the Crimean peninsula overnight, and that "
       "there was no damage.",
       [ev("crimea", I, "UA", w="drone", I=4)]),
    it("2025-03-11",
       "From 07:00 to 09:00 Moscow time, duty air defence forces intercepted and destroyed 337 Ukrainian fixed-wing "
       "drones: 91 over the Moscow region, 126 over the Kursk region, 38 over the Bryansk region, 25 over the "
       "Belgorod region, 10 over the Ryazan region, 8 over the Oryol region, 28 over the Voronezh region and 11 over "
       "the Kaluga region.",
       [ev("r_mos", I, "UA", w="drone", I=91), ev("r_krs", I, "UA", w="drone", I=126),
        ev("r_bry", I, "UA", w="drone", I=38), ev("r_bel", I, "UA", w="drone", I=25),
        ev("r_rya", I, "UA", w="drone", I=10), ev("r_orl", I, "UA", w="drone", I=8),
        ev("r_vor", I, "UA", w="drone", I=28), ev("r_klu", I, "UA", w="drone", I=11)],
       [tr("moscow", "time zone (Moscow time)")]),
    it("2023-07-04",
       "Air defence systems destroyed two Ukrainian Tochka-U tactical missiles over the Kursk region, the "
       "ministry said, adding that fragments had fallen without causing casualties.",
       [ev("r_krs", I, "UA", w="missile", ws="Tochka-U", I=2)]),
    it("2024-06-15",
       "The Russian MoD said its forces had struck a Ukrainian Patriot air defence launcher near Pavlograd in the "
       "Dnipropetrovsk region with an Iskander-M missile system.",
       [ev("pavlohrad", M, "RU", ws="Iskander")]),
    it("2022-08-19",
       "The Russian Defence Ministry said that high-precision missiles had hit a temporary deployment point of "
       "foreign fighters in Kharkov, killing more than 90. Ukraine denied the claim.",
       [ev("kharkiv", M, "RU", k=90)],
       [tr("c_ua", "actor (Ukraine denied)")]),
    it("2024-09-10",
       "Air defence systems on duty intercepted and destroyed 144 Ukrainian drones overnight: 72 over the Moscow "
       "region, 20 over the Bryansk region, 14 over the Kursk region, eight over the Tula region, two over the "
       "Oryol region and 28 over the Belgorod region, the Defence Ministry said. One woman was killed in "
       "Ramenskoye, near Moscow, after a drone hit an apartment block.",
       [ev("r_mos", I, "UA", w="drone", I=72), ev("r_bry", I, "UA", w="drone", I=20),
        ev("r_krs", I, "UA", w="drone", I=14), ev("r_tul", I, "UA", w="drone", I=8),
        ev("r_orl", I, "UA", w="drone", I=2), ev("r_bel", I, "UA", w="drone", I=28),
        ev("ramenskoye", D, "UA", k=1)]),
    it("2023-09-13",
       "The Kyiv regime attacked the Sevastopol shipyard with ten cruise missiles and three uncrewed boats, the "
       "Russian Defence Ministry said. Air defence shot down seven of the missiles, and Black Sea Fleet ships "
       "destroyed all the boats; two vessels under repair were damaged.",
       [ev("sevastopol", M, "UA", L=10, I=7)],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-03-23",
       "Over the past day, air defence means shot down 4 HIMARS rockets, 2 Storm Shadow cruise missiles and "
       "37 aircraft-type UAVs. In addition, 3 Vampire MLRS rockets were intercepted over the Belgorod region.",
       [ev("r_bel", I, "UA", w="artillery", I=3)]),
    it("2025-01-08",
       "On the night of 8 January, air defences intercepted and destroyed eight Ukrainian aircraft-type drones "
       "over the Rostov region and three over the Krasnodar region, according to the Ministry.",
       [ev("r_ros", I, "UA", w="drone", I=8), ev("r_kda", I, "UA", w="drone", I=3)]),
    it("2022-07-03",
       "Air defence systems shot down three Tochka-U missiles with cluster munitions fired at Belgorod, the Russian "
       "Defence Ministry said, after explosions in the city overnight killed at least three people.",
       [ev("belgorod", I, "UA", w="missile", ws="Tochka-U", I=3, k=3)]),
    it("2024-10-01",
       "Russian MoD: 125 Ukrainian UAVs destroyed over Russia overnight, including 67 over the Kursk region, 17 "
       "over Voronezh, 16 over Bryansk and 16 over the Belgorod region. Other drones were downed over the Oryol "
       "and Rostov regions.",
       [ev("r_krs", I, "UA", w="drone", I=67), ev("r_vor", I, "UA", w="drone", I=17, pt="Voronezh"),
        ev("r_bry", I, "UA", w="drone", I=16, pt="Bryansk"), ev("r_bel", I, "UA", w="drone", I=16),
        ev("r_orl", I, "UA", w="drone"), ev("r_ros", I, "UA", w="drone")],
       [tr("russia", "country named as a whole")]),
    it("2023-05-03",
       "The Kremlin said two drones targeting Putin's residence had been disabled by electronic warfare systems "
       "over the Kremlin overnight. Moscow called it a planned terrorist act and an assassination attempt.",
       [ev("moscow", I, "UA", w="drone", I=2)]),
    it("2024-11-21",
       "The Defence Ministry said two Storm Shadow cruise missiles made in Britain, six HIMARS rockets and 67 "
       "drones had been shot down over the past day. Earlier it said air defences had downed Storm Shadows over "
       "the Kursk region.",
       [ev("r_krs", I, "UA", w="missile", ws="Storm Shadow/SCALP")]),
    it("2022-10-29",
       "Russia said on Saturday that Ukraine had attacked Black Sea Fleet ships in Sevastopol Bay with nine aerial "
       "drones and seven sea drones, all of which it said were destroyed. The ministry said British navy "
       "specialists had helped prepare the attack.",
       [ev("sevastopol", D, "UA", L=16, I=16)],
       [tr("c_ua", "actor (Ukraine had attacked)")]),
    it("2025-05-06",
       "Air defence systems on duty intercepted and destroyed 105 Ukrainian UAVs overnight, the Ministry of "
       "Defence said. Of these, 19 were over the Moscow region, including 16 flying towards Moscow, and the rest "
       "over the Bryansk, Kursk, Oryol, Tula and Kaluga regions.",
       [ev("r_mos", I, "UA", w="drone", I=19), ev("r_bry", I, "UA", w="drone"),
        ev("r_krs", I, "UA", w="drone"), ev("r_orl", I, "UA", w="drone"), ev("r_tul", I, "UA", w="drone"),
        ev("r_klu", I, "UA", w="drone")]),
    it("2023-12-30",
       "Air defence systems shot down two Tochka-U missiles and destroyed ten Vilkha MLRS rockets with cluster "
       "munitions over the Belgorod region, the Defence Ministry said. Some fragments fell on Belgorod, where the "
       "regional governor reported 14 dead and 108 wounded.",
       [ev("r_bel", I, "UA", w="missile", ws="Tochka-U", I=12), ev("belgorod", S, "UA", k=14, inj=108)]),
    it("2024-08-07",
       "The Russian Defence Ministry said on Wednesday that Ukrainian forces had launched an incursion into the "
       "Kursk region's Sudzha district, and that its aviation and artillery were striking Ukrainian units there. "
       "It gave no figures.",
       [ev("sudzha", S, "RU")],
       []),
    it("2025-02-17",
       "As a result of strikes by operational-tactical aviation, drones, missile troops and artillery, the Russian "
       "armed forces hit gas infrastructure supporting the Ukrainian military in Poltava region, the ministry "
       "said.",
       [ev("o_pol", X, "RU")]),
    it("2023-07-24",
       "Two Ukrainian drones that tried to attack Moscow overnight were disabled by electronic warfare and "
       "crashed, the ministry said. One hit a non-residential building on Komsomolsky Prospekt; there were no "
       "casualties.",
       [ev("moscow", D, "UA", I=2, k=0, inj=0)]),
    it("2024-02-28",
       "The Defence Ministry reported that over the past day air defences had intercepted three Uragan MLRS "
       "rockets and a Neptune-MD missile over the Belgorod region, and seven UAVs over the Bryansk region.",
       [ev("r_bel", I, "UA", w="artillery", ws="Uragan", I=4), ev("r_bry", I, "UA", w="drone", I=7)]),
    it("2022-12-05",
       "Russia said Ukrainian Soviet-era Tu-141 jet drones had struck two air bases, Engels in the Saratov region "
       "and Dyagilevo in the Ryazan region, killing three servicemen. The ministry said the drones were shot down "
       "at low altitude and two aircraft were slightly damaged.",
       [ev("engels_ab", D, "UA"), ev("dyagilevo", D, "UA", k=3)]),
    it("2025-04-02",
       "During the night, air defence systems destroyed 11 Ukrainian drones over the Republic of Crimea and five "
       "over the Krasnodar region, while another two were shot down over Novorossiysk, the defence ministry "
       "said.",
       [ev("crimea", I, "UA", w="drone", I=11, pt="Republic of Crimea"), ev("r_kda", I, "UA", w="drone", I=5),
        ev("novorossiysk", I, "UA", w="drone", I=2)]),
    it("2024-05-31",
       "The ministry said Russian forces had delivered a group strike with long-range precision weapons on energy "
       "infrastructure in Ukraine supporting the operation of defence enterprises; in Kharkiv region, a Ukrainian "
       "ammunition depot near Kupyansk was destroyed.",
       [ev("kupiansk", X, "RU")],
       [tr("c_ua", "country named as a whole")]),
    it("2023-06-06",
       "Russia's defence ministry said Ukrainian forces had attempted to break through in five sectors of the "
       "southern Donetsk front and had been repelled. Moscow also said its forces had hit a Ukrainian self-propelled "
       "gun near Konstantinovka with a Lancet loitering munition.",
       [ev("kostiantynivka", D, "RU", ws="Lancet")],
       [tr("moscow", "actor capital (Moscow also said)")]),
    it("2024-12-20",
       "The Russian MoD said that air defence systems had shot down five ATACMS missiles and four Storm Shadow "
       "cruise missiles over the Belgorod region, and claimed that Ukraine had used them to target a chemical "
       "plant in Novoshakhtinsk, Rostov region, earlier this week.",
       [ev("r_bel", I, "UA", w="missile", ws="ATACMS", I=9)],
       [tr("novoshakhtinsk", "earlier target, background (earlier this week)")]),
    it("2025-08-14",
       "Air defence forces destroyed 44 Ukrainian UAVs over the Rostov, Belgorod and Volgograd regions overnight. "
       "The Volgograd governor said a fire broke out at the city's refinery after it was hit by drone debris.",
       [ev("r_ros", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone"), ev("r_vgg", I, "UA", w="drone"),
        ev("volgograd", D, "UA")]),
    it("2022-05-16",
       "The defence ministry said Russian high-precision air-launched missiles had destroyed a large batch of "
       "weapons supplied by the United States and European countries near the Starychi railway station in the "
       "Lviv region.",
       [ev("starychi", M, "RU")]),
    it("2024-07-30",
       "Russian air defences destroyed 10 drones over the Kursk region and one over the Bryansk region overnight, "
       "the ministry said. The Kursk governor reported a fire at an electrical substation in the village of "
       "Glushkovo.",
       [ev("r_krs", I, "UA", w="drone", I=10), ev("r_bry", I, "UA", w="drone", I=1), ev("glushkovo", D, "UA")]),
    it("2023-11-19",
       "The Defence Ministry said a Ukrainian attempt to attack facilities in the Moscow region with drones had "
       "been thwarted; three UAVs were destroyed over the Zagorsk area and the Sergiyev Posad district.",
       [ev("sergiyevposad", I, "UA", w="drone", I=3)]),
    it("2025-06-01",
       "The Russian Defence Ministry confirmed that Ukrainian drones had attacked airfields in the Murmansk, "
       "Irkutsk, Ivanovo, Ryazan and Amur regions, saying the attacks in Ivanovo, Ryazan and Amur regions were "
       "repelled and that several aircraft caught fire in the Murmansk region.",
       [ev("r_mur", D, "UA"), ev("r_irk", D, "UA"), ev("r_iva", I, "UA", w="drone"),
        ev("r_rya", I, "UA", w="drone"), ev("r_amu", I, "UA", w="drone")]),
    it("2024-04-05",
       "The Russian MoD said it had downed 53 drones over the Rostov, Kursk and Belgorod regions, and confirmed "
       "that the Morozovsk airfield had been targeted. The Rostov governor said an electricity substation in "
       "Morozovsk was damaged.",
       [ev("r_ros", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone"),
        ev("morozovsk", D, "UA")]),
    it("2022-08-09",
       "The Russian Defence Ministry said several aviation munitions had detonated at the Saky airfield in "
       "Crimea, denying any attack. No aircraft were damaged, it said.",
       [ev("saky_ab", E, "UA")]),
    it("2025-02-03",
       "Ministry of Defence: duty air defences destroyed 13 fixed-wing UAVs over the Volgograd region and 6 "
       "over the Krasnodar region overnight. The Volgograd refinery was not damaged, the regional governor said.",
       [ev("r_vgg", I, "UA", w="drone", I=13), ev("r_kda", I, "UA", w="drone", I=6)],
       [tr("volgograd", "refinery explicitly not damaged")]),
    it("2023-03-28",
       "The ministry said two drones had been shot down over Kireyevsk in the Tula region, where a crashed drone "
       "injured several residents, and that Russian forces had struck a Ukrainian fuel depot near Krasnoarmeysk "
       "(Pokrovsk) in the Donetsk People's Republic.",
       [ev("kireyevsk", I, "UA", w="drone", I=2), ev("pokrovsk", X, "RU")]),
    it("2024-12-12",
       "The Russian Defence Ministry said Ukraine had fired six ATACMS missiles at the Taganrog airfield on "
       "Wednesday; two were shot down, the rest deflected by electronic warfare. The ministry promised a "
       "response.",
       [ev("taganrog", M, "UA", -1, ws="ATACMS", L=6, I=2)]),
    it("2025-07-21",
       "Over the past night, air defences intercepted and destroyed 74 Ukrainian UAVs: 27 over Moscow region, "
       "including 13 flying towards Moscow, 17 over the Bryansk region, 9 over the Kaluga region, 6 over the "
       "Tula region and 15 over the Leningrad region.",
       [ev("r_mos", I, "UA", w="drone", I=27), ev("r_bry", I, "UA", w="drone", I=17),
        ev("r_klu", I, "UA", w="drone", I=9), ev("r_tul", I, "UA", w="drone", I=6),
        ev("r_len", I, "UA", w="drone", I=15)]),
    it("2023-08-22",
       "Russian air defences shot down a Ukrainian drone approaching Moscow over the Istra district, the "
       "ministry said, and forced down two more over the Bryansk region using electronic warfare.",
       [ev("istra", I, "UA", w="drone", I=1), ev("r_bry", I, "UA", w="drone", I=2)]),
    it("2024-06-23",
       "The MoD said four of five U.S.-supplied ATACMS missiles fired at Sevastopol had been shot down, and that "
       "the fifth missile's cluster warhead exploded over the city. Governor Razvozhayev said three people "
       "were killed, two of them children, and more than 100 wounded on a beach.",
       [ev("sevastopol", M, "UA", ws="ATACMS", L=5, I=4, k=3, inj=100)]),
    it("2022-11-10",
       "The Russian ministry said it had struck the positions of Ukrainian forces near Artemovsk and Avdeyevka with "
       "artillery and aviation over the past day, eliminating 70 servicemen. The claims could not be "
       "independently checked.",
       [ev("bakhmut", S, "RU"), ev("avdiivka", S, "RU")]),
    it("2025-09-02",
       "Air defence systems destroyed 21 Ukrainian drones over the Krasnodar region and the Black Sea overnight. "
       "Authorities in Novorossiysk said debris fell on the port area, and the Afipsky refinery halted a "
       "processing unit after a drone hit.",
       [ev("r_kda", I, "UA", w="drone"), ev("novorossiysk", I, "UA", w="drone"), ev("afipsky", D, "UA")]),
    it("2024-01-19",
       "A Ukrainian drone hit an oil depot in Klintsy in the Bryansk region overnight, sparking a fire, Governor "
       "Alexander Bogomaz said; the Defence Ministry said it had destroyed a drone over the region.",
       [ev("klintsy", D, "UA"), ev("r_bry", I, "UA", w="drone", I=1)]),
    it("2023-02-28",
       "The Defence Ministry said several Ukrainian drones had attempted to strike civilian infrastructure in the "
       "Krasnodar region and Adygea, and had been disabled by EW; one fell near Tuapse.",
       [ev("r_kda", I, "UA", w="drone"), ev("r_ad", I, "UA", w="drone"), ev("tuapse", I, "UA", w="drone")]),
    # --- second batch (independent writer) ---
    it("2025-05-07",
       "Over the past night, air defence systems on duty intercepted and destroyed 105 Ukrainian aircraft-type "
       "UAVs: 53 over the Bryansk region, 19 over the Kursk region, 11 over the Oryol region, 9 over the "
       "Belgorod region, 7 over the Tula region and 6 over the Kaluga region.",
       [ev("r_bry", I, "UA", w="drone", I=53), ev("r_krs", I, "UA", w="drone", I=19),
        ev("r_orl", I, "UA", w="drone", I=11), ev("r_bel", I, "UA", w="drone", I=9),
        ev("r_tul", I, "UA", w="drone", I=7), ev("r_klu", I, "UA", w="drone", I=6)]),
    it("2024-06-29",
       "Over the past day, air defence means shot down 3 ATACMS operational-tactical missiles and 41 UAVs. "
       "An Iskander-M strike destroyed two Su-27 aircraft of the Ukrainian Air Force at the Myrhorod airfield.",
       [ev("myrhorod", M, "RU", ws="Iskander")]),
    it("2023-03-16",
       "A high-precision Iskander-M strike destroyed a HIMARS launcher and its crew near Konstantinovka, "
       "Donetsk People's Republic, the Russian Defence Ministry said.",
       [ev("kostiantynivka", M, "RU", ws="Iskander")]),
    it("2023-11-04",
       "Overnight, an attempt by the Kyiv regime to attack facilities on the Crimean peninsula with 15 UAVs "
       "was thwarted: 13 drones were destroyed by air defence over Crimea and two more were suppressed by "
       "electronic warfare means.",
       [ev("crimea", I, "UA", w="drone", I=13)],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-08-10",
       "During the night, 4 Tochka-U tactical missiles and 25 UAVs were destroyed over the Kursk region. "
       "Debris of a downed missile fell on an apartment building in Kursk, injuring 13 residents.",
       [ev("r_krs", I, "UA", w="missile", ws="Tochka-U", I=29),
        ev("kursk", I, "UA", w="missile", ws="Tochka-U", inj=13)]),
    it("2025-02-15",
       "The Russian Armed Forces delivered a group strike with long-range precision sea- and air-based weapons "
       "and attack drones on gas production facilities supplying the Ukrainian military-industrial complex in "
       "the Poltava and Kharkov regions. All designated targets were hit.",
       [ev("o_pol", X, "RU"), ev("o_kha", X, "RU")]),
    it("2024-04-20",
       "Over the past night, 50 Ukrainian UAVs were intercepted over the Bryansk, Kursk, Belgorod, Orel, Tula "
       "and Kaluga regions.",
       [ev("r_bry", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone"),
        ev("r_orl", I, "UA", w="drone", pt="Orel"), ev("r_tul", I, "UA", w="drone"),
        ev("r_klu", I, "UA", w="drone")]),
    it("2023-05-30",
       "On the morning of 30 May the Kyiv regime attempted a terrorist attack with eight aircraft-type UAVs on "
       "facilities in the capital. All eight were neutralised over the Moscow region: five were shot down by "
       "Pantsir-S systems and three were suppressed by electronic warfare.",
       [ev("r_mos", I, "UA", w="drone", I=8)],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-07-27",
       "Aerospace Forces aircraft struck a temporary deployment point of AFU formations in the area of "
       "Krasnoarmeysk with Kh-59 guided missiles, the ministry reported.",
       [ev("pokrovsk", M, "RU", ws="Kh-59")]),
    it("2025-03-01",
       "Air defence shot down 6 Vampire MLRS rockets and 12 UAVs over the Belgorod region, and 2 Neptune-MD "
       "long-range guided missiles over the Krasnodar region.",
       [ev("r_bel", I, "UA", w="artillery", I=18), ev("r_kda", I, "UA", w="missile", ws="Neptune", I=2)]),
    # --- third batch (independent writer) ---
    it("2024-07-15",
       "During the past night, air defence systems on duty intercepted and destroyed 43 Ukrainian aircraft-type "
       "UAVs: 28 over the territory of the Kursk region, 12 over the Belgorod region and 3 over the Voronezh "
       "region.",
       [ev("r_krs", I, "UA", w="drone", I=28), ev("r_bel", I, "UA", w="drone", I=12),
        ev("r_vor", I, "UA", w="drone", I=3)]),
    it("2025-02-21",
       "Operational-tactical aviation, attack UAVs, missile troops and artillery of the Battlegroup Centre struck "
       "a temporary deployment point of an AFU mechanised brigade near Druzhkovka and accumulations of manpower "
       "and equipment in the area of Krasnoarmeysk.",
       [ev("druzhkivka", X, "RU"), ev("pokrovsk", X, "RU")]),
    it("2024-09-01",
       "The Kiev regime attempted to carry out a terrorist attack using fixed-wing drones against facilities on "
       "the territory of the Russian Federation. Duty air defence systems destroyed 9 UAVs over the Bryansk "
       "region, 5 over the Smolensk region and 2 over the Moscow region, including one flying towards Moscow.",
       [ev("r_bry", I, "UA", w="drone", I=9), ev("r_smo", I, "UA", w="drone", I=5),
        ev("r_mos", I, "UA", w="drone", I=2)],
       [tr("kyiv", "actor (the Kiev regime)", pt="Kiev"), tr("russia", "country as a whole", pt="Russian Federation"),
        tr("moscow", "drone flying towards it")]),
    it("2023-08-12",
       "The Russian Armed Forces delivered a strike with Kinzhal hypersonic missiles on the Starokonstantinov "
       "airfield, where aircraft of the Ukrainian Air Force are based. The aim of the strike has been achieved.",
       [ev("starokost", M, "RU", ws="Kinzhal")]),
    it("2024-10-27",
       "Over the past night, 38 Ukrainian UAVs were intercepted and destroyed over the Republic of Crimea. In "
       "addition, Black Sea Fleet forces destroyed six uncrewed boats heading towards the peninsula.",
       [ev("crimea", I, "UA", w="drone", I=38)]),
    it("2024-03-17",
       "Air defence systems shot down 14 rockets of the Vampire multiple launch rocket system over the Belgorod "
       "region.",
       [ev("r_bel", I, "UA", w="artillery", I=14)]),
    it("2024-04-29",
       "A group strike by Iskander-M missiles hit a hangar in the port of Odessa where uncrewed boats were being "
       "assembled, and a workshop repairing military equipment in Nikolaev.",
       [ev("odesa", M, "RU", ws="Iskander"), ev("mykolaiv", M, "RU", ws="Iskander")]),
    it("2025-01-25",
       "Geran-2 attack UAVs struck energy infrastructure facilities supplying Ukrainian defence enterprises in "
       "the Kharkov and Dnepropetrovsk regions. All designated targets were hit.",
       [ev("o_kha", D, "RU", ws="Shahed/Geran", pt="Kharkov"),
        ev("o_dnp", D, "RU", ws="Shahed/Geran", pt="Dnepropetrovsk")]),
    it("2024-06-01",
       "Over the past day, air defence means shot down 2 US-made ATACMS operational-tactical missiles and 7 "
       "HIMARS rockets over Lugansk. Debris fell on a residential quarter, injuring four civilians.",
       [ev("luhansk", I, "UA", w="missile", ws="ATACMS", I=9, inj=4)]),
    it("2023-11-17",
       "Ships of the Black Sea Fleet destroyed two Ukrainian uncrewed boats that were heading for the "
       "Novorossiysk naval base.",
       [ev("novorossiysk", I, "UA", w="drone", I=2)]),
    it("2024-08-19",
       "Aviation of the Battlegroup Centre struck AFU strongholds near Konstantinovka with FAB-500 aerial bombs "
       "fitted with universal gliding and correction modules.",
       [ev("kostiantynivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2025-06-14",
       "Within three hours, duty air defence systems destroyed 11 Ukrainian UAVs over the Rostov region. "
       "Governor Yuri Slyusar said one drone hit the roof of an industrial enterprise in Taganrog; there were "
       "no casualties.",
       [ev("r_ros", I, "UA", w="drone", I=11), ev("taganrog", D, "UA", k=0, inj=0)]),
    # --- fourth batch (independent writer) ---
    it("2024-08-22",
       "Last night an attempted terrorist attack by the Kiev regime using aircraft-type UAVs against facilities on "
       "the territory of the Russian Federation was thwarted. Air defence systems on duty intercepted and "
       "destroyed 45 UAVs: 11 over the Moscow region, 23 over the Bryansk region, 6 over the Kursk region, 3 "
       "over the Tula region and 2 over the Kaluga region.",
       [ev("r_mos", I, "UA", w="drone", I=11), ev("r_bry", I, "UA", w="drone", I=23),
        ev("r_krs", I, "UA", w="drone", I=6), ev("r_tul", I, "UA", w="drone", I=3),
        ev("r_klu", I, "UA", w="drone", I=2)],
       [tr("kyiv", "actor (the Kiev regime)", pt="Kiev"), tr("russia", "country as a whole", pt="Russian Federation")]),
    it("2025-03-27",
       "During the night, duty air defence forces destroyed 69 Ukrainian fixed-wing UAVs: 32 over the waters of "
       "the Sea of Azov, 15 over the Black Sea, 12 over the Krasnodar region and 10 over the Republic of Crimea.",
       [ev("r_kda", I, "UA", w="drone", I=12), ev("crimea", I, "UA", w="drone", I=10)]),
    it("2024-06-12",
       "Operational-tactical aviation, attack UAVs and missile troops delivered a group strike with precision "
       "weapons on aircraft parking areas at the Mirgorod airfield and on a fuel depot near Pavlograd. All "
       "designated targets were neutralised.",
       [ev("myrhorod_ab", X, "RU", pt="Mirgorod airfield"), ev("pavlohrad", X, "RU", pt="Pavlograd")]),
    it("2024-03-23",
       "In response to the Kiev regime's attempts to damage Russian energy and transport facilities, the Russian "
       "Armed Forces delivered a massive strike with long-range precision air- and sea-based weapons, including "
       "Kinzhal hypersonic missiles, and attack UAVs on energy facilities in the Kharkov, Zaporozhye, "
       "Dnepropetrovsk and Khmelnitsky regions.",
       [ev("o_kha", M, "RU", ws="Kinzhal", pt="Kharkov"), ev("o_zap", M, "RU", ws="Kinzhal", pt="Zaporozhye"),
        ev("o_dnp", M, "RU", ws="Kinzhal", pt="Dnepropetrovsk"),
        ev("o_khm", M, "RU", ws="Kinzhal", pt="Khmelnitsky")],
       [tr("kyiv", "actor (the Kiev regime)", pt="Kiev")]),
    it("2025-08-14",
       "Between 20:00 and 23:00 Moscow time, 18 Ukrainian UAVs were intercepted and destroyed: 9 over the "
       "Belgorod region, 5 over the Voronezh region and 4 over the Rostov region.",
       [ev("r_bel", I, "UA", w="drone", I=9), ev("r_vor", I, "UA", w="drone", I=5),
        ev("r_ros", I, "UA", w="drone", I=4)],
       [tr("moscow", "time zone (Moscow time)")]),
    it("2024-05-31",
       "Over the past day, air defence means shot down 5 ATACMS operational-tactical missiles, 12 HIMARS rockets "
       "and 27 aircraft-type UAVs over the Zaporozhye region and Crimea.",
       [ev("o_zap", I, "UA", w="missile", ws="ATACMS", pt="Zaporozhye region"),
        ev("crimea", I, "UA", w="missile", ws="ATACMS")]),
    it("2024-12-13",
       "In response to the Kiev regime's strike with American ATACMS missiles on a military airfield in Taganrog "
       "on 11 December, the Russian Armed Forces today delivered a massive strike with Kalibr sea-based missiles "
       "and attack UAVs on fuel and energy facilities in the Lvov, Ivano-Frankovsk and Ternopol regions.",
       [ev("o_lvi", M, "RU", ws="Kalibr", pt="Lvov"), ev("o_ivf", M, "RU", ws="Kalibr", pt="Ivano-Frankovsk"),
        ev("o_ter", M, "RU", ws="Kalibr", pt="Ternopol")],
       [tr("kyiv", "actor (the Kiev regime)", pt="Kiev"), tr("taganrog", "background (the earlier ATACMS strike)")]),
    it("2024-11-09",
       "Units of the Battlegroup Vostok inflicted fire damage with artillery and heavy flamethrower systems on "
       "AFU personnel and equipment near Malaya Tokmachka and Orekhov.",
       [ev("malatokm", S, "RU", pt="Malaya Tokmachka"), ev("orikhiv", S, "RU", pt="Orekhov")]),
    it("2025-01-19",
       "An attempt by the Kiev regime to attack facilities on the peninsula with 16 fixed-wing UAVs was foiled "
       "overnight: 10 drones were destroyed over Crimea and 6 over the north-western part of the Black Sea.",
       [ev("crimea", I, "UA", w="drone", I=10)],
       [tr("kyiv", "actor (the Kiev regime)", pt="Kiev")]),
    it("2024-07-03",
       "The Bastion coastal missile system struck a warehouse of uncrewed boats in the port of Odessa with Oniks "
       "missiles. The target was destroyed.",
       [ev("odesa", M, "RU", ws="Oniks", pt="Odessa")]),
    it("2025-05-06",
       "Over the past night, air defence systems intercepted and destroyed 524 Ukrainian UAVs, including 21 "
       "flying towards Moscow. The drones were downed over the Bryansk region (67), the Kursk region (43), the "
       "Oryol region (29) and the Moscow region (19), as well as over eleven other regions.",
       [ev("r_bry", I, "UA", w="drone", I=67), ev("r_krs", I, "UA", w="drone", I=43),
        ev("r_orl", I, "UA", w="drone", I=29), ev("r_mos", I, "UA", w="drone", I=19)],
       [tr("moscow", "drones flying towards it")]),
    it("2024-09-29",
       "As a result of a strike by Iskander-M missiles on a temporary deployment point of foreign mercenaries "
       "near Kharkov, the target was hit. Separately, Geran-2 drones hit a fuel depot in the "
       "Kirovograd region.",
       [ev("kharkiv", M, "RU", ws="Iskander", pt="Kharkov"),
        ev("o_kir", D, "RU", ws="Shahed/Geran", pt="Kirovograd region")]),
]

DEV_ITEMS = [
    it("2024-08-14",
       "Overnight, on-duty air defence assets intercepted and destroyed 117 Ukrainian unmanned aerial vehicles "
       "of the aircraft type: 37 over the Kursk region, 28 over the Voronezh region, 19 over the Belgorod region, "
       "14 over the Bryansk region and 19 over the waters of the Sea of Azov.",
       [ev("r_krs", I, "UA", w="drone", I=37), ev("r_vor", I, "UA", w="drone", I=28),
        ev("r_bel", I, "UA", w="drone", I=19), ev("r_bry", I, "UA", w="drone", I=14)]),
    it("2023-09-13",
       "MoD: In the morning, the Kyiv regime attempted to strike the Republic of Crimea with ten cruise missiles "
       "and three uncrewed boats. Air defence shot down seven missiles; the boats were destroyed in the Black "
       "Sea by the Vasily Bykov patrol ship. As a result of hits by three missiles, two ships under repair in "
       "Sevastopol were damaged.",
       [ev("crimea", I, "UA", w="missile", L=10, I=7), ev("sevastopol", M, "UA")],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-06-02",
       "In retaliation for the Kyiv regime's attempts to damage Russian energy facilities, the Russian Armed "
       "Forces carried out a massive strike using long-range high-precision weapons launched from air and sea "
       "on fuel and energy complex facilities that support Ukrainian arms production in the Zaporozhye, "
       "Dnepropetrovsk and Ivano-Frankovsk regions. Every assigned object was struck.",
       [ev("o_zap", X, "RU", pt="Zaporozhye"), ev("o_dnp", X, "RU", pt="Dnepropetrovsk"),
        ev("o_ivf", X, "RU", pt="Ivano-Frankovsk")],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-03-24",
       "TASS: Russian air defence forces over the past day shot down a Neptune-MD long-range missile and 12 "
       "HIMARS rockets in the areas of Donetsk and Gorlovka, and destroyed 38 drones, the Defence Ministry "
       "said.",
       [ev("donetsk", I, "UA", w="missile", ws="Neptune"), ev("horlivka", I, "UA", w="missile", ws="Neptune")]),
    it("2025-01-19",
       "A group strike by Kinzhal hypersonic missiles and attack drones hit gas production infrastructure in "
       "the Kharkov region and an airfield near Starokonstantinov, the ministry said.",
       [ev("o_kha", M, "RU", ws="Kinzhal"), ev("starokost", M, "RU", ws="Kinzhal")]),
    it("2022-07-04",
       "High-precision weapons of the Aerospace Forces destroyed a warehouse of ammunition for US-made HIMARS "
       "MLRS near Krasnoarmeysk, as well as a temporary deployment point of a territorial defence battalion in "
       "Nikolaev.",
       [ev("pokrovsk", X, "RU"), ev("mykolaiv", X, "RU")]),
    it("2024-10-21",
       "Three Ukrainian drones were destroyed by air defence systems over the territory of the Oryol region, and "
       "one more was suppressed by electronic warfare over the Tula region at 03:40 Moscow time.",
       [ev("r_orl", I, "UA", w="drone", I=3), ev("r_tul", I, "UA", w="drone", I=1)],
       [tr("moscow", "time zone (Moscow time)")]),
    it("2023-07-24",
       "The MoD said a Ukrainian attack on Moscow with two drones had been foiled: both were suppressed by "
       "electronic warfare and crashed, one on Komsomolsky Prospekt and one on Likhachev Avenue. Non-residential "
       "buildings were slightly damaged. There were no casualties.",
       [ev("moscow", I, "UA", w="drone", I=2, k=0, inj=0)]),
    it("2024-05-31",
       "Over the past day, operational-tactical aviation, attack UAVs, missile troops and artillery hit "
       "workshops for the assembly of attack drones in Zaporozhye, a fuel depot near Krivoy Rog and "
       "concentrations of manpower and equipment in 128 districts.",
       [ev("zap", X, "RU"), ev("kryvyi", X, "RU")]),
    it("2025-03-30",
       "On-duty air defence systems destroyed 66 Ukrainian UAVs during the night: 31 over the Belgorod region, "
       "9 over the Kursk region, 8 over the Krasnodar region, 7 over Crimea, and the remaining 11 over the "
       "Rostov, Voronezh and Bryansk regions.",
       [ev("r_bel", I, "UA", w="drone", I=31), ev("r_krs", I, "UA", w="drone", I=9),
        ev("r_kda", I, "UA", w="drone", I=8), ev("crimea", I, "UA", w="drone", I=7),
        ev("r_ros", I, "UA", w="drone"), ev("r_vor", I, "UA", w="drone"), ev("r_bry", I, "UA", w="drone")]),
    it("2024-12-11",
       "At around 02:40, the Kyiv regime launched six ATACMS operational-tactical missiles at the military "
       "airfield in Taganrog. All six were shot down by Pantsir and S-400 systems. "
       "Fragments of the downed missiles fell on the airfield's technical territory; two vehicles were "
       "slightly damaged and personnel were not injured.",
       [ev("taganrog", I, "UA", w="missile", ws="ATACMS", L=6, I=6, inj=0)],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2022-11-15",
       "Russian Defence Ministry spokesman Igor Konashenkov said that a massive strike with high-precision "
       "long-range weapons had been carried out on the military command system and related energy facilities "
       "of Ukraine. In Kiev, the strike hit a military facility on the left bank.",
       [ev("kyiv", X, "RU", pt="Kiev")],
       [tr("c_ua", "country named as a whole")]),
    it("2024-04-06",
       "Air defence forces destroyed 53 Ukrainian drones overnight, most of them over the Rostov region, "
       "where an attack on the Morozovsk airfield was repelled. Four more were destroyed over the Kursk region.",
       [ev("r_ros", I, "UA", w="drone"), ev("morozovsk_ab", I, "UA", w="drone"),
        ev("r_krs", I, "UA", w="drone", I=4)]),
    it("2023-05-25",
       "The Russian MoD claimed that a strike by Kalibr missiles on the Odessa region had destroyed a warehouse "
       "of naval drones in Chernomorsk and a repair shop at the Izmail port.",
       [ev("o_ode", M, "RU", ws="Kalibr"), ev("chornomorsk", M, "RU", ws="Kalibr", pt="Chernomorsk"),
        ev("izmail", M, "RU", ws="Kalibr")]),
    it("2025-05-07",
       "From 20:00 on 6 May to 07:00 on 7 May, air defence forces destroyed 105 drones over the Bryansk, Kursk, "
       "Oryol, Belgorod, Kaluga, Tula and Moscow regions. Sobyanin said 19 of them were downed on the "
       "approaches to Moscow.",
       [ev("r_bry", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone"), ev("r_orl", I, "UA", w="drone"),
        ev("r_bel", I, "UA", w="drone"), ev("r_klu", I, "UA", w="drone"), ev("r_tul", I, "UA", w="drone"),
        ev("r_mos", I, "UA", w="drone"), ev("moscow", I, "UA", w="drone", I=19)]),
    it("2024-09-18",
       "A Russian Iskander-M strike destroyed two launchers of the Ukrainian S-300 air defence system near "
       "Slavyansk and a radar near Konstantinovka, the ministry reported, publishing drone footage.",
       [ev("sloviansk", M, "RU", ws="Iskander", pt="Slavyansk"), ev("kostiantynivka", M, "RU", ws="Iskander")]),
    it("2023-11-04",
       "The Ukrainian armed forces attacked a shipyard in Kerch with 15 cruise missiles. Thirteen were shot down "
       "by air defence. Two hit a ship, which was damaged.",
       [ev("kerch", M, "UA", L=15, I=13)]),
    it("2024-02-20",
       "Su-34 bombers of the Aerospace Forces struck a stronghold and manpower of the armed forces of Ukraine "
       "near Avdeyevka with FAB-500 gliding bombs equipped with universal planning and correction modules. The "
       "crews returned safely to their airfields.",
       [ev("avdiivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2025-02-26",
       "The Ministry of Defence reports that four Storm Shadow cruise missiles and three drones were shot down "
       "over the Kursk region during the day. In addition, five guided aerial bombs and two HIMARS rockets "
       "were intercepted over the Belgorod region.",
       [ev("r_krs", I, "UA", w="missile", ws="Storm Shadow/SCALP", I=7),
        ev("r_bel", I, "UA", w="glide bomb", I=7)]),
    it("2024-07-16",
       "Units of the Dnepr group of forces, with artillery fire, hit manpower and equipment near Antonovka, "
       "Kherson region, and in the city of Kherson.",
       [ev("antonivka", S, "RU", pt="Antonovka"), ev("kherson", S, "RU")],
       [tr("dnipro", "name of a group of forces", pt="Dnepr")]),
    # --- batch 7 ---
    it("2024-10-06",
       "Over the past night, on-duty air defence systems intercepted and destroyed 41 Ukrainian fixed-wing "
       "UAVs: 17 over the Bryansk region, 12 over the Kursk region, 6 over the Oryol region, 4 over the "
       "Smolensk region and 2 over the Moscow region.",
       [ev("r_bry", I, "UA", w="drone", I=17), ev("r_krs", I, "UA", w="drone", I=12),
        ev("r_orl", I, "UA", w="drone", I=6), ev("r_smo", I, "UA", w="drone", I=4),
        ev("r_mos", I, "UA", w="drone", I=2)]),
    it("2024-07-21",
       "Air defence systems intercepted and destroyed 24 Ukrainian unmanned aerial vehicles over the "
       "territories of the Voronezh, Belgorod, Lipetsk and Tambov regions during the night.",
       [ev("r_vor", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone"), ev("r_lip", I, "UA", w="drone"),
        ev("r_tam", I, "UA", w="drone")]),
    it("2023-02-18",
       "In the course of the day, operational-tactical aviation, missile troops and artillery struck a "
       "temporary deployment point of foreign mercenaries in Kharkov and a fuel depot near Pavlograd. Two "
       "ammunition depots of the Ukrainian armed forces were destroyed near Artemovsk.",
       [ev("kharkiv", X, "RU", pt="Kharkov"), ev("pavlohrad", X, "RU", pt="Pavlograd"),
        ev("bakhmut", X, "RU", pt="Artemovsk")]),
    it("2024-08-03",
       "A strike by an Iskander operational-tactical missile system destroyed a US-made HIMARS multiple "
       "launch rocket system and its crew near Krasnoarmeysk, the Defence Ministry said.",
       [ev("pokrovsk", M, "RU", ws="Iskander", pt="Krasnoarmeysk")]),
    it("2024-03-26",
       "Kinzhal hypersonic missiles struck an airfield near Starokonstantinov where Ukrainian aircraft were "
       "based, and sea-based Kalibr cruise missiles hit a shipyard in Nikolaev used to prepare unmanned boats. "
       "All targets were hit.",
       [ev("starokost", M, "RU", ws="Kinzhal", pt="Starokonstantinov"),
        ev("mykolaiv", M, "RU", ws="Kalibr", pt="Nikolaev")]),
    it("2024-06-23",
       "Air defence systems shot down five ATACMS operational-tactical missiles over Crimea in the morning. "
       "Fragments of the last missile exploded in the air over Sevastopol. In addition, six unmanned boats were "
       "destroyed in the north-western part of the Black Sea.",
       [ev("crimea", I, "UA", w="missile", ws="ATACMS", I=5), ev("sevastopol", I, "UA", w="missile", ws="ATACMS")]),
    it("2023-08-18",
       "The Kyiv regime attempted a terrorist attack with fixed-wing drones on facilities near the capital. "
       "Two drones were destroyed over the Istra district and one over the Podolsk district of the Moscow "
       "region.",
       [ev("istra", I, "UA", w="drone", I=2), ev("podolsk", I, "UA", w="drone", I=1)],
       [tr("kyiv", "actor (the Kyiv regime)")]),
    it("2024-04-11",
       "Geran-2 attack drones struck energy facilities supplying defence plants in Zaporozhye and the "
       "Dnepropetrovsk region, the ministry said. All designated targets were hit.",
       [ev("zap", D, "RU", ws="Shahed/Geran", pt="Zaporozhye"),
        ev("o_dnp", D, "RU", ws="Shahed/Geran", pt="Dnepropetrovsk region")]),
    it("2024-05-19",
       "Over the past day, air defence destroyed a Ukrainian Tochka-U tactical missile and eight Uragan MLRS "
       "rockets over the Belgorod region.",
       [ev("r_bel", I, "UA", w="missile", ws="Tochka-U", I=9)]),
    it("2024-11-14",
       "Overnight, 38 Ukrainian UAVs were destroyed: 14 over the Rostov region, 11 over the Krasnodar region, "
       "3 over the Republic of Crimea and 10 over the waters of the Black Sea.",
       [ev("r_ros", I, "UA", w="drone", I=14), ev("r_kda", I, "UA", w="drone", I=11),
        ev("crimea", I, "UA", w="drone", I=3)]),
    it("2024-12-20",
       "In response to the use of Western long-range weapons, the Russian Armed Forces carried out a group "
       "strike with high-precision weapons, including Kinzhal hypersonic missiles, on enterprises of the "
       "military-industrial complex in Kiev. The goal of the strike was achieved.",
       [ev("kyiv", M, "RU", ws="Kinzhal", pt="Kiev")]),
    it("2023-07-20",
       "A retaliatory strike with high-precision sea-based weapons was carried out on the infrastructure of "
       "the port of Odessa, where terrorist attacks with unmanned boats were being prepared. Depots of "
       "Western-made missiles near Ochakov were also destroyed.",
       [ev("odesa", X, "RU", pt="Odessa"), ev("ochakiv", X, "RU", pt="Ochakov")]),
    it("2024-09-15",
       "Artillery of the Zapad group of forces hit manpower and equipment of two Ukrainian brigades near "
       "Kupyansk, and aviation struck a command post near Konstantinovka with FAB-500 bombs with gliding "
       "modules.",
       [ev("kupiansk", S, "RU", pt="Kupyansk"),
        ev("kostiantynivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", pt="Konstantinovka")]),
    it("2025-03-02",
       "Three Ukrainian UAVs were destroyed over the Moscow region, near Domodedovo and Ramenskoye. One more "
       "drone was shot down over the Tula region.",
       [ev("r_mos", I, "UA", w="drone", I=3), ev("domodedovo", I, "UA", w="drone"),
        ev("ramenskoye", I, "UA", w="drone"), ev("r_tul", I, "UA", w="drone", I=1)]),
    it("2025-01-26",
       "A Tornado-S multiple launch rocket system struck a column of Ukrainian armoured vehicles near "
       "Konstantinovka, and a FAB-3000 bomb with a UMPK module hit a stronghold in Chasov Yar.",
       [ev("kostiantynivka", S, "RU", ws="Smerch/Tornado-S", pt="Konstantinovka"),
        ev("chasivyar", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", pt="Chasov Yar")]),
    it("2024-02-03",
       "Over the past day, air defence shot down four HIMARS rockets, a Neptune-MD long-range missile and 26 "
       "aircraft-type UAVs over the Belgorod and Kursk regions.",
       [ev("r_bel", I, "UA", w="artillery", ws="HIMARS"), ev("r_krs", I, "UA", w="artillery", ws="HIMARS")]),
    it("2024-10-19",
       "Eight Ukrainian UAVs were destroyed over the Tambov region and one over the Lipetsk region. In "
       "addition, a drone was shot down over the Ryazan region at night.",
       [ev("r_tam", I, "UA", w="drone", I=8), ev("r_lip", I, "UA", w="drone", I=1),
        ev("r_rya", I, "UA", w="drone", I=1)]),
    it("2024-06-06",
       "Geran-2 drones struck a fuel depot of the Ukrainian armed forces near the Chuguyev airfield, and "
       "Su-34 bombers hit militants near Volchansk with FAB-500 aerial bombs with UMPK modules.",
       [ev("chuhuiv", D, "RU", ws="Shahed/Geran", pt="Chuguyev"),
        ev("vovchansk", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", pt="Volchansk")]),
    it("2024-07-02",
       "A group strike by high-precision weapons hit Ukrainian Air Force airfields near Mirgorod and in the "
       "Krivoy Rog area, destroying five Su-27 and MiG-29 aircraft on the ground.",
       [ev("myrhorod_ab", X, "RU", pt="Mirgorod"), ev("kryvyi", X, "RU", pt="Krivoy Rog")]),
    it("2023-09-22",
       "Air defence systems intercepted three Storm Shadow cruise missiles over the north of Crimea. Eleven "
       "unmanned boats heading for the peninsula were destroyed in the Black Sea.",
       [ev("crimea", I, "UA", w="missile", ws="Storm Shadow/SCALP", I=3)]),
]
