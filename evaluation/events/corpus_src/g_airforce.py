"""Genre ``airforce``: Ukrainian Air Force-style daily statements with totals and per-region figures."""

from .common import A, D, I, M, X, ev, it, summary, tr

ITEMS = [
    it("2024-03-21",
       "On the night of 21 March 2024 the enemy attacked Ukraine with 31 missiles: 2 Kh-47M2 Kinzhal "
       "aeroballistic missiles (MiG-31K aircraft from the Lipetsk region) and 29 Kh-101/Kh-555 cruise missiles "
       "launched by Tu-95MS strategic aviation from the Caspian Sea area. As a result of combat work, air defence "
       "destroyed all 31 missiles over Kyiv and the Kyiv region.",
       [summary("RU", w="missile", ws="Kinzhal", L=31, I=31),
        ev("kyiv", I, "RU", w="missile"), ev("o_kyi", I, "RU", w="missile")],
       [tr("r_lip", "launch area (MiG-31K)"), tr("caspian", "launch area (Tu-95MS)")]),
    it("2023-05-16",
       "Overnight into 16 May the occupiers launched a complex attack on the capital: 6 Kinzhal missiles from "
       "MiG-31K aircraft, 9 Kalibr cruise missiles from ships in the Black Sea and 3 ground-launched missiles, "
       "as well as 6 Shahed-136/131 attack drones and 3 reconnaissance UAVs. All 27 targets were shot down "
       "over Kyiv.",
       [summary("RU", w="missile", ws="Kinzhal", L=27, I=27),
        ev("kyiv", I, "RU", w="missile", ws="Kinzhal", L=27, I=27)],
       [tr("blacksea", "launch area (ships)")]),
    it("2024-11-17",
       "On 17 November the enemy carried out a massive combined attack on the energy infrastructure of Ukraine. "
       "In total 204 means of air attack were recorded: 116 missiles (Kh-101, Kalibr, Kh-59/69, Iskander-M, "
       "Kinzhal) and 88 Shahed-type UAVs. Air defence destroyed 101 missiles and 40 drones. Hits were recorded "
       "in the Volyn, Rivne, Lviv, Mykolaiv and Odesa regions.",
       [summary("RU", w="missile", ws="Kh-101", L=204, I=141),
        ev("o_vol", X, "RU"), ev("o_riv", X, "RU"), ev("o_lvi", X, "RU"), ev("o_myk", X, "RU"),
        ev("o_ode", X, "RU")]),
    it("2025-01-15",
       "During the night of 15 January (from 19:00 on 14 January) the enemy launched 43 missiles and 74 attack "
       "drones: 7 Kh-22 from the Kursk region, 12 Kh-101 from the Engels area, 8 Kalibr from the Black Sea and 16 "
       "Iskander-M/KN-23 ballistic missiles from the Bryansk and Voronezh regions. 30 missiles and 47 drones were "
       "shot down; 28 drones were lost locally. Energy facilities in the Lviv and Ivano-Frankivsk regions were hit.",
       [summary("RU", w="missile", ws="Kh-22", L=117, I=77), ev("o_lvi", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("r_krs", "launch area"), tr("engels", "launch area"), tr("blacksea", "launch area"),
        tr("r_bry", "launch area", pt="Bryansk"), tr("r_vor", "launch area", pt="Voronezh")]),
    it("2023-10-05",
       "On the night of 5 October 2023 the enemy attacked with 33 Shahed-136/131 attack UAVs launched from the "
       "Kursk region (direction of Kursk) and from Cape Chauda in Crimea. 29 attack UAVs were destroyed: 12 over "
       "the Odesa region, 9 over the Mykolaiv region, the rest over the Kirovohrad, Dnipropetrovsk and Vinnytsia "
       "regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=33, I=29),
        ev("o_ode", I, "RU", w="drone", I=12), ev("o_myk", I, "RU", w="drone", I=9),
        ev("o_kir", I, "RU", w="drone"), ev("o_dnp", I, "RU", w="drone"), ev("o_vin", I, "RU", w="drone")],
       [tr("r_krs", "launch area"), tr("kursk", "launch direction"), tr("crimea", "launch area")]),
    it("2024-08-26",
       "Russia launched its largest attack so far, 127 missiles and 109 attack drones, overnight on 26 August. "
       "Air defence forces shot down 102 missiles and 99 Shaheds. In the Kyiv region 14 missiles and drones were "
       "downed; hits on energy facilities were recorded in Kyiv, Lutsk and Zaporizhzhia.",
       [summary("RU", w="missile", L=236, I=201), ev("o_kyi", I, "RU", w="missile", I=14),
        ev("kyiv", X, "RU"), ev("lutsk", X, "RU"), ev("zap", X, "RU")]),
    it("2022-10-31",
       "On the morning of 31 October the Russian occupiers launched a massive missile strike on critical "
       "infrastructure. More than 50 Kh-101/Kh-555 cruise missiles were launched from Tu-95MS aircraft from the "
       "north of the Caspian Sea and from the Volgodonsk area (Rostov region). 44 cruise missiles were destroyed by "
       "air defence forces.",
       [summary("RU", w="missile", ws="Kh-101", L=50, I=44)],
       [tr("caspian", "launch area"), tr("volgodonsk", "launch area"), tr("r_ros", "launch area")]),
    it("2025-03-07",
       "On the night of 7 March the enemy attacked energy facilities with 67 missiles and 194 drones. Launch "
       "areas: Saratov region (Tu-95MS), the Kursk and Oryol regions, Millerovo and Primorsko-Akhtarsk (Shaheds). "
       "Shot down: 34 missiles and 100 drones; 86 drones were lost from radar. The main blow fell on gas "
       "production in the Kharkiv and Poltava regions and on energy in the Odesa, Ternopil and Ivano-Frankivsk "
       "regions.",
       [summary("RU", w="missile", L=261, I=134), ev("o_kha", X, "RU"), ev("o_pol", X, "RU"),
        ev("o_ode", X, "RU"), ev("o_ter", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("r_sar", "launch area"), tr("r_krs", "launch area", pt="Kursk"), tr("r_orl", "launch area"),
        tr("millerovo", "launch area"), tr("primakhtarsk", "launch area")]),
    it("2023-12-29",
       "Between 06:00 and 08:00 on 29 December the enemy carried out one of the most massive air attacks since the "
       "start of the full-scale invasion, using 155 air attack means: 41 Shahed-136/131, 84 Kh-101/Kh-555/Kh-55 "
       "cruise missiles, 8 Kh-22, 12 ballistic missiles of the Kh-47 Kinzhal and S-300 types, 4 Kh-31P and 6 "
       "Kh-59. 80 cruise missiles and 30 Shaheds were destroyed. Hits were recorded in Kyiv, Lviv, Dnipro, Odesa "
       "and Kharkiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=155, I=110), ev("kyiv", X, "RU"), ev("lviv", X, "RU"),
        ev("dnipro", X, "RU"), ev("odesa", X, "RU"), ev("kharkiv", X, "RU")]),
    it("2024-06-01",
       "On the night of 1 June the enemy launched 53 missiles and 47 Shahed drones at energy facilities. Air "
       "defence destroyed 35 missiles and 46 drones. Power generating facilities were damaged in the "
       "Zaporizhzhia, Dnipropetrovsk, Kirovohrad, Donetsk and Ivano-Frankivsk regions. In the Zaporizhzhia region "
       "alone, 2 missiles and 9 drones were shot down.",
       [summary("RU", w="missile", L=100, I=81), ev("o_zap", X, "RU", I=11), ev("o_dnp", X, "RU"),
        ev("o_kir", X, "RU"), ev("o_don", X, "RU"), ev("o_ivf", X, "RU")]),
    it("2025-05-18",
       "Overnight on 18 May the enemy attacked with 273 Shahed attack UAVs and decoy drones of various types "
       "from the directions of Kursk, Oryol, Bryansk, Millerovo and Primorsko-Akhtarsk. As of 09:00, 88 drones "
       "were shot down and 128 were lost locally without negative consequences. The Kyiv, Dnipropetrovsk and "
       "Donetsk regions were affected; a woman was killed in the Kyiv region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=273, I=88), ev("o_kyi", X, "RU", k=1),
        ev("o_dnp", X, "RU"), ev("o_don", X, "RU")],
       [tr("kursk", "launch direction"), tr("oryol", "launch direction"), tr("bryansk", "launch direction"),
        tr("millerovo", "launch direction"), tr("primakhtarsk", "launch direction")]),
    it("2023-02-10",
       "On 10 February the enemy launched 71 cruise missiles: Kh-101/Kh-555 from the Caspian Sea, Kalibr from "
       "the Black Sea and Kh-22 from Tu-22M3 bombers over the Sea of Azov. 61 of them were destroyed. In addition, "
       "the enemy fired 35 S-300 missiles at the Kharkiv and Zaporizhzhia regions and launched seven Shahed-136 "
       "drones, all of which were shot down over the Dnipropetrovsk region.",
       [summary("RU", w="missile", ws="Kh-101", L=113, I=68),
        ev("o_kha", M, "RU", ws="S-300"), ev("o_zap", M, "RU", ws="S-300"),
        ev("o_dnp", I, "RU", w="drone", ws="Shahed/Geran", I=7)],
       [tr("caspian", "launch area"), tr("blacksea", "launch area"), tr("azovsea", "launch area")]),
    it("2024-04-11",
       "Overnight Russia launched 82 aerial weapons against Ukraine: 40 Shahed drones, 12 Kh-101, 20 Kh-59 and "
       "10 ballistic missiles. 57 of them were destroyed over the Kyiv, Kharkiv, Odesa, Zaporizhzhia, Lviv and "
       "Vinnytsia regions. The thermal power plant at Ukrainka, Kyiv region, was destroyed.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=82, I=57),
        ev("o_kyi", I, "RU"), ev("o_kha", I, "RU"), ev("o_ode", I, "RU"), ev("o_zap", I, "RU"),
        ev("o_lvi", I, "RU"), ev("o_vin", I, "RU"), ev("ukrainka", X, "RU")]),
    it("2022-12-16",
       "On 16 December the enemy fired 76 missiles: 72 cruise missiles (Kh-101/Kh-555 from Tu-95MS over the "
       "Caspian Sea area, Kalibr from the Black Sea, Kh-22 from Tu-22M3) and 4 Kh-59 guided aircraft missiles. 60 "
       "were destroyed by air defence. Hits were recorded in Kryvyi Rih and Kharkiv.",
       [summary("RU", w="missile", ws="Kh-101", L=76, I=60), ev("kryvyi", X, "RU"), ev("kharkiv", X, "RU")],
       [tr("caspian", "launch area"), tr("blacksea", "launch area")]),
    it("2025-07-09",
       "On the night of 9 July (from 18:00 on 8 July) the enemy attacked with 612 air attack means: 598 "
       "Shahed-type strike UAVs and decoys, 8 Kh-101 cruise missiles and 6 Iskander-M/KN-23. The main direction "
       "of the strike was Lutsk. Downed: 280 drones and all 8 Kh-101; a further 301 drones were lost locally. "
       "Hits were recorded at 13 locations.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=612, I=288), ev("lutsk", X, "RU")]),
    it("2024-02-07",
       "On 7 February the enemy launched 64 means of air attack: 44 Shahed drones from Primorsko-Akhtarsk and "
       "Cape Chauda, and 20 missiles (Kh-101/Kh-555, Kh-59, Kh-22, S-300, Iskander-M). 44 targets were destroyed. "
       "Four people were killed in Kyiv; in the Mykolaiv region falling debris damaged private houses.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=64, I=44), ev("kyiv", X, "RU", k=4),
        ev("o_myk", I, "RU")],
       [tr("primakhtarsk", "launch area")]),
    it("2023-06-24",
       "Overnight the enemy attacked Ukraine with 20 Kh-101/Kh-555 cruise missiles from Tu-95MS aircraft from the "
       "Caspian Sea area and 2 Shahed-136 attack drones. All 22 were shot down by the Air Force together with air "
       "defence of other components: 14 over the Kyiv region and 8 over the Dnipropetrovsk region.",
       [summary("RU", w="missile", ws="Kh-101", L=22, I=22), ev("o_kyi", I, "RU", w=None, I=14),
        ev("o_dnp", I, "RU", w=None, I=8)],
       [tr("caspian", "launch area")]),
    it("2024-12-25",
       "On Christmas morning, 25 December, the enemy launched 71 missiles and 98 Shahed drones at the energy "
       "sector. Launch areas: Engels, the Black Sea and the Belgorod region. The Air Force shot down 56 missiles "
       "and 49 drones over the Kharkiv, Dnipropetrovsk, Poltava, Ivano-Frankivsk, Lviv and Odesa regions. Kharkiv "
       "and Dnipro were hit.",
       [summary("RU", w="missile", L=169, I=105), ev("o_kha", I, "RU"), ev("o_dnp", I, "RU"),
        ev("o_pol", I, "RU"), ev("o_ivf", I, "RU"), ev("o_lvi", I, "RU"), ev("o_ode", I, "RU"),
        ev("kharkiv", X, "RU"), ev("dnipro", X, "RU")],
       [tr("engels", "launch area"), tr("blacksea", "launch area"), tr("r_bel", "launch area")]),
    it("2025-02-22",
       "🇺🇦 Air Force of the Armed Forces of Ukraine\n"
       "On the night of 22 February the enemy attacked with 1 Iskander-M ballistic missile (Kursk region) and 160 "
       "Shahed-type attack UAVs and imitator drones.\n"
       "✅ 110 drones shot down over the Kharkiv, Poltava, Sumy, Kyiv, Chernihiv, Cherkasy, Odesa and Mykolaiv "
       "regions.\n"
       "⚠️ 45 imitator drones lost locally.\n"
       "The Sumy and Kyiv regions were affected by the attack.",
       [summary("RU", w="missile", ws="Iskander", L=161, I=110),
        ev("o_kha", I, "RU", w="drone"), ev("o_pol", I, "RU", w="drone"), ev("o_sum", X, "RU"),
        ev("o_kyi", X, "RU"), ev("o_chn", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"),
        ev("o_ode", I, "RU", w="drone"), ev("o_myk", I, "RU", w="drone")],
       [tr("r_krs", "launch area")]),
    it("2022-10-17",
       "On the morning of 17 October the enemy again attacked with Shahed-136 kamikaze drones. Of 43 launched, "
       "37 were destroyed by 11:00, 13 of them over the Kyiv region. Several drones hit Kyiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=43, I=37),
        ev("o_kyi", I, "RU", w="drone", I=13), ev("kyiv", D, "RU")]),
    it("2023-03-09",
       "On the night of 9 March the enemy launched 77 missiles of various types, including 6 Kh-47 Kinzhal, plus "
       "8 Shahed drones. Air defence shot down 36 cruise missiles and 4 drones. Energy facilities were hit in the "
       "Kharkiv, Odesa, Zhytomyr, Vinnytsia and Lviv regions; in the Lviv region a missile hit houses in a "
       "village, killing five people.",
       [summary("RU", w="missile", ws="Kinzhal", L=85, I=40), ev("o_kha", X, "RU"), ev("o_ode", X, "RU"),
        ev("o_zht", X, "RU"), ev("o_vin", X, "RU"), ev("o_lvi", M, "RU", k=5)]),
    it("2024-05-08",
       "On 7 May the enemy carried out 41 air strikes with 67 guided aerial bombs on the Kharkiv and Donetsk "
       "regions, the Air Force said on Wednesday.",
       [ev("o_kha", A, "RU", -1, w="glide bomb"), ev("o_don", A, "RU", -1, w="glide bomb")]),
    it("2023-09-21",
       "This morning the Russian occupiers launched 43 cruise missiles at Ukraine: Kh-101/Kh-555 from Tu-95MS "
       "aircraft from the Engels area and Kh-59 from Su-34 aircraft over the Black Sea. 36 were destroyed. Hits "
       "were recorded in the Kyiv, Kharkiv, Cherkasy, Rivne and Lviv regions.",
       [summary("RU", w="missile", ws="Kh-101", L=43, I=36), ev("o_kyi", X, "RU"), ev("o_kha", X, "RU"),
        ev("o_che", X, "RU"), ev("o_riv", X, "RU"), ev("o_lvi", X, "RU")],
       [tr("engels", "launch area"), tr("blacksea", "launch area")]),
    it("2025-04-24",
       "Overnight on 24 April the enemy launched 203 air attack means: 141 Shahed drones and decoys and 62 "
       "missiles of various types. 44 missiles and 59 drones were downed. The main target was Kyiv, where 10 "
       "people were killed and 86 injured.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=203, I=103), ev("kyiv", X, "RU", k=10, inj=86)]),
    it("2022-11-23",
       "On 23 November the enemy launched about 70 cruise missiles at energy facilities; 51 were destroyed by air "
       "defence. Five attack drones were also launched, all of them shot down. In the Kyiv region, a missile hit "
       "a residential building in Vyshhorod.",
       [summary("RU", w="missile", L=75, I=56), ev("vyshhorod", M, "RU")]),
    it("2024-09-30",
       "On the night of 30 September the enemy launched 73 Shahed-136/131 from the Kursk and Primorsko-Akhtarsk "
       "directions and 3 Kh-59/69 guided missiles from Belgorod region airspace. 67 UAVs were shot down: Kyiv "
       "region 16, Zhytomyr region 7, Cherkasy region 9, Vinnytsia region 4, Poltava region 11, Sumy region 6, "
       "Khmelnytskyi region 8, Chernihiv region 6.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=76, I=67),
        ev("o_kyi", I, "RU", w="drone", I=16), ev("o_zht", I, "RU", w="drone", I=7),
        ev("o_che", I, "RU", w="drone", I=9), ev("o_vin", I, "RU", w="drone", I=4),
        ev("o_pol", I, "RU", w="drone", I=11), ev("o_sum", I, "RU", w="drone", I=6),
        ev("o_khm", I, "RU", w="drone", I=8), ev("o_chn", I, "RU", w="drone", I=6)],
       [tr("kursk", "launch direction"), tr("primakhtarsk", "launch direction"),
        tr("r_bel", "launch area (airspace)", pt="Belgorod region")]),
    it("2023-05-04",
       "Overnight the enemy attacked with 24 Shahed-136/131 drones from the north-east (Bryansk region) and the "
       "south. 21 were shot down, 18 of them over the Kyiv region. One Kinzhal missile was also destroyed over "
       "Kyiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=25, I=22), ev("o_kyi", I, "RU", w="drone", I=18),
        ev("kyiv", I, "RU", w="missile", ws="Kinzhal", I=1)],
       [tr("r_bry", "launch area")]),
    it("2024-01-02",
       "On the morning of 2 January the enemy attacked with 99 missiles of various types (10 Kinzhal, 70 "
       "Kh-101/Kh-555/Kh-55, 4 Kh-31P, 3 Kh-59 and 12 S-300/S-400) and 35 Shahed drones. 72 missiles and all 35 "
       "drones were destroyed, including all 10 Kinzhals over Kyiv. In Kharkiv, two people died.",
       [summary("RU", w="missile", ws="Kinzhal", L=134, I=107),
        ev("kyiv", I, "RU", w="missile", ws="Kinzhal", I=10), ev("kharkiv", X, "RU", k=2)]),
    it("2025-08-28",
       "Overnight the enemy launched 574 drones and 40 missiles of various types. Air defence neutralised (shot "
       "down or suppressed by EW) 541 drones and 32 missiles. Hits were recorded at 13 locations and debris fell "
       "at 26. Kyiv suffered most: 19 killed and 48 injured.",
       [summary("RU", w="drone", L=614, I=573), ev("kyiv", X, "RU", k=19, inj=48)]),
    it("2025-01-26",
       "⚡️ Overnight: 46x Shahed UAVs (from Kursk, Orel) + 3x Iskander-M (Belgorod region).\n"
       "Downed: 39 UAVs.\n"
       "Hits: Kharkiv (Iskander), Pavlohrad.\n"
       "— Air Force Command",
       [summary("RU", w="drone", ws="Shahed/Geran", L=49, I=39), ev("kharkiv", M, "RU", ws="Iskander"),
        ev("pavlohrad", X, "RU")],
       [tr("kursk", "launch area"), tr("oryol", "launch area"), tr("r_bel", "launch area")]),
    it("2023-07-19",
       "On the night of 19 July the enemy attacked the Odesa and Mykolaiv regions with Shahed-136/131 drones, "
       "Kalibr cruise missiles from the Black Sea, Kh-22 missiles from Tu-22M3 and Oniks anti-ship missiles from "
       "Crimea. In total 63 means: 34 Shaheds, 10 Kalibr, 8 Kh-22, 9 Oniks and 2 Kh-59. 37 were destroyed, most "
       "of them over the Odesa region. Port infrastructure in Odesa and Chornomorsk was damaged.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=63, I=37), ev("o_ode", I, "RU"), ev("o_myk", X, "RU"),
        ev("odesa", X, "RU"), ev("chornomorsk", X, "RU")],
       [tr("blacksea", "launch area"), tr("crimea", "launch area")]),
    it("2024-07-24",
       "During the night the enemy launched 25 Shahed-136/131 attack drones from Kursk and Primorsko-Akhtarsk "
       "and 3 Kh-59 guided missiles from Su-34 aircraft over the Belgorod region. All 25 drones and 3 missiles "
       "were destroyed over the Sumy, Poltava, Kyiv, Vinnytsia and Kherson regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=28, I=28), ev("o_sum", I, "RU"), ev("o_pol", I, "RU"),
        ev("o_kyi", I, "RU"), ev("o_vin", I, "RU"), ev("o_khe", I, "RU")],
       [tr("kursk", "launch area"), tr("primakhtarsk", "launch area"), tr("r_bel", "launch area")]),
    it("2024-09-03",
       "Today at 09:12 the enemy struck Poltava with two Iskander-M ballistic missiles launched from the Kursk "
       "region. The flight time was too short for air defence to intercept them.",
       [ev("poltava", M, "RU", ws="Iskander", L=2, I=0)],
       [tr("r_krs", "launch area")]),
    it("2024-03-22",
       "Overnight on 22 March the enemy launched 84 missiles and 59 Shahed drones at energy facilities; 35 "
       "missiles and 52 drones were shot down. The DniproHES dam in Zaporizhzhia was hit, and strikes left "
       "Kharkiv without power.",
       [summary("RU", w="missile", L=143, I=87), ev("zap", X, "RU"), ev("kharkiv", X, "RU")]),
    it("2023-11-25",
       "On the night of 25 November the enemy launched 68 Shahed-136/131 drones, mostly at Kyiv. 64 were "
       "destroyed, 52 of them over the Kyiv region; the others over the Dnipropetrovsk, Zaporizhzhia, Mykolaiv, "
       "Kirovohrad, Poltava and Sumy regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=68, I=64), ev("o_kyi", I, "RU", w="drone", I=52),
        ev("o_dnp", I, "RU", w="drone"), ev("o_zap", I, "RU", w="drone"), ev("o_myk", I, "RU", w="drone"),
        ev("o_kir", I, "RU", w="drone"), ev("o_pol", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone")]),
    it("2025-06-17",
       "The enemy attacked overnight with 412 drones and 29 missiles (Kh-101 from the Engels area, Iskander-M from "
       "the Bryansk and Kursk regions). 389 drones and 25 missiles were neutralised. Kyiv was the main target; "
       "Odesa was also hit.",
       [summary("RU", w="drone", L=441, I=414), ev("kyiv", X, "RU"), ev("odesa", X, "RU")],
       [tr("engels", "launch area"), tr("r_bry", "launch area", pt="Bryansk"), tr("r_krs", "launch area")]),
    it("2023-01-02",
       "Over New Year's night and yesterday, 1 January, the enemy launched 41 Shahed-136 attack drones. 39 were "
       "destroyed, 27 of them over the Kyiv region.",
       [summary("RU", -1, w="drone", ws="Shahed/Geran", L=41, I=39), ev("o_kyi", I, "RU", -1, w="drone", I=27)]),
    it("2024-10-14",
       "Overnight the enemy used 1 Iskander-M ballistic missile from occupied Crimea and 56 Shahed drones from "
       "Kursk, Oryol and Primorsko-Akhtarsk. 37 drones were destroyed, 18 were lost locally and one flew "
       "towards Belarus. The ballistic missile hit Zaporizhzhia.",
       [summary("RU", w="missile", ws="Iskander", L=57, I=37), ev("zap", M, "RU", ws="Iskander")],
       [tr("crimea", "launch area"), tr("kursk", "launch area"), tr("oryol", "launch area"),
        tr("primakhtarsk", "launch area"), tr("belarus", "drone flew towards it")]),
    it("2023-04-28",
       "On the night of 28 April the enemy launched 22 Kh-101/Kh-555 cruise missiles and 2 attack drones. 19 "
       "missiles and both drones were shot down. A missile hit a residential building in Uman, killing 17; two "
       "people died in Dnipro.",
       [summary("RU", w="missile", ws="Kh-101", L=24, I=21), ev("uman", M, "RU", k=17),
        ev("dnipro", X, "RU", k=2)]),
    it("2024-06-20",
       "On 19 June Russian aviation dropped 118 guided aerial bombs: 62 on the Kharkiv region, 41 on the Donetsk "
       "region and the rest on the Zaporizhzhia region.",
       [ev("o_kha", A, "RU", -1, w="glide bomb", L=62), ev("o_don", A, "RU", -1, w="glide bomb", L=41),
        ev("o_zap", A, "RU", -1, w="glide bomb")]),
    it("2025-03-30",
       "Overnight the enemy attacked with 111 Shahed drones and decoys launched from Bryansk, Kursk, Millerovo "
       "and Primorsko-Akhtarsk, and 2 Iskander-M ballistic missiles from the Kursk region. 65 drones were shot "
       "down in the north, east and centre of the country; 35 were lost locally. Hits in the Kharkiv, "
       "Dnipropetrovsk and Sumy regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=113, I=65), ev("o_kha", X, "RU"), ev("o_dnp", X, "RU"),
        ev("o_sum", X, "RU")],
       [tr("bryansk", "launch area"), tr("kursk", "launch area"), tr("millerovo", "launch area"),
        tr("primakhtarsk", "launch area")]),
    it("2024-04-27",
       "On the night of 27 April the enemy launched 34 missiles (9 Kh-101, 21 Kh-59/69, 2 Iskander-M, 2 Kinzhal) "
       "at energy facilities in the Lviv, Ivano-Frankivsk, Dnipropetrovsk and Zaporizhzhia regions. 21 were "
       "destroyed. There is damage at the Burshtyn and Ladyzhyn power plants.",
       [summary("RU", w="missile", ws="Kh-101", L=34, I=21), ev("o_lvi", X, "RU"), ev("o_ivf", X, "RU"),
        ev("o_dnp", X, "RU"), ev("o_zap", X, "RU"), ev("burshtyn", X, "RU"), ev("ladyzhyn", X, "RU")]),
    it("2023-10-22",
       "On the evening of 21 October the enemy struck the Kharkiv region with 6 S-300 missiles launched from "
       "the Belgorod region; two of them hit a postal terminal near Kharkiv, killing six employees.",
       [ev("o_kha", M, "RU", -1, ws="S-300", L=6), ev("kharkiv", M, "RU", -1, ws="S-300", k=6)],
       [tr("r_bel", "launch area")]),
    it("2024-02-18",
       "Air Command 'East': overnight, 7 Shahed drones and one Kh-59 guided missile were destroyed in the "
       "Dnipropetrovsk region. In Kryvyi Rih an industrial facility caught fire after a hit.",
       [ev("o_dnp", I, "RU", w="drone", ws="Shahed/Geran", I=8), ev("kryvyi", X, "RU")]),
    it("2022-11-15",
       "On 15 November the enemy launched around 90 cruise missiles, Kh-101/Kh-555 and Kalibr, and 10 Shahed-136 "
       "drones. 73 missiles and all 10 drones were destroyed. There were hits in Lviv, Kyiv and Kharkiv.",
       [summary("RU", w="missile", ws="Kh-101", L=100, I=83), ev("lviv", X, "RU"), ev("kyiv", X, "RU"),
        ev("kharkiv", X, "RU")]),
    it("2025-09-07",
       "Overnight the enemy launched 742 drones and 14 missiles. 708 drones and 9 missiles were shot down or "
       "suppressed. In Kyiv a government building was hit and three people were killed; an industrial site in "
       "Zaporizhzhia and a bridge in Kremenchuk were also struck.",
       [summary("RU", w="drone", L=756, I=717), ev("kyiv", X, "RU", k=3), ev("zap", X, "RU"),
        ev("kremenchuk", X, "RU")]),
    # --- second batch (independent writer) ---
    it("2025-02-09",
       "On the night of 9 February (from 20:00 on 8 February) the enemy attacked with 3 Iskander-M ballistic "
       "missiles from the Bryansk region and 139 Shahed-type strike UAVs and imitator drones launched from the "
       "directions of Kursk, Oryol, Millerovo and Primorsko-Akhtarsk. As of 08:30, 56 drones were shot down over "
       "the Kharkiv, Sumy, Poltava, Kyiv, Chernihiv and Odesa regions; 67 imitator drones were lost locally. "
       "The ballistic missiles hit Kharkiv and the Poltava region.",
       [summary("RU", w="missile", ws="Iskander", L=142, I=56),
        ev("o_kha", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"),
        ev("o_pol", M, "RU", ws="Iskander"), ev("o_kyi", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"),
        ev("o_ode", I, "RU", w="drone"), ev("kharkiv", M, "RU", ws="Iskander")],
       [tr("r_bry", "launch area"), tr("kursk", "launch direction"), tr("oryol", "launch direction"),
        tr("millerovo", "launch direction"), tr("primakhtarsk", "launch direction")]),
    it("2024-12-25",
       "On the morning of 25 December the enemy struck the energy system with 78 missiles of various types "
       "(Kh-101 and Kalibr cruise missiles from Tu-95MS near Engels and from ships in the Black Sea, Kh-59/69 "
       "guided missiles, Iskander-M and KN-23 ballistic missiles) and 106 Shahed-type attack drones. Air defence "
       "destroyed 59 missiles and 54 drones; 52 drones were lost locally. Hits were recorded in the Kharkiv, "
       "Dnipropetrovsk and Ivano-Frankivsk regions.",
       [summary("RU", w="missile", ws="Kh-101", L=184, I=113),
        ev("o_kha", X, "RU"), ev("o_dnp", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("engels", "launch area (Tu-95MS)"), tr("blacksea", "launch area (ships)")]),
    it("2024-09-15",
       "🔹 Overnight the enemy launched 14 Shahed drones from the Kursk direction.\n"
       "🔹 All 14 were destroyed over the Sumy and Chernihiv regions.\n"
       "🔹 No hits recorded.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=14, I=14),
        ev("o_sum", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_chn", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("kursk", "launch direction")]),
    it("2025-04-06",
       "Night of 6 April (from 18:00 on 5 April):\n"
       "1. Launched: 109 attack UAVs (Shahed, Gerbera, imitators) from Bryansk, Kursk, Shatalovo and Millerovo; "
       "1 Iskander-M ballistic missile from the Kursk region; 4 Kh-101 cruise missiles from Tu-95MS over the "
       "Saratov region.\n"
       "2. Shot down: 57 drones and 3 Kh-101.\n"
       "3. Lost locally (EW): 38 imitator drones.\n"
       "4. Hits: Kryvyi Rih (Iskander-M), Kyiv, Kharkiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=114, I=60),
        ev("kryvyi", M, "RU", ws="Iskander"), ev("kyiv", X, "RU"), ev("kharkiv", X, "RU")],
       [tr("bryansk", "launch direction"), tr("kursk", "launch direction"), tr("shatalovo", "launch direction"),
        tr("millerovo", "launch direction"), tr("r_krs", "launch area", pt="Kursk region"),
        tr("r_sar", "launch area (Tu-95MS)")]),
    it("2024-10-20",
       "Over the past day the occupiers carried out 38 air strikes, dropping 61 guided aerial bombs, mostly on "
       "settlements of the Kharkiv, Donetsk and Zaporizhzhia regions.",
       [ev("o_kha", A, "RU", w="glide bomb"), ev("o_don", A, "RU", w="glide bomb"),
        ev("o_zap", A, "RU", w="glide bomb")]),
    it("2023-11-25",
       "On the night of 25 November the enemy attacked Ukraine with 75 Shahed-136/131 attack drones launched "
       "from the Primorsko-Akhtarsk area and from Cape Chauda. 74 drones were destroyed, 66 of them over Kyiv; "
       "the rest were downed over the Kyiv region. Falling debris in the capital damaged buildings and injured "
       "5 people.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=75, I=74),
        ev("kyiv", I, "RU", w="drone", ws="Shahed/Geran", I=66, inj=5),
        ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("primakhtarsk", "launch area")]),
    it("2025-06-10",
       "In total, during the night of 10 June the enemy used 322 means of air attack: 315 Shahed-type UAVs and "
       "decoys and 7 missiles (2 Kh-101, 5 Iskander-M/KN-23). Air defence effectiveness: 87%, with 277 drones "
       "and 2 Kh-101 neutralised (shot down or suppressed by electronic warfare). The attack was aimed mainly at "
       "Kyiv and Odesa; hits were recorded in Odesa, in Kyiv and in the Kyiv region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=322, I=279),
        ev("kyiv", X, "RU"), ev("odesa", X, "RU"), ev("o_kyi", X, "RU")]),
    it("2024-07-29",
       "Tonight the enemy attacked with 2 Iskander-M ballistic missiles from Crimea and 89 Shahed attack drones. "
       "74 drones were destroyed over the Kyiv, Zhytomyr, Khmelnytskyi, Kirovohrad, Mykolaiv and Odesa regions. "
       "The Iskander-M missiles struck port infrastructure in the Mykolaiv region.",
       [summary("RU", w="missile", ws="Iskander", L=91, I=74),
        ev("o_kyi", I, "RU", w="drone"), ev("o_zht", I, "RU", w="drone"), ev("o_khm", I, "RU", w="drone"),
        ev("o_kir", I, "RU", w="drone"), ev("o_myk", M, "RU", ws="Iskander"), ev("o_ode", I, "RU", w="drone")],
       [tr("crimea", "launch area")]),
    it("2025-01-01",
       "As of 10:00 on 1 January: on New Year's night the enemy launched 111 Shahed-type strike UAVs and drone "
       "imitators from the Oryol, Kursk and Bryansk directions and from Primorsko-Akhtarsk. 63 were shot down in "
       "the Kyiv, Sumy, Chernihiv, Poltava, Cherkasy, Kharkiv, Khmelnytskyi and Zhytomyr regions; 46 imitators "
       "were lost locally. Falling wreckage caused damage in the Kyiv, Sumy and Chernihiv regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=111, I=63),
        ev("o_kyi", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"),
        ev("o_pol", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"), ev("o_kha", I, "RU", w="drone"),
        ev("o_khm", I, "RU", w="drone"), ev("o_zht", I, "RU", w="drone")],
       [tr("oryol", "launch direction"), tr("kursk", "launch direction"), tr("bryansk", "launch direction"),
        tr("primakhtarsk", "launch area")]),
    it("2024-03-31",
       "On the night of 31 March the enemy launched 14 Kh-101/Kh-555 cruise missiles from Tu-95MS aircraft over "
       "the Volgodonsk area and 11 Shahed-136/131 drones from Cape Chauda. Air defence destroyed 9 cruise "
       "missiles and 9 Shaheds over the Lviv, Mykolaiv, Khmelnytskyi and Vinnytsia regions. Critical "
       "infrastructure was hit in the Lviv region.",
       [summary("RU", w="missile", ws="Kh-101", L=25, I=18),
        ev("o_lvi", X, "RU"), ev("o_myk", I, "RU", w="missile"), ev("o_khm", I, "RU", w="missile"),
        ev("o_vin", I, "RU", w="missile")],
       [tr("volgodonsk", "launch area (Tu-95MS)")]),
    it("2023-07-24",
       "On the night of 24 July the enemy launched 19 missiles at the south: 6 Kalibr from the Black Sea, 5 "
       "Oniks anti-ship missiles from Crimea, 4 Kh-22 from Tu-22M3 bombers and 4 Kh-59 guided missiles. Air "
       "defence destroyed 5 Kalibr and 2 Kh-59. Port infrastructure in Odesa was damaged; one person was killed "
       "and 19 injured in the city.",
       [summary("RU", w="missile", ws="Kalibr", L=19, I=7), ev("odesa", X, "RU", k=1, inj=19)],
       [tr("blacksea", "launch area (ships)"), tr("crimea", "launch area (Oniks)")]),
    it("2025-08-21",
       "On the night of 21 August the enemy used 614 means of air attack: 574 attack UAVs and drone imitators "
       "and 40 missiles, namely 33 Kh-101 (Tu-95MS, Saratov region), 6 Iskander-M (the Voronezh and Bryansk "
       "regions) and 1 Kinzhal (MiG-31K, Lipetsk region). Neutralised: 546 UAVs and 31 missiles. Hits by 21 "
       "missiles and 23 drones were recorded at 14 locations, mostly in the west: Lviv, Lutsk and Mukachevo.",
       [summary("RU", w="drone", L=614, I=577),
        ev("lviv", X, "RU"), ev("lutsk", X, "RU"), ev("mukachevo", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)"), tr("r_vor", "launch area", pt="Voronezh"),
        tr("r_bry", "launch area"), tr("r_lip", "launch area (MiG-31K)")]),
    it("2024-05-08",
       "Overnight 8 May: 55 missiles and 21 Shaheds.\n"
       "Destroyed: 39 missiles and 20 Shaheds, of which\n"
       "• Vinnytsia region – 9\n"
       "• Kyiv region – 7\n"
       "• Kirovohrad region – 6\n"
       "• Poltava region – 5\n"
       "• Lviv region – 4\n"
       "• the rest over other regions.\n"
       "Energy facilities were hit in the Poltava, Kirovohrad and Zaporizhzhia regions.",
       [summary("RU", w="missile", L=76, I=59),
        ev("o_vin", I, "RU", w="missile", I=9), ev("o_kyi", I, "RU", w="missile", I=7), ev("o_kir", X, "RU", I=6),
        ev("o_pol", X, "RU", I=5), ev("o_lvi", I, "RU", w="missile", I=4), ev("o_zap", X, "RU")]),
    it("2023-03-09",
       "At about 04:00 on 9 March the enemy launched 81 missiles: 28 Kh-101/Kh-555 from the Caspian Sea, 20 "
       "Kalibr from the Black Sea, 6 Kinzhal, 8 Kh-22, 13 S-300 from the Belgorod region and 6 Kh-59, as well "
       "as 8 Shahed-136 drones. Air defence destroyed 34 cruise missiles, 4 Kh-59 and 4 Shaheds. Hits were "
       "recorded in Kharkiv, Odesa and the Kyiv region.",
       [summary("RU", w="missile", ws="Kh-101", L=89, I=42),
        ev("kharkiv", X, "RU"), ev("odesa", X, "RU"), ev("o_kyi", X, "RU")],
       [tr("caspian", "launch area"), tr("blacksea", "launch area"), tr("r_bel", "launch area (S-300)")]),
    it("2025-03-24",
       "Morning, 24 March. 99 drones overnight (Shaheds and imitators) from Bryansk, Millerovo and Kursk. "
       "57 shot down, 36 lost locally. Drones hit Sumy: 2 killed.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=99, I=57), ev("sumy", D, "RU", k=2)],
       [tr("bryansk", "launch direction"), tr("millerovo", "launch direction"), tr("kursk", "launch direction")]),
    it("2024-02-18",
       "Air Command East: overnight, mobile fire groups and air defence units destroyed 7 Shahed-type drones "
       "over the Dnipropetrovsk region and 3 over the Kharkiv region. Another Shahed hit an industrial site in "
       "Pavlohrad.",
       [ev("o_dnp", I, "RU", w="drone", ws="Shahed/Geran", I=7), ev("o_kha", I, "RU", w="drone", ws="Shahed/Geran", I=3),
        ev("pavlohrad", D, "RU", ws="Shahed/Geran")]),
    it("2024-10-29",
       "In total, 64 attack UAVs were recorded on the night of 29 October, launched from the Kursk and Oryol "
       "directions. 41 were downed over the Kyiv, Chernihiv, Sumy, Kharkiv, Poltava, Cherkasy, Zhytomyr and "
       "Khmelnytskyi regions, 22 were lost locally and 1 flew towards Belarus.",
       [summary("RU", w="drone", L=64, I=41),
        ev("o_kyi", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"),
        ev("o_kha", I, "RU", w="drone"), ev("o_pol", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"),
        ev("o_zht", I, "RU", w="drone"), ev("o_khm", I, "RU", w="drone")],
       [tr("kursk", "launch direction"), tr("oryol", "launch direction"), tr("belarus", "drone flew away there")]),
    it("2023-01-14",
       "On 14 January the enemy attacked critical infrastructure with 38 missiles: 23 Kh-101/Kh-555 from the "
       "Caspian Sea area, 10 Kalibr from the Black Sea and 5 Kh-22 from Tu-22M3 bombers over the Kursk region. "
       "25 cruise missiles were destroyed. A Kh-22, which our air defence cannot intercept, hit a residential "
       "building in Dnipro.",
       [summary("RU", w="missile", ws="Kh-101", L=38, I=25), ev("dnipro", M, "RU", ws="Kh-22")],
       [tr("caspian", "launch area"), tr("blacksea", "launch area"), tr("r_krs", "launch area (Tu-22M3)")]),
    it("2025-05-25",
       "The night of 25 May: 367 air attack means, 298 drones and 69 missiles (9 Kh-101 and 45 Iskander-M/KN-23 "
       "among them). Destroyed: 266 drones and 45 missiles. The Kyiv, Zhytomyr, Khmelnytskyi, Ternopil, "
       "Mykolaiv and Odesa regions were affected. In total 12 people were killed across the country.",
       [summary("RU", w="drone", L=367, I=311, k=12),
        ev("o_kyi", X, "RU"), ev("o_zht", X, "RU"), ev("o_khm", X, "RU"), ev("o_ter", X, "RU"),
        ev("o_myk", X, "RU"), ev("o_ode", X, "RU")]),
    it("2024-03-10",
       "Launch of a Kh-47M2 Kinzhal from a MiG-31K over the Lipetsk region.\n"
       "04:12 — a hit was recorded in Starokostiantyniv.",
       [ev("starokost", M, "RU", ws="Kinzhal")],
       [tr("r_lip", "launch area (MiG-31K)")]),
    it("2024-08-04",
       "During the night of 4 August the enemy attacked with 29 Shahed-131/136 drones from Cape Chauda and "
       "Kursk and 1 Kalibr cruise missile from a submarine in the Black Sea. The missile and 24 Shaheds were shot "
       "down over the Mykolaiv, Odesa, Kherson, Zaporizhzhia, Dnipropetrovsk and Poltava regions. Debris fell in "
       "Odesa without casualties.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=30, I=25),
        ev("o_myk", I, "RU", w="missile"), ev("o_ode", I, "RU", w="missile"), ev("o_khe", I, "RU", w="missile"),
        ev("o_zap", I, "RU", w="missile"), ev("o_dnp", I, "RU", w="missile"), ev("o_pol", I, "RU", w="missile"),
        ev("odesa", I, "RU", k=0, inj=0)],
       [tr("kursk", "launch area"), tr("blacksea", "launch area (submarine)")]),
    it("2022-11-15",
       "On 15 November the enemy launched about 90 missiles, most of them Kh-101/Kh-555 from Tu-95MS over the "
       "Caspian Sea, and 6 Shahed-136 attack drones. Air defence destroyed 70 cruise missiles and all 6 drones. "
       "Hits were recorded in Kyiv, Lviv, Zhytomyr and Rivne.",
       [summary("RU", w="missile", ws="Kh-101", L=96, I=76),
        ev("kyiv", X, "RU"), ev("lviv", X, "RU"), ev("zhytomyr", X, "RU"), ev("rivne", X, "RU")],
       [tr("caspian", "launch area")]),
    it("2025-09-07",
       "The night of 7 September (from 18:00 on 6 September):\n"
       "— 810 drones of the Shahed, Gerbera and other types;\n"
       "— 13 missiles: 9 Iskander-M and 4 Kh-101 from Tu-95MS over the Saratov region.\n"
       "As of 09:00, 747 drones and 4 missiles were shot down or suppressed. Hits by 9 missiles and 56 drones "
       "at 37 locations; debris fell at 8 locations. In Kyiv the government building was damaged.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=823, I=751), ev("kyiv", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)")]),
    it("2024-01-02",
       "On the morning of 2 January the enemy attacked with 35 Shahed-136/131 drones and 99 missiles: 10 "
       "Kinzhal, 70 Kh-101, 12 S-300 and Iskander-M from the Belgorod region, 4 Kh-31P and 3 Kh-59. All 35 "
       "Shaheds, all 10 Kinzhal and 59 Kh-101 were destroyed. Hits were recorded in Kyiv and in Kharkiv, where "
       "two people were killed.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=134, I=104), ev("kyiv", X, "RU"),
        ev("kharkiv", X, "RU", k=2)],
       [tr("r_bel", "launch area")]),
    it("2023-06-01",
       "Around 02:30 on 1 June the enemy attacked Kyiv with 10 Iskander-M ballistic and cruise missiles "
       "launched from the Bryansk region. All 10 were destroyed by the capital's air defence. Falling debris "
       "killed 3 people in the Desnianskyi district.",
       [summary("RU", w="missile", ws="Iskander", L=10, I=10),
        ev("kyiv", I, "RU", w="missile", ws="Iskander", L=10, I=10, k=3)],
       [tr("r_bry", "launch area")]),
    it("2024-06-20",
       "Over the last day Russian tactical aviation carried out 22 strikes, dropping 37 KABs on the border "
       "communities of the Sumy region and 14 KABs on the Kharkiv region.",
       [ev("o_sum", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=37),
        ev("o_kha", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=14)]),
    it("2025-02-22",
       "Overnight the enemy used 2 Kh-59/69 guided missiles from Su-34 aircraft over the Belgorod region and 92 "
       "Shahed-type drones launched from Oryol, Kursk and Primorsko-Akhtarsk. Both missiles and 51 drones were "
       "downed; 38 imitators were lost locally. Hits: the Poltava region, Odesa (port) and the Kyiv region.",
       [summary("RU", w="missile", ws="Kh-59", L=94, I=53),
        ev("o_pol", X, "RU"), ev("odesa", X, "RU"), ev("o_kyi", X, "RU")],
       [tr("r_bel", "launch area (Su-34)"), tr("oryol", "launch direction"), tr("kursk", "launch direction"),
        tr("primakhtarsk", "launch direction")]),
    it("2024-09-01",
       "On 1 September the enemy attacked with 3 Iskander-M missiles from the Kursk region, 1 Kh-59 and 23 "
       "Shaheds. 1 Kh-59 and 20 Shaheds were destroyed over the Kyiv, Sumy, Zhytomyr and Khmelnytskyi regions. "
       "The Iskander-M missiles hit Kharkiv, injuring 41 people.",
       [summary("RU", w="missile", ws="Iskander", L=27, I=21),
        ev("o_kyi", I, "RU", w="missile", ws="Kh-59"), ev("o_sum", I, "RU", w="missile", ws="Kh-59"),
        ev("o_zht", I, "RU", w="missile", ws="Kh-59"), ev("o_khm", I, "RU", w="missile", ws="Kh-59"),
        ev("kharkiv", M, "RU", ws="Iskander", inj=41)],
       [tr("r_krs", "launch area")]),
    it("2025-07-04",
       "During the night the enemy launched 550 means of air attack: 539 Shahed-type drones and imitators and "
       "11 missiles (Iskander-M/KN-23 and one Kh-101). 268 drones and 2 missiles were shot down; 208 drones were "
       "lost locally. The main direction of the strike was Kyiv, where 23 people were injured.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=550, I=270), ev("kyiv", X, "RU", inj=23)]),
    it("2023-12-10",
       "Overnight the enemy launched 18 Shahed-136/131 drones from Cape Chauda. Air defence destroyed 15 of them "
       "over the Odesa and Mykolaiv regions. Three drones hit the port of Izmail.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=18, I=15),
        ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("izmail", D, "RU")]),
    # --- third batch (independent writer) ---
    it("2024-11-18",
       "On the night of 18 November the enemy attacked with 74 Shahed-type attack UAVs launched from Kursk, Oryol "
       "and Primorsko-Akhtarsk. As of 09:00, 56 had been shot down over the Kyiv, Cherkasy, Poltava, Sumy and "
       "Chernihiv regions; 15 were lost locally as a result of active EW counteraction. Hits were recorded in "
       "the Sumy region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=74, I=56),
        ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_che", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_sum", X, "RU"),
        ev("o_chn", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("kursk", "launch direction"), tr("oryol", "launch direction"), tr("primakhtarsk", "launch direction")]),
    it("2025-03-14",
       "Air Command South: overnight 9 Shaheds were destroyed over the Mykolaiv region and 4 over the Kherson "
       "region. No hits recorded.",
       [ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran", I=9),
        ev("o_khe", I, "RU", w="drone", ws="Shahed/Geran", I=4)]),
    it("2024-03-22",
       "On the night of 22 March the enemy carried out a massive combined attack with 88 missiles of various "
       "types and 63 Shahed drones. Air defence destroyed 37 missiles and 55 drones. Launches: Kh-101/Kh-555 "
       "from Tu-95MS aircraft over the Volgograd region, Kinzhal from MiG-31K over the Tambov region, Kalibr "
       "from the Black Sea. Hits were recorded at energy facilities in the Zaporizhzhia, Kharkiv and "
       "Khmelnytskyi regions.",
       [summary("RU", w="missile", ws="Kh-101", L=151, I=92),
        ev("o_zap", X, "RU"), ev("o_kha", X, "RU"), ev("o_khm", X, "RU")],
       [tr("r_vgg", "launch area (Tu-95MS)"), tr("r_tam", "launch area (MiG-31K)"), tr("blacksea", "launch area")]),
    it("2025-01-13",
       "During the night of 13 January (from 19:00 on 12 January) the enemy attacked with 4 Iskander-M ballistic "
       "missiles from the Kursk region and 112 attack UAVs of the Shahed type and imitators from Bryansk, "
       "Millerovo and Chauda. 1 missile and 81 drones were shot down; 24 imitators were lost locally. Hits in "
       "the Kharkiv and Sumy regions; debris fell in Kyiv and the Kyiv region.",
       [summary("RU", w="missile", ws="Iskander", L=116, I=82),
        ev("o_kha", X, "RU"), ev("o_sum", X, "RU"), ev("kyiv", I, "RU"), ev("o_kyi", I, "RU")],
       [tr("r_krs", "launch area"), tr("bryansk", "launch direction"), tr("millerovo", "launch direction")]),
    it("2024-07-08",
       "Over the past day the occupiers carried out 38 air strikes, dropping 61 guided aerial bombs on the "
       "Donetsk, Zaporizhzhia and Sumy regions.",
       [ev("o_don", A, "RU", w="glide bomb"), ev("o_zap", A, "RU", w="glide bomb"),
        ev("o_sum", A, "RU", w="glide bomb")]),
    it("2024-09-30",
       "In the morning of 30 September the enemy launched 73 Shaheds from Primorsko-Akhtarsk and 3 Kh-59 guided "
       "missiles from Su-34 aircraft over the Kursk region. 67 drones and 2 missiles were destroyed. Shaheds "
       "downed by region: Kyiv region — 14, Odesa region — 11, Mykolaiv region — 9, Vinnytsia region — 7; the "
       "rest over the Cherkasy, Kirovohrad and Zhytomyr regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=76, I=69),
        ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran", I=14),
        ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran", I=11),
        ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran", I=9),
        ev("o_vin", I, "RU", w="drone", ws="Shahed/Geran", I=7),
        ev("o_che", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_kir", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_zht", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("primakhtarsk", "launch site"), tr("r_krs", "launch area (Su-34)")]),
    it("2023-10-31",
       "Ballistic missiles from the Bryansk region towards Chernihiv!\n"
       "06:12 — explosions in Chernihiv, a hit has been recorded.",
       [ev("chernihiv", M, "RU")],
       [tr("r_bry", "launch area")]),
    it("2025-10-06",
       "On the night of 6 October the enemy attacked with 87 strike UAVs of the Shahed type and imitator drones "
       "of other types, launched from the Bryansk and Kursk regions. Air defence neutralised 60 of them in the "
       "north and east of the country; 25 were lost locally and 2 flew back towards Belarus and Russia.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=87, I=60)],
       [tr("r_bry", "launch area"), tr("r_krs", "launch area"), tr("belarus", "drones flew off there"),
        tr("russia", "drones flew off there")]),
    it("2023-07-19",
       "On 19 July the enemy attacked the south with 6 Kalibr cruise missiles from the Black Sea, 3 Kh-22 from "
       "Tu-22M3 aircraft over the Black Sea and 19 Shahed-136/131 drones. 4 Kalibr and 17 Shaheds were shot "
       "down over the Odesa and Mykolaiv regions. The Kh-22 missiles hit port infrastructure in Odesa; in "
       "Mykolaiv a missile destroyed a garage and 1 person was killed.",
       [summary("RU", w="missile", ws="Kalibr", L=28, I=21),
        ev("o_ode", I, "RU", w="missile", ws="Kalibr"), ev("o_myk", I, "RU", w="missile", ws="Kalibr"),
        ev("odesa", M, "RU", ws="Kh-22"), ev("mykolaiv", M, "RU", k=1)],
       [tr("blacksea", "launch area")]),
    it("2024-06-10",
       "Tonight the enemy struck Sumy with 2 Iskander-M ballistic missiles launched from the Kursk region; both "
       "hit the city. In addition, 23 of 35 Shaheds were downed over the Sumy, Poltava and Chernihiv regions.",
       [summary("RU", w="missile", ws="Iskander", L=37, I=23),
        ev("sumy", M, "RU", ws="Iskander", L=2),
        ev("o_sum", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_chn", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("r_krs", "launch area")]),
    it("2024-12-07",
       "Overnight: 42 enemy attack drones. 34 shot down over the Khmelnytskyi, Rivne, Volyn and Lviv regions, "
       "8 lost locally. In the Khmelnytskyi region debris damaged a private house and injured two people.",
       [summary("RU", w="drone", L=42, I=34),
        ev("o_khm", I, "RU", w="drone", inj=2), ev("o_riv", I, "RU", w="drone"),
        ev("o_vol", I, "RU", w="drone"), ev("o_lvi", I, "RU", w="drone")]),
    it("2025-05-19",
       "In the morning the enemy used 5 Kh-59/69 guided missiles from Su-34 aircraft over the Kursk region and "
       "2 S-300 missiles from the Belgorod region. 3 Kh-59 were destroyed. Hits were recorded in Kharkiv and "
       "Chuhuiv.",
       [summary("RU", w="missile", ws="Kh-59", L=7, I=3), ev("kharkiv", X, "RU"), ev("chuhuiv", X, "RU")],
       [tr("r_krs", "launch area (Su-34)"), tr("r_bel", "launch area (S-300)")]),
    # --- fourth batch (independent writer) ---
    it("2025-03-09",
       "Overnight the enemy attacked with 119 strike UAVs (Shahed, Gerbera and imitator drones) launched from "
       "Bryansk, Kursk, Oryol and Millerovo, and with 3 Iskander-M ballistic missiles from the Belgorod region. "
       "As of 08:30, 79 drones had been shot down in the north, east and south of the country; 35 imitators were "
       "lost locally without negative consequences. Shot down by region:\n"
       "• Sumy region — 17\n"
       "• Kharkivshchyna — 12\n"
       "• Odeshchyna — 9\n"
       "• Kyiv region — 8\n"
       "The ballistic missiles hit Kharkiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=122, I=79),
        ev("o_sum", I, "RU", w="drone", ws="Shahed/Geran", I=17),
        ev("o_kha", I, "RU", w="drone", ws="Shahed/Geran", I=12, pt="Kharkivshchyna"),
        ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran", I=9, pt="Odeshchyna"),
        ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran", I=8),
        ev("kharkiv", M, "RU", ws="Iskander")],
       [tr("bryansk", "launch direction"), tr("kursk", "launch direction"), tr("oryol", "launch direction"),
        tr("millerovo", "launch direction"), tr("r_bel", "launch area (ballistic missiles)")]),
    it("2024-12-25",
       "On the morning of 25 December the enemy carried out a massive missile and drone attack on the energy "
       "system: Kh-101 cruise missiles from Tu-95MS aircraft in the Engels area, Kalibr missiles from the Black "
       "Sea, Iskander-M and KN-23 ballistic missiles from the Belgorod and Voronezh regions, and Kh-59/69 guided "
       "missiles. In total 78 missiles and 106 Shahed drones. Destroyed: 59 missiles and 54 drones. Hits were "
       "recorded at 6 locations in the Kharkiv, Dnipropetrovsk and Ivano-Frankivsk regions.",
       [summary("RU", w="missile", ws="Kh-101", L=184, I=113),
        ev("o_kha", X, "RU"), ev("o_dnp", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("engels_ab", "launch area (Tu-95MS)"), tr("blacksea", "launch area (ships)"),
        tr("r_bel", "launch area (ballistic missiles)"), tr("r_vor", "launch area (ballistic missiles)")]),
    it("2025-04-14",
       "Overnight air defence shot down 14 Shahed-type UAVs: in the Kyiv region – 6, in the Chernihiv region – 5, "
       "in the Zhytomyr region – 3. Another 9 imitator drones were location lost. A hit was recorded in Brovary, "
       "where two people were injured.",
       [summary("RU", w="drone", ws="Shahed/Geran", I=14),
        ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran", I=6),
        ev("o_chn", I, "RU", w="drone", ws="Shahed/Geran", I=5),
        ev("o_zht", I, "RU", w="drone", ws="Shahed/Geran", I=3),
        ev("brovary", X, "RU", inj=2)]),
    it("2024-11-05",
       "Over the past day the enemy carried out 47 air strikes on front-line areas, using 81 KABs: "
       "Kharkivshchyna — 22, Donetsk region — 41, Zaporizhzhia region — 18.",
       [ev("o_kha", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=22, pt="Kharkivshchyna"),
        ev("o_don", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=41),
        ev("o_zap", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", L=18)]),
    it("2025-06-03",
       "Air Command East, night of 3 June:\n"
       "• Dnipropetrovsk region — 7 Shaheds destroyed\n"
       "• Poltavshchyna — 4 Shaheds destroyed\n"
       "Debris damaged a warehouse in Pavlohrad, no casualties.",
       [ev("o_dnp", I, "RU", w="drone", ws="Shahed/Geran", I=7),
        ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran", I=4, pt="Poltavshchyna"),
        ev("pavlohrad", I, "RU", w="drone", ws="Shahed/Geran", k=0, inj=0)]),
    it("2024-08-26",
       "In the morning of 26 August the enemy launched 127 missiles (Kh-101/Kh-555, Kalibr, Iskander-M) and 109 "
       "Shahed drones against critical infrastructure. Air defence destroyed 102 missiles and 99 drones. Of the "
       "cruise missiles, 31 were shot down over Kyiv region, 19 over Volyn region and 12 over Lviv region. Hits "
       "were recorded at 7 locations, including Lutsk and Burshtyn.",
       [summary("RU", w="missile", ws="Kh-101", L=236, I=201),
        ev("o_kyi", I, "RU", w="missile", ws="Kh-101", I=31), ev("o_vol", I, "RU", w="missile", ws="Kh-101", I=19),
        ev("o_lvi", I, "RU", w="missile", ws="Kh-101", I=12), ev("lutsk", X, "RU"), ev("burshtyn", X, "RU")]),
    it("2025-09-07",
       "During the night the enemy attacked with 640 drones of the Shahed type and decoys, and 11 missiles "
       "(Iskander-M/KN-23 ballistic missiles and Iskander-K cruise missiles). 598 drones and 3 missiles were "
       "shot down or suppressed by EW. Hits of 8 missiles and 39 drones were recorded at 31 locations, and "
       "debris fell at 6 more. In Kyiv a government building was damaged and two people were killed.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=651, I=601), ev("kyiv", X, "RU", k=2)]),
    it("2024-10-11",
       "This morning the enemy attacked Odesa with 4 missiles: 2 Kh-22 from Tu-22M3 aircraft over the Black Sea "
       "and 2 Iskander-M ballistic missiles launched from occupied Crimea. One Kh-22 was shot down over the Odesa "
       "region; the other three missiles hit port infrastructure in Odesa, killing 8 people.",
       [ev("o_ode", I, "RU", w="missile", ws="Kh-22", I=1), ev("odesa", M, "RU", ws="Kh-22", L=4, k=8)],
       [tr("blacksea", "launch area (Tu-22M3)"), tr("crimea", "launch area (ballistic missiles)")]),
    it("2025-02-10",
       "As of 09:00, 46 enemy UAVs (Shahed and drones of other types) have been shot down over the Kharkiv, "
       "Poltava, Sumy, Kyiv, Chernihiv, Cherkasy, Kirovohrad, Khmelnytskyi, Mykolaiv and Odesa regions. 21 "
       "drones were lost from radar. Hits were recorded in Sumshchyna and on a private house in Poltava.",
       [summary("RU", w="drone", ws="Shahed/Geran", I=46),
        ev("o_kha", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_sum", X, "RU", pt="Sumshchyna"), ev("o_kyi", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_chn", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_che", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_kir", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_khm", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("poltava", X, "RU")]),
    it("2024-05-08",
       "Overnight the occupiers used 55 missiles and 21 Shahed drones. 39 missiles and 20 drones were destroyed. "
       "Missiles downed by region — Vinnytsia region: 8; Kirovohrad region: 6; Poltava region: 5; Lviv region: 3; "
       "Ivano-Frankivsk region: 4. Energy facilities were hit in the Poltava, Kirovohrad, Zaporizhzhia, Lviv and "
       "Ivano-Frankivsk regions.",
       [summary("RU", w="missile", L=76, I=59),
        ev("o_vin", I, "RU", w="missile", I=8), ev("o_kir", X, "RU", I=6), ev("o_pol", X, "RU", I=5),
        ev("o_lvi", X, "RU", I=3), ev("o_ivf", X, "RU", I=4), ev("o_zap", X, "RU")]),
    it("2024-02-07",
       "On the morning of 7 February the enemy launched 64 means of air attack: 44 Shahed-136/131 from Kursk and "
       "Cape Chauda, 12 Kh-101/Kh-555 cruise missiles from Tu-95MS aircraft in the Volgodonsk area, and 4 Kh-22 "
       "and 4 S-300 missiles from the Belgorod region. Shot down: 29 Shaheds and 10 Kh-101. Hits at 9 locations "
       "in Kyiv, Mykolaiv and the Kharkiv region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=64, I=39),
        ev("kyiv", X, "RU"), ev("mykolaiv", X, "RU"), ev("o_kha", X, "RU")],
       [tr("kursk", "launch direction"), tr("volgodonsk", "launch area (Tu-95MS)"),
        tr("r_bel", "launch area (Kh-22, S-300)")]),
    it("2024-07-14",
       "In the evening of 14 July the enemy struck the Khmelnytskyi region with 4 Kh-59/69 guided missiles "
       "launched from Su-34 aircraft over the Bryansk region. Two were shot down over the Khmelnytskyi region; "
       "the others hit an infrastructure facility near Starokostiantyniv.",
       [ev("o_khm", M, "RU", ws="Kh-59", L=4, I=2), ev("starokost", M, "RU", ws="Kh-59")],
       [tr("r_bry", "launch area (Su-34)")]),
]

DEV_ITEMS = [
    it("2024-09-10",
       "During the night of 10 September the enemy sent 46 Shahed-136/131 strike drones from the Kursk and Oryol "
       "directions, together with 2 Iskander-M ballistic missiles fired from the Belgorod region. Our air defence "
       "brought down 38 of the drones over the Sumy, Chernihiv, Poltava and Kyiv regions. Both missiles struck "
       "the outskirts of Sumy.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=48, I=38),
        ev("o_sum", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"), ev("o_pol", I, "RU", w="drone"),
        ev("o_kyi", I, "RU", w="drone"), ev("sumy", M, "RU", ws="Iskander")],
       [tr("r_krs", "launch direction"), tr("r_orl", "launch direction"), tr("r_bel", "launch area")]),
    it("2025-02-04",
       "Overnight on 4 February the adversary used 79 Shahed-type attack UAVs and imitator drones. As of 09:00, "
       "56 have been shot down, by region:\nKyiv region – 14\nChernihiv region – 9\nSumy region – 11\n"
       "Kharkiv region – 8\nCherkasy region – 6\nVinnytsia region – 8\n21 imitators were lost locally with no "
       "consequences. A hit was recorded in the Kharkiv region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=79, I=56),
        ev("o_kyi", I, "RU", w="drone", I=14), ev("o_chn", I, "RU", w="drone", I=9),
        ev("o_sum", I, "RU", w="drone", I=11), ev("o_kha", X, "RU", I=8),
        ev("o_che", I, "RU", w="drone", I=6), ev("o_vin", I, "RU", w="drone", I=8)]),
    it("2023-11-25",
       "Preliminary result: in the course of the night of 25 November, mobile fire groups, aviation and air "
       "defence units destroyed 71 Shahed drones. Most of them were downed over Kyiv. The attack lasted more "
       "than six hours.",
       [summary("RU", w="drone", ws="Shahed/Geran", I=71), ev("kyiv", I, "RU", w="drone")]),
    it("2024-12-25",
       "On Christmas morning the occupiers struck our energy system with 78 missiles and 106 attack drones. "
       "Launched: 50 Kh-101 cruise missiles from Tu-95MS aircraft in the Engels area, 7 Kh-59/69 guided missiles "
       "from Su-34 jets over the Belgorod region, 19 Kalibr from ships in the Black Sea and 2 Kinzhal. Air "
       "defence shot down 59 missiles and 54 drones; 52 drones were lost locally. Energy facilities were hit in "
       "Kharkiv and in the Dnipropetrovsk region.",
       [summary("RU", w="missile", ws="Kh-101", L=184, I=113), ev("kharkiv", X, "RU"), ev("o_dnp", X, "RU")],
       [tr("engels", "launch area (Tu-95MS)"), tr("r_bel", "launch area (Su-34)"),
        tr("blacksea", "launch area (ships)")]),
    it("2024-07-18",
       "Air Command \"East\" reports: on the evening of 17 July five Shahed-131/136 were destroyed over the "
       "Dnipropetrovsk region and two more over the Zaporizhzhia region. Falling debris damaged a garage in "
       "Pavlohrad; nobody was injured.",
       [ev("o_dnp", I, "RU", "2024-07-17", w="drone", ws="Shahed/Geran", I=5),
        ev("o_zap", I, "RU", "2024-07-17", w="drone", ws="Shahed/Geran", I=2),
        ev("pavlohrad", I, "RU", "2024-07-17", w="drone", ws="Shahed/Geran", inj=0)]),
    it("2024-04-11",
       "Over the past day the occupiers carried out 68 air strikes, dropping 91 KAB guided aerial bombs. The "
       "heaviest bombing fell on the Kharkiv region, in particular Vovchansk and Kozacha Lopan, and on the "
       "Donetsk region. Border communities of the Sumy region were also hit by KABs.",
       [ev("o_kha", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("vovchansk", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("kozachalopan", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("o_don", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("o_sum", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2023-03-09",
       "On the night of 9 March the Russian Federation carried out a massive combined strike with 81 missiles: "
       "28 Kh-101/Kh-555 from Tu-95MS over the Caspian Sea, 20 Kalibr from the Black Sea, 6 Kh-47 Kinzhal, 8 "
       "Kh-22, 13 S-300 and 6 Kh-31P/Kh-59, plus 8 Shahed-136/131 drones. Our defenders destroyed 34 cruise "
       "missiles and 4 drones. Hits were recorded in Kyiv, Kharkiv, the Odesa region, the city of Zhytomyr, "
       "Vinnytsia and the Lviv region, where 6 people were killed.",
       [summary("RU", w="missile", ws="Kh-101", L=89, I=38), ev("kyiv", X, "RU"), ev("kharkiv", X, "RU"),
        ev("o_ode", X, "RU"), ev("zhytomyr", X, "RU"), ev("vinnytsia", X, "RU"), ev("o_lvi", X, "RU", k=6)],
       [tr("caspian", "launch area (Tu-95MS)"), tr("blacksea", "launch area")]),
    it("2025-05-25",
       "Overnight the enemy launched 298 Shahed-type attack UAVs and decoys and 69 missiles:\n"
       "• 9 Iskander-M/KN-23 ballistic missiles – from the Kursk region\n"
       "• 55 Kh-101 cruise missiles – from the Saratov region\n"
       "• 5 Kalibr – from the Black Sea\n"
       "• UAVs – from Millerovo, Shatalovo, Bryansk and Primorsko-Akhtarsk\n"
       "Neutralised: 45 missiles and 266 UAVs. Hits were recorded in the Kyiv, Khmelnytskyi and Zhytomyr "
       "regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=367, I=311), ev("o_kyi", X, "RU"),
        ev("o_khm", X, "RU"), ev("o_zht", X, "RU")],
       [tr("r_krs", "launch area"), tr("r_sar", "launch area"), tr("blacksea", "launch area"),
        tr("millerovo", "launch area"), tr("shatalovo", "launch area"), tr("bryansk", "launch area"),
        tr("primakhtarsk", "launch area")]),
    it("2024-02-15",
       "UPDATE as of 09:30. Overnight the enemy launched 26 Shaheds from the direction of Kursk and 1 Iskander-M "
       "missile from occupied Crimea. 23 drones were destroyed over the Mykolaiv, Odesa, Kirovohrad and "
       "Khmelnytskyi regions. The missile hit the Odesa region; details will follow from the regional "
       "administration.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=27, I=23), ev("o_myk", I, "RU", w="drone"),
        ev("o_ode", M, "RU", ws="Iskander"), ev("o_kir", I, "RU", w="drone"), ev("o_khm", I, "RU", w="drone")],
       [tr("kursk", "launch direction"), tr("crimea", "launch area")]),
    it("2023-06-10",
       "Air defence forces worked through the night of 10 June. Of the 8 Kh-101 cruise missiles and 2 Kalibr "
       "launched by the enemy, all were destroyed, along with 20 of 25 Shahed-136/131. According to preliminary "
       "data, 3 civilians were killed and 11 injured across the country. Most of the targets were downed over "
       "the Odesa and Kyiv regions.",
       [summary("RU", w="missile", ws="Kh-101", L=35, I=30, k=3, inj=11),
        ev("o_ode", I, "RU", w="missile"), ev("o_kyi", I, "RU", w="missile")]),
    it("2024-10-29",
       "Drone attack overnight. Total launched: 62 (Shahed and decoys), from Kursk, Primorsko-Akhtarsk and "
       "Oryol. Neutralised 53: 31 shot down, 22 suppressed by electronic warfare. Air defence worked over the "
       "Kyiv, Poltava, Cherkasy and Sumy regions. Debris fell in Kyiv's Obolon and Sviatoshyn districts.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=62, I=53), ev("o_kyi", I, "RU", w="drone"),
        ev("o_pol", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"),
        ev("obolon", I, "RU", w="drone"), ev("sviatoshyn", I, "RU", w="drone")],
       [tr("kursk", "launch area"), tr("primakhtarsk", "launch area"), tr("oryol", "launch area")]),
    it("2025-01-01",
       "New Year's night: the enemy attacked with 111 attack drones. Shot down – 63; lost locally – 46. In Kyiv "
       "two people were killed in the Pecherskyi district; damage was also recorded in the Zhytomyr and "
       "Chernihiv regions.",
       [summary("RU", w="drone", L=111, I=63), ev("kyiv", X, "RU", k=2), ev("o_zht", X, "RU"),
        ev("o_chn", X, "RU")]),
    it("2022-12-16",
       "At about 06:00 on 16 December the occupiers launched 76 missiles: 72 cruise missiles (Kh-101/Kh-555 "
       "from Tu-95MS in the Caspian Sea area and Kalibr from the Black Sea) and 4 Kh-59 guided missiles. 60 were "
       "destroyed. The hardest-hit cities were Kryvyi Rih, Kharkiv and Kremenchuk, with casualties in Kryvyi "
       "Rih: 2 dead.",
       [summary("RU", w="missile", ws="Kh-101", L=76, I=60), ev("kryvyi", X, "RU", k=2),
        ev("kharkiv", X, "RU"), ev("kremenchuk", X, "RU")],
       [tr("caspian", "launch area"), tr("blacksea", "launch area")]),
    it("2024-05-08",
       "In the night the Russians used 55 missiles of various types and 21 Shahed-136/131. Our forces destroyed "
       "39 missiles and 20 drones. By region, downings were recorded over Poltava (11), Kirovohrad (9), Vinnytsia "
       "(8) and Ivano-Frankivsk (6) regions, the rest over Lviv region. The Burshtyn TPP was hit.",
       [summary("RU", w="missile", L=76, I=59), ev("o_pol", I, "RU", w="missile", I=11),
        ev("o_kir", I, "RU", w="missile", I=9), ev("o_vin", I, "RU", w="missile", I=8),
        ev("o_ivf", I, "RU", w="missile", I=6), ev("o_lvi", I, "RU", w="missile"), ev("burshtyn", X, "RU")]),
    it("2025-03-18",
       "Air Command \"West\": overnight, 3 Kalibr cruise missiles were shot down within the Khmelnytskyi region. "
       "No damage to infrastructure. A missile fragment fell near Starokostiantyniv, without casualties.",
       [ev("o_khm", I, "RU", w="missile", ws="Kalibr", I=3),
        ev("starokost", I, "RU", w="missile", ws="Kalibr", k=0, inj=0)]),
    it("2024-08-16",
       "As of 08:30 on 16 August, 29 of 30 attack UAVs have been destroyed over Kyiv region, Sumy region and "
       "Chernihiv region. Two Kh-59 missiles launched from the Kursk area hit Sumy, damaging a "
       "hospital.",
       [summary("RU", w="drone", L=32, I=29), ev("o_kyi", I, "RU", w="drone"),
        ev("o_sum", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"), ev("sumy", M, "RU", ws="Kh-59")],
       [tr("r_krs", "launch area", pt="Kursk")]),
    it("2023-09-21",
       "Today from 04:00 the enemy used 43 cruise missiles of the Kh-101/Kh-555 type against Ukraine. Launches "
       "from Tu-95MS near Engels and over the Caspian Sea. 36 cruise missiles were shot down. Missiles hit "
       "Cherkasy, Rivne and Lviv, and the Kharkiv region was struck by S-300 missiles launched from the "
       "Belgorod region.",
       [summary("RU", w="missile", ws="Kh-101", L=43, I=36), ev("cherkasy", M, "RU"), ev("rivne", M, "RU"),
        ev("lviv", M, "RU"), ev("o_kha", M, "RU", ws="S-300")],
       [tr("engels", "launch area"), tr("caspian", "launch area"), tr("r_bel", "launch area")]),
    it("2024-11-26",
       "Record drone attack: 188 UAVs during the night! 76 shot down across 17 regions, including Kyiv, "
       "Ternopil, Rivne and Khmelnytskyi. 95 location-lost (EW), 5 flew back towards Belarus. Critical "
       "infrastructure was damaged in the Ternopil region.",
       [summary("RU", w="drone", L=188, I=76), ev("o_kyi", I, "RU", w="drone"),
        ev("o_ter", X, "RU"), ev("o_riv", I, "RU", w="drone"), ev("o_khm", I, "RU", w="drone")],
       [tr("belarus", "direction drones flew off to")]),
    it("2024-06-20",
       "On the night of 20 June the enemy attacked with 27 Shahed-131/136 launched from the Kursk region and "
       "Cape Chauda, and with a Kh-59 guided missile fired by a Su-34 over the Sea of Azov. 24 drones and the "
       "missile were downed: Dnipropetrovsk region – 9, Kyiv region – 6, Vinnytsia region – 5, Zaporizhzhia "
       "region – 5.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=28, I=25), ev("o_dnp", I, "RU", w="drone", I=9),
        ev("o_kyi", I, "RU", w="drone", I=6), ev("o_vin", I, "RU", w="drone", I=5),
        ev("o_zap", I, "RU", w="drone", I=5)],
       [tr("r_krs", "launch area"), tr("azovsea", "launch area (Su-34)")]),
    it("2025-04-24",
       "At night Russia struck with 70 missiles (including 31 ballistic Iskander-M/KN-23) and 145 drones. Downed "
       "– 48 missiles, 64 drones. 12 people were killed and 90 injured in Kyiv after a ballistic missile hit "
       "the Sviatoshynskyi district. Hits also in the Kharkiv, Zhytomyr and Poltava regions.",
       [summary("RU", w="missile", ws="Iskander", L=215, I=112),
        ev("kyiv", M, "RU", ws="Iskander", k=12, inj=90), ev("sviatoshyn", M, "RU", ws="Iskander"),
        ev("o_kha", X, "RU"), ev("o_zht", X, "RU"), ev("o_pol", X, "RU")]),
    it("2023-12-13",
       "On 13 December the enemy fired 10 ballistic missiles of the Iskander-M/KN-23 type at Kyiv from the "
       "Bryansk region. All ten were destroyed. 53 people in the city were injured by falling debris, in the "
       "Dniprovskyi and Darnytskyi districts.",
       [summary("RU", w="missile", ws="Iskander", L=10, I=10),
        ev("kyiv", I, "RU", w="missile", ws="Iskander", L=10, I=10, inj=53),
        ev("dniprovskyi", I, "RU", w="missile", ws="Iskander"), ev("darnytsia", I, "RU", w="missile", ws="Iskander")],
       [tr("r_bry", "launch area")]),
    it("2024-03-28",
       "In the night the occupiers attacked with 11 Shahed drones and 12 missiles, including 8 Kh-101/555 and "
       "2 Kh-22. Of them, air defence destroyed 9 Shaheds and 9 Kh-101. Energy infrastructure was damaged in "
       "the Dnipropetrovsk and Cherkasy regions; the Ladyzhyn TPP in Vinnytsia region was hit again.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=23, I=18), ev("o_dnp", X, "RU"), ev("o_che", X, "RU"),
        ev("ladyzhyn", X, "RU")]),
    it("2024-01-23",
       "Early on 23 January the Russian army used 41 missiles: Kh-101/Kh-555, S-300 and Iskander-M. 21 were "
       "destroyed, mostly over Kyiv. In Kharkiv, where S-300 missiles launched from Belgorod hit residential "
       "areas, 8 people were killed. In Pavlohrad, 3 injured.",
       [summary("RU", w="missile", ws="Kh-101", L=41, I=21), ev("kyiv", I, "RU", w="missile"),
        ev("kharkiv", M, "RU", ws="S-300", k=8), ev("pavlohrad", X, "RU", inj=3)],
       [tr("belgorod", "launch area")]),
    it("2025-06-06",
       "Brief summary of the night of 6 June:\n— means of air attack: 452 (407 drones, 45 missiles)\n— "
       "neutralised: 406\n— of them EW-suppressed: 199\n— affected: Kyiv, Lutsk, Ternopil, Chernihiv",
       [summary("RU", w="drone", L=452, I=406), ev("kyiv", X, "RU"), ev("lutsk", X, "RU"),
        ev("ternopil", X, "RU"), ev("chernihiv", X, "RU")]),
    it("2023-05-29",
       "In the night the enemy carried out another attack on the capital using 40 Shahed-136/131 and 11 "
       "Kalibr-type missiles. All were destroyed over the Kyiv region, except one missile that fell in an open "
       "field in the Zhytomyr region. This was the 15th attack on the capital this month.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=51, I=50), ev("o_kyi", I, "RU", w="drone"),
        ev("o_zht", M, "RU", ws="Kalibr")]),
    it("2024-09-01",
       "Result of anti-aircraft combat: 158 targets. 9 Iskander-M ballistic missiles, 1 Kh-59, and 148 drones. "
       "Shot down: 1 Kh-59 and 86 drones. Most of the drones were downed in the Kyiv, Zhytomyr and Khmelnytskyi "
       "regions. Hits were recorded in Kharkiv region, Kyiv and Lutsk.",
       [summary("RU", w="missile", ws="Iskander", L=158, I=87), ev("o_kyi", I, "RU", w="drone"),
        ev("o_zht", I, "RU", w="drone"), ev("o_khm", I, "RU", w="drone"), ev("o_kha", X, "RU"),
        ev("kyiv", X, "RU"), ev("lutsk", X, "RU")]),
    it("2022-10-17",
       "Since the start of the day, 37 kamikaze drones have been destroyed: 28 in the Southern air command area, "
       "9 over the Kyiv region. Unfortunately, there were hits in the capital: in Shevchenkivskyi district a "
       "residential building was damaged, 4 killed.",
       [summary("RU", w="drone", I=37), ev("o_kyi", I, "RU", w="drone", I=9),
        ev("shevchenkivskyi", D, "RU", k=4)]),
    it("2024-07-08",
       "Attack on 8 July: 38 missiles, including Kinzhal, Kh-101 and Iskander-M. 30 destroyed. Ballistic missile "
       "hit Okhmatdyt children's hospital in Kyiv; missiles also struck Kryvyi Rih, where 10 were killed, Dnipro "
       "and Kramatorsk. Launches came from Tu-95MS over the Volgodonsk area and MiG-31K over Tambov.",
       [summary("RU", w="missile", ws="Kinzhal", L=38, I=30), ev("kyiv", M, "RU"),
        ev("kryvyi", M, "RU", k=10), ev("dnipro", M, "RU"), ev("kramatorsk", M, "RU")],
       [tr("volgodonsk", "launch area"), tr("tambov", "launch area (MiG-31K)")]),
    it("2025-02-22",
       "Air defence report, night of 22 February. The enemy launched 2 Iskander-M from the Voronezh region and "
       "162 attack drones. 110 drones destroyed in the Kharkiv, Poltava, Sumy, Kyiv, Chernihiv, Cherkasy, "
       "Kirovohrad, Odesa and Mykolaiv regions; 50 lost locally. Zero missiles intercepted. Poltava city hit: "
       "an apartment building partially destroyed, 1 dead.",
       [summary("RU", w="missile", ws="Iskander", L=164, I=110), ev("o_kha", I, "RU", w="drone"),
        ev("o_pol", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"), ev("o_kyi", I, "RU", w="drone"),
        ev("o_chn", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"), ev("o_kir", I, "RU", w="drone"),
        ev("o_ode", I, "RU", w="drone"), ev("o_myk", I, "RU", w="drone"), ev("poltava", X, "RU", k=1)],
       [tr("r_vor", "launch area")]),
    it("2025-04-05",
       "Overnight Russia attacked with 92 Shahed UAVs and imitation drones launched from Bryansk, Millerovo and "
       "Cape Chauda (Crimea), as well as 2 Iskander-M ballistic missiles from the Rostov region. As of 08:30, 51 "
       "drones have been shot down in the east, north, south and centre of the country; 31 imitator drones were "
       "lost locally. Kryvyi Rih took the main blow: 4 killed, 14 wounded. Hits were also recorded in the "
       "Dnipropetrovsk, Kharkiv, Sumy and Kyiv regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=94, I=51), ev("kryvyi", X, "RU", k=4, inj=14),
        ev("o_dnp", X, "RU"), ev("o_kha", X, "RU"), ev("o_sum", X, "RU"), ev("o_kyi", X, "RU")],
       [tr("bryansk", "launch area"), tr("millerovo", "launch area"), tr("crimea", "launch area"),
        tr("r_ros", "launch area")]),
    # --- batch 7 ---
    it("2024-01-08",
       "On the morning of 8 January the enemy attacked Ukraine with 59 means of air attack: 8 Shahed-136/131 "
       "attack drones and 51 missiles, among them 18 Kh-101/Kh-555 cruise missiles launched by Tu-95MS aircraft "
       "from the Volgodonsk area, 6 Kinzhal aeroballistic missiles from MiG-31K jets over the Tambov region, "
       "24 S-300 guided missiles and 3 Kh-22. Air defence destroyed 18 cruise missiles and all 8 drones. Hits "
       "were recorded in Khmelnytskyi, Kryvyi Rih, Zaporizhzhia and Kharkiv.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=59, I=26), ev("khmelnytskyi", X, "RU"),
        ev("kryvyi", X, "RU"), ev("zap", X, "RU"), ev("kharkiv", X, "RU")],
       [tr("volgodonsk", "launch area (Tu-95MS)"), tr("r_tam", "launch area (MiG-31K)")]),
    it("2025-02-11",
       "Overnight on 11 February the enemy attacked with 123 Shahed-type strike UAVs and decoy drones launched "
       "from Bryansk, Kursk, Oryol, Millerovo and Primorsko-Akhtarsk. As of 09:00, 71 attack UAVs were confirmed "
       "shot down, by region:\nPoltava region – 16\nSumy region – 12\nKharkiv region – 9\n"
       "Chernihiv region – 11\n"
       "Kyiv region – 14\nCherkasy region – 5\nMykolaiv region – 4\n47 decoy drones were lost locally. The "
       "Poltava and Kyiv regions were affected by the attack.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=123, I=71), ev("o_pol", X, "RU", I=16),
        ev("o_sum", I, "RU", w="drone", I=12), ev("o_kha", I, "RU", w="drone", I=9),
        ev("o_chn", I, "RU", w="drone", I=11), ev("o_kyi", X, "RU", I=14),
        ev("o_che", I, "RU", w="drone", I=5), ev("o_myk", I, "RU", w="drone", I=4)],
       [tr("bryansk", "launch area"), tr("kursk", "launch area"), tr("oryol", "launch area"),
        tr("millerovo", "launch area"), tr("primakhtarsk", "launch area")]),
    it("2023-12-29",
       "On 29 December the Russian Federation carried out its most massive air attack of the full-scale war: "
       "158 targets in total, 122 missiles of various types and 36 Shahed-136/131. Among the missiles were 90 "
       "Kh-101/Kh-555/Kh-55 cruise missiles fired by 18 Tu-95MS, 8 Kh-22 from Tu-22M3 bombers over the Black "
       "Sea, 5 Kinzhal, 14 Iskander-M and S-300/S-400 ballistic and guided missiles, and 5 Kh-59. Air defence "
       "destroyed 87 cruise missiles and 27 Shaheds. Hits were recorded in Kyiv, Lviv, Odesa, Dnipro, Kharkiv "
       "and Zaporizhzhia; in Dnipro at least five people were killed.",
       [summary("RU", w="missile", ws="Kh-101", L=158, I=114), ev("kyiv", X, "RU"), ev("lviv", X, "RU"),
        ev("odesa", X, "RU"), ev("dnipro", X, "RU", k=5), ev("kharkiv", X, "RU"), ev("zap", X, "RU")],
       [tr("blacksea", "launch area (Tu-22M3)")]),
    it("2024-10-31",
       "On the morning of 31 October the enemy struck with 9 missiles and 31 attack UAVs. Launched: 6 Kh-101 "
       "cruise missiles from Tu-95MS over the Caspian Sea, 2 Iskander-M ballistic missiles from the Kursk region "
       "and 1 Kh-59 guided missile from the Belgorod region. Shot down: 5 Kh-101 and 24 Shaheds. The drones were "
       "downed over the Sumy (8), Poltava (6), Cherkasy (5) and Kyiv (5) regions. The two Iskander-M missiles "
       "were fired at Kharkiv and hit an industrial enterprise; a cruise missile struck an infrastructure "
       "facility in the Vinnytsia region.",
       [summary("RU", w="missile", ws="Kh-101", L=40, I=29), ev("o_sum", I, "RU", w="drone", I=8),
        ev("o_pol", I, "RU", w="drone", I=6), ev("o_che", I, "RU", w="drone", I=5),
        ev("o_kyi", I, "RU", w="drone", I=5), ev("kharkiv", M, "RU", ws="Iskander", L=2),
        ev("o_vin", M, "RU", ws="Kh-101")],
       [tr("caspian", "launch area (Tu-95MS)"), tr("r_krs", "launch area"), tr("r_bel", "launch area")]),
    it("2024-05-22",
       "Over the past day the occupiers carried out 37 air strikes on the Kharkiv region, dropping 58 guided "
       "aerial bombs. Lyptsi, Vovchansk and Kozacha Lopan were struck, and two of the bombs hit Kharkiv itself.",
       [ev("o_kha", A, "RU", w="glide bomb", L=58), ev("lyptsi", A, "RU", w="glide bomb"),
        ev("vovchansk", A, "RU", w="glide bomb"), ev("kozachalopan", A, "RU", w="glide bomb"),
        ev("kharkiv", A, "RU", w="glide bomb", L=2)]),
    it("2025-03-14",
       "Enemy tactical aviation over the past day: 29 air strikes with 48 KABs. The targets were in the Sumy "
       "region — Krasnopillia, Myropillia and Yunakivka — and in the Donetsk region, where Kostiantynivka was "
       "bombed.",
       [ev("o_sum", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("krasnopillia", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("myropillia", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("yunakivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("o_don", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("kostiantynivka", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2025-03-02",
       "Overnight the occupiers launched 14 missiles: 4 Iskander-M ballistic missiles from the Bryansk region "
       "and 10 Kh-59/69 guided missiles from Su-34 aircraft in the airspace of the Kursk region. Air defence "
       "destroyed 8 Kh-59/69; the ballistic missiles were not intercepted. Impacts were recorded in Chernihiv "
       "and in the Sumy region. In Chernihiv three people were wounded.",
       [summary("RU", w="missile", ws="Iskander", L=14, I=8), ev("chernihiv", X, "RU", inj=3),
        ev("o_sum", X, "RU")],
       [tr("r_bry", "launch area"), tr("r_krs", "launch area (Su-34)")]),
    it("2024-03-19",
       "Air Command \"South\": during the night, units of the command destroyed 11 Shahed-136/131 over the Odesa "
       "region and 4 more over the Mykolaiv region. In Odesa, falling wreckage started a fire at a warehouse in "
       "the port area; one man was injured.",
       [ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran", I=11),
        ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran", I=4),
        ev("odesa", I, "RU", w="drone", ws="Shahed/Geran", inj=1)]),
    it("2024-03-25",
       "Kyiv City Military Administration: this morning the enemy attacked the capital with ballistic missiles "
       "fired from the Bryansk region, the third such attack in five days. According to preliminary data, both "
       "missiles were destroyed by air defence on the approach to the city. Debris fell on a residential area "
       "in the north of the city; two people were hurt.",
       [ev("kyiv", I, "RU", w="missile", L=2, I=2, inj=2)],
       [tr("r_bry", "launch area")]),
    it("2024-08-30",
       "Kharkiv City Military Administration, 03:40: the city is under attack by Shahed drones; hits are "
       "recorded in the north-eastern part of the city and a 12-storey building is on fire.\nUPD 06:10: seven "
       "hits in total. One woman was killed and 9 residents were injured, including two children.",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran", k=1, inj=9)]),
    it("2023-07-13",
       "During the night of 13 July the enemy attacked with 20 Shahed-136/131 launched from the Bryansk region "
       "and from the Primorsko-Akhtarsk area. All 20 were destroyed by air defence: 16 over Kyiv and the Kyiv "
       "region, the rest over the Zaporizhzhia and Dnipropetrovsk regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=20, I=20), ev("kyiv", I, "RU", w="drone"),
        ev("o_kyi", I, "RU", w="drone"), ev("o_zap", I, "RU", w="drone"), ev("o_dnp", I, "RU", w="drone")],
       [tr("r_bry", "launch area"), tr("primakhtarsk", "launch area")]),
    it("2022-10-31",
       "On the morning of 31 October the occupiers launched more than 50 Kh-101/Kh-555 cruise missiles from "
       "Tu-95/160 aircraft north of the Caspian Sea and from the Volgodonsk area. 44 of them were shot down by "
       "our air defence. Hits on critical infrastructure were recorded in Kyiv, Kharkiv, Zaporizhzhia and the "
       "Cherkasy region; in Vyshhorod the dam of the hydroelectric plant was damaged.",
       [summary("RU", w="missile", ws="Kh-101", L=50, I=44), ev("kyiv", X, "RU"), ev("kharkiv", X, "RU"),
        ev("zap", X, "RU"), ev("o_che", X, "RU"), ev("vyshhorod", X, "RU")],
       [tr("caspian", "launch area"), tr("volgodonsk", "launch area")]),
    it("2022-11-23",
       "Today, 23 November, from about 14:30 the enemy carried out another massive missile attack on energy "
       "infrastructure. 67 Kh-101/Kh-555 cruise missiles were launched from Tu-95MS aircraft in the Caspian Sea "
       "area, along with 10 Shahed-136 drones. 51 cruise missiles and 5 drones were destroyed. There were hits "
       "in Vyshhorod, Kyiv region, where three people were killed, and in Lviv, Kharkiv and Vinnytsia.",
       [summary("RU", w="missile", ws="Kh-101", L=77, I=56), ev("vyshhorod", X, "RU", k=3),
        ev("lviv", X, "RU"), ev("kharkiv", X, "RU"), ev("vinnytsia", X, "RU")],
       [tr("caspian", "launch area (Tu-95MS)")]),
    it("2023-02-10",
       "On 10 February the enemy launched 71 cruise missiles (Kalibr from ships in the Black Sea, Kh-101 from "
       "Tu-95MS over the Caspian Sea, Kh-22 from Tu-22M3 over the Sea of Azov), 35 S-300 missiles and 7 Shahed-136 "
       "drones. Air defence destroyed 61 cruise missiles and 5 drones. S-300 missiles hit Zaporizhzhia 17 times "
       "within an hour and also struck Kharkiv; energy facilities were damaged in the Khmelnytskyi and "
       "Ivano-Frankivsk regions.",
       [summary("RU", w="missile", ws="Kalibr", L=113, I=66), ev("zap", M, "RU", ws="S-300"),
        ev("kharkiv", M, "RU", ws="S-300"), ev("o_khm", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("blacksea", "launch area (ships)"), tr("caspian", "launch area (Tu-95MS)"),
        tr("azovsea", "launch area (Tu-22M3)")]),
    it("2024-07-31",
       "Overnight the enemy attacked with 89 Shahed-type drones launched from Kursk and Primorsko-Akhtarsk. "
       "Neutralised: 74 — 59 shot down by fire, 15 suppressed by electronic warfare. Air defence worked in the "
       "Kyiv, Chernihiv, Sumy, Poltava, Vinnytsia and Odesa regions. In Bucha falling debris damaged two houses "
       "and no one was hurt; in Irpin a car caught fire after wreckage fell on a parking lot.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=89, I=74), ev("o_kyi", I, "RU", w="drone"),
        ev("o_chn", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"), ev("o_pol", I, "RU", w="drone"),
        ev("o_vin", I, "RU", w="drone"), ev("o_ode", I, "RU", w="drone"),
        ev("bucha", I, "RU", w="drone", k=0, inj=0), ev("irpin", I, "RU", w="drone")],
       [tr("kursk", "launch area"), tr("primakhtarsk", "launch area")]),
    it("2024-12-13",
       "On 13 December the enemy carried out a massive combined strike on the energy sector: 93 missiles and "
       "about 200 attack drones. Launched: 50 Kh-101/Kh-555 from Tu-95MS over the Saratov region, 40 Kalibr from "
       "the Black Sea and 3 Iskander-M from the Kursk region. Shot down: 81 missiles, 11 of them by F-16 pilots, "
       "and 80 drones; 113 drones were lost locally. Hits were recorded in the Ivano-Frankivsk, Lviv and Kyiv "
       "regions, and a thermal power plant was hit in Ternopil.",
       [summary("RU", w="missile", ws="Kh-101", L=293, I=161), ev("o_ivf", X, "RU"), ev("o_lvi", X, "RU"),
        ev("o_kyi", X, "RU"), ev("ternopil", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)"), tr("blacksea", "launch area"), tr("r_krs", "launch area")]),
    it("2025-07-04",
       "Overnight on 4 July the enemy launched 550 means of air attack: 539 Shahed-type UAVs and decoys and 11 "
       "missiles (10 Iskander-M/KN-23 ballistic missiles from the Kursk region and one Kh-101). Neutralised: 478 "
       "targets — 270 drones and 2 missiles shot down, 206 decoy drones suppressed by electronic warfare. The "
       "main blow fell on Kyiv, where 23 people were injured; hits were also recorded in the Dnipropetrovsk, "
       "Zhytomyr and Kyiv regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=550, I=478), ev("kyiv", X, "RU", inj=23),
        ev("o_dnp", X, "RU"), ev("o_zht", X, "RU"), ev("o_kyi", X, "RU")],
       [tr("r_krs", "launch area")]),
    it("2025-05-14",
       "As of 08:30, 37 of the 47 attack UAVs launched overnight from the Kursk, Oryol and Bryansk regions have "
       "been shot down. Another 10 were lost locally. No hits were recorded.",
       [summary("RU", w="drone", L=47, I=37)],
       [tr("r_krs", "launch area", pt="Kursk"), tr("r_orl", "launch area", pt="Oryol"),
        tr("r_bry", "launch area", pt="Bryansk")]),
    it("2023-10-05",
       "Air Command \"East\": at about 04:00 two Kh-59 guided missiles launched by Su-34 aircraft from the "
       "Belgorod region were destroyed over the Dnipropetrovsk region. Separately, a drone attack in the "
       "Pavlohrad district damaged a farm building; there were no casualties.",
       [ev("o_dnp", I, "RU", w="missile", ws="Kh-59", I=2), ev("pavlohrad", D, "RU", k=0, inj=0)],
       [tr("r_bel", "launch area (Su-34)")]),
    it("2024-09-29",
       "Overnight into 29 September, 67 Shahed-type UAVs were launched from the Kursk and Bryansk regions. Air "
       "defence shot down 58 of them: 21 in Kyiv region, 13 in Zhytomyr region, 9 in Chernihiv region, 8 in "
       "Sumy region and 7 in Poltava region. In Kyiv, debris fell on a house on the left bank, injuring two "
       "people.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=67, I=58), ev("o_kyi", I, "RU", w="drone", I=21),
        ev("o_zht", I, "RU", w="drone", I=13), ev("o_chn", I, "RU", w="drone", I=9),
        ev("o_sum", I, "RU", w="drone", I=8), ev("o_pol", I, "RU", w="drone", I=7),
        ev("kyiv", I, "RU", w="drone", inj=2)],
       [tr("r_krs", "launch area", pt="Kursk"), tr("r_bry", "launch area", pt="Bryansk")]),
    it("2025-01-31",
       "On the night of 31 January the enemy used 102 Shahed-type attack drones and imitators. As of 09:00 the "
       "following were shot down: Kharkiv region – 8, Sumy region – 10, Poltava region – 7, Kyiv region – 6, "
       "Odesa region – 14, Mykolaiv region – 5, Kherson region – 2 (52 in total). 43 imitators were lost "
       "locally. Hits on port infrastructure were recorded in Izmail.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=102, I=52), ev("o_kha", I, "RU", w="drone", I=8),
        ev("o_sum", I, "RU", w="drone", I=10), ev("o_pol", I, "RU", w="drone", I=7),
        ev("o_kyi", I, "RU", w="drone", I=6), ev("o_ode", I, "RU", w="drone", I=14),
        ev("o_myk", I, "RU", w="drone", I=5), ev("o_khe", I, "RU", w="drone", I=2), ev("izmail", X, "RU")]),
    it("2024-02-16",
       "Overnight the enemy launched 26 missiles at western Ukraine: 2 Kinzhal, 16 Kh-101/Kh-555 from Tu-95MS "
       "in the Engels area and 8 Kalibr from the Black Sea. Air defence shot down 13 cruise missiles over the "
       "Khmelnytskyi, Ternopil and Lviv regions. The Kinzhals hit the area of the airfield near "
       "Starokostiantyniv; cruise missiles also hit Lviv, where an industrial facility is on fire.",
       [summary("RU", w="missile", ws="Kinzhal", L=26, I=13), ev("o_khm", I, "RU", w="missile"),
        ev("o_ter", I, "RU", w="missile"), ev("o_lvi", I, "RU", w="missile"),
        ev("starokost", M, "RU", ws="Kinzhal"), ev("lviv", M, "RU")],
       [tr("engels", "launch area (Tu-95MS)"), tr("blacksea", "launch area")]),
    it("2024-11-25",
       "Over the past day the enemy carried out 54 air strikes using 89 guided aerial bombs, most of them on the "
       "Zaporizhzhia and Donetsk regions. KABs hit Zaporizhzhia city twice, injuring 11 people, and also fell on "
       "Huliaipole and Kurakhove.",
       [ev("o_zap", A, "RU", w="glide bomb"), ev("o_don", A, "RU", w="glide bomb"),
        ev("zap", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb", inj=11),
        ev("huliaipole", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("kurakhove", A, "RU", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2024-04-27",
       "Odesa City Military Administration: at 02:15 the enemy attacked Odesa with attack drones. Air defence "
       "shot down 9 of them over the city. Falling debris damaged the roofs of two high-rises and a private "
       "house; a 17-year-old was injured.",
       [ev("odesa", I, "RU", w="drone", I=9, inj=1)]),
    it("2024-06-24",
       "On the night of 24 June the enemy used 16 Shahed-131/136 and 1 Kh-59 guided missile. 13 drones and the "
       "missile were destroyed: the drones over the Zhytomyr, Rivne and Volyn regions, the missile over the "
       "Mykolaiv region. Three drones flew off towards Belarus. In the Lviv region a critical infrastructure "
       "facility was hit, and in the Volyn region debris damaged a power line.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=17, I=14), ev("o_zht", I, "RU", w="drone"),
        ev("o_riv", I, "RU", w="drone"), ev("o_vol", I, "RU", w="drone"),
        ev("o_myk", I, "RU", w="missile", ws="Kh-59", I=1), ev("o_lvi", X, "RU")],
       [tr("belarus", "direction drones flew off to")]),
    it("2025-04-13",
       "Air Command \"Centre\": this morning air defence destroyed 4 Shahed-type drones over the Vinnytsia "
       "region and 3 over the Khmelnytskyi region. Wreckage damaged a grain elevator near Kalynivka; there "
       "were no casualties.",
       [ev("o_vin", I, "RU", w="drone", ws="Shahed/Geran", I=4),
        ev("o_khm", I, "RU", w="drone", ws="Shahed/Geran", I=3),
        ev("kalynivka", I, "RU", w="drone", ws="Shahed/Geran", k=0, inj=0)]),
    it("2023-06-06",
       "Kyiv City Military Administration: overnight the enemy again attacked the capital with cruise missiles "
       "launched by Tu-95MS aircraft from the Caspian Sea area. More than 20 cruise missiles were detected heading "
       "for Kyiv; all of them were destroyed by the capital's air defence. Falling debris damaged cars in a "
       "parking lot on the left bank. No casualties.",
       [ev("kyiv", I, "RU", w="missile", L=20, I=20, k=0, inj=0)],
       [tr("caspian", "launch area (Tu-95MS)")]),
    it("2023-08-30",
       "In the night the enemy attacked with 16 Shahed-136/131 drones and 28 Kh-101/Kh-555 cruise missiles from "
       "Tu-95MS over the Caspian Sea. Air defence destroyed 15 Shaheds and all 28 cruise missiles. The cruise "
       "missiles were shot down on the approach to Kyiv, where falling wreckage killed two people; the Shaheds "
       "were downed over the Odesa and Mykolaiv regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=44, I=43),
        ev("kyiv", I, "RU", w="missile", ws="Kh-101", k=2),
        ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran")],
       [tr("caspian", "launch area (Tu-95MS)")]),
    it("2025-06-10",
       "Overnight the enemy attacked with 322 means of air attack: 315 Shahed-type drones and decoys and 7 "
       "missiles (3 Kh-101 cruise missiles and 4 Iskander-M/KN-23). The drones were launched from Kursk, Oryol, "
       "Millerovo and Primorsko-Akhtarsk, the missiles from the Saratov and Bryansk regions. Neutralised: 279 "
       "targets (277 drones and 2 Kh-101), 213 of them shot down and 66 suppressed by electronic warfare. Hits "
       "were recorded at 13 locations; the worst damage was in Kyiv and Odesa.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=322, I=279), ev("kyiv", X, "RU"), ev("odesa", X, "RU")],
       [tr("kursk", "launch area"), tr("oryol", "launch area"), tr("millerovo", "launch area"),
        tr("primakhtarsk", "launch area"), tr("r_sar", "launch area", pt="Saratov"),
        tr("r_bry", "launch area", pt="Bryansk")]),
    it("2024-09-09",
       "Overnight the enemy attacked with 5 missiles and 8 Shahed drones: 3 Kalibr from the Black Sea and 2 "
       "Kh-59 from Su-34 aircraft over the Kherson region. By region:\n— Mykolaiv region: 2 Kalibr and 3 "
       "Shaheds destroyed\n— Odesa region: 1 Kalibr and 4 Shaheds destroyed\n— Kirovohrad region: 1 Shahed "
       "destroyed\nBoth Kh-59 missiles hit port infrastructure in Odesa.",
       [summary("RU", w="missile", ws="Kalibr", L=13, I=11),
        ev("o_myk", I, "RU", w="missile", ws="Kalibr", I=5), ev("o_ode", I, "RU", w="missile", ws="Kalibr", I=5),
        ev("o_kir", I, "RU", w="drone", ws="Shahed/Geran", I=1), ev("odesa", M, "RU", ws="Kh-59", L=2)],
       [tr("blacksea", "launch area"), tr("o_khe", "launch area (Su-34)")]),
    # --- batch 8 ---
    it("2024-03-22",
       "During the night of 22 March the occupiers attacked the energy sector with 142 means of air attack: 58 "
       "Shahed-136/131 attack drones and 84 missiles — 38 Kh-101/Kh-555 cruise missiles from Tu-95MS aircraft "
       "over the Volgograd region, 6 Kinzhal aeroballistic missiles, 11 Kh-59 guided missiles and 29 Iskander-M "
       "and S-300 missiles fired from the Belgorod and Kursk regions. Our defenders destroyed 51 Shaheds and 35 "
       "cruise missiles. The enemy hit energy facilities in the Kharkiv, Zaporizhzhia, Dnipropetrovsk and "
       "Khmelnytskyi regions. In Zaporizhzhia a missile struck the dam of the hydroelectric plant.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=142, I=86), ev("o_kha", X, "RU"), ev("o_zap", X, "RU"),
        ev("o_dnp", X, "RU"), ev("o_khm", X, "RU"), ev("zap", M, "RU")],
       [tr("r_vgg", "launch area (Tu-95MS)"), tr("r_bel", "launch area"), tr("r_krs", "launch area")]),
    it("2022-12-29",
       "Today, from about 08:00, the enemy launched 71 cruise missiles at Ukraine: Kh-101/Kh-555 from Tu-95MS "
       "aircraft in the Caspian Sea area and Kalibr from ships in the Black Sea. 55 of them were destroyed by "
       "air defence. During the previous night the enemy also sent 19 Shahed-136 attack drones, 14 of which "
       "were shot down. Damage was recorded in Kyiv, Lviv, Odesa and Kharkiv; in the Kyiv region, three people "
       "were injured.",
       [summary("RU", w="missile", ws="Kh-101", L=90, I=69), ev("kyiv", X, "RU"), ev("lviv", X, "RU"),
        ev("odesa", X, "RU"), ev("kharkiv", X, "RU"), ev("o_kyi", X, "RU", inj=3)],
       [tr("caspian", "launch area (Tu-95MS)"), tr("blacksea", "launch area (ships)")]),
    it("2024-10-03",
       "Overnight into 3 October the Russians launched 11 missiles and 105 attack drones. The missiles: 5 Kh-101 "
       "from the airspace of the Saratov region, 4 Iskander-M from the Kursk and Voronezh regions and 2 Kh-59/69 "
       "from the Belgorod region. Air defence destroyed 7 missiles (all the Kh-101s and both Kh-59/69s) and 78 "
       "drones; 20 more drones disappeared from radar. Consequences were recorded in Kyiv, the Poltava region "
       "and Odesa, where an Iskander-M hit a warehouse and two people were injured.",
       [summary("RU", w="missile", ws="Kh-101", L=116, I=85), ev("kyiv", X, "RU"), ev("o_pol", X, "RU"),
        ev("odesa", M, "RU", ws="Iskander", inj=2)],
       [tr("r_sar", "launch area"), tr("r_krs", "launch area"), tr("r_vor", "launch area"),
        tr("r_bel", "launch area")]),
    it("2023-01-14",
       "On 14 January the enemy carried out two waves of missile strikes, launching 35 missiles: 30 "
       "Kh-101/Kh-555 cruise missiles from Tu-95MS over the Caspian Sea and 5 Kh-22 from Tu-22M3 long-range "
       "bombers over the Black Sea. Air defence destroyed 21 cruise missiles. Our forces have no means of "
       "intercepting the Kh-22; one of them hit a nine-storey residential building in Dnipro, where, according "
       "to preliminary data, 30 people were killed. Hits were also recorded in the Kharkiv and Kyiv regions.",
       [summary("RU", w="missile", ws="Kh-101", L=35, I=21), ev("dnipro", M, "RU", ws="Kh-22", k=30),
        ev("o_kha", X, "RU"), ev("o_kyi", X, "RU")],
       [tr("caspian", "launch area (Tu-95MS)"), tr("blacksea", "launch area (Tu-22M3)")]),
    it("2024-02-07",
       "On the morning of 7 February the occupiers attacked with 104 means of air attack: 42 Shahed-136/131 "
       "drones and 62 missiles — 29 Kh-101/Kh-555 from Tu-95MS over the Saratov region, 24 Iskander-M and S-300 "
       "from the Belgorod region, 5 Kh-59 from Su-34 aircraft over the Sea of Azov and 4 Kh-22. Destroyed: 24 "
       "Shaheds, 21 Kh-101/Kh-555 and 5 Kh-59, 50 targets in total. In Kyiv, debris of downed missiles fell on "
       "two high-rises; 4 people were killed and 38 injured. Hits were also recorded in Mykolaiv, where a "
       "missile damaged an energy facility, and in the Lviv and Kharkiv regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=104, I=50), ev("kyiv", I, "RU", w="missile", k=4, inj=38),
        ev("mykolaiv", M, "RU"), ev("o_lvi", X, "RU"), ev("o_kha", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)"), tr("r_bel", "launch area"), tr("azovsea", "launch area (Su-34)")]),
    it("2023-05-16",
       "An exceptionally dense attack on the capital overnight: the enemy fired 17 missiles at Kyiv from the "
       "north, south and east almost simultaneously — 5 Kinzhal aeroballistic missiles from MiG-31K jets, 10 "
       "Kalibr cruise missiles from ships in the Black Sea and 2 Iskander-M ballistic missiles from the Kursk "
       "region. All 17 were shot down. In Kyiv, falling debris damaged a zoo building and several cars; three "
       "people were injured.",
       [summary("RU", w="missile", ws="Kinzhal", L=17, I=17),
        ev("kyiv", I, "RU", w="missile", ws="Kinzhal", L=17, I=17, inj=3)],
       [tr("blacksea", "launch area (ships)"), tr("r_krs", "launch area")]),
    it("2024-06-01",
       "Another massive attack on energy overnight. The enemy used 99 means of air attack: 48 missiles — 32 "
       "Kh-101 from Tu-95MS over the Volgodonsk area, 5 Kinzhal, 7 Iskander-M and 4 Kh-59/69 — and 51 "
       "Shahed-type drones. Destroyed: 31 missiles (28 Kh-101 and 3 Kh-59/69) and 49 drones. Energy facilities "
       "were hit in the Zaporizhzhia, Kirovohrad, Ivano-Frankivsk and Lviv regions; in the Zaporizhzhia region "
       "two energy workers were injured.",
       [summary("RU", w="missile", ws="Kh-101", L=99, I=80), ev("o_zap", X, "RU", inj=2), ev("o_kir", X, "RU"),
        ev("o_ivf", X, "RU"), ev("o_lvi", X, "RU")],
       [tr("volgodonsk", "launch area (Tu-95MS)")]),
    it("2023-06-24",
       "At night the occupiers attacked with 20 Kh-101/Kh-555 cruise missiles launched from Tu-95MS aircraft "
       "over the Caspian Sea and 2 Kh-22 missiles from Tu-22M3 long-range bombers over the Kursk region. All 20 "
       "cruise missiles were shot down, most of them on the approaches to Kyiv. Both Kh-22s hit an industrial "
       "facility on the outskirts of Kremenchuk. In Kyiv, wreckage set a 24-storey building on fire; three "
       "people died there.",
       [summary("RU", w="missile", ws="Kh-101", L=22, I=20), ev("kyiv", I, "RU", w="missile", ws="Kh-101", k=3),
        ev("kremenchuk", M, "RU", ws="Kh-22", L=2)],
       [tr("caspian", "launch area (Tu-95MS)"), tr("r_krs", "launch area (Tu-22M3)")]),
    it("2023-07-20",
       "For the third night in a row the enemy targeted Odesa and Mykolaiv. During the night of 20 July it "
       "launched 38 means of air attack: 17 missiles — 3 Kalibr from the Black Sea, 4 Kh-22 from Tu-22M3 over "
       "the Black Sea, 2 Oniks from Crimea and 8 Kh-59 — and 21 Shahed-136/131 attack drones launched from the "
       "north-eastern coast of the Sea of Azov. Air defence destroyed 1 Kalibr, 2 Kh-59 and 13 Shaheds. In "
       "Mykolaiv a three-storey residential building was destroyed and 19 people were injured. In Odesa port "
       "infrastructure was damaged and one person was killed.",
       [summary("RU", w="missile", ws="Kalibr", L=38, I=16), ev("mykolaiv", X, "RU", inj=19),
        ev("odesa", X, "RU", k=1)],
       [tr("blacksea", "launch area"), tr("crimea", "launch area (Oniks)"), tr("azovsea", "launch area (drones)")]),
    it("2023-02-05",
       "Kharkiv Regional Military Administration: late on Saturday the enemy launched four S-300 missiles at "
       "Kharkiv from the Belgorod region. All four hit the Nemyshlianskyi district, damaging a university "
       "building and an apartment block; one person was killed and six were injured. Another S-300 fell on the "
       "outskirts of Chuhuiv; no one was hurt.",
       [ev("kharkiv", M, "RU", -1, ws="S-300", L=4, k=1, inj=6),
        ev("chuhuiv", M, "RU", -1, ws="S-300", k=0, inj=0)],
       [tr("r_bel", "launch area")]),
    it("2024-04-27",
       "Night of 27 April: 50 means of air attack.\n"
       "— 9 Kh-101 cruise missiles (Tu-95MS, Saratov region): 6 destroyed over the Vinnytsia and Khmelnytskyi "
       "regions\n"
       "— 2 Kinzhal (MiG-31K): not intercepted\n"
       "— 8 Kh-59/69 guided missiles: 6 destroyed over the Dnipropetrovsk region\n"
       "— 1 Iskander-M: not intercepted\n"
       "— 30 Shahed-131/136: 19 destroyed over the Kharkiv, Poltava and Sumy regions\n"
       "Hits were recorded at energy facilities in the Dnipropetrovsk, Ivano-Frankivsk and Lviv regions.",
       [summary("RU", w="missile", ws="Kh-101", L=50, I=31),
        ev("o_vin", I, "RU", w="missile", ws="Kh-101"), ev("o_khm", I, "RU", w="missile", ws="Kh-101"),
        ev("o_dnp", X, "RU", I=6), ev("o_kha", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_pol", I, "RU", w="drone", ws="Shahed/Geran"), ev("o_sum", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_ivf", X, "RU"), ev("o_lvi", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)")]),
    it("2023-10-25",
       "Air Command \"South\": this morning the enemy fired Kalibr cruise missiles from a ship in the Black Sea. "
       "Four Kalibrs were destroyed over the Mykolaiv region, and 2 Kh-59 guided missiles over the Odesa region. "
       "Debris of one of the Kalibrs fell in a field near Ochakiv; there were no casualties.",
       [ev("o_myk", I, "RU", w="missile", ws="Kalibr", I=4), ev("o_ode", I, "RU", w="missile", ws="Kh-59", I=2),
        ev("ochakiv", I, "RU", w="missile", ws="Kalibr", k=0, inj=0)],
       [tr("blacksea", "launch area (ship)")]),
    it("2024-08-26",
       "Lviv Regional Military Administration, Maksym Kozytskyi: during the night air defence destroyed four "
       "Kh-101 cruise missiles over the Lviv region. One Kh-101 hit a gas infrastructure facility near Stryi; the "
       "fire has been extinguished. Debris fell in Drohobych, damaging the roof of a school; no one was "
       "injured.",
       [ev("o_lvi", I, "RU", w="missile", ws="Kh-101", I=4), ev("stryi", M, "RU", ws="Kh-101"),
        ev("drohobych", I, "RU", w="missile", ws="Kh-101", inj=0)]),
    it("2024-11-28",
       "The enemy carried out another massive combined strike on the energy sector overnight, using 187 means "
       "of air attack: 86 missiles and 101 attack UAVs. Among the missiles were Kh-101/Kh-555 cruise missiles "
       "from Tu-95MS aircraft (launch area: Engels), Kalibr from the Black Sea, Iskander-M from the Kursk region "
       "and Kh-59/69 guided missiles from the Belgorod region. Air defence shot down 76 missiles and 35 drones; "
       "62 drones were lost locally. The enemy hit energy facilities in Lutsk, Rivne and Ternopil. In the Lviv "
       "region, a cruise missile hit a substation. In Kharkiv, an Iskander-M damaged a heating plant and four "
       "people were injured.",
       [summary("RU", w="missile", ws="Kh-101", L=187, I=111), ev("lutsk", X, "RU"), ev("rivne", X, "RU"),
        ev("ternopil", X, "RU"), ev("o_lvi", M, "RU"), ev("kharkiv", M, "RU", ws="Iskander", inj=4)],
       [tr("engels", "launch area (Tu-95MS)"), tr("blacksea", "launch area"), tr("r_krs", "launch area"),
        tr("r_bel", "launch area")]),
    it("2025-03-07",
       "On the night of 7 March the enemy carried out a massive strike on gas production and energy facilities. "
       "In total, 252 means of air attack were recorded: 58 missiles — 35 Kh-101 cruise missiles from Tu-95MS in "
       "the Volgograd region, 8 Kalibr from the Black Sea, 3 Iskander-M/KN-23 and 12 Kh-59/69 — and 194 "
       "Shahed-type drones and decoys. Downed: 34 missiles and 100 drones; 86 decoys were lost locally. Affected "
       "were the Kharkiv, Poltava, Odesa, Ternopil and Ivano-Frankivsk regions; in the Odesa region a gas "
       "production facility is on fire.",
       [summary("RU", w="missile", ws="Kh-101", L=252, I=134), ev("o_kha", X, "RU"), ev("o_pol", X, "RU"),
        ev("o_ode", X, "RU"), ev("o_ter", X, "RU"), ev("o_ivf", X, "RU")],
       [tr("r_vgg", "launch area (Tu-95MS)"), tr("blacksea", "launch area")]),
    it("2023-12-11",
       "Overnight the enemy again tried to hit the capital. It launched 8 Iskander-M ballistic missiles from the "
       "Bryansk region, all of them at Kyiv, and 15 Shahed-136/131 attack drones from Primorsko-Akhtarsk. Air "
       "defence destroyed all 8 missiles and 14 drones; the drones were downed over the Poltava, Kirovohrad and "
       "Mykolaiv regions. In Kyiv, debris fell on a kindergarten and a high-rise on the left bank; four people "
       "were injured.",
       [summary("RU", w="missile", ws="Iskander", L=23, I=22),
        ev("kyiv", I, "RU", w="missile", ws="Iskander", L=8, I=8, inj=4),
        ev("o_pol", I, "RU", w="drone"), ev("o_kir", I, "RU", w="drone"), ev("o_myk", I, "RU", w="drone")],
       [tr("r_bry", "launch area"), tr("primakhtarsk", "launch area")]),
    it("2022-12-05",
       "On 5 December the enemy carried out another massive missile attack on Ukraine's energy system, "
       "launching 74 missiles: 38 Kh-101/Kh-555 from Tu-95MS over the Caspian Sea and the Rostov region, 22 "
       "Kalibr from the Black Sea, 6 Kh-59 from Su-35 jets over the Sea of Azov and 8 Kh-22 from Tu-22M3 over "
       "the Kursk region. Air defence destroyed 61 of them. Hits were recorded in the Odesa region. In the "
       "Zaporizhzhia region, a missile hit a village and killed two people. Energy infrastructure was damaged "
       "in the Kyiv region. In Kryvyi Rih, a residential building was damaged.",
       [summary("RU", w="missile", ws="Kh-101", L=74, I=61), ev("o_ode", X, "RU"), ev("o_zap", M, "RU", k=2),
        ev("o_kyi", X, "RU"), ev("kryvyi", X, "RU")],
       [tr("caspian", "launch area (Tu-95MS)"), tr("r_ros", "launch area (Tu-95MS)"),
        tr("blacksea", "launch area"), tr("azovsea", "launch area (Su-35)"),
        tr("r_krs", "launch area (Tu-22M3)")]),
    it("2024-06-28",
       "Serhii Lysak, head of the regional military administration: overnight air defence destroyed 2 Kh-59 "
       "missiles and 5 Shahed drones over the Dnipropetrovsk region. Not everything was shot down: an "
       "Iskander-M ballistic missile hit an enterprise in Dnipro, where two people were injured, and drone "
       "debris damaged three houses in Pavlohrad.",
       [ev("o_dnp", I, "RU", w="missile", ws="Kh-59", I=7), ev("dnipro", M, "RU", ws="Iskander", inj=2),
        ev("pavlohrad", I, "RU", w="drone")]),
    it("2022-10-06",
       "Zaporizhzhia Regional Military Administration: during the night the occupiers struck Zaporizhzhia with "
       "S-300 missiles. Six hits were recorded in the city; an industrial building and a hotel were damaged, two "
       "people were killed and five injured. Over the Zaporizhzhia region, air defence destroyed 2 Shaheds. In "
       "Kushuhum, a Shahed hit a warehouse.",
       [ev("zap", M, "RU", ws="S-300", k=2, inj=5), ev("o_zap", I, "RU", w="drone", ws="Shahed/Geran", I=2),
        ev("kushuhum", D, "RU", ws="Shahed/Geran")]),
    it("2025-06-17",
       "Overnight on 17 June the enemy attacked with 472 means of air attack: 438 Shahed-type UAVs and decoys "
       "and 34 missiles — 16 Kh-101 from Tu-95MS over the Saratov region and 18 Iskander-M/KN-23 from the "
       "Bryansk, Kursk and Voronezh regions. Neutralised: 428 targets — 24 missiles and 221 drones shot down, "
       "183 decoys suppressed by electronic warfare. The main blow fell on Kyiv: a ballistic missile destroyed "
       "an entrance of a nine-storey building in the Solomianskyi district; 23 people were killed and more "
       "than 130 injured. Hits were also recorded at 27 locations in the Kyiv, Odesa and Zaporizhzhia regions.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=472, I=428),
        ev("kyiv", M, "RU", ws="Iskander", k=23, inj=130), ev("o_kyi", X, "RU"), ev("o_ode", X, "RU"),
        ev("o_zap", X, "RU")],
       [tr("r_sar", "launch area (Tu-95MS)"), tr("r_bry", "launch area"), tr("r_krs", "launch area"),
        tr("r_vor", "launch area")]),
    # --- batch 10a ---
    it("2025-02-08",
       "On the night of 8 February the enemy attacked the gas production and energy infrastructure of Ukraine "
       "with 154 means of air attack: 71 missiles and 83 Shahed-type attack UAVs.\n"
       "Missiles launched:\n"
       "• 29 Kh-101 cruise missiles – Tu-95MS, Engels area\n"
       "• 12 Kalibr cruise missiles – from the Black Sea\n"
       "• 24 Iskander-M/KN-23 ballistic missiles – from the Kursk and Bryansk regions\n"
       "• 6 Kh-59/69 guided missiles – Su-34 aircraft, Belgorod region\n"
       "Air defence destroyed 45 missiles. Of the drones, 50 were shot down:\n"
       "• Kyiv region – 7\n"
       "• Poltava region – 19\n"
       "• Kharkiv region – 13\n"
       "• Vinnytsia region – 11\n"
       "33 drones were lost locally. Hits were recorded at gas production facilities in the Poltava and Kharkiv "
       "regions.",
       [summary("RU", w="missile", ws="Kh-101", L=154, I=95), ev("o_kyi", I, "RU", w="drone", I=7),
        ev("o_pol", X, "RU", I=19), ev("o_kha", X, "RU", I=13), ev("o_vin", I, "RU", w="drone", I=11)],
       [tr("engels", "launch area (Tu-95MS)"), tr("blacksea", "launch area"), tr("r_krs", "launch area"),
        tr("r_bry", "launch area"), tr("r_bel", "launch area (Su-34)")]),
    it("2024-11-09",
       "As of 09:00 on 9 November, 27 of the 39 Shahed-type UAVs launched overnight from Kursk and Millerovo "
       "have been shot down over the north, east and centre of the country. Twelve were lost locally, with no "
       "consequences.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=39, I=27)],
       [tr("kursk", "launch area"), tr("millerovo", "launch area")]),
    it("2024-06-15",
       "Kyiv City Military Administration, Serhii Popko: at about 04:20 the enemy fired ballistic missiles at the "
       "capital from the north. All six Iskander-M were destroyed by air defence. Falling debris started a fire at "
       "a warehouse in the Holosiivskyi district and broke windows in a kindergarten in the Desnianskyi district. "
       "A 54-year-old woman was injured. The alert in Kyiv lasted 47 minutes.",
       [ev("kyiv", I, "RU", w="missile", ws="Iskander", L=6, I=6, inj=1)]),
    it("2025-03-04",
       "On 3 March enemy tactical aviation carried out 52 air strikes with 87 KABs. The Donetsk and Zaporizhzhia "
       "regions took the heaviest bombing: in the Donetsk region the bombs hit Dobropillia, Bilozerske and "
       "Kostiantynivka, in the Zaporizhzhia region Ternuvate and Huliaipole.",
       [ev("o_don", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("dobropillia", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("bilozerske", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("kostiantynivka", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("o_zap", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("ternuvate", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb"),
        ev("huliaipole", A, "RU", "2025-03-03", w="glide bomb", ws="KAB/FAB glide bomb")]),
    it("2024-12-29",
       "Two waves of attack today.\n\n"
       "Night: 40 Shahed-type attack drones launched from Primorsko-Akhtarsk and Cape Chauda. 31 were shot down "
       "over the Odesa, Mykolaiv and Kherson regions; 9 were lost locally.\n\n"
       "Afternoon: 3 Iskander-M ballistic missiles from the Bryansk region at Chernihiv. One missile was shot "
       "down, two hit an industrial site in the city. Three people were injured.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=43, I=32), ev("o_ode", I, "RU", w="drone"),
        ev("o_myk", I, "RU", w="drone"), ev("o_khe", I, "RU", w="drone"),
        ev("chernihiv", M, "RU", ws="Iskander", L=3, I=1, inj=3)],
       [tr("primakhtarsk", "launch area"), tr("r_bry", "launch area")]),
    it("2024-04-03",
       "Air Command \"East\": overnight our air defence destroyed 8 attack UAVs over the Dnipropetrovsk region and "
       "3 over the Zaporizhzhia region. Debris fell on a private house in Novomoskovsk, Dnipropetrovsk region; the "
       "owners were not injured.",
       [ev("o_dnp", I, "RU", w="drone", I=8), ev("o_zap", I, "RU", w="drone", I=3),
        ev("samar_dnp", I, "RU", w="drone", inj=0)]),
    it("2024-05-31",
       "Kharkiv City Military Administration: between 00:40 and 02:15 the city was attacked by 9 Shahed-type "
       "drones. Five were shot down by mobile fire groups; four hit the Kyivskyi and Shevchenkivskyi districts, "
       "damaging a high-rise and a transport enterprise.\nKilled: 2\nInjured: 11, among them a 7-year-old boy",
       [ev("kharkiv", D, "RU", ws="Shahed/Geran", L=9, I=5, k=2, inj=11)]),
    it("2025-01-20",
       "Overnight on 20 January the enemy attacked with 131 Shahed-type attack drones and decoys, launched from "
       "Oryol, Bryansk, Millerovo and Primorsko-Akhtarsk, and with 2 Iskander-M ballistic missiles from the "
       "Voronezh region. Air defence shot down 72 drones in the north, east and centre of the country — over the "
       "Kharkiv, Sumy, Chernihiv, Cherkasy, Kirovohrad and Kyiv regions. 55 decoys were lost locally. The missiles "
       "hit an infrastructure facility near Shakhtarske in the Dnipropetrovsk region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=133, I=72), ev("o_kha", I, "RU", w="drone"),
        ev("o_sum", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"), ev("o_che", I, "RU", w="drone"),
        ev("o_kir", I, "RU", w="drone"), ev("o_kyi", I, "RU", w="drone"),
        ev("shakhtarske", M, "RU", ws="Iskander")],
       [tr("oryol", "launch area"), tr("bryansk", "launch area"), tr("millerovo", "launch area"),
        tr("primakhtarsk", "launch area"), tr("r_vor", "launch area")]),
    it("2024-10-22",
       "🇺🇦 Air Force of the Armed Forces of Ukraine\n"
       "Night of 22 October. The enemy launched a combined strike:\n"
       "— 6 Kh-101 cruise missiles from Tu-95MS over the Caspian Sea\n"
       "— 4 Kalibr cruise missiles from the Black Sea\n"
       "— 3 Kh-59/69 guided missiles from Su-34 aircraft over the Sea of Azov\n"
       "— 2 Kinzhal aeroballistic missiles from MiG-31K jets that took off from Savasleyka\n"
       "— 60 Shahed attack UAVs\n"
       "Shot down: 5 Kh-101, 4 Kalibr, 2 Kh-59/69 and 41 Shaheds.\n"
       "The Kinzhals were not intercepted and hit the area of Starokostiantyniv. A Kh-59/69 hit an enterprise in "
       "Zaporizhzhia, injuring two people.",
       [summary("RU", w="missile", ws="Kh-101", L=75, I=52), ev("starokost", M, "RU", ws="Kinzhal"),
        ev("zap", M, "RU", ws="Kh-59", inj=2)],
       [tr("caspian", "launch area (Tu-95MS)"), tr("blacksea", "launch area"), tr("azovsea", "launch area (Su-34)"),
        tr("savasleyka", "take-off site (MiG-31K)")]),
    it("2025-04-10",
       "Overnight the enemy launched 45 attack UAVs from the Kursk region and from Shatalovo. 32 were shot down "
       "over the Sumy, Chernihiv and Poltava regions; 10 were lost locally. One drone fell in a field about 20 km "
       "from Kremenchuk without exploding. The air-raid alert in Kyiv lasted almost three hours, but no drones "
       "reached the capital.",
       [summary("RU", w="drone", L=45, I=32), ev("o_sum", I, "RU", w="drone"), ev("o_chn", I, "RU", w="drone"),
        ev("o_pol", I, "RU", w="drone")],
       [tr("r_krs", "launch area"), tr("shatalovo", "launch area"), tr("kremenchuk", "distance reference"),
        tr("kyiv", "air-raid alert only")]),
    it("2024-09-14",
       "Correction to the morning report: 38 Shahed-type drones were destroyed overnight, not 35 as stated "
       "earlier. In total the enemy launched 51 drones from the directions of Kursk and Oryol; 11 were lost "
       "locally and 2 flew off towards Belarus. The drones were shot down over the Kyiv, Zhytomyr, Rivne and "
       "Volyn regions. In the Zhytomyr region, debris damaged a warehouse.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=51, I=38), ev("o_kyi", I, "RU", w="drone"),
        ev("o_zht", I, "RU", w="drone"), ev("o_riv", I, "RU", w="drone"), ev("o_vol", I, "RU", w="drone")],
       [tr("kursk", "launch direction"), tr("oryol", "launch direction"),
        tr("belarus", "direction drones flew off to")]),
    it("2024-01-02",
       "On 2 January from 07:00 the enemy attacked with 32 Shahed-136/131 attack drones and 91 missiles of "
       "various types — Kh-101/Kh-555, Kh-47M2 Kinzhal, Kh-22, S-300 and Iskander-M. Air defence destroyed 30 "
       "drones and 68 missiles. Damage was recorded in Kyiv and Kharkiv. According to the State Emergency "
       "Service, 4 people were killed and 96 injured across the country.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=123, I=98, k=4, inj=96), ev("kyiv", X, "RU"),
        ev("kharkiv", X, "RU")]),
    it("2023-10-02",
       "Air Command \"South\": at around 13:00 the enemy fired 3 Kalibr cruise missiles from a submarine in the "
       "Black Sea and 2 Iskander-M ballistic missiles from occupied Crimea. Two Kalibrs were shot down over the "
       "Odesa region. Both Iskander-M hit port infrastructure in Izmail, killing a port worker; the third Kalibr "
       "struck a grain terminal in Reni.",
       [ev("o_ode", I, "RU", w="missile", ws="Kalibr", I=2), ev("izmail", M, "RU", ws="Iskander", L=2, k=1),
        ev("reni", M, "RU", ws="Kalibr")],
       [tr("blacksea", "launch area (submarine)"), tr("crimea", "launch area")]),
    it("2024-07-17",
       "During the night of 17 July the occupiers attacked the south with 22 Shahed-131/136 launched from Cape "
       "Chauda. 20 were destroyed: 14 over the Odesa region, 4 over the Mykolaiv region and 2 over the Kherson "
       "region. Two more were suppressed by EW and lost locally.\n"
       "In the Odesa region, wreckage damaged houses in Fontanka and Kryzhanivka; a man was injured in Fontanka.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=22, I=20), ev("o_ode", I, "RU", w="drone", I=14),
        ev("o_myk", I, "RU", w="drone", I=4), ev("o_khe", I, "RU", w="drone", I=2),
        ev("fontanka", I, "RU", w="drone", inj=1), ev("kryzhanivka", I, "RU", w="drone")]),
    it("2023-11-05",
       "Odesa City Military Administration: at night the enemy attacked Odesa with Shahed-type drones. Of the 12 "
       "drones, 10 were shot down over the city. Two hit a warehouse complex in the port area, starting a fire. "
       "A security guard was injured; no fatalities.",
       [ev("odesa", D, "RU", ws="Shahed/Geran", L=12, I=10, k=0, inj=1)]),
    it("2024-03-31",
       "On the night of 31 March the enemy attacked with 11 Kh-101 cruise missiles from Tu-95MS aircraft over the "
       "Volgodonsk area, 3 Kh-22 missiles from Tu-22M3 bombers and 14 Shahed-131/136 attack drones. 9 Kh-101 were "
       "destroyed over Khmelnytskyi, Vinnytsia and Ternopil oblasts, and 9 Shaheds over Odesa and Mykolaiv "
       "oblasts. The three Kh-22 hit the Burshtyn TPP in Ivano-Frankivsk oblast.",
       [summary("RU", w="missile", ws="Kh-101", L=28, I=18),
        ev("o_khm", I, "RU", w="missile", ws="Kh-101"), ev("o_vin", I, "RU", w="missile", ws="Kh-101"),
        ev("o_ter", I, "RU", w="missile", ws="Kh-101"), ev("o_ode", I, "RU", w="drone", ws="Shahed/Geran"),
        ev("o_myk", I, "RU", w="drone", ws="Shahed/Geran"), ev("burshtyn", M, "RU", ws="Kh-22", L=3)],
       [tr("volgodonsk", "launch area (Tu-95MS)")]),
    it("2024-10-27",
       "Kyiv Regional Military Administration: the air-raid alert in the region lasted more than five hours. Air "
       "defence destroyed more than 20 drones over the Kyiv region. Debris fell in several communities: in "
       "Makariv a private house burned down, no one was hurt; in Ukrainka a power line was cut; in Borodianka "
       "windows were broken in a high-rise and two residents were injured by glass.",
       [ev("o_kyi", I, "RU", w="drone", I=20), ev("makariv", I, "RU", w="drone", k=0, inj=0),
        ev("ukrainka", I, "RU", w="drone"), ev("borodianka", I, "RU", w="drone", inj=2)]),
    it("2024-12-05",
       "Preliminary, as of 10:00: 46 enemy attack drones have been shot down. Air defence is still working in the "
       "Kyiv region. In Bila Tserkva a drone hit an energy facility; in Boryspil debris fell on a car park.",
       [summary("RU", w="drone", I=46), ev("o_kyi", I, "RU", w="drone"), ev("bilatserkva", D, "RU"),
        ev("boryspil", I, "RU", w="drone")]),
    it("2024-05-12",
       "Air Command \"East\": overnight the enemy struck the Kharkiv region with 4 S-300 missiles launched from the "
       "Belgorod region and attacked with 17 Shahed-type drones. 12 drones were destroyed over Kharkiv and the "
       "Kharkiv region. The S-300s hit Chuhuiv and Zolochiv; in Zolochiv a 72-year-old man was killed.",
       [ev("o_kha", M, "RU", ws="S-300", L=4), ev("kharkiv", I, "RU", w="drone"),
        ev("chuhuiv", M, "RU", ws="S-300"), ev("zolochiv_kh", M, "RU", ws="S-300", k=1)],
       [tr("r_bel", "launch area")]),
    it("2025-03-26",
       "Lviv Regional Military Administration, Maksym Kozytskyi: this morning the enemy attacked the region with "
       "cruise missiles and attack drones. Air defence shot down 7 missiles and 4 Shaheds over the Lviv region. A "
       "missile hit an energy facility near Sambir. In Brody, debris damaged a school and two houses; two people "
       "were injured there.",
       [ev("o_lvi", I, "RU", w="missile", I=11), ev("sambir", M, "RU"), ev("brody", I, "RU", w=None, inj=2)]),
    it("2025-05-18",
       "Overnight into 18 May the enemy launched 112 attack UAVs and decoys. Air defence shot down 64; another 43 "
       "decoys were lost locally. Downings were recorded over the Kharkiv, Sumy, Poltava, Dnipropetrovsk, Donetsk "
       "and Odesa regions.\nHits were recorded:\n— Chornomorsk, port infrastructure;\n— Pavlohrad, an industrial "
       "enterprise;\n— the village of Vilkhuvatka, Kharkiv region: two people were injured.",
       [summary("RU", w="drone", L=112, I=64), ev("o_kha", I, "RU", w="drone"), ev("o_sum", I, "RU", w="drone"),
        ev("o_pol", I, "RU", w="drone"), ev("o_dnp", I, "RU", w="drone"), ev("o_don", I, "RU", w="drone"),
        ev("o_ode", I, "RU", w="drone"), ev("chornomorsk", X, "RU"), ev("pavlohrad", X, "RU"),
        ev("vilkhuvatka", X, "RU", inj=2)]),
    it("2024-02-12",
       "On the morning of 12 February the enemy launched 4 Kinzhal aeroballistic missiles from MiG-31K aircraft "
       "over the Lipetsk and Tambov regions; the air-raid alert was declared across the country. Air defence "
       "destroyed 3 Kinzhals over Kyiv. One missile hit an industrial site in the Khmelnytskyi region. Lviv, where "
       "the alert lasted almost an hour, was not targeted.",
       [summary("RU", w="missile", ws="Kinzhal", L=4, I=3), ev("kyiv", I, "RU", w="missile", ws="Kinzhal", I=3),
        ev("o_khm", M, "RU", ws="Kinzhal")],
       [tr("r_lip", "launch area (MiG-31K)", pt="Lipetsk"), tr("r_tam", "launch area (MiG-31K)", pt="Tambov"),
        tr("lviv", "air-raid alert only, not targeted")]),
    it("2024-08-27",
       "Over the past 24 hours enemy aviation dropped 18 guided aerial bombs on the Kharkiv region. Kupiansk, "
       "Kindrashivka and Dvorichna were hit; in Kupiansk two people were killed. The bombs were released by Su-34 "
       "aircraft from the airspace of the Belgorod region.",
       [ev("o_kha", A, "RU", w="glide bomb", L=18), ev("kupiansk", A, "RU", w="glide bomb", k=2),
        ev("kindrashivka", A, "RU", w="glide bomb"), ev("dvorichna", A, "RU", w="glide bomb")],
       [tr("r_bel", "launch area (Su-34)")]),
    it("2024-11-19",
       "On 18 November the enemy used 3 missiles against the south. In the evening an Iskander-M ballistic missile "
       "launched from occupied Crimea hit Odesa: the missile could not be intercepted, 10 people were killed and 55 "
       "injured. Earlier, 2 Kh-59 guided missiles were shot down over the Mykolaiv region.",
       [summary("RU", "2024-11-18", w="missile", ws="Iskander", L=3, I=2),
        ev("odesa", M, "RU", "2024-11-18", ws="Iskander", k=10, inj=55),
        ev("o_myk", I, "RU", "2024-11-18", w="missile", ws="Kh-59", I=2)],
       [tr("crimea", "launch area")]),
    it("2025-06-29",
       "Night of 29 June — massive combined attack.\n"
       "In total: 537 means of air attack — 477 Shahed-type UAVs and decoys and 60 missiles (Kh-101, Kalibr, "
       "Iskander-M/KN-23, Kh-47M2 Kinzhal).\n"
       "Launch areas: Kursk, Oryol, Bryansk, Millerovo, Primorsko-Akhtarsk; the Saratov and Tambov regions; the "
       "Black Sea.\n"
       "Neutralised: 249 — 211 drones and 38 missiles shot down. 225 decoys were lost locally.\n"
       "Hits were recorded in Smila, Cherkasy region, where an energy facility is on fire, in Lviv, and in the "
       "Ivano-Frankivsk region.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=537, I=249), ev("smila", X, "RU"), ev("lviv", X, "RU"),
        ev("o_ivf", X, "RU")],
       [tr("kursk", "launch area"), tr("oryol", "launch area"), tr("bryansk", "launch area"),
        tr("millerovo", "launch area"), tr("primakhtarsk", "launch area"), tr("r_sar", "launch area"),
        tr("r_tam", "launch area"), tr("blacksea", "launch area")]),
]
