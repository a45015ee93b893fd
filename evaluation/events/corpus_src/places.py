"""The places the corpus uses: key -> name, point, default km and the spellings texts use.

Points are the intended places' centres (checked against ``geostrike gazetteer lookup``
for the intended namesake only); oblasts and regions use the area centre from
``gazetteer/admin1.csv``. Aliases are spellings a text may use for the same place; the
builder records the first one found in the text as ``place_text``.
"""

from __future__ import annotations

# key | name | lat | lon | km | aliases (comma-separated)
_TABLE = """
ua|Ukraine|48.38|31.17|700|
# --- Ukrainian oblasts (area centres) ---
o_vin|Vinnytsia Oblast|48.9623|28.7233|150|Vinnytsia region,Vinnytsia oblast,Vinnytsia
o_vol|Volyn Oblast|51.1247|24.8444|150|Volyn region,Volyn oblast,Volyn
o_luh|Luhansk Oblast|48.9084|39.0033|150|Luhansk region,Luhansk oblast,Luhansk
o_dnp|Dnipropetrovsk Oblast|48.6313|34.9555|150|Dnipropetrovsk region,Dnipropetrovsk oblast,Dnipropetrovsk,Dnipro region
o_don|Donetsk Oblast|48.145|37.7933|150|Donetsk region,Donetsk oblast,Donetsk
o_zht|Zhytomyr Oblast|50.6898|28.4643|150|Zhytomyr region,Zhytomyr oblast,Zhytomyr
o_zak|Zakarpattia Oblast|48.3634|23.3868|150|Zakarpattia region,Zakarpattia
o_zap|Zaporizhzhia Oblast|47.3346|35.7123|150|Zaporizhzhia region,Zaporizhzhia oblast,Zaporizhzhia
o_ivf|Ivano-Frankivsk Oblast|48.665|24.6363|150|Ivano-Frankivsk region,Ivano-Frankivsk oblast,Ivano-Frankivsk
o_kyi|Kyiv Oblast|50.0894|31.0214|150|Kyiv region,Kyiv oblast,Kyiv
o_kir|Kirovohrad Oblast|48.4261|31.8288|150|Kirovohrad region,Kirovohrad oblast,Kirovohrad,Kirovohradshchyna
o_lvi|Lviv Oblast|49.8152|24.0372|150|Lviv region,Lviv oblast,Lviv
o_myk|Mykolaiv Oblast|47.0902|31.6498|150|Mykolaiv region,Mykolaiv oblast,Mykolaiv
o_ode|Odesa Oblast|46.0315|29.7568|150|Odesa region,Odesa oblast,Odesa,Odessa region,Odeshchyna
o_pol|Poltava Oblast|49.6978|33.7723|150|Poltava region,Poltava oblast,Poltava,Poltavshchyna
o_riv|Rivne Oblast|51.048|26.3841|150|Rivne region,Rivne oblast,Rivne
o_sum|Sumy Oblast|50.8153|34.3159|150|Sumy region,Sumy oblast,Sumy,Sumshchyna
o_ter|Ternopil Oblast|49.4739|25.5438|150|Ternopil region,Ternopil oblast,Ternopil
o_kha|Kharkiv Oblast|49.4655|36.4612|150|Kharkiv region,Kharkiv oblast,Kharkiv,Kharkov region,Kharkivshchyna
o_khe|Kherson Oblast|46.6964|33.5787|150|Kherson region,Kherson oblast,Kherson
o_khm|Khmelnytskyi Oblast|49.5537|27.0187|150|Khmelnytskyi region,Khmelnytskyi oblast,Khmelnytskyi
o_che|Cherkasy Oblast|49.1506|31.2241|150|Cherkasy region,Cherkasy oblast,Cherkasy
o_chn|Chernihiv Oblast|51.2597|32.0287|150|Chernihiv region,Chernihiv oblast,Chernihiv
o_chv|Chernivtsi Oblast|48.2892|26.2156|150|Chernivtsi region,Chernivtsi oblast,Chernivtsi
crimea|Crimea|45.3115|34.2784|150|Crimean peninsula,Crimean,Krym
# --- Russian regions ---
r_bel|Belgorod Oblast|50.8757|37.277|150|Belgorod region,Belgorod oblast,Belgorod
r_bry|Bryansk Oblast|53.0868|33.2803|150|Bryansk region,Bryansk oblast,Bryansk
r_krs|Kursk Oblast|51.7358|36.2921|150|Kursk region,Kursk oblast,Kursk
r_vor|Voronezh Oblast|50.7774|40.5223|150|Voronezh region,Voronezh oblast,Voronezh
r_ros|Rostov Oblast|47.9913|41.2613|150|Rostov region,Rostov oblast,Rostov
r_kda|Krasnodar Krai|45.8397|39.4688|200|Krasnodar region,Krasnodar territory,Krasnodar,Kuban
r_mos|Moscow Oblast|55.1508|38.671|150|Moscow region,Moscow oblast,Moscow
r_orl|Oryol Oblast|52.8778|36.4166|150|Oryol region,Oryol oblast,Orel region,Oryol
r_tul|Tula Oblast|54.0668|37.4161|150|Tula region,Tula oblast,Tula
r_rya|Ryazan Oblast|54.3363|40.6258|150|Ryazan region,Ryazan oblast,Ryazan
r_klu|Kaluga Oblast|54.2421|35.3416|150|Kaluga region,Kaluga oblast,Kaluga
r_lip|Lipetsk Oblast|52.7462|39.2073|150|Lipetsk region,Lipetsk oblast,Lipetsk
r_tam|Tambov Oblast|52.7808|41.5945|150|Tambov region,Tambov oblast,Tambov
r_sar|Saratov Oblast|51.6742|46.6368|150|Saratov region,Saratov oblast,Saratov
r_vgg|Volgograd Oblast|49.5014|44.4488|150|Volgograd region,Volgograd oblast,Volgograd
r_smo|Smolensk Oblast|54.6726|33.0803|150|Smolensk region,Smolensk oblast,Smolensk
r_psk|Pskov Oblast|57.2449|29.1229|150|Pskov region,Pskov oblast,Pskov
r_len|Leningrad Oblast|59.9905|32.7736|150|Leningrad region,Leningrad oblast
r_niz|Nizhny Novgorod Oblast|56.1384|44.7751|150|Nizhny Novgorod region
r_tve|Tver Oblast|57.0297|34.5445|150|Tver region,Tver oblast,Tver
r_sam|Samara Oblast|53.1783|50.4377|150|Samara region,Samara
r_ta|Tatarstan|55.374|50.7364|150|Republic of Tatarstan
# --- Ukrainian cities, towns and villages ---
kyiv|Kyiv|50.4547|30.5238|25|Kiev
kharkiv|Kharkiv|49.9818|36.2548|25|Kharkov
odesa|Odesa|46.4857|30.7438|25|Odessa
dnipro|Dnipro|48.4666|35.0407|25|
zap|Zaporizhzhia|47.8517|35.1171|25|Zaporizhzhya,Zaporozhye
lviv|Lviv|49.8383|24.0232|25|
mykolaiv|Mykolaiv|46.9763|31.993|25|Nikolaev,Mykolayiv
kherson|Kherson|46.6369|32.6146|25|
sumy|Sumy|50.9174|34.7991|25|
chernihiv|Chernihiv|51.5054|31.2866|25|
poltava|Poltava|49.5892|34.5537|25|
kremenchuk|Kremenchuk|49.0625|33.4048|25|
kryvyi|Kryvyi Rih|47.9057|33.394|25|Kryvyy Rih,Krivoy Rog
nikopol|Nikopol|47.5683|34.3913|25|
marhanets|Marhanets|47.6309|34.6245|25|
pavlohrad|Pavlohrad|48.5321|35.8688|25|Pavlograd
kramatorsk|Kramatorsk|48.7311|37.5678|25|
sloviansk|Sloviansk|48.8497|37.5974|25|Slovyansk
kostiantynivka|Kostiantynivka|48.5273|37.7059|25|Kostyantynivka,Konstantinovka
druzhkivka|Druzhkivka|48.62|37.5254|25|Druzhkovka
pokrovsk|Pokrovsk|48.2801|37.1771|25|Krasnoarmeysk
myrnohrad|Myrnohrad|48.3099|37.2651|25|
selydove|Selydove|48.1465|37.3022|25|
bakhmut|Bakhmut|48.5942|37.9989|25|Artemovsk
avdiivka|Avdiivka|48.1402|37.7501|25|Avdiyivka,Avdeyevka
chasivyar|Chasiv Yar|48.5877|37.8341|25|
toretsk|Toretsk|48.3948|37.8478|25|
kurakhove|Kurakhove|47.9847|37.2807|25|
vuhledar|Vuhledar|47.7797|37.25|25|
lyman|Lyman|48.9901|37.8084|25|
siversk|Siversk|48.8648|38.0968|25|
kupiansk|Kupiansk|49.71|37.6158|25|Kupyansk
izium|Izium|49.207|37.2768|25|Izyum
balakliia|Balakliia|49.456|36.8443|25|Balakliya
chuhuiv|Chuhuiv|49.8354|36.6865|25|
vovchansk|Vovchansk|50.2908|36.9411|25|
zolochiv_kh|Zolochiv|50.2733|35.9776|25|
lozova|Lozova|48.8907|36.3141|25|
bohodukhiv|Bohodukhiv|50.1615|35.5237|25|
okhtyrka|Okhtyrka|50.3085|34.8947|25|
shostka|Shostka|51.8643|33.4728|25|
konotop|Konotop|51.2325|33.2004|25|
romny|Romny|50.7403|33.4952|25|
trostianets|Trostianets|50.4848|34.9657|25|Trostyanets
krasnopillia|Krasnopillia|50.7739|35.2563|25|
bilopillia|Bilopillia|51.1475|34.3108|25|
vinnytsia|Vinnytsia|49.2322|28.4687|25|Vinnytsya
khmelnytskyi|Khmelnytskyi|49.4183|26.9794|25|
starokost|Starokostiantyniv|49.7552|27.2123|25|Starokonstantinov
zhytomyr|Zhytomyr|50.2623|28.6791|25|
korosten|Korosten|50.9512|28.6386|25|
rivne|Rivne|50.6204|26.237|25|
lutsk|Lutsk|50.7578|25.3502|25|
ternopil|Ternopil|49.554|25.5907|25|
ivf|Ivano-Frankivsk|48.9231|24.7125|25|
burshtyn|Burshtyn|49.2519|24.6334|25|
uzhhorod|Uzhhorod|48.6242|22.2947|25|
chernivtsi|Chernivtsi|48.2904|25.9324|25|
cherkasy|Cherkasy|49.4445|32.0574|25|
uman|Uman|48.7501|30.2194|25|
kropyvnytskyi|Kropyvnytskyi|48.5083|32.2662|25|
bilatserkva|Bila Tserkva|49.7994|30.1165|25|
brovary|Brovary|50.511|30.7911|25|
irpin|Irpin|50.522|30.2404|25|
bucha|Bucha|50.5474|30.2088|25|
vyshhorod|Vyshhorod|50.5831|30.4857|25|
fastiv|Fastiv|50.078|29.9196|25|
boryspil|Boryspil|50.3505|30.9526|25|
obukhiv|Obukhiv|50.1163|30.6333|25|
izmail|Izmail|45.3506|28.8375|25|Izmayil
reni|Reni|45.4542|28.2773|25|
chornomorsk|Chornomorsk|46.2991|30.6553|25|
yuzhne|Yuzhne|46.6247|31.1018|25|Pivdenne
bilhorod|Bilhorod-Dnistrovskyi|46.1948|30.3483|25|
zatoka|Zatoka|46.0702|30.4627|25|
ochakiv|Ochakiv|46.6147|31.545|25|
voznesensk|Voznesensk|47.5622|31.336|25|
pervomaisk|Pervomaisk|48.0448|30.8478|25|Pervomaysk
orikhiv|Orikhiv|47.5761|35.7833|25|
huliaipole|Huliaipole|47.6668|36.2558|25|Hulyaypole
stepnohirsk|Stepnohirsk|47.5902|35.364|25|
vilniansk|Vilniansk|47.9477|35.4403|25|Vilnyansk
malokat|Malokaterynivka|47.6557|35.2573|25|
beryslav|Beryslav|46.8385|33.4266|25|
bilozerka|Bilozerka|46.6265|32.4445|25|
antonivka|Antonivka|46.6767|32.7306|25|
holaprystan|Hola Prystan|46.5297|32.5241|25|
chornobaivka|Chornobaivka|46.6964|32.5451|25|
novakakhovka|Nova Kakhovka|46.7597|33.3559|25|
kakhovka|Kakhovka|46.816|33.4786|25|
oleshky|Oleshky|46.6255|32.7243|25|
velykyiburluk|Velykyi Burluk|50.0613|37.3836|25|
kozachalopan|Kozacha Lopan|50.3321|36.1982|25|
sviatohirsk|Sviatohirsk|49.041|37.5719|25|Svyatohirsk
hirnyk|Hirnyk|48.0573|37.3716|25|
ukrainsk|Ukrainsk|48.0978|37.3653|25|
novohrodivka|Novohrodivka|48.2005|37.3388|25|
dobropillia|Dobropillia|48.4667|37.0857|25|
rodynske|Rodynske|48.3541|37.2064|25|
mezhova|Mezhova|48.2542|36.7318|25|
synelnykove|Synelnykove|48.3236|35.5261|25|
pidhorodne|Pidhorodne|48.5742|35.097|25|
kamianske|Kamianske|48.5172|34.6062|25|Kamyanske
zhovtivody|Zhovti Vody|48.3452|33.4974|25|
lubny|Lubny|50.0141|32.9997|25|
myrhorod|Myrhorod|49.9646|33.6086|25|
hlukhiv|Hlukhiv|51.6798|33.9168|25|
berdychiv|Berdychiv|49.8942|28.5824|25|
kivsharivka|Kivsharivka|49.6303|37.6775|25|
borova|Borova|49.3805|37.6193|25|
pisochyn|Pisochyn|49.9516|36.1026|25|
merefa|Merefa|49.8211|36.0567|25|
derhachi|Derhachi|50.1079|36.1209|25|
dniprorudne|Dniprorudne|47.3899|35.0007|25|
vasylivka|Vasylivka|47.4422|35.2821|25|
polohy|Polohy|47.4787|36.2546|25|
komyshuvakha|Komyshuvakha|47.7149|35.5241|25|
kushuhum|Kushuhum|47.7096|35.2164|25|
hadiach|Hadiach|50.3691|33.997|25|Hadyach
pryluky|Pryluky|50.5953|32.3838|25|
nizhyn|Nizhyn|51.0477|31.8884|25|
novhorodsiv|Novhorod-Siverskyi|52.0068|33.2634|25|
snovsk|Snovsk|51.8167|31.9425|25|
ovruch|Ovruch|51.3274|28.8016|25|
shepetivka|Shepetivka|50.1812|27.0652|25|
kalynivka|Kalynivka|49.4613|28.5154|25|
kovel|Kovel|51.2155|24.7008|25|
stryi|Stryi|49.261|23.8484|25|
drohobych|Drohobych|49.352|23.5112|25|
kalush|Kalush|49.024|24.3721|25|
mukachevo|Mukachevo|48.4425|22.718|25|
smila|Smila|49.233|31.8843|25|
oleksandriia|Oleksandriia|48.6747|33.1176|25|Oleksandriya
haisyn|Haisyn|48.8129|29.3792|25|Haysyn
ladyzhyn|Ladyzhyn|48.6844|29.2364|25|
koziatyn|Koziatyn|49.7164|28.8386|25|Kozyatyn
zhmerynka|Zhmerynka|49.0352|28.114|25|
bashtanka|Bashtanka|47.4053|32.4344|25|
snihurivka|Snihurivka|47.0765|32.8197|25|
vylkove|Vylkove|45.4028|29.5869|25|
kiliia|Kiliia|45.4445|29.264|25|Kiliya
tatarbunary|Tatarbunary|45.8386|29.6112|25|
ovidiopol|Ovidiopol|46.2472|30.4375|25|
serhiivka|Serhiivka|46.0251|30.3683|25|Serhiyivka
chaplyne|Chaplyne|48.1283|36.2301|25|
saltivka|Saltivka|50.0221|36.349|10|
kupvuz|Kupiansk-Vuzlovyi|49.6706|37.6432|25|
slatyne|Slatyne|50.2104|36.1538|25|
tsyrkuny|Tsyrkuny|50.0844|36.3872|25|
ruskalozova|Ruska Lozova|50.1421|36.2861|25|
prudianka|Prudianka|50.2361|36.1683|25|
darnytsia|Darnytsia|50.416|30.6953|10|Darnytskyi
obolon|Obolon|50.5132|30.5055|10|Obolonskyi
sviatoshyn|Sviatoshyn|50.4634|30.3461|10|Sviatoshynskyi
shevchenkivskyi|Shevchenkivskyi|50.4641|30.4658|10|Shevchenkivskyi district
podil|Podil|50.4694|30.5163|10|Podilskyi
dniprovskyi|Dniprovskyi|50.4537|30.6015|10|
malatokm|Mala Tokmachka|47.5344|35.9007|25|
prymorske_zap|Prymorske|47.6449|35.2907|25|
velnovosilka|Velyka Novosilka|47.8428|36.8363|25|
marinka|Marinka|47.9453|37.5054|25|Maryinka
krasnohorivka|Krasnohorivka|48.0046|37.5069|25|
ocheretyne|Ocheretyne|48.2445|37.6157|25|
hrodivka|Hrodivka|48.2609|37.3826|25|
kostiantynopil|Kostiantynopil|48.0008|37.0404|25|
bilytske|Bilytske|48.4064|37.1811|25|
mykolaivka_don|Mykolaivka|48.8619|37.7683|25|
raihorodok|Raihorodok|48.9021|37.7247|25|
illinivka|Illinivka|48.4938|37.6632|25|
bilozerske|Bilozerske|48.5337|37.0627|14|
esman|Esman|51.7697|34.0652|25|
seredynabuda|Seredyna-Buda|52.1889|34.0361|25|
yunakivka|Yunakivka|51.1226|35.0385|25|
khotin|Khotin|51.08|34.773|25|
myropillia|Myropillia|51.0244|35.2452|25|
velpysarivka|Velyka Pysarivka|50.4233|35.483|25|
vorozhba|Vorozhba|51.1732|34.2266|25|
putyvl|Putyvl|51.3353|33.8689|25|
buryn|Buryn|51.1994|33.8334|25|
lebedyn|Lebedyn|50.5823|34.4826|25|
novavodolaha|Nova Vodolaha|49.7188|35.8601|25|
novopavlivka|Novopavlivka|48.1382|36.7865|25|
chervonohryh|Chervonohryhorivka|47.6191|34.5378|25|
tomakivka|Tomakivka|47.8108|34.7432|25|
pokrov|Pokrov|47.6536|34.1149|25|
kozelets|Kozelets|50.9121|31.1166|25|
horodnia|Horodnia|51.8913|31.5963|25|
koriukivka|Koriukivka|51.7746|32.2475|25|Koryukivka
semenivka_ch|Semenivka|52.1786|32.5818|25|
ukrainka|Ukrainka|50.1432|30.7461|25|Ukrayinka
trypillia|Trypillia|50.118|30.7814|25|
shatalovo|Shatalovo|54.334|32.4465|25|
navlya|Navlya|52.8254|34.4996|25|
olenya_ab|Olenya air base|68.1432|33.2529|10|Olenya
mozdok|Mozdok|43.7398|44.6516|25|
hostomel|Hostomel|50.5684|30.2651|25|
vasylkiv|Vasylkiv|50.1802|30.3119|25|
dobrotvir|Dobrotvir|50.2053|24.3835|25|
zmiiv|Zmiiv|49.6969|36.3621|25|
kaniv|Kaniv|49.7519|31.47|25|
novovolynsk|Novovolynsk|50.7295|24.1598|25|
yavoriv|Yavoriv|49.9377|23.3835|25|
dubno|Dubno|50.4075|25.7624|25|
sarny|Sarny|51.339|26.6069|25|
kostopil|Kostopil|50.8773|26.448|25|
netishyn|Netishyn|50.3286|26.6487|25|
khmilnyk|Khmilnyk|49.5581|27.9568|25|
kamianets|Kamianets-Podilskyi|48.6788|26.5852|25|
zviahel|Zviahel|50.5914|27.6088|25|
skvyra|Skvyra|49.734|29.6635|25|
kotelva|Kotelva|50.0685|34.747|25|
kremenets|Kremenets|50.0986|25.7279|25|
boyarka|Boyarka|50.3191|30.2973|25|Boiarka
myrhorod_ab|Myrhorod air base|49.9317|33.6394|10|Mirgorod airfield,Myrhorod airfield
# --- occupied Ukraine ---
donetsk|Donetsk|48.023|37.8022|25|
luhansk|Luhansk|48.5681|39.3055|25|Lugansk
horlivka|Horlivka|48.2999|38.0171|25|Gorlovka
makiivka|Makiivka|48.0478|37.9258|25|Makiyivka,Makeevka
melitopol|Melitopol|46.8473|35.382|25|
berdiansk|Berdiansk|46.7558|36.7882|25|Berdyansk
mariupol|Mariupol|47.0951|37.5413|25|
enerhodar|Enerhodar|47.4905|34.662|25|Energodar
znpp|Zaporizhzhia Nuclear Power Plant|47.4905|34.662|10|Zaporizhzhia nuclear plant,Zaporizhzhia NPP,ZNPP
tokmak|Tokmak|47.2555|35.7084|25|
henichesk|Henichesk|46.1682|34.8086|25|
skadovsk|Skadovsk|46.1131|32.9098|25|
alchevsk|Alchevsk|48.4691|38.7974|25|
sievierodonetsk|Sievierodonetsk|48.9441|38.4875|25|Severodonetsk
lysychansk|Lysychansk|48.9121|38.4209|25|
yasynuvata|Yasynuvata|48.1268|37.8592|25|
svatove|Svatove|49.4093|38.1553|25|
kreminna|Kreminna|49.0481|38.2155|25|
tavriisk|Tavriisk|46.7543|33.4166|25|Tavriysk
novoazovsk|Novoazovsk|47.1139|38.086|25|
volnovakha|Volnovakha|47.6008|37.4936|25|
dokuchaievsk|Dokuchaievsk|47.7522|37.6776|25|Dokuchayevsk
sevastopol|Sevastopol|44.608|33.5213|25|
simferopol|Simferopol|44.9572|34.1108|25|
saky|Saky|45.1342|33.6|25|Saki
saky_ab|Saky air base|45.093|33.595|10|Saky airfield,Saki air base,Saki airfield,Novofedorivka air base
belbek|Belbek air base|44.689|33.571|10|Belbek airfield,Belbek
dzhankoi|Dzhankoi|45.7131|34.3927|25|Dzhankoy
yevpatoria|Yevpatoria|45.2009|33.3665|25|Yevpatoriya,Evpatoria
feodosia|Feodosia|45.032|35.3815|25|Feodosiya
kerch|Kerch|45.3567|36.4754|25|
crimbridge|Crimean Bridge|45.2842|36.5958|10|Kerch Bridge,Kerch Strait bridge,Crimea bridge
chornomorske|Chornomorske|45.5066|32.6978|25|
armiansk|Armiansk|46.1092|33.6921|25|Armyansk
hvardiiske|Hvardiiske air base|45.115|33.977|10|Hvardiiske airfield,Gvardeyskoye
yalta|Yalta|44.5022|34.1662|25|
chaplynka|Chaplynka|46.3645|33.5409|25|
# --- Russia ---
belgorod|Belgorod|50.6034|36.5809|25|
shebekino|Shebekino|50.4134|36.9254|25|
grayvoron|Grayvoron|50.4789|35.6809|25|
valuyki|Valuyki|50.1966|38.1167|25|
staryoskol|Stary Oskol|51.3025|37.8461|25|Staryy Oskol
kursk|Kursk|51.7269|36.1846|25|
sudzha|Sudzha|51.191|35.271|25|
rylsk|Rylsk|51.5714|34.6832|25|
lgov|Lgov|51.6893|35.2845|25|
kurchatov|Kurchatov|51.6536|35.6865|25|
glushkovo|Glushkovo|51.3407|34.6392|25|
tyotkino|Tyotkino|51.2813|34.2938|25|Tetkino
korenevo|Korenevo|51.4106|34.9001|25|
bryansk|Bryansk|53.271|34.3214|25|
klintsy|Klintsy|52.7603|32.239|25|
novozybkov|Novozybkov|52.5371|31.9366|25|
trubchevsk|Trubchevsk|52.5803|33.7657|25|
sevsk|Sevsk|52.149|34.4935|25|
pogar|Pogar|52.5529|33.2596|25|
voronezh|Voronezh|51.6683|39.192|25|
liski|Liski|50.9824|39.504|25|
rostov|Rostov-on-Don|47.22|39.7077|25|Rostov
taganrog|Taganrog|47.2363|38.9053|25|
millerovo|Millerovo|48.9252|40.3998|25|
novoshakhtinsk|Novoshakhtinsk|47.7604|39.9333|25|
volgodonsk|Volgodonsk|47.5114|42.1527|25|
korotych|Korotych|49.9474|36.0374|25|
kamensk|Kamensk-Shakhtinsky|48.3178|40.2595|25|
morozovsk|Morozovsk|48.351|41.829|25|
morozovsk_ab|Morozovsk air base|48.313|41.791|10|Morozovsk airfield,Morozovsk airbase
krasnodar|Krasnodar|45.0453|38.9818|25|
novorossiysk|Novorossiysk|44.7319|37.7618|25|
tuapse|Tuapse|44.1008|39.0833|25|
slavyansk|Slavyansk-na-Kubani|45.2514|38.1213|25|
yeysk|Yeysk|46.6926|38.2791|25|Yeisk
primakhtarsk|Primorsko-Akhtarsk|46.0485|38.179|25|
armavir|Armavir|44.9985|41.1147|25|
tikhoretsk|Tikhoretsk|45.8531|40.1187|25|
afipsky|Afipsky|44.9001|38.8426|25|Afipsky refinery,Afipskiy
engels|Engels|51.4839|46.1053|25|
engels_ab|Engels air base|51.4667|46.2|10|Engels-2,Engels airbase,Engels airfield,Engels
saratov|Saratov|51.5405|45.9901|25|
ryazan|Ryazan|54.627|39.7041|25|
tambov|Tambov|52.7363|41.441|25|
lipetsk|Lipetsk|52.5876|39.5515|25|
oryol|Oryol|52.9688|36.0791|25|Orel
kaluga|Kaluga|54.5306|36.27|25|
tula|Tula|54.1961|37.6182|25|
moscow|Moscow|55.752|37.6178|25|
ramenskoye|Ramenskoye|55.5634|38.2415|25|
podolsk|Podolsk|55.4242|37.5547|25|
krasnogorsk|Krasnogorsk|55.819|37.3298|25|
domodedovo|Domodedovo|55.4422|37.7537|25|
pskov|Pskov|57.8192|28.3318|25|
volgograd|Volgograd|48.7138|44.4976|25|
kstovo|Kstovo|56.1475|44.1987|25|
ustluga|Ust-Luga|59.6675|28.2871|25|Ust Luga
primorsk_len|Primorsk|60.3662|28.6061|25|
kazan|Kazan|55.7887|49.1221|25|
yelabuga|Yelabuga|55.7623|52.0442|25|Alabuga
smolensk|Smolensk|54.7783|32.0509|25|
novocherkassk|Novocherkassk|47.4222|40.0937|25|
sochi|Sochi|43.597|39.7248|25|
anapa|Anapa|44.895|37.3162|25|
temryuk|Temryuk|45.2689|37.3975|25|
kirishi|Kirishi|59.4742|32.0401|25|
syzran|Syzran|53.1585|48.4681|25|
tver|Tver|56.8584|35.9006|25|
ufa|Ufa|54.7431|55.9678|25|
makhachkala|Makhachkala|42.9778|47.5003|25|
kaspiysk|Kaspiysk|42.8817|47.6392|25|
gubkin|Gubkin|51.2837|37.5351|25|
klimovo|Klimovo|52.3788|32.1963|25|
starodub|Starodub|52.585|32.7631|25|
suzemka|Suzemka|52.3183|34.079|25|
zheleznogorsk|Zheleznogorsk|52.342|35.3592|25|
khomutovka|Khomutovka|51.9207|34.5619|25|
novyoskol|Novy Oskol|50.7633|37.8642|25|
borisovka|Borisovka|50.5994|36.0172|25|
rakitnoye|Rakitnoye|50.8408|35.8521|25|
krasnayayaruga|Krasnaya Yaruga|50.802|35.6577|25|
korocha|Korocha|50.8109|37.1961|25|
stroitel|Stroitel|50.7882|36.4775|25|
zernograd|Zernograd|46.8486|40.3116|25|
krasnysulin|Krasny Sulin|47.8925|40.0718|25|Krasnyy Sulin
belayaberezka|Belaya Berezka|52.3848|33.4823|25|
dyagilevo|Dyagilevo air base|54.6447|39.5704|10|Dyagilevo
r_mur|Murmansk Oblast|67.9609|34.3212|200|Murmansk region,Murmansk
r_irk|Irkutsk Oblast|56.8255|105.966|400|Irkutsk region,Irkutsk
r_iva|Ivanovo Oblast|57.1213|41.6244|150|Ivanovo region,Ivanovo
r_amu|Amur Oblast|52.9236|128.354|400|Amur region,Amur
r_ad|Adygea|44.4658|40.1293|100|Republic of Adygea
kireyevsk|Kireyevsk|53.9297|37.9215|25|
istra|Istra|55.9198|36.8688|25|
sergiyevposad|Sergiyev Posad|56.312|38.1387|25|Zagorsk
starychi|Starychi|49.98|23.5585|25|
azov|Azov|47.1069|39.4149|25|
bataysk|Bataysk|47.1375|39.7571|25|
toropets|Toropets|56.4995|31.6392|25|
# --- Middle East ---
gaza|Gaza City|31.5016|34.4667|25|Gaza
gazastrip|Gaza Strip|31.4263|34.3654|50|Gaza
khanyounis|Khan Younis|31.3402|34.3063|25|Khan Yunis
rafah|Rafah|31.2972|34.2436|25|
jabalia|Jabalia|31.5272|34.4835|25|Jabaliya
nuseirat|Nuseirat|31.4486|34.3925|25|
beithanoun|Beit Hanoun|31.5353|34.5358|25|
beirut|Beirut|33.8933|35.5016|25|
tyre|Tyre|33.2733|35.1939|25|
nabatieh|Nabatieh|33.3789|35.4839|25|
baalbek|Baalbek|34.0058|36.2181|25|
sidon|Sidon|33.5575|35.3715|25|
telaviv|Tel Aviv|32.0809|34.7806|25|
haifa|Haifa|32.813|34.9993|25|
eilat|Eilat|29.5581|34.9482|25|
kiryatshmona|Kiryat Shmona|33.212|35.5704|25|
metula|Metula|33.2793|35.5787|25|
ashkelon|Ashkelon|31.6693|34.5715|25|
sderot|Sderot|31.525|34.5969|25|
nahariya|Nahariya|33.0089|35.0981|25|
safed|Safed|32.9646|35.496|25|
sanaa|Sanaa|15.3545|44.2065|25|Sana'a
damascus|Damascus|33.5102|36.2913|25|
tehran|Tehran|35.6944|51.4215|25|
isfahan|Isfahan|32.6525|51.6746|25|
jenin|Jenin|32.4594|35.3009|25|
tulkarm|Tulkarm|32.3116|35.0269|25|
aleppo|Aleppo|36.2012|37.1612|25|
# --- traps only: countries, seas, capitals abroad ---
russia|Russia|60.0|100.0|50|Russian Federation
c_ua|Ukraine|49.0|32.0|50|
belarus|Belarus|53.0|28.0|50|
minsk|Minsk|53.9002|27.5665|10|
poland|Poland|52.0|20.0|50|
warsaw|Warsaw|52.2298|21.0118|10|
rzeszow|Rzeszow|50.0413|21.999|10|Rzeszów
moldova|Moldova|47.0|29.0|50|
chisinau|Chisinau|47.009|28.8594|10|
romania|Romania|46.0|25.0|50|
galati|Galati|45.4369|28.0503|10|Galați
constanta|Constanta|44.1807|28.6343|10|
istanbul|Istanbul|41.0138|28.9497|10|
ankara|Ankara|39.9199|32.8543|10|
geneva|Geneva|46.2022|6.1457|10|
brussels|Brussels|50.8505|4.3488|10|
vilnius|Vilnius|54.6892|25.2798|10|
blacksea|Black Sea|43.3|34.0|50|
azovsea|Sea of Azov|46.1|36.6|50|Azov Sea
caspian|Caspian Sea|42.0|50.5|50|
israel|Israel|31.5|34.75|50|
iran|Iran|32.0|53.0|50|
lebanon|Lebanon|33.8333|35.8333|50|
yemen|Yemen|15.0|48.0|50|
syria|Syria|35.0|38.0|50|
donbas|Donbas|48.5074|38.334|50|
vienna|Vienna|48.2085|16.3721|10|
hague|The Hague|52.0767|4.2986|10|
doha|Doha|25.2855|51.531|10|
cairo|Cairo|30.0626|31.2497|10|
washington|Washington|38.8951|-77.0364|10|
lublin|Lublin|51.2506|22.5701|10|
shaykovka|Shaykovka air base|54.0689|34.2989|10|Shaykovka
tiraspol|Tiraspol|46.8428|29.6284|10|
# --- batch 5b ---
vyshneve|Vyshneve|50.3883|30.3681|25|
yelets|Yelets|52.6144|38.5093|25|
shakhtarsk|Shakhtarsk|48.0566|38.4383|25|
# --- batch 5a ---
riyadh|Riyadh|24.6877|46.7219|10|
# --- batch 6 ---
starobilsk|Starobilsk|49.2788|38.9075|25|
zolotonosha|Zolotonosha|49.6693|32.0364|25|
novaodesa|Nova Odesa|47.3127|31.7697|25|
rovenky|Rovenky|48.0828|39.377|25|
balashov|Balashov|51.551|43.1707|25|
hodeidah|Hodeidah|14.7978|42.9545|25|Hodeida
# --- batch 7 ---
lyptsi|Lyptsi|50.2092|36.4209|25|
stanislav|Stanislav|46.5733|32.1477|25|
komyshany|Komyshany|46.6399|32.5034|25|
shalyhyne|Shalyhyne|51.5699|34.1251|25|
novasloboda|Nova Sloboda|51.3749|34.1287|25|
golovchino|Golovchino|50.5346|35.8063|25|
urazovo|Urazovo|50.0836|38.0395|25|
novokuibyshevsk|Novokuibyshevsk|53.0971|49.94|25|Novokuybyshevsk
r_yar|Yaroslavl Oblast|57.7329|39.2547|150|Yaroslavl region,Yaroslavl oblast
cheboksary|Cheboksary|56.1322|47.246|25|
jeddah|Jeddah|21.4901|39.1862|10|
# --- batch 8 ---
kozinka|Kozinka|50.4613|35.6026|25|
novtav|Novaya Tavolzhanka|50.3512|36.8298|25|
seshcha|Seshcha|53.7361|33.3387|25|
novomoskovsk|Novomoskovsk|54.011|38.2908|25|
deliatyn|Deliatyn|48.5248|24.6257|25|
oslo|Oslo|59.9127|10.7461|10|
# --- batch 9a ---
proletarsk|Proletarsk|46.7024|41.7249|25|
kiryatyam|Kiryat Yam|32.8497|35.0697|25|
# --- batch 9b ---
yaroslavl|Yaroslavl|57.6299|39.8737|25|
razumnoye|Razumnoye|50.5344|36.6846|25|
maslova|Maslova Pristan|50.4576|36.7204|25|
bintjbeil|Bint Jbeil|33.1186|35.4334|25|
marjayoun|Marjayoun|33.3603|35.5911|25|
beitlahia|Beit Lahia|31.5464|34.4951|25|
newyork|New York|40.7143|-74.006|10|
bessonovka|Bessonovka|50.5264|36.3011|25|
volokonovka|Volokonovka|50.485|37.8609|25|
ivnya|Ivnya|51.0576|36.148|25|
popovo|Popovo-Lezhachi|51.3009|34.3387|25|
darivka|Darivka|46.7499|32.7895|25|
tiahynka|Tiahynka|46.7809|33.0559|25|
kizomys|Kizomys|46.5634|32.3478|25|
myrove|Myrove|47.7727|34.7304|25|
znob|Znob-Novhorodske|52.2629|33.6016|25|Znob Novhorodske
richky|Richky|51.1223|34.494|25|
shlomi|Shlomi|33.0719|35.1453|25|
bureij|Bureij|31.4394|34.4031|25|
bilenke_zap|Bilenke|47.6262|35.0369|25|
preobrazhenka|Preobrazhenka|47.5805|35.8008|25|
pechenihy|Pechenihy|49.8693|36.9386|25|
starysaltiv|Staryi Saltiv|50.0716|36.7851|25|
kurylivka|Kurylivka|49.66|37.7028|25|
petropavlivka_kh|Petropavlivka|49.7205|37.709|25|
# --- batch 10b ---
barvinkove|Barvinkove|48.9052|37.0226|25|
zelenodolsk_ua|Zelenodolsk|47.555|33.6591|25|
novovorontsovka|Novovorontsovka|47.505|33.9232|25|
rossosh|Rossosh|50.1964|39.5663|25|
gukovo|Gukovo|48.0513|39.9305|25|
shakhty|Shakhty|47.7192|40.216|25|
hermel|Hermel|34.3942|36.3847|25|
kivertsi|Kivertsi|50.8352|25.456|25|
# --- batch 10a ---
samar_dnp|Samar|48.6289|35.2589|25|Novomoskovsk
ternuvate|Ternuvate|47.8299|36.1297|25|
shakhtarske|Shakhtarske|48.3479|36.3964|25|
savasleyka|Savasleyka air base|55.4606|42.3207|10|Savasleyka
fontanka|Fontanka|46.5686|30.8592|25|
kryzhanivka|Kryzhanivka|46.5628|30.795|25|
sambir|Sambir|49.5162|23.2013|25|
brody|Brody|50.0885|25.1461|25|
makariv|Makariv|50.4573|29.8146|25|
borodianka|Borodianka|50.6431|29.9233|25|
vilkhuvatka|Vilkhuvatka|50.1865|37.5151|25|
kindrashivka|Kindrashivka|49.7657|37.5831|25|
dvorichna|Dvorichna|49.851|37.6848|25|
kamianske_zap|Kamianske|47.5392|35.3737|25|
zelenivka|Zelenivka|46.7172|32.657|25|
kozatske|Kozatske|46.7855|33.35|25|
lvove|Lvove|46.7939|33.1547|25|
krymsk|Krymsk|44.9263|37.9903|25|
timashevsk|Timashevsk|45.6169|38.9453|25|
yenakiieve|Yenakiieve|48.2386|38.204|25|Yenakiyevo,Yenakiyeve
khartsyzk|Khartsyzk|48.0428|38.1403|25|
chonhar|Chonhar|46.0301|34.5473|25|
kobleve|Kobleve|46.665|31.208|25|
karlivka|Karlivka|49.4555|35.1349|25|
reshetylivka|Reshetylivka|49.563|34.079|25|
usatove|Usatove|46.5289|30.6495|25|
teplodar|Teplodar|46.502|30.3226|25|
oboyan|Oboyan|51.2122|36.2786|25|
"""


def _parse() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for line in _TABLE.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, name, lat, lon, km, aliases = line.split("|")
        if key in out:
            raise ValueError(f"duplicate place key {key}")
        out[key] = {
            "name": name, "lat": float(lat.strip(",")), "lon": float(lon), "km": int(km),
            "aliases": [a for a in aliases.split(",") if a],
        }
    return out


PLACES = _parse()
