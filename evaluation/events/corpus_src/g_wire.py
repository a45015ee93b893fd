"""Genre ``wire``: wire-service paragraphs, 1-4 sentences, sometimes with a dateline."""

from .common import A, D, E, I, M, S, X, ev, it, summary, tr

ITEMS = [
    it("2024-06-03",
       "KYIV, June 3 (Reuters-style) — Russian drones and missiles hit energy facilities in the Zaporizhzhia "
       "and Dnipropetrovsk regions overnight, Ukraine's grid operator said on Monday, forcing emergency power "
       "cuts in several cities.",
       [ev("o_zap", D, "RU"), ev("o_dnp", D, "RU")],
       [tr("c_ua", "actor: Ukraine's grid operator", pt="Ukraine")]),
    it("2023-03-20",
       "A Russian missile slammed into a five-storey apartment block in Zaporizhzhia on Monday morning, "
       "killing two people and trapping others under the rubble, the regional governor said. Rescuers pulled "
       "eleven people out alive.",
       [ev("zap", M, "RU", k=2)]),
    it("2022-07-01",
       "ODESA, Ukraine, July 1 — Missiles fired from aircraft over the Black Sea struck a nine-storey residential "
       "building and a recreation centre in the village of Serhiivka near Bilhorod-Dnistrovskyi early on Friday, "
       "killing at least 19 people, officials said.",
       [ev("serhiivka", M, "RU", k=19)],
       [tr("blacksea", "launch area (aircraft over the sea)"), tr("odesa", "dateline")]),
    it("2023-10-11",
       "Ukrainian air defences shot down a Russian drone over Kyiv for the first time in 52 days, the city "
       "administration said on Wednesday. Debris fell on a road in the Darnytskyi district; no one was hurt.",
       [ev("kyiv", I, "RU", w="drone", I=1, k=0, inj=0)]),
    it("2024-12-11",
       "Russia's defence ministry said on Wednesday that Ukraine had fired six U.S.-made ATACMS missiles at a "
       "military airfield in the Taganrog area, and that two of them had been knocked out by a Pantsir system. "
       "Moscow promised a response.",
       [ev("taganrog", M, "UA", ws="ATACMS", L=6, I=2)],
       [tr("moscow", "actor capital (Moscow promised a response)")]),
    it("2022-09-16",
       "Russian forces shelled the town of Nikopol across the Dnipro river from the occupied Zaporizhzhia "
       "nuclear plant, damaging dozens of homes and a gas pipeline, Dnipropetrovsk governor Valentyn Reznichenko "
       "said. There were no casualties.",
       [ev("nikopol", S, "RU", k=0, inj=0)],
       [tr("o_dnp", "governor's title", pt="Dnipropetrovsk"), tr("dnipro", "river name, not the city")]),
    it("2025-04-14",
       "Two Russian ballistic missiles struck the centre of Sumy as residents gathered for church on Sunday, "
       "killing at least 34 people including two children, Ukrainian officials said on Monday. More than 110 were "
       "wounded.",
       [ev("sumy", M, "RU", -1, k=34, inj=110)]),
    it("2023-12-04",
       "KHARKIV, Dec 4 — An S-300 missile launched from Russia's Belgorod region hit an industrial site on the "
       "eastern edge of Kharkiv late on Sunday, wounding a security guard, Mayor Ihor Terekhov said.",
       [ev("kharkiv", M, "RU", -1, ws="S-300", inj=1)],
       [tr("r_bel", "launch site", pt="Belgorod region")]),
    it("2024-02-16",
       "The governor of Russia's Belgorod region said three people were killed on Thursday when Ukrainian "
       "forces fired Vilkha rockets at the city of Belgorod, a claim Kyiv did not comment on.",
       [ev("belgorod", S, "UA", -1, k=3)],
       [tr("kyiv", "actor capital (Kyiv did not comment)")]),
    it("2025-06-06",
       "LVIV, June 6 — Ukraine said on Friday that Russia had launched one of its largest combined attacks of "
       "the war overnight, with strikes reported in Kyiv, Lviv and Lutsk. In Lutsk, in the northwest, two people "
       "were killed; in the capital, where a drone hit a high-rise, at least four people died and 20 were hurt.",
       [ev("kyiv", D, "RU", k=4, inj=20), ev("lviv", X, "RU"), ev("lutsk", X, "RU", k=2)],
       []),
    it("2023-07-06",
       "A Russian cruise missile killed at least four people in Lviv in the early hours of Thursday, tearing "
       "the roof off an old apartment building near the city centre, Mayor Andriy Sadovyi said. It was the "
       "deadliest attack on civilian infrastructure in the city since the invasion began, he added.",
       [ev("lviv", M, "RU", k=4)]),
    it("2024-08-29",
       "Ukraine's military said on Thursday its forces had used long-range drones to hit an oil depot in the "
       "Rostov region of southern Russia. Rostov Governor Vasily Golubev confirmed a fire at a fuel storage "
       "facility near Kamensk-Shakhtinsky but gave no details.",
       [ev("kamensk", D, "UA")],
       []),
    it("2022-10-10",
       "KYIV, Oct 10 — Explosions rocked Kyiv during the Monday morning rush hour as Russian missiles hit the "
       "city centre, killing at least eight people, in what President Vladimir Putin called retaliation for the "
       "blast on the Crimean bridge at the weekend.",
       [ev("kyiv", M, "RU", k=8)],
       [tr("crimbridge", "background (earlier blast given as the motive)", pt="Crimean bridge")]),
    it("2024-05-21",
       "Russia said on Tuesday its air defences had destroyed 57 Ukrainian drones over the Kuban and Belgorod "
       "regions and the Crimean peninsula overnight. In Krasnodar region, authorities said a drone started a "
       "fire at the Slavyansk-na-Kubani oil refinery.",
       [ev("r_kda", I, "UA", w="drone", pt="Kuban"), ev("r_bel", I, "UA", w="drone"),
        ev("crimea", I, "UA", w="drone"), ev("slavyansk", D, "UA")],
       []),
    it("2025-01-03",
       "At least one person was killed in the Ukrainian capital as debris from a downed drone fell on a "
       "residential building in the Holosiivskyi district, Kyiv Mayor Vitali Klitschko said early on Friday. "
       "Air defences were active over the city for almost four hours.",
       [ev("kyiv", I, "RU", w="drone", k=1)]),
    it("2023-02-08",
       "Two people were killed and at least 10 wounded when Russian forces hit an apartment building in the "
       "eastern city of Kramatorsk with a missile on Wednesday evening, the regional governor said.",
       [ev("kramatorsk", M, "RU", k=2, inj=10)]),
    it("2022-05-20",
       "Russian artillery pounded Sievierodonetsk and neighbouring Lysychansk on Friday as Moscow's forces "
       "pressed an offensive to take all of Luhansk province, Governor Serhiy Haidai said. At least 12 people "
       "were killed in Sievierodonetsk alone.",
       [ev("sievierodonetsk", S, "RU", k=12), ev("lysychansk", S, "RU")],
       [tr("moscow", "actor capital (Moscow's forces)")]),
    it("2025-03-12",
       "Moscow's mayor Sergei Sobyanin said on Wednesday that air defences had repelled the largest drone "
       "attack on the Russian capital so far, with 74 drones shot down as they approached the city. A "
       "residential high-rise in the Ramenskoye district was damaged and one woman was killed.",
       [ev("moscow", I, "UA", w="drone", I=74), ev("ramenskoye", D, "UA", k=1)]),
    it("2024-09-05",
       "A Russian strike on a hotel in central Kryvyi Rih wounded five people late on Wednesday, regional "
       "authorities said. The city is President Volodymyr Zelenskiy's hometown.",
       [ev("kryvyi", X, "RU", -1, inj=5)]),
    it("2023-11-22",
       "WARSAW, Nov 22 — Poland's army said it had scrambled jets after Russia fired missiles at western "
       "Ukraine overnight. No projectile entered Polish airspace, it said. Ukrainian officials reported a "
       "strike on an industrial facility in Kovel, Volyn region.",
       [ev("kovel", M, "RU")],
       [tr("warsaw", "dateline"), tr("poland", "neighbour scrambles jets; no event there")]),
    it("2022-12-21",
       "The body that runs the Kherson region for Kyiv said Russian forces had fired on the city of Kherson "
       "more than 60 times in 24 hours, killing two people. Russian forces withdrew from the city last "
       "month and now shell it from the eastern bank of the Dnipro.",
       [ev("kherson", S, "RU", k=2)],
       [tr("kyiv", "actor capital (runs the region for Kyiv)"), tr("dnipro", "river name, not the city")]),
    it("2024-03-10",
       "Ukraine's military intelligence said on Sunday that drones had struck a Russian military airfield in "
       "Morozovsk in the Rostov region, destroying at least one Su-34 fighter-bomber. Russia's defence ministry "
       "did not address the claim directly but said 41 drones were destroyed over Rostov and Belgorod regions.",
       [ev("morozovsk", D, "UA"), ev("r_ros", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone")],
       []),
    it("2025-05-25",
       "Russia hit Ukraine with 298 drones and 69 missiles overnight, the Ukrainian air force said on Sunday, "
       "the biggest aerial attack of the war, killing at least 12 people. The dead included three children in "
       "the Zhytomyr region, where a drone struck a house in a village near Korosten.",
       [summary("RU", w="drone", L=367, k=12), ev("korosten", D, "RU", k=3)]),
    it("2022-06-27",
       "A Russian missile strike on a crowded shopping centre in the central Ukrainian city of Kremenchuk on "
       "Monday killed at least 10 people and wounded more than 40, officials said. About 1,000 people were "
       "inside at the time, President Zelenskiy said.",
       [ev("kremenchuk", M, "RU", k=10, inj=40)]),
    it("2023-09-04",
       "Romania's defence ministry rejected reports that parts of a Russian drone had fallen on its territory "
       "during an overnight attack on the Ukrainian Danube port of Izmail, just across the river. Ukraine said "
       "17 of 25 attack drones were shot down over the Odesa region.",
       [ev("izmail", D, "RU"), ev("o_ode", I, "RU", w="drone", L=25, I=17)],
       [tr("romania", "denies debris on its territory", pt="Romania")]),
    it("2024-01-30",
       "Kharkiv Governor Oleh Syniehubov said a Russian guided bomb hit a sports complex in the city of "
       "Kupiansk, injuring seven people. The town, some 120 km from Kharkiv, has faced daily shelling since "
       "Russian forces resumed their push toward it.",
       [ev("kupiansk", A, "RU", w="glide bomb", inj=7)],
       [tr("kharkiv", "distance reference (some 120 km from Kharkiv)")]),
    it("2022-08-24",
       "At least 22 people were killed when a Russian rocket struck a train station in the town of Chaplyne "
       "in the Dnipropetrovsk region on Wednesday, Ukraine's Independence Day, President Zelenskiy said.",
       [ev("chaplyne", M, "RU", k=22)]),
    it("2024-10-26",
       "Dnipro, Ukraine — A Russian missile hit a high-rise in the heart of Dnipro on Friday night, killing "
       "two and wounding at least 18 others, the regional governor said on Saturday. Separately, he reported "
       "shelling of the Nikopol district, where a 70-year-old man was wounded.",
       [ev("dnipro", M, "RU", -1, k=2, inj=18), ev("nikopol", S, "RU", inj=1)]),
    it("2023-05-14",
       "Russia's defence ministry said on Sunday that Ukraine had used British-supplied Storm Shadow cruise "
       "missiles to hit two industrial plants in Luhansk, the first such claim since London confirmed the "
       "missiles had been delivered.",
       [ev("luhansk", M, "UA", ws="Storm Shadow/SCALP")],
       []),
    it("2022-04-16",
       "The Russian military said on Saturday it had struck a military equipment plant on the outskirts of "
       "Kyiv with long-range Kalibr missiles, a day after it said Ukrainian helicopters had attacked villages in "
       "the Bryansk region.",
       [ev("kyiv", M, "RU", ws="Kalibr")],
       [tr("r_bry", "earlier claim (background, a day before)", pt="Bryansk region")]),
    it("2025-02-21",
       "Talks between U.S. and Russian officials ended in Istanbul on Friday without agreement on a ceasefire, "
       "a Russian diplomat said. The head of the Ukrainian delegation was not present in the city.",
       [],
       [tr("istanbul", "venue of talks")]),
    it("2024-04-29",
       "ODESA, April 29 — A Russian ballistic missile carrying cluster munitions struck a coastal area of "
       "Odesa on Monday, killing at least five people and wounding about 30, regional governor Oleh Kiper said. "
       "Fire engulfed a building of a well-known Harry Potter-style castle.",
       [ev("odesa", M, "RU", k=5, inj=30)]),
    it("2023-01-06",
       "Putin ordered a 36-hour ceasefire along the front line over Orthodox Christmas, the Kremlin said, a "
       "move Kyiv dismissed as a ploy. Officials in Kramatorsk said air raid sirens sounded shortly after the "
       "ceasefire was due to begin.",
       [],
       [tr("kyiv", "actor capital (Kyiv dismissed)"), tr("kramatorsk", "sirens only, no strike reported")]),
    it("2024-07-17",
       "Russia's air defence systems intercepted and destroyed 17 Ukrainian drones over the Kursk, Bryansk and "
       "Belgorod regions overnight, the Defence Ministry said. There was no word on damage or casualties.",
       [ev("r_krs", I, "UA", w="drone"), ev("r_bry", I, "UA", w="drone"), ev("r_bel", I, "UA", w="drone")]),
    it("2022-07-28",
       "MYKOLAIV, Ukraine — The city of Mykolaiv came under heavy fire again early on Thursday, with powerful "
       "explosions heard across the city, Mayor Oleksandr Senkevych said, adding that the Russian rockets had hit "
       "two schools and an industrial enterprise.",
       [ev("mykolaiv", S, "RU")]),
    it("2025-05-13",
       "A Russian drone strike on a civilian bus in Bilopillia in Ukraine's northern Sumy region killed nine "
       "people on Saturday morning, Ukraine's national police said in a statement on Tuesday. Moscow said it had "
       "struck a military training area.",
       [ev("bilopillia", D, "RU", "2025-05-10", k=9)],
       [tr("moscow", "actor capital (Moscow said)")]),
    it("2023-07-23",
       "Russian forces struck Odesa's historic centre overnight, damaging the Transfiguration Cathedral and "
       "killing one person, the regional governor said on Sunday. Nineteen were injured, including four children.",
       [ev("odesa", X, "RU", k=1, inj=19)]),
    it("2024-02-26",
       "Ukrainian officials said on Monday that there had been no air attacks on Kyiv overnight for the first "
       "time in a week. The capital's schools reopened after a two-day break.",
       [],
       [tr("kyiv", "no attack (explicitly none overnight)")]),
    it("2022-11-28",
       "The city of Kherson, liberated two weeks ago, came under intense Russian shelling on Sunday that killed "
       "three people, including a 23-year-old woman, the regional military administration said on Monday.",
       [ev("kherson", S, "RU", -1, k=3)]),
    it("2025-08-03",
       "A Ukrainian drone attack set off a fire at an oil depot in Russia's Sochi on Sunday, the regional "
       "governor said, prompting a temporary suspension of flights at the resort's airport. A Russian Black Sea "
       "Fleet officer died in an unrelated incident in Sevastopol.",
       [ev("sochi", D, "UA")],
       [tr("sevastopol", "unrelated incident, not a strike")]),
    it("2023-06-01",
       "Three people, among them two children, were killed when fragments of a Russian missile fell on a "
       "district of Kyiv in the small hours of Thursday, city officials said. The family had found the shelter "
       "door locked.",
       [ev("kyiv", I, "RU", w="missile", k=3)]),
    it("2024-12-06",
       "Russian forces hit the town of Huliaipole with a glide bomb on Friday, Zaporizhzhia region governor "
       "Ivan Fedorov said, while Zaporizhzhia city itself was spared for a second day.",
       [ev("huliaipole", A, "RU", w="glide bomb")],
       [tr("zap", "no strike (spared)")]),
    it("2022-09-09",
       "Russia's Kremlin-installed officials in Kherson said on Friday that Ukrainian HIMARS rockets had hit "
       "the Antonivskyi bridge near Kherson again, preventing repair work.",
       [ev("kherson", S, "UA", ws="HIMARS")]),
    it("2025-09-12",
       "Polish and allied aircraft shot down several drones over eastern Poland overnight after they "
       "crossed from Belarus, Warsaw said, in the first such engagement on NATO territory. Ukraine reported that the same Russian wave hit "
       "Zhytomyr and Khmelnytskyi regions.",
       [ev("o_zht", D, "RU"), ev("o_khm", D, "RU"), ev("poland", I, "RU", w="drone", km=300)],
       [tr("belarus", "origin of the drones (crossed from Belarus)"), tr("warsaw", "actor capital (Warsaw said)")]),
    it("2023-10-04",
       "The Ukrainian navy said it had hit a Russian landing ship near Sevastopol with sea drones on Wednesday. "
       "The Russian-installed governor of the port city, Mikhail Razvozhayev, said a drone was destroyed "
       "at sea and nothing was damaged.",
       [ev("sevastopol", D, "UA")]),
    it("2024-07-04",
       "Russian forces dropped five guided bombs on the town of Vilniansk, north of Zaporizhzhia, on Wednesday, "
       "killing seven people including a child, the governor said on Thursday. More than 30 people were hurt.",
       [ev("vilniansk", A, "RU", -1, w="glide bomb", L=5, k=7, inj=30)]),
    it("2022-06-07",
       "Moscow-backed separatists said on Tuesday that Ukrainian shelling had killed five civilians in Donetsk "
       "over the past day. Reuters could not independently verify the report.",
       [ev("donetsk", S, "UA", k=5)],
       [tr("moscow", "actor capital (Moscow-backed)")]),
    it("2025-06-30",
       "A Ukrainian F-16 pilot was killed while repelling a massive Russian attack overnight, the air force "
       "said on Monday. In the western Lviv region, drones hit an industrial site in the city of Drohobych, "
       "the mayor said.",
       [ev("drohobych", D, "RU")]),
    it("2023-12-24",
       "Ukraine's air force said it had shot down two Russian Su-34 jets on the southern front at the end of last week; the "
       "claim could not be verified. Russian bloggers denied the losses. Separately, a Russian strike damaged "
       "a hospital in the town of Marhanets, wounding two patients.",
       [ev("marhanets", X, "RU", inj=2)]),
    it("2024-10-09",
       "Russia's defence ministry said on Wednesday that Ukraine had attacked the Feodosia oil terminal in "
       "Crimea with drones and that all 12 had been destroyed. Local residents posted video of a large fire at "
       "the port.",
       [ev("feodosia", D, "UA", L=12, I=12)],
       [tr("crimea", "region of the city (in Crimea)")]),
    it("2022-10-26",
       "Ukraine accused Russia on Wednesday of bombarding the town of Orikhiv from positions around Tokmak, "
       "about 50 km to the south. Three residents were wounded, local officials said.",
       [ev("orikhiv", S, "RU", inj=3)],
       [tr("tokmak", "firing position (from positions around Tokmak)")]),
    it("2025-02-08",
       "Russian drones hit residential buildings in Poltava late on Saturday, wounding at least nine people, "
       "a day after Ukraine held funerals in Poltava for the victims of a strike in early February.",
       [ev("poltava", D, "RU", inj=9)],
       []),
    it("2023-03-06",
       "Ukraine's defence ministry spokesman said on Monday a delegation had arrived in Brussels for talks on "
       "the supply of artillery shells. Officials in Kherson reported a quiet night, with no shelling for the "
       "first time in weeks.",
       [],
       [tr("brussels", "venue of talks"), tr("kherson", "explicitly no shelling")]),
    it("2024-09-14",
       "A Russian guided aerial bomb hit a five-storey building in Kharkiv on Friday evening, injuring 14, "
       "among them a 4-year-old, the mayor said on Saturday.",
       [ev("kharkiv", A, "RU", -1, w="glide bomb", inj=14)]),
    it("2022-07-12",
       "Ukrainian rockets destroyed a Russian ammunition depot in Nova Kakhovka in the occupied Kherson region, "
       "Ukraine's southern command said on Tuesday. Russian-installed officials said seven people were killed "
       "and accused Kyiv of using U.S.-supplied HIMARS.",
       [ev("novakakhovka", S, "UA", ws="HIMARS", k=7)],
       [tr("kyiv", "actor capital (accused Kyiv)")]),
    it("2025-04-29",
       "Russia has kept up pressure on Kostiantynivka, a key town in Donetsk oblast, local officials said on "
       "Tuesday, with two people wounded by a drone that hit a car.",
       [ev("kostiantynivka", D, "RU", inj=2)]),
    it("2024-05-17",
       "A missile attack on Kharkiv's Saltivka district on Friday left a 7-year-old girl among the wounded. Regional "
       "head Syniehubov said the Russian missile was fired from the Belgorod region, just 30 km from the border, "
       "and the strike left four people wounded in total.",
       [ev("kharkiv", M, "RU", inj=4)],
       [tr("r_bel", "launch site", pt="Belgorod region")]),
    it("2023-11-05",
       "Ukraine's air force struck a Russian shipyard in Kerch, in Russian-occupied Crimea, with cruise "
       "missiles on Saturday evening, the military said on Sunday. Russia said 13 of the 15 missiles were "
       "shot down and one ship was damaged.",
       [ev("kerch", M, "UA", -1, L=15, I=13)],
       [tr("crimea", "region of the city", pt="Crimea")]),
    it("2022-06-10",
       "The governor of the Kharkiv region said Russian forces had shelled Kharkiv over the previous day, "
       "killing one person, and accused Moscow of bringing Smerch launchers closer to the border.",
       [ev("kharkiv", S, "RU", -1, k=1)],
       [tr("moscow", "actor capital (accused Moscow)")]),
    it("2023-12-05",
       "Israeli air strikes hit the southern Gaza city of Khan Younis overnight, killing at least 17 people, "
       "Palestinian health officials said on Tuesday, as Israel's army pressed its ground offensive in the south "
       "of the enclave.",
       [ev("khanyounis", A, "IL", k=17)]),
    it("2024-06-05",
       "Hezbollah fired dozens of rockets at northern Israel on Wednesday and sirens sounded in Kiryat Shmona, "
       "where one rocket hit a house, the Israeli military said. Most of the rockets were intercepted or fell "
       "in open areas.",
       [ev("kiryatshmona", S, "LB")]),
    # --- second batch (independent writer) ---
    it("2024-07-16",
       "KHARKIV, Ukraine, July 16 — A Russian glide bomb struck a multi-storey building in Kupiansk on Monday "
       "evening, killing a woman and wounding four other people, the regional governor said.",
       [ev("kupiansk", A, "RU", "2024-07-15", w="glide bomb", k=1, inj=4)],
       [tr("kharkiv", "dateline")]),
    it("2024-09-19",
       "Ukrainian drones hit an ammunition depot near Toropets in Russia's Tver region overnight, setting off "
       "a chain of large explosions, Russian officials said. The regional governor said falling debris from a "
       "downed drone had started a fire and that parts of the town were evacuated.",
       [ev("toropets", D, "UA")]),
    it("2023-12-29",
       "Russia fired 118 missiles and 41 drones at Ukrainian cities overnight in what officials called one of "
       "the largest aerial barrages of the war, the air force said on Friday, adding that 84 missiles and 29 "
       "Shahed drones had been shot down. At least 21 people were killed in Kyiv, Dnipro, Odesa and Lviv.",
       [summary("RU", w="missile", L=159, I=113, k=21),
        ev("kyiv", X, "RU"), ev("dnipro", X, "RU"), ev("odesa", X, "RU"), ev("lviv", X, "RU")]),
    it("2024-05-31",
       "Ukrainian forces fired Vilkha rockets at the Russian border town of Shebekino on Thursday, destroying "
       "part of a five-storey building; the regional governor said two people were killed and five wounded.",
       [ev("shebekino", S, "UA", -1, k=2, inj=5)]),
    it("2025-04-24",
       "A Russian ballistic missile attack on Kyiv early on Thursday killed at least nine people and injured "
       "more than 60, the city's military administration said. The president cut short a visit to Vienna "
       "after the strike.",
       [ev("kyiv", M, "RU", k=9, inj=60)],
       [tr("vienna", "place of a visit")]),
    it("2024-10-02",
       "Hezbollah said it fired a barrage of rockets at the northern Israeli town of Metula on Wednesday, while "
       "Israeli jets struck the southern city of Nabatieh, killing three people, the Lebanese health ministry "
       "said.",
       [ev("metula", S, "LB"), ev("nabatieh", A, "IL", k=3)]),
    it("2023-02-02",
       "A Russian missile hit a residential block in Kramatorsk late on Wednesday, killing at least four people "
       "and wounding 18, local officials said on Thursday as rescuers searched the rubble.",
       [ev("kramatorsk", M, "RU", "2023-02-01", k=4, inj=18)]),
    it("2024-03-26",
       "Russia's defence ministry said air defences had shot down 11 Ukrainian drones over the Rostov region "
       "overnight. The regional governor said one drone hit a power substation in Novocherkassk, causing a "
       "fire but no casualties.",
       [ev("r_ros", I, "UA", w="drone", I=11), ev("novocherkassk", D, "UA", k=0, inj=0)]),
    it("2022-10-10",
       "KYIV, Oct 10 — Missiles struck the centre of the capital during the Monday morning rush hour, and "
       "missiles also hit Lviv, Ternopil and Zhytomyr, officials said. Five people died in Kyiv.",
       [ev("kyiv", M, "RU", k=5), ev("lviv", M, "RU"), ev("ternopil", M, "RU"), ev("zhytomyr", M, "RU")]),
    it("2024-08-25",
       "Russian artillery shelled the centre of Kherson on Sunday, hitting a bus stop and killing two people, "
       "the regional administration said. A drone attack on the nearby village of Antonivka wounded a man.",
       [ev("kherson", S, "RU", k=2), ev("antonivka", D, "RU", inj=1)]),
    it("2025-06-17",
       "Russian drones struck an apartment building in Odesa overnight, killing one person, hours before "
       "defence ministers met in Brussels to discuss air defence supplies. The attack came a month after a "
       "deadly missile strike on Sumy.",
       [ev("odesa", D, "RU", k=1)],
       [tr("brussels", "venue of a meeting"), tr("sumy", "background (a strike a month earlier)")]),
    it("2024-02-27",
       "Explosions rocked the port of Berdiansk in occupied southern Ukraine early on Tuesday. The "
       "Russian-installed authorities blamed a Ukrainian Storm Shadow missile strike and said two of the "
       "cruise missiles had been shot down.",
       [ev("berdiansk", M, "UA", ws="Storm Shadow/SCALP", I=2)]),
    it("2023-06-06",
       "Russian forces dug in across the Dnipro river shelled Nikopol with heavy artillery overnight, damaging "
       "a gas pipeline and wounding a 62-year-old woman, the Dnipropetrovsk governor said.",
       [ev("nikopol", S, "RU", inj=1)],
       [tr("dnipro", "river named like a city")]),
    it("2024-11-25",
       "Russia's defence ministry said on Monday its forces had hit Ukrainian drone workshops in Zaporizhzhia "
       "with Iskander missiles. Regional governor Ivan Fedorov said a missile struck an industrial area of the "
       "city, injuring five people.",
       [ev("zap", M, "RU", ws="Iskander", inj=5)]),
    it("2025-09-10",
       "Polish and allied jets shot down several Russian drones that crossed into eastern Poland overnight, "
       "Warsaw said, the first time NATO aircraft have fired on Russian assets over alliance territory.",
       [ev("poland", I, "RU", w="drone", km=300)],
       [tr("warsaw", "actor capital")]),
    # --- third batch (independent writer) ---
    it("2024-07-15",
       "Russian missiles pounded Dnipro early on Monday, killing three people and wounding 14, regional governor "
       "Serhiy Lysak said. A second missile hit an infrastructure site in Pavlohrad.",
       [ev("dnipro", M, "RU", k=3, inj=14), ev("pavlohrad", M, "RU")]),
    it("2025-01-13",
       "\u201cFour people were killed,\u201d Zaporizhzhia regional governor Ivan Fedorov said of a glide bomb attack "
       "that tore through an industrial site in the city on Monday afternoon. Twenty-nine others were wounded.",
       [ev("zap", A, "RU", w="glide bomb", k=4, inj=29)]),
    it("2024-11-18",
       "Shortly after midnight, Ukrainian drones targeted an oil depot in the Russian city of Bryansk, governor "
       "Alexander Bogomaz said, adding that air defences had downed 12 drones over the Bryansk region. Nobody was "
       "hurt in the attack on the depot.",
       [ev("bryansk", D, "UA", k=0, inj=0), ev("r_bry", I, "UA", w="drone", I=12)]),
    it("2024-01-22",
       "DONETSK — Shelling that the Russian-installed authorities blamed on Ukrainian forces slammed into a market "
       "in Donetsk's Tekstilshchik district on Sunday, killing 27 people, the Moscow-appointed mayor said.",
       [ev("donetsk", S, "UA", "2024-01-21", k=27)],
       [tr("moscow", "actor (Moscow-appointed mayor)")]),
    it("2024-09-30",
       "KHARKOV, Sept 30 — At least one person died and 21 were injured when a Russian guided aerial bomb hit a "
       "high-rise in Kharkov on Monday, regional administration head Oleh Syniehubov said.",
       [ev("kharkiv", A, "RU", w="glide bomb", k=1, inj=21)]),
    it("2024-03-04",
       "A fire broke out at the Tuapse oil refinery on Russia's Black Sea coast after a drone attack late on "
       "Sunday, the Krasnodar region's operational headquarters said. No casualties were reported.",
       [ev("tuapse", D, "UA", "2024-03-03", k=0, inj=0)],
       [tr("blacksea", "coast descriptor, not a target"), tr("r_kda", "source (the regional headquarters)")]),
    it("2023-06-22",
       "Russian forces shelled the village of Kozacha Lopan in the Kharkiv district of Kharkiv region with Grad "
       "multiple rocket launchers on Thursday, wounding a 67-year-old man and damaging a shop, the regional "
       "prosecutor's office said.",
       [ev("kozachalopan", S, "RU", ws="Grad", inj=1)],
       [tr("kharkiv", "district name (the Kharkiv district), not the city")]),
    it("2024-10-23",
       "Israeli warplanes struck the southern Lebanese city of Tyre on Wednesday, flattening a building near the "
       "old port; two people were killed and 11 injured, Lebanon's health ministry said.",
       [ev("tyre", A, "IL", k=2, inj=11)],
       [tr("lebanon", "actor (Lebanon's health ministry)")]),
    it("2024-08-05",
       "Ukraine's General Staff said its drones had hit the Morozovsk air base in the Rostov region overnight, "
       "setting a fuel store on fire. The base, home to Su-34 bombers, was also targeted in April.",
       [ev("morozovsk_ab", D, "UA")],
       [tr("c_ua", "actor (Ukraine's General Staff)", pt="Ukraine")]),
    it("2025-04-05",
       "Nikopol came under fire from heavy artillery and kamikaze drones on Saturday, Dnipropetrovsk regional "
       "head Serhiy Lysak said; a 48-year-old man was killed and two women were wounded.",
       [ev("nikopol", S, "RU", k=1, inj=2)],
       [tr("o_dnp", "official's title", pt="Dnipropetrovsk")]),
    it("2024-08-25",
       "Ukraine's navy said on Sunday that Neptune missiles had struck a Russian S-400 air defence battery near "
       "Yevpatoria in western Crimea, destroying a radar.",
       [ev("yevpatoria", M, "UA", ws="Neptune")],
       [tr("c_ua", "actor (Ukraine's navy)", pt="Ukraine")]),
    it("2025-02-17",
       "Russia fired 47 drones and five missiles at Ukraine overnight, the air force said on Monday, adding that "
       "38 drones and three missiles had been shot down. One of the missiles hit a warehouse in Kryvyi Rih, "
       "wounding five workers.",
       [summary("RU", w="drone", L=52, I=41), ev("kryvyi", M, "RU", inj=5)]),
    # --- fourth batch (independent writer) ---
    it("2025-08-28",
       "KYIV, Aug 28 — Russia's overnight barrage killed at least 15 people in Kyiv, where a missile brought down "
       "part of a five-storey building, Mayor Vitali Klitschko said.",
       [ev("kyiv", M, "RU", k=15)]),
    it("2024-05-21",
       "Ukrainian drones attacked the Novoshakhtinsk refinery for the second time this month, Rostov region "
       "Governor Vasily Golubev said on Tuesday, adding that the fire had been put out.",
       [ev("novoshakhtinsk", D, "UA")],
       [tr("r_ros", "governor's title")]),
    it("2024-09-18",
       "Russian missiles and drones struck the refinery in Kremenchuk on Wednesday, injuring two workers, "
       "regional governor Filip Pronin said. In Poltava, debris from a downed drone damaged a kindergarten.",
       [ev("kremenchuk", M, "RU", inj=2), ev("poltava", I, "RU", w="drone")]),
    it("2025-03-11",
       "MOSCOW — Russia's defence ministry said on Tuesday its forces had destroyed 337 Ukrainian drones over "
       "10 regions, including 91 over the Moscow region. A woman was killed in Ramenskoye when a drone hit an "
       "apartment block.",
       [ev("r_mos", I, "UA", w="drone", I=91), ev("ramenskoye", D, "UA", k=1)],
       [tr("moscow", "dateline / actor (the defence ministry)")]),
    it("2024-06-15",
       "Russia pounded the Sumy region with artillery, mortar and drone attacks, the regional military "
       "administration said on Saturday: a drone killed two residents of Bilopillia, and mortar fire wounded a man "
       "in Vorozhba.",
       [ev("o_sum", S, "RU"), ev("bilopillia", D, "RU", k=2), ev("vorozhba", S, "RU", inj=1)]),
    it("2024-04-18",
       "Ukraine's military said on Thursday it had destroyed an S-400 launcher near Dzhankoi with ATACMS "
       "missiles, in one of the largest strikes on northern Crimea this year.",
       [ev("dzhankoi", M, "UA", ws="ATACMS")],
       [tr("c_ua", "actor (Ukraine's military)", pt="Ukraine")]),
    it("2025-05-23",
       "A Russian drone slammed into an apartment building in Ternopil early on Friday, wounding five, regional "
       "head Vyacheslav Nehoda said.",
       [ev("ternopil", D, "RU", inj=5)]),
    it("2024-11-04",
       "KHERSON, Ukraine — Russian forces shelled Kherson 31 times over 24 hours, wounding six people, and a "
       "drone hit a bus stop in the village of Chornobaivka, killing a man, officials said.",
       [ev("kherson", S, "RU", inj=6), ev("chornobaivka", D, "RU", k=1)]),
    it("2025-06-30",
       "Russia fired 4 ballistic missiles and 145 drones at Ukraine overnight, the air force said; 98 drones "
       "were shot down and 41 were lost from radar. Hits were recorded in the Kharkiv, Odesa and Dnipro regions.",
       [summary("RU", w="missile", L=149, I=98), ev("o_kha", X, "RU"), ev("o_ode", X, "RU"),
        ev("o_dnp", X, "RU", pt="Dnipro region")]),
    it("2024-02-22",
       "Explosions were reported at the military airfield in Millerovo overnight, residents said; Russian "
       "officials did not comment.",
       [ev("millerovo", E, "UA")]),
    it("2024-10-21",
       "Russian glide bombs killed three people in Kupiansk and wounded four in Borova, officials said on Monday, "
       "as Russian troops pressed assaults north of Kupiansk.",
       [ev("kupiansk", A, "RU", w="glide bomb", k=3), ev("borova", A, "RU", w="glide bomb", inj=4)]),
    it("2025-07-12",
       "Ukraine's General Staff said Storm Shadow missiles had struck a command post near Oleshky in occupied "
       "Kherson region.",
       [ev("oleshky", M, "UA", ws="Storm Shadow/SCALP")],
       [tr("c_ua", "actor (Ukraine's General Staff)", pt="Ukraine")]),
]

DEV_ITEMS = [
    it("2024-05-03",
       "KYIV, May 3 — Russian drones attacked the Ukrainian capital for the third night running, city officials "
       "said on Friday. Debris from a drone shot down over Kyiv fell on a playground; no one was hurt.",
       [ev("kyiv", I, "RU", w="drone", I=1, k=0, inj=0)]),
    it("2024-07-22",
       "The death toll from Saturday's Russian missile strike on Mykolaiv rose to five, the regional governor "
       "said on Monday, after a woman died in hospital. Twenty-two people were wounded.",
       [ev("mykolaiv", M, "RU", -2, k=5, inj=22)]),
    it("2023-06-28",
       "The toll from a Russian missile strike on a restaurant in central Kramatorsk on Tuesday evening rose to "
       "eight, including three teenagers, emergency services said on Wednesday. Another 56 people were injured.",
       [ev("kramatorsk", M, "RU", -1, k=8, inj=56)]),
    it("2024-03-12",
       "Ukrainian drones hit an oil refinery at Kstovo in the Nizhny Novgorod region early on Tuesday, a source "
       "in the SBU security service told reporters in Kyiv. The regional governor said a fire had broken out at "
       "an industrial site after a drone attack.",
       [ev("kstovo", D, "UA")],
       [tr("kyiv", "venue of a briefing")]),
    it("2024-09-04",
       "Russia's defence ministry said on Wednesday its air defences had destroyed 58 Ukrainian drones overnight "
       "over the Belgorod, Kursk, Voronezh and Moscow regions, including 11 over the Moscow region. The governor "
       "of the Voronezh region said a drone had damaged a power line.",
       [ev("r_bel", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone"), ev("r_vor", D, "UA"),
        ev("r_mos", I, "UA", w="drone", I=11)]),
    it("2025-01-15",
       "Russia launched 43 missiles and 74 drones at Ukraine's gas and energy facilities overnight, the air force "
       "said on Wednesday, adding that 30 missiles and 47 drones had been shot down. Strikes were reported in the "
       "Lviv and Ivano-Frankivsk regions, where gas infrastructure was hit.",
       [summary("RU", w="missile", L=117, I=77), ev("o_lvi", X, "RU"), ev("o_ivf", X, "RU")]),
    it("2024-04-10",
       "ODESA, April 10 — A Russian ballistic missile hit port infrastructure in Odesa on Wednesday afternoon, "
       "wounding four people, the governor said. The attack came hours after a drone struck a petrol station in "
       "Izmail.",
       [ev("odesa", M, "RU", inj=4), ev("izmail", D, "RU")]),
    it("2024-10-21",
       "The number of people injured in a Russian glide-bomb attack on Zaporizhzhia on Sunday has risen to 19, the "
       "regional governor said on Monday. Two high-rise buildings and a supermarket were damaged.",
       [ev("zap", A, "RU", -1, w="glide bomb", inj=19)]),
    it("2024-08-14",
       "Ukrainian strikes killed two civilians in the town of Lgov and damaged a power substation in Kurchatov, "
       "Kursk's acting governor said on Wednesday. Russia's defence ministry separately said it had shot down 117 "
       "Ukrainian drones over several regions.",
       [ev("lgov", X, "UA", k=2), ev("kurchatov", X, "UA")]),
    it("2025-03-11",
       "Russia said it had downed 337 Ukrainian drones overnight, 91 of them over the Moscow region, in the "
       "largest drone attack on the capital area of the war. A drone hit a house in Domodedovo, killing two "
       "people, and an oil depot caught fire in the Kursk region.",
       [ev("r_mos", I, "UA", w="drone", I=91), ev("domodedovo", D, "UA", k=2), ev("r_krs", X, "UA")]),
    it("2023-05-16",
       "Ukraine said on Tuesday its air defences had shot down six Kinzhal hypersonic missiles fired at Kyiv "
       "overnight. Falling debris injured three people in the capital, city officials said.",
       [ev("kyiv", I, "RU", w="missile", ws="Kinzhal", L=6, I=6, inj=3)],
       [tr("c_ua", "actor (Ukraine said)", pt="Ukraine")]),
    it("2024-06-01",
       "Russia struck energy facilities overnight, damaging equipment at power plants in the Zaporizhzhia, "
       "Dnipropetrovsk and Ivano-Frankivsk regions, the energy ministry said on Saturday. The air force said it "
       "had downed 35 of 53 missiles and 46 of 47 drones.",
       [summary("RU", w="missile", L=100, I=81), ev("o_zap", X, "RU"), ev("o_dnp", X, "RU"), ev("o_ivf", X, "RU")]),
    it("2022-07-14",
       "Kalibr cruise missiles launched from the Black Sea struck an office building in central Vinnytsia on "
       "Thursday, killing at least 23 people, officials said. Rescuers expected the toll to rise.",
       [ev("vinnytsia", M, "RU", ws="Kalibr", k=23)],
       [tr("blacksea", "launch area")]),
    it("2024-02-07",
       "GAZA, Feb 7 — Israeli air strikes on Rafah overnight killed at least 14 Palestinians, health officials "
       "said, as mediators in Cairo weighed Hamas's reply to a ceasefire proposal.",
       [ev("rafah", A, "IL", k=14)],
       [tr("cairo", "venue of talks")]),
    it("2024-07-19",
       "A drone launched from Yemen struck an apartment building in central Tel Aviv early on Friday, killing one "
       "man and wounding eight, Israeli officials said. The Houthis claimed responsibility.",
       [ev("telaviv", D, "YE", k=1, inj=8)],
       [tr("yemen", "launch area")]),
    it("2023-11-25",
       "Russia launched 75 Shahed drones at Ukraine overnight, most of them at Kyiv, the air force said on "
       "Saturday, adding that 74 had been downed. Five people were injured in the capital, where debris damaged "
       "residential buildings.",
       [summary("RU", w="drone", ws="Shahed/Geran", L=75, I=74), ev("kyiv", I, "RU", w="drone", inj=5)]),
    it("2024-12-20",
       "Russia fired five ballistic missiles at Kyiv on Friday morning, all of which were shot down, the city's "
       "military administration said. Falling wreckage damaged several embassy buildings and killed one person.",
       [ev("kyiv", I, "RU", w="missile", L=5, I=5, k=1)]),
    it("2024-09-04",
       "POLTAVA, Sept 4 — The toll from Tuesday's Russian missile strike on a military institute in Poltava rose "
       "to 55, the regional governor said on Wednesday. More than 300 people were wounded.",
       [ev("poltava", M, "RU", -1, k=55, inj=300)]),
    it("2025-04-05",
       "The death toll from a Russian missile strike on a residential area of Kryvyi Rih on Friday rose to 18, "
       "including nine children, officials said on Saturday.",
       [ev("kryvyi", M, "RU", -1, k=18)]),
    it("2023-09-13",
       "Ukrainian missiles struck a shipyard in Sevastopol early on Wednesday, injuring 24 people and setting two "
       "vessels under repair on fire, the Russian-installed governor said. Russia's defence ministry said seven "
       "of ten cruise missiles had been shot down.",
       [ev("sevastopol", M, "UA", L=10, I=7, inj=24)]),
    it("2024-01-02",
       "KYIV, Jan 2 — Russia fired 99 missiles and 35 drones at Ukraine on Tuesday morning, targeting Kyiv and "
       "Kharkiv, the air force said, and 72 missiles and all the drones were destroyed. In Kyiv two people were "
       "killed and dozens injured; in Kharkiv missiles hit a residential district, wounding 41.",
       [summary("RU", w="missile", L=134, I=107), ev("kyiv", X, "RU", k=2), ev("kharkiv", M, "RU", inj=41)]),
    it("2025-06-17",
       "The death toll from Russia's overnight attack on Kyiv rose to 23 on Tuesday as rescuers pulled more "
       "bodies from a nine-storey block, the mayor said. Odesa was also hit, and one person was killed there.",
       [ev("kyiv", X, "RU", k=23), ev("odesa", X, "RU", k=1)]),
    it("2024-08-27",
       "BELGOROD, Russia, Aug 27 — Ukrainian rocket fire killed a man and wounded four in the border town of "
       "Shebekino, the regional governor said, while Russia's defence ministry said air defences had intercepted "
       "six Vampire rockets over the Belgorod region.",
       [ev("shebekino", S, "UA", k=1, inj=4), ev("r_bel", I, "UA", w="artillery", I=6)]),
    it("2023-12-31",
       "The toll from Saturday's Ukrainian attack on the centre of Belgorod rose to 22, Russian officials said on "
       "Sunday. Moscow called for an emergency meeting of the UN Security Council.",
       [ev("belgorod", X, "UA", -1, k=22)],
       [tr("moscow", "actor capital (Moscow called)")]),
    it("2024-10-28",
       "A Russian glide bomb hit a 12-storey residential building in Kharkiv on Monday, injuring at least 13 "
       "people including children, the governor said. A separate drone attack in the Kupiansk district killed an "
       "elderly woman.",
       [ev("kharkiv", A, "RU", w="glide bomb", inj=13), ev("kupiansk", D, "RU", k=1)]),
    # --- batch 6 ---
    it("2024-12-12",
       "ZAPORIZHZHIA, Ukraine, Dec 12 (AP-style) — The death toll from a Russian missile strike on a private "
       "clinic in Zaporizhzhia rose to 10 on Thursday, regional governor Ivan Fedorov said, after rescuers "
       "recovered two more bodies overnight. Twenty-one people were wounded in Tuesday's attack.",
       [ev("zap", M, "RU", "2024-12-10", k=10, inj=21)]),
    it("2024-08-26",
       "Russia launched one of its largest combined attacks of the war on Monday, firing 127 missiles and 109 "
       "drones at targets across Ukraine, the air force said. Air defences destroyed 102 missiles and 99 "
       "drones. Energy facilities were hit in the Kyiv, Lviv and Volyn regions, and two people were killed in "
       "Lutsk.",
       [summary("RU", w="missile", L=236, I=201), ev("o_kyi", X, "RU", pt="Kyiv"),
        ev("o_lvi", X, "RU", pt="Lviv"), ev("o_vol", X, "RU", pt="Volyn"), ev("lutsk", X, "RU", k=2)]),
    it("2024-01-06",
       "MOSCOW, Jan 6 (Reuters-style) — A Ukrainian drone attack set fire to a fuel depot in Russia's Oryol "
       "region overnight, Governor Andrei Klychkov said on Saturday, adding that no one was injured. Russia's "
       "defence ministry said it had destroyed six drones over the region.",
       [ev("r_orl", D, "UA", I=6, inj=0)],
       [tr("moscow", "dateline")]),
    it("2024-10-17",
       "BEIRUT — Israeli jets struck the southern Lebanese city of Nabatieh on Wednesday, destroying the "
       "municipal headquarters and killing 16 people including the mayor, Lebanon's health ministry said. "
       "Hezbollah said it fired rockets at Kiryat Shmona later on Wednesday; no injuries were reported there.",
       [ev("nabatieh", A, "IL", "2024-10-16", k=16), ev("kiryatshmona", S, "LB", "2024-10-16", inj=0)],
       [tr("beirut", "dateline")]),
    it("2024-06-15",
       "The number of people killed in Friday's Russian missile strike on Vilniansk in the Zaporizhzhia "
       "region has risen to seven, including two children, the regional administration said on Saturday.",
       [ev("vilniansk", M, "RU", "2024-06-14", k=7)]),
    it("2023-08-22",
       "Russian air defences shot down two drones over the Moscow region early on Tuesday, Mayor Sergei "
       "Sobyanin said, and debris of a third drone, downed near Krasnogorsk, damaged a building under "
       "construction. Flights at Vnukovo airport were briefly suspended.",
       [ev("r_mos", I, "UA", w="drone", I=2), ev("krasnogorsk", I, "UA", w="drone", I=1)]),
    it("2024-05-12",
       "BELGOROD, Russia, May 12 — A section of a ten-storey apartment block in Belgorod collapsed on Sunday "
       "after what Russian officials said was a Ukrainian missile strike, killing at least 15 people. Russia's "
       "defence ministry said it had shot down Tochka-U and Vilkha missiles over the city; Kyiv did not "
       "comment.",
       [ev("belgorod", M, "UA", ws="Tochka-U", k=15)],
       [tr("kyiv", "actor capital (Kyiv did not comment)")]),
    it("2024-09-04",
       "ODESA — Russian drones struck port infrastructure in Izmail on the Danube overnight, damaging grain "
       "silos and a warehouse, Odesa governor Oleh Kiper said on Wednesday. Romania, whose port of Galati "
       "lies across the river, said it scrambled fighter jets but no drone entered its airspace.",
       [ev("izmail", D, "RU")],
       [tr("odesa", "dateline"), tr("romania", "neighbour scrambles jets; no event there"),
        tr("galati", "distance reference (across the river)")]),
    it("2024-03-16",
       "Ukrainian drones hit the Syzran refinery in Russia's Samara region on Saturday, a Ukrainian security "
       "source said. Regional governor Dmitry Azarov said a fire broke out but there were no casualties. The "
       "refinery lies some 800 km from Ukraine.",
       [ev("syzran", D, "UA", k=0, inj=0)],
       [tr("r_sam", "home region of the target"), tr("c_ua", "distance reference")]),
    it("2024-06-06",
       "GAZA — Israeli air strikes on a school sheltering displaced families in Nuseirat killed at least 33 "
       "people overnight, the Hamas-run health ministry said on Thursday. The Israeli military said it had "
       "targeted fighters operating from the compound. Hours later rockets fired from the enclave struck "
       "near Sderot, causing no injuries.",
       [ev("nuseirat", A, "IL", k=33), ev("sderot", S, "PS", inj=0)]),
    it("2024-12-26",
       "Israeli warplanes struck Sanaa international airport and the port of Hodeidah on Thursday, killing "
       "at least six people, Houthi-run media said. Israel said the strikes followed repeated Houthi missile "
       "and drone launches at Tel Aviv.",
       [ev("sanaa", A, "IL"), ev("hodeidah", A, "IL")],
       [tr("telaviv", "background (earlier Houthi launches)"), tr("israel", "actor (Israel said)")]),
    it("2024-01-21",
       "DONETSK — Shelling of a market in the Tekstilshchik area of Donetsk killed 27 people on Sunday, the "
       "Russian-installed head of the region, Denis Pushilin, said, blaming Ukrainian forces. Kyiv's military "
       "said it had no information.",
       [ev("donetsk", S, "UA", k=27)],
       [tr("kyiv", "actor (Kyiv's military)")]),
    it("2025-03-11",
       "Russia's defence ministry said on Tuesday its air defences had destroyed 337 Ukrainian drones "
       "overnight, 91 of them over the Moscow region and 126 over the Kursk region. One person was killed in "
       "Domodedovo, where a drone hit an apartment building, the regional governor said.",
       [ev("r_mos", I, "UA", w="drone", I=91), ev("r_krs", I, "UA", w="drone", I=126),
        ev("domodedovo", D, "UA", k=1)]),
    it("2023-10-27",
       "KHARKIV — Russian forces fired S-300 missiles from the Belgorod region at Kharkiv's Industrialnyi "
       "district late on Thursday, injuring four people, Governor Oleh Syniehubov said. Two industrial "
       "buildings were destroyed.",
       [ev("kharkiv", M, "RU", "2023-10-26", ws="S-300", inj=4)],
       [tr("r_bel", "launch area")]),
    it("2024-11-10",
       "KHERSON — Russian forces shelled Kherson from across the Dnipro river on Sunday, killing two men in "
       "the Korabelnyi district, and a drone dropped explosives on a bus in Bilozerka, wounding five, the "
       "regional military administration said.",
       [ev("kherson", S, "RU", k=2), ev("bilozerka", D, "RU", inj=5)],
       [tr("dnipro", "river name, not the city")]),
    # --- batch 7 ---
    it("2024-05-25",
       "KHARKIV, Ukraine, May 25 — Russian glide bombs struck a large hardware store on the outskirts of "
       "Kharkiv on Saturday, killing six people and wounding 27, regional governor Oleh Syniehubov said. Hours "
       "earlier, a drone attack on the town of Kupiansk had wounded two.",
       [ev("kharkiv", A, "RU", w="glide bomb", k=6, inj=27), ev("kupiansk", D, "RU", inj=2)]),
    it("2025-04-13",
       "Russian ballistic missiles hit the centre of Sumy on Sunday morning as residents gathered for a church "
       "holiday, killing at least 31 people, officials said. It was the deadliest strike on Ukrainian civilians "
       "this year and came nine days after a missile attack on Kryvyi Rih killed 20.",
       [ev("sumy", M, "RU", k=31)],
       [tr("kryvyi", "background (earlier strike)")]),
    it("2025-03-11",
       "Russian drones hit energy infrastructure in the Odesa region overnight, leaving parts of the region "
       "without power, the governor said on Tuesday, as Ukrainian and U.S. delegations met in Jeddah for talks "
       "on a ceasefire.",
       [ev("o_ode", D, "RU")],
       [tr("jeddah", "venue of talks")]),
    it("2024-10-10",
       "Two Iskander-M missiles fired from Russia's Kursk region hit Sumy on Thursday, one of them striking a "
       "university building and injuring 15 people, the regional governor said.",
       [ev("sumy", M, "RU", ws="Iskander", L=2, inj=15)],
       [tr("r_krs", "launch area")]),
    it("2024-06-08",
       "Moscow said on Saturday its air defences had shot down 14 Ukrainian drones over the Bryansk region, "
       "while a security source in Kyiv said the drones had targeted an ammunition depot near Klintsy that was "
       "hit and left burning.",
       [ev("r_bry", I, "UA", w="drone", I=14), ev("klintsy", D, "UA")],
       [tr("moscow", "actor capital (Moscow said)"), tr("kyiv", "actor (a source in Kyiv)")]),
    it("2024-11-19",
       "UPDATE 2 — The death toll from Monday's Russian missile strike on an apartment block in Dnipro rose to "
       "nine, with 24 wounded, the regional governor said on Tuesday evening, up from five dead reported "
       "earlier.",
       [ev("dnipro", M, "RU", -1, k=9, inj=24)]),
    it("2024-11-08",
       "Ukrainian drones hit a chemical plant in Cheboksary, about 650 km east of Moscow, on Friday, the head "
       "of Chuvashia said, adding that no one was hurt.",
       [ev("cheboksary", D, "UA", k=0, inj=0)],
       [tr("moscow", "distance reference")]),
    it("2025-06-02",
       "ISTANBUL, June 2 — As Russian and Ukrainian delegations met in Istanbul for a second round of talks on "
       "Monday, Ukraine's army said a Russian missile strike on a training unit in the Dnipropetrovsk region "
       "had killed 12 soldiers the day before.",
       [ev("o_dnp", M, "RU", -1, k=12)],
       [tr("istanbul", "venue of talks (dateline)"), tr("c_ua", "actor (Ukraine's army)", pt="Ukraine")]),
    it("2024-10-06",
       "BELGOROD, Russia, Oct 6 — Ukrainian shelling killed two people in the border village of Golovchino, "
       "Governor Vyacheslav Gladkov said on Sunday. Russia's defence ministry said it had downed 12 Ukrainian "
       "drones over the Belgorod region and the Kursk region overnight.",
       [ev("golovchino", S, "UA", k=2), ev("r_bel", I, "UA", w="drone"), ev("r_krs", I, "UA", w="drone")],
       [tr("belgorod", "dateline")]),
    it("2024-12-31",
       "A ballistic missile launched from Yemen was intercepted over Eilat early on Tuesday, the Israeli "
       "military said; shrapnel damaged a hotel roof but no injuries were reported. The Houthis said they had "
       "targeted the port city.",
       [ev("eilat", I, "YE", w="missile", L=1, I=1, inj=0)],
       [tr("yemen", "launch area")]),
    it("2023-04-29",
       "\"It was a terrible night,\" Mayor Vitali Klitschko wrote on Telegram after Russian drones and missiles "
       "hit Kyiv early on Saturday, killing four people and injuring 20. Debris from a downed drone set fire to "
       "houses in the Obolonskyi district.",
       [ev("kyiv", D, "RU", k=4, inj=20), ev("obolon", I, "RU", w="drone")]),
    it("2024-04-07",
       "Ukraine's navy said Russia fired Kalibr cruise missiles from a submarine in the Black Sea at Odesa on "
       "Saturday night, damaging a hotel and wounding seven people.",
       [ev("odesa", M, "RU", -1, ws="Kalibr", inj=7)],
       [tr("blacksea", "launch area (submarine)")]),
    it("2024-11-01",
       "Ukrainian drones struck the Tuapse refinery on Russia's Black Sea coast overnight, causing a fire, the "
       "Krasnodar region's emergency headquarters said on Friday. The plant had halted operations after a "
       "similar attack in January.",
       [ev("tuapse", D, "UA")],
       [tr("blacksea", "coast descriptor, not a target")]),
    it("2024-08-20",
       "The IAEA said a drone struck the training centre at the Zaporizhzhia nuclear plant on Sunday, an attack "
       "Russian officials blamed on Ukraine. Agency chief Rafael Grossi, speaking in Vienna, called it "
       "reckless.",
       [ev("znpp", D, "UA", -2)],
       [tr("vienna", "venue (IAEA statement)")]),
    it("2025-02-09",
       "LVIV — Russia struck western Ukraine overnight with cruise missiles and drones, damaging a gas facility "
       "in the Lviv region and a power substation near Kovel, officials said. In Lviv itself, air defences "
       "downed two missiles, and falling wreckage shattered windows at a school. Poland scrambled aircraft as "
       "a precaution, its operational command said. It was the third attack on energy sites in the west this "
       "month.",
       [ev("o_lvi", X, "RU"), ev("kovel", X, "RU"), ev("lviv", I, "RU", w="missile", I=2)],
       [tr("poland", "neighbour scrambles aircraft; no event there")]),
    it("2024-01-24",
       "A Russian drone dropped a grenade on a car in Komyshany, on the western edge of Kherson, killing the "
       "driver, the regional administration said on Wednesday. Russian artillery also shelled Antonivka, "
       "wounding a woman.",
       [ev("komyshany", D, "RU", k=1), ev("antonivka", S, "RU", inj=1)]),
    it("2025-01-08",
       "Ukraine's General Staff said on Wednesday it had struck the Engels-2 air base in the Saratov region, "
       "home to Tu-95MS bombers that fire cruise missiles at Ukrainian cities, with long-range drones.",
       [ev("engels_ab", D, "UA", pt="Engels-2")],
       [tr("c_ua", "actor (Ukraine's General Staff)", pt="Ukraine")]),
    it("2024-11-24",
       "Russia said on Sunday it had shot down 61 Ukrainian drones overnight, including 23 over the Kursk "
       "region and 15 over the Sea of Azov. In the city of Kursk, debris hit an apartment block, injuring one "
       "person, the acting governor said.",
       [ev("r_krs", I, "UA", w="drone", I=23), ev("kursk", I, "UA", w="drone", inj=1)]),
    it("2024-08-16",
       "An Israeli drone strike on a car near Sidon killed two Hamas members, Lebanese state media said, as "
       "negotiators met in Doha to discuss a Gaza ceasefire.",
       [ev("sidon", D, "IL", k=2)],
       [tr("doha", "venue of talks"), tr("gazastrip", "subject of talks", pt="Gaza")]),
    it("2023-08-24",
       "Ukraine said on Thursday it had destroyed a Russian S-400 air-defence system near Yevpatoria in western "
       "Crimea with Neptune missiles. The strike came a month after Ukrainian drones hit an oil depot in "
       "Feodosia, officials in Kyiv noted.",
       [ev("yevpatoria", M, "UA", ws="Neptune")],
       [tr("feodosia", "background (earlier strike)"), tr("kyiv", "actor (officials in Kyiv)"),
        tr("c_ua", "actor (Ukraine said)", pt="Ukraine")]),
    # --- batch 9b ---
    it("2024-11-18",
       "ODESA, Ukraine, Nov 18 (Reuters-style) — A Russian ballistic missile struck the centre of Odesa on Monday "
       "afternoon, killing eight people and wounding 27, Governor Oleh Kiper said. Hours earlier a drone had hit a "
       "warehouse in Chornomorsk, south of the city, injuring a security guard.",
       [ev("odesa", M, "RU", k=8, inj=27), ev("chornomorsk", D, "RU", inj=1)]),
    it("2025-02-04",
       "The number of people killed by Russian glide bombs dropped on Kostiantynivka on Monday has risen to four, "
       "Donetsk regional governor Vadym Filashkin said on Tuesday. \"The enemy is deliberately targeting the town's "
       "last working market,\" he wrote, adding that 11 people had been wounded. Filashkin again urged residents "
       "to leave for safer parts of the Dnipropetrovsk region.",
       [ev("kostiantynivka", A, "RU", -1, w="glide bomb", k=4, inj=11)],
       [tr("o_dnp", "relocation destination (evacuation)", pt="Dnipropetrovsk region")]),
    it("2024-09-01",
       "MOSCOW, Sept 1 — Drones struck the Slavneft-YANOS oil refinery in Yaroslavl, some 250 km north-east of "
       "Moscow, early on Sunday, regional governor Mikhail Yevrayev said, adding that nobody was hurt and the fire "
       "had been put out. Russia's defence ministry said 14 Ukrainian drones were destroyed over the Yaroslavl "
       "region.",
       [ev("yaroslavl", D, "UA", k=0, inj=0), ev("r_yar", I, "UA", w="drone", I=14)],
       [tr("moscow", "dateline and distance reference")]),
    it("2024-09-23",
       "BEIRUT, Sept 23 — Israeli air strikes on villages around Bint Jbeil and Marjayoun killed at least 31 people "
       "on Monday, Lebanon's health ministry said, as Hezbollah fired about 35 rockets at northern Israel, lightly "
       "wounding two people in Safed. Foreign ministers gathering in New York for the U.N. General Assembly urged "
       "both sides to step back.",
       [ev("bintjbeil", A, "IL"), ev("marjayoun", A, "IL"), ev("safed", S, "LB", inj=2)],
       [tr("beirut", "dateline"), tr("newyork", "venue of a meeting")]),
    it("2024-05-09",
       "Russia said on Thursday its forces had destroyed a hangar holding Western-supplied drones at an airfield "
       "near Starokonstantinov with Kinzhal hypersonic missiles. Ukraine's air force said two Kinzhals had been "
       "fired overnight and both were shot down over the Khmelnytskyi region.",
       [ev("starokost", M, "RU", ws="Kinzhal"),
        ev("o_khm", I, "RU", w="missile", ws="Kinzhal", L=2, I=2, pt="Khmelnytskyi region")],
       [tr("russia", "actor (Russia said)")]),
    it("2024-07-10",
       "WASHINGTON, July 10 — NATO leaders meeting in Washington pledged on Wednesday to send Ukraine more air "
       "defence systems, two days after a Russian missile hit Kyiv's main children's hospital. Ukraine's president "
       "said the first new batteries would protect Kharkiv and Zaporizhzhia.",
       [],
       [tr("washington", "venue of a summit (dateline)"), tr("kyiv", "background (strike two days earlier)"),
        tr("kharkiv", "future air defence, no strike"), tr("zap", "future air defence, no strike"),
        tr("c_ua", "actor (Ukraine's president)", pt="Ukraine")]),
    it("2024-03-03",
       "Ukrainian shelling killed three people in Makeevka on Sunday morning and damaged a hospital in Yasynuvata, "
       "Russian-installed officials said. Denis Pushilin, the Moscow-appointed head of the region, said "
       "NATO-standard 155 mm shells had been used. Kyiv did not comment.",
       [ev("makiivka", S, "UA", k=3), ev("yasynuvata", S, "UA")],
       [tr("moscow", "actor capital (Moscow-appointed)"), tr("kyiv", "actor capital (Kyiv did not comment)")]),
    it("2025-01-14",
       "MOSCOW, Jan 14 (TASS-style) — Russian forces struck a temporary deployment point of Ukrainian units in "
       "Kharkov with an Iskander-M missile, the Defence Ministry said on Tuesday. Troops of the Zapad group also "
       "improved their positions in the Kupyansk direction, and air defences shot down four HIMARS rockets and 41 "
       "drones over the past day, the ministry said, without saying where.",
       [ev("kharkiv", M, "RU", ws="Iskander")],
       [tr("moscow", "dateline"), tr("kupiansk", "ground fighting (front direction)", pt="Kupyansk")]),
    it("2024-10-30",
       "GAZA, Oct 30 — The death toll from an Israeli air strike on a five-storey residential building in Beit "
       "Lahia on Tuesday rose to 93, the Gaza health ministry said on Wednesday, with dozens of people still "
       "missing under the rubble. Another strike overnight on a house in Jabalia killed a family of six, medics "
       "said.",
       [ev("beitlahia", A, "IL", -1, k=93), ev("jabalia", A, "IL", k=6)]),
    it("2024-12-13",
       "Russia fired 93 missiles and 194 drones at Ukraine's energy system on Friday, President Volodymyr Zelenskiy "
       "said, calling it one of the heaviest attacks on the grid. The air force said 81 of the missiles were shot "
       "down, among them 11 Kalibr cruise missiles over the west of the country. A substation was hit in the "
       "Ternopil region, and the thermal power plant in Burshtyn was damaged, officials said.",
       [summary("RU", w="missile", L=287, I=81), ev("o_ter", X, "RU", pt="Ternopil region"),
        ev("burshtyn", X, "RU")]),
    it("2024-06-15",
       "UPDATE 1 — A Ukrainian drone struck a minibus in the village of Razumnoye outside Belgorod on Saturday, "
       "killing two women, the regional governor said, revising an earlier toll of one dead. Five people were "
       "wounded in nearby Maslova Pristan, where another drone hit a grocery shop, he added.",
       [ev("razumnoye", D, "UA", k=2), ev("maslova", D, "UA", inj=5)]),
    it("2024-08-25",
       "Tu-95MS bombers flying over the Volgograd region fired Kh-101 cruise missiles at Kyiv early on Sunday, "
       "Ukraine's air force said. Two were shot down over the capital, and a third hit an industrial site in "
       "Brovary, injuring a worker, the regional governor said.",
       [ev("kyiv", I, "RU", w="missile", ws="Kh-101", I=2), ev("brovary", M, "RU", ws="Kh-101", inj=1)],
       [tr("r_vgg", "launch area (bombers over the region)", pt="Volgograd region")]),
    it("2024-04-22",
       "KHARKIV, April 22 — Russian artillery killed an 80-year-old man in Zolochiv, a town a few kilometres from "
       "the border, on Monday morning, and an FPV drone hit a car near Kozacha Lopan, wounding its driver, "
       "Governor Oleh Syniehubov said. In Kharkiv itself a night without sirens let schools hold exams in "
       "person.",
       [ev("zolochiv_kh", S, "RU", k=1), ev("kozachalopan", D, "RU", inj=1)],
       [tr("kharkiv", "dateline; explicitly quiet night")]),
    it("2024-05-16",
       "Ukraine's General Staff said on Thursday that its forces had struck a Russian radar station near "
       "Chornomorske in western Crimea overnight. Sevastopol's Russian-installed governor said air defences had "
       "downed six drones near the Belbek airfield, causing no damage. It was the heaviest attack on the peninsula "
       "since the Crimean Bridge was hit in 2023.",
       [ev("chornomorske", X, "UA"), ev("belbek", I, "UA", w="drone", I=6)],
       [tr("c_ua", "actor (Ukraine's General Staff)", pt="Ukraine"),
        tr("crimbridge", "background (2023 strike)")]),
    it("2025-03-07",
       "Russian drones hit energy facilities in Shostka and Konotop in the Sumy region overnight, leaving about "
       "30,000 households without power, the regional administration said on Friday. \"There are no casualties, "
       "but the damage is serious,\" acting governor Oleh Hryhorov said. The air force said it had destroyed 58 of "
       "the 112 drones launched overnight, while another 37 were lost to electronic jamming.",
       [summary("RU", w="drone", L=112, I=58), ev("shostka", D, "RU", k=0, inj=0),
        ev("konotop", D, "RU", k=0, inj=0)]),
]
