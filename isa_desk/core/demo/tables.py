"""Fixed tables behind the demo data set (see demo.py).

The members are the alliance's public member list (September 2021); the organisations
are those the secretariat's press release of 30 September 2021 names, with their public
addresses. Every person is fictional except the three the press release names in their
public role. E-mail addresses use the reserved `.example` domains; German phone numbers
use the ranges the Bundesnetzagentur keeps free for film and television.
"""

from __future__ import annotations

# name; kind; country; state or province; name in Chinese; first listed; places; note.
# "first listed" is the month of the first public list naming the member, not a join date.
MEMBERS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("Aachen", "city", "DE", "Nordrhein-Westfalen", "亚琛", "2017-12", "", ""),
    ("Bad Homburg", "city", "DE", "Hessen", "", "2020-04", "", ""),
    ("Bottrop", "city", "DE", "Nordrhein-Westfalen", "", "2017-12", "", ""),
    ("Chemnitz", "city", "DE", "Sachsen", "开姆尼茨", "2017-12", "", ""),
    ("Fulda (Region)", "region", "DE", "Hessen", "", "2017-12", "", ""),
    ("Göttingen", "city", "DE", "Niedersachsen", "哥廷根", "2020-04", "", ""),
    ("Hamburg", "city", "DE", "Hamburg", "汉堡", "2018-11", "",
     "Beitritt bei der Plenarversammlung 2018 in Foshan."),
    ("Hildesheim", "city", "DE", "Niedersachsen", "", "2020-04", "", ""),
    ("Ingolstadt", "city", "DE", "Bayern", "英戈尔施塔特", "2017-12", "", ""),
    ("Kaiserslautern", "city", "DE", "Rheinland-Pfalz", "", "2020-04", "", ""),
    ("Köln", "city", "DE", "Nordrhein-Westfalen", "科隆", "2017-12", "", ""),
    ("Ludwigshafen", "city", "DE", "Rheinland-Pfalz", "", "2020-04", "", ""),
    ("Mainz", "city", "DE", "Rheinland-Pfalz", "美因茨", "2017-12", "", ""),
    ("Nürnberg", "city", "DE", "Bayern", "纽伦堡", "2017-12", "", ""),
    ("Rhein-Kreis Neuss", "district", "DE", "Nordrhein-Westfalen", "", "2020-04", "", ""),
    ("Region Schwarzwald", "region", "DE", "Baden-Württemberg", "", "2017-12",
     "Lahr|Freiburg", ""),
    ("Städtenetzwerk „Drei gewinnt“", "city_network", "DE", "Hessen", "", "2017-12",
     "Rüsselsheim am Main|Raunheim|Kelsterbach", ""),
    ("Solingen", "city", "DE", "Nordrhein-Westfalen", "", "2017-12", "", ""),
    ("Wuppertal", "city", "DE", "Nordrhein-Westfalen", "伍珀塔尔", "2017-12", "", ""),
    ("Dortmund", "city", "DE", "Nordrhein-Westfalen", "多特蒙德", "2021-07", "",
     "In der Liste vom Juli 2021 als Gast geführt, Mitglied seit September 2021."),
    ("Kreis Düren", "district", "DE", "Nordrhein-Westfalen", "", "2021-09", "", ""),
    ("Foshan", "city", "CN", "Guangdong", "佛山市", "2017-12", "", "Sitz des ISA-Sekretariats."),
    ("Bao'an", "district", "CN", "Guangdong", "深圳市宝安区", "2017-12", "",
     "Stadtbezirk von Shenzhen."),
    ("Baoding", "city", "CN", "Hebei", "保定市", "2021-07", "", ""),
    ("Deyang", "city", "CN", "Sichuan", "德阳市", "2017-12", "", ""),
    ("Guiyang", "city", "CN", "Guizhou", "贵阳市", "2017-12", "", ""),
    ("Huzhou", "city", "CN", "Zhejiang", "湖州市", "2021-07", "", ""),
    ("Jiangmen", "city", "CN", "Guangdong", "江门市", "2017-12", "", ""),
    ("Jiaozuo", "city", "CN", "Henan", "焦作市", "2017-12", "", ""),
    ("Jieyang", "city", "CN", "Guangdong", "揭阳市", "2017-12", "", ""),
    ("Lanzhou", "city", "CN", "Gansu", "兰州市", "2018-11", "",
     "Beitritt bei der Plenarversammlung 2018 in Foshan."),
    ("Liuzhou", "city", "CN", "Guangxi", "柳州市", "2017-12", "", ""),
    ("Luoyang", "city", "CN", "Henan", "洛阳市", "2021-07", "", ""),
    ("Maoming", "city", "CN", "Guangdong", "茂名市", "2017-12", "", ""),
    ("Ma'anshan", "city", "CN", "Anhui", "马鞍山市", "2017-12", "", ""),
    ("Nanchang", "city", "CN", "Jiangxi", "南昌市", "2017-12", "", ""),
    ("Nansha", "district", "CN", "Guangdong", "广州市南沙区", "2017-12", "",
     "Stadtbezirk von Guangzhou."),
    ("Nanning", "city", "CN", "Guangxi", "南宁市", "2017-12", "", ""),
    ("Panjin", "city", "CN", "Liaoning", "盘锦市", "2017-12", "", ""),
    ("Shantou", "city", "CN", "Guangdong", "汕头市", "2017-12", "", ""),
    ("Taizhou", "city", "CN", "", "", "2017-12", "",
     "Provinz in den Quellen nicht genannt (Taizhou gibt es in Zhejiang und in Jiangsu): "
     "zu prüfen."),
    ("Xiaoshan", "district", "CN", "Zhejiang", "杭州市萧山区", "2020-04", "",
     "Stadtbezirk von Hangzhou."),
    ("Weihai", "city", "CN", "Shandong", "威海市", "2020-04", "", ""),
    ("Xuchang", "city", "CN", "Henan", "许昌市", "2021-07", "", ""),
    ("Zhaoqing", "city", "CN", "Guangdong", "肇庆市", "2017-12", "", ""),
    ("Zhuzhou", "city", "CN", "Hunan", "株洲市", "2017-12", "", ""),
)

# Dortmund was listed as a guest first; it has been a member since September 2021.
MEMBER_SINCE_OVERRIDES = {"Dortmund": "2021-09"}

# Where a member's administration sits: town, postcode, telephone area code (CN only).
SEATS: dict[str, tuple[str, str, str]] = {
    "Aachen": ("Aachen", "52062", ""), "Bad Homburg": ("Bad Homburg", "61348", ""),
    "Bottrop": ("Bottrop", "46236", ""), "Chemnitz": ("Chemnitz", "09111", ""),
    "Fulda (Region)": ("Fulda", "36037", ""), "Göttingen": ("Göttingen", "37073", ""),
    "Hamburg": ("Hamburg", "20095", ""), "Hildesheim": ("Hildesheim", "31134", ""),
    "Ingolstadt": ("Ingolstadt", "85049", ""), "Kaiserslautern": ("Kaiserslautern", "67657", ""),
    "Köln": ("Köln", "50667", ""), "Ludwigshafen": ("Ludwigshafen am Rhein", "67059", ""),
    "Mainz": ("Mainz", "55116", ""), "Nürnberg": ("Nürnberg", "90403", ""),
    "Rhein-Kreis Neuss": ("Neuss", "41460", ""), "Region Schwarzwald": ("Lahr", "77933", ""),
    "Städtenetzwerk „Drei gewinnt“": ("Rüsselsheim am Main", "65428", ""),
    "Solingen": ("Solingen", "42651", ""), "Wuppertal": ("Wuppertal", "42275", ""),
    "Dortmund": ("Dortmund", "44135", ""), "Kreis Düren": ("Düren", "52351", ""),
    "Foshan": ("Foshan", "528000", "757"), "Bao'an": ("Shenzhen", "518101", "755"),
    "Baoding": ("Baoding", "071000", "312"), "Deyang": ("Deyang", "618000", "838"),
    "Guiyang": ("Guiyang", "550000", "851"), "Huzhou": ("Huzhou", "313000", "572"),
    "Jiangmen": ("Jiangmen", "529000", "750"), "Jiaozuo": ("Jiaozuo", "454000", "391"),
    "Jieyang": ("Jieyang", "522000", "663"), "Lanzhou": ("Lanzhou", "730000", "931"),
    "Liuzhou": ("Liuzhou", "545000", "772"), "Luoyang": ("Luoyang", "471000", "379"),
    "Maoming": ("Maoming", "525000", "668"), "Ma'anshan": ("Ma'anshan", "243000", "555"),
    "Nanchang": ("Nanchang", "330000", "791"), "Nansha": ("Guangzhou", "511400", "20"),
    "Nanning": ("Nanning", "530000", "771"), "Panjin": ("Panjin", "124000", "427"),
    "Shantou": ("Shantou", "515000", "754"), "Taizhou": ("Taizhou", "", ""),
    "Xiaoshan": ("Hangzhou", "311200", "571"), "Weihai": ("Weihai", "264200", "631"),
    "Xuchang": ("Xuchang", "461000", "374"), "Zhaoqing": ("Zhaoqing", "526000", "758"),
    "Zhuzhou": ("Zhuzhou", "412000", "731"),
}

PKS = "PKS Kommunikations- und Strategieberatung GmbH"
SECRETARIAT = "ISA-Sekretariat Foshan"
NRW_GLOBAL = "NRW.Global Business GmbH"
AHK_CHINA = "Deutsche Handelskammer in China"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"
CIPA = "Investitionsförderungsagentur des chinesischen Handelsministeriums (CIPA)"

PRESS_RELEASE = "Öffentliche Angaben laut Pressemitteilung der ISA vom 30.09.2021."

# The organisations the press release names, with public facts only, and two fictional
# newsrooms. Keys are Organisation columns; "member" names the member to link.
ORGANISATIONS: tuple[dict, ...] = (
    dict(name=PKS, kind="company", street="Reinhardtstraße 34", postcode="10117",
         town="Berlin", region="Berlin", country="DE", phone="+49 (30) 25 79 72 – 23",
         email="isa@pks-gmbh.net", website="https://isa-portal.de/de",
         notes="Berliner Büro der ISA: Ansprechpartner für Mitgliedsstädte und interessierte "
               "Städte. Fax +49 (30) 25 79 72 – 25. " + PRESS_RELEASE),
    dict(name=SECRETARIAT, name_zh="中德工业城市联盟秘书处", kind="other", town="Foshan",
         region="Guangdong", country="CN", member="Foshan",
         notes="Sekretariat der Chinesisch-Deutschen Industriestädteallianz. " + PRESS_RELEASE),
    dict(name=NRW_GLOBAL, kind="economic_development", advisory_board=True,
         street="Völklinger Straße 4", postcode="40219", town="Düsseldorf",
         region="Nordrhein-Westfalen", country="DE",
         website="https://www.nrwglobalbusiness.com", notes="Mitglied im Beirat der ISA."),
    dict(name=AHK_CHINA, name_zh="中国德国商会", kind="chamber", advisory_board=True,
         town="Beijing", region="Beijing", country="CN", website="https://china.ahk.de",
         notes="Mitglied im Beirat der ISA."),
    dict(name=GIZ, name_zh="德国国际合作机构", kind="ministry_agency",
         street="Friedrich-Ebert-Allee 32 + 36", postcode="53113", town="Bonn",
         region="Nordrhein-Westfalen", country="DE", website="https://www.giz.de",
         notes="Partner des „Pilot City of Sino-German Industrie 4.0 Learning Platform Project“ "
               "mit Foshan."),
    dict(name=CIPA, name_zh="商务部投资促进事务局", kind="ministry_agency", town="Beijing",
         region="Beijing", country="CN", notes="Partner der ISA. " + PRESS_RELEASE),
    dict(name="Wirtschaftsbote Rhein-Main (Demo)", kind="press", street="Musterstraße 12",
         postcode="60311", town="Frankfurt am Main", region="Hessen", country="DE",
         phone="+49 69 90009-100", email="redaktion@wirtschaftsbote.example",
         notes="Fiktive Redaktion der Demo-Daten."),
    dict(name="China-Kurier Beispielverlag (Demo)", name_zh="中国信使", kind="press",
         street="Beispielweg 3", postcode="20095", town="Hamburg", region="Hamburg",
         country="DE", phone="+49 40 66969-200", email="redaktion@example.com",
         notes="Fiktive Redaktion der Demo-Daten."),
    dict(name="Huade Wirtschaftswoche (Demo)", name_zh="华德经济周刊", kind="press",
         street="No. 8 Beispiel Road", postcode="510000", town="Guangzhou",
         region="Guangdong", country="CN", email="news@huade.example",
         notes="Fiktive Redaktion der Demo-Daten."),
)

# People the press release names, in their public role only: no private data.
PUBLIC_PEOPLE: tuple[dict, ...] = (
    dict(given_name="Yi", family_name="Liu", gender="female",
         position="Generalsekretärin der ISA", organisation=SECRETARIAT, country="CN",
         town="Foshan", region="Guangdong", notes=PRESS_RELEASE),
    dict(given_name="Stefanie", family_name="Behmer", gender="female",
         position="Ansprechpartnerin", organisation=PKS, street="Reinhardtstraße 34",
         postcode="10117", town="Berlin", region="Berlin", country="DE",
         phone="+49 (30) 25 79 72 – 23", fax="+49 (30) 25 79 72 – 25", notes=PRESS_RELEASE),
    dict(given_name="Friedhelm", family_name="Ost", gender="male",
         position="Staatssekretär a. D.", country="DE", notes=PRESS_RELEASE),
)

# Fictional staff of the organisations above: (organisation, position male, female, department).
ORGANISATION_STAFF: tuple[tuple[str, str, str, str], ...] = (
    (PKS, "Projektmanager ISA", "Projektmanagerin ISA", ""),
    (PKS, "Pressereferent", "Pressereferentin", "Öffentlichkeitsarbeit"),
    (SECRETARIAT, "Projektkoordinator", "Projektkoordinatorin", ""),
    (SECRETARIAT, "Dolmetscher", "Dolmetscherin", ""),
    (NRW_GLOBAL, "Leiter China-Desk", "Leiterin China-Desk", "Internationale Märkte"),
    (NRW_GLOBAL, "Projektmanager", "Projektmanagerin", "Internationale Märkte"),
    (AHK_CHINA, "Delegierter", "Delegierte", ""),
    (AHK_CHINA, "Referent Mitgliederservice", "Referentin Mitgliederservice", ""),
    (GIZ, "Projektleiter Industrie 4.0", "Projektleiterin Industrie 4.0", ""),
    (GIZ, "Berater", "Beraterin", ""),
    (CIPA, "Abteilungsleiter", "Abteilungsleiterin", "Europa"),
    (CIPA, "Referent", "Referentin", "Europa"),
    ("Wirtschaftsbote Rhein-Main (Demo)", "Redakteur", "Redakteurin", "Wirtschaft"),
    ("China-Kurier Beispielverlag (Demo)", "Chefredakteur", "Chefredakteurin", ""),
    ("Huade Wirtschaftswoche (Demo)", "Korrespondent", "Korrespondentin", ""),
)

# Mail hosts of the fictional staff: reserved names only.
STAFF_HOSTS = {
    PKS: "pks.example", SECRETARIAT: "isa-secretariat.example",
    NRW_GLOBAL: "nrw-global-business.example", AHK_CHINA: "ahk-china.example",
    GIZ: "giz.example", CIPA: "cipa.example",
    "Wirtschaftsbote Rhein-Main (Demo)": "wirtschaftsbote.example",
    "China-Kurier Beispielverlag (Demo)": "example.net",
    "Huade Wirtschaftswoche (Demo)": "huade.example",
}

# Administrations whose name does not follow "Stadt <member>".
ORGANISATION_NAMES = {"Hamburg": "Freie und Hansestadt Hamburg – Senatskanzlei"}

# Offices of the head of a German member by kind: (male, female).
DE_HEAD_OFFICES = {
    "city": ("Oberbürgermeister", "Oberbürgermeisterin"),
    "district": ("Landrat", "Landrätin"),
    "region": ("Geschäftsführer Regionalmanagement", "Geschäftsführerin Regionalmanagement"),
    "city_network": ("Bürgermeister", "Bürgermeisterin"),
}
DE_HEAD_OVERRIDES = {"Hamburg": ("Staatsrat", "Staatsrätin")}
DE_STAFF = (
    ("Leiter Wirtschaftsförderung", "Leiterin Wirtschaftsförderung", "Wirtschaftsförderung"),
    ("Referent für internationale Beziehungen", "Referentin für internationale Beziehungen",
     "Büro für Internationales"),
    ("Sachbearbeiter Europa und Internationales", "Sachbearbeiterin Europa und Internationales",
     "Büro für Internationales"),
    ("Projektmanager China", "Projektmanagerin China", "Wirtschaftsförderung"),
)
CN_HEAD_OFFICES = {"city": ("市长", "副市长"), "district": ("区长", "副区长")}
CN_STAFF = (  # (male, female, department)
    ("外事办公室主任", "外事办公室主任", "外事办公室"),
    ("商务局副局长", "商务局副局长", "商务局"),
    ("投资促进科科长", "投资促进科科长", "投资促进中心"),
    ("Projektleiter Deutschland-Kooperation", "Projektleiterin Deutschland-Kooperation",
     "Internationale Zusammenarbeit"),
    ("Dolmetscher", "Dolmetscherin", "外事办公室"),
)

GERMAN_GIVEN = {
    "female": ("Anna", "Katrin", "Sabine", "Julia", "Claudia", "Petra", "Miriam", "Laura",
               "Birgit", "Jana", "Ute", "Nicole", "Sandra", "Heike", "Lena", "Franziska",
               "Carolin", "Ines", "Renate", "Monika"),
    "male": ("Thomas", "Michael", "Andreas", "Stefan", "Jürgen", "Matthias", "Frank",
             "Christian", "Markus", "Klaus", "Tobias", "Jan", "Bernd", "Uwe", "Florian",
             "Ralf", "Dirk", "Holger", "Peter", "Lukas"),
    "unknown": ("Kim", "Alex", "Robin", "Sascha"),
}
GERMAN_FAMILY = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Schmitt",
    "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Jäger", "Groß", "Weiß", "Böhm",
    "Özdemir", "Kowalski", "Dietrich", "Vogt", "Busch", "Heinrich",
)
CHINESE_FAMILY = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Chen", "陈"), ("Yang", "杨"),
    ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"),
    ("Luo", "罗"), ("Gao", "高"), ("Liang", "梁"), ("Zheng", "郑"), ("Xie", "谢"),
    ("Tang", "唐"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
    ("Zeng", "曾"), ("Xiao", "肖"), ("Song", "宋"),
)
CHINESE_GIVEN = {
    "female": (("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"), ("Yan", "燕"),
               ("Xiaohong", "晓红"), ("Hui", "慧"), ("Ying", "颖"), ("Lina", "丽娜"),
               ("Xue", "雪"), ("Yuqing", "雨晴"), ("Ting", "婷")),
    "male": (("Wei", "伟"), ("Qiang", "强"), ("Lei", "磊"), ("Jun", "军"), ("Yong", "勇"),
             ("Jie", "杰"), ("Tao", "涛"), ("Ming", "明"), ("Hao", "浩"), ("Bin", "斌"),
             ("Gang", "刚"), ("Jianguo", "建国"), ("Zhiwei", "志伟")),
    "unknown": (("Xin", "欣"), ("Yu", "宇"), ("Chen", "晨"), ("Ning", "宁"), ("Qing", "青")),
}

# Ranges kept free for film and television: safe to show, nobody answers them.
GERMAN_PHONE_PREFIXES = ("+49 30 23125-", "+49 69 90009-", "+49 40 66969-", "+49 221 4710-",
                         "+49 89 99998-")
GERMAN_STREETS = ("Rathausplatz", "Markt", "Am Rathaus", "Marktplatz", "Rathausstraße")
CHINESE_STREETS = ("Renmin Road", "Zhongshan Road", "Jiefang Road", "Wenhua Road")

# Fictional interested cities and their membership inquiries. Days are counted from
# today (negative: in the past); follow_up None means the inquiry is closed.
INQUIRIES: tuple[dict, ...] = (
    dict(city=("Talbrück", "city", "DE", "Nordrhein-Westfalen", "", "47999"),
         member_status="prospect", status="new", channel="email", received=-3, follow_up=0,
         person=("female", "Leiterin Wirtschaftsförderung", "Dr."),
         summary="Anfrage per E-Mail: Die Stadt möchte wissen, wie die Mitgliedschaft abläuft "
                 "und welche Kosten entstehen.",
         activities=(("email", -3, "Anfrage zur Mitgliedschaft",
                      "Eingang der Anfrage, Eingangsbestätigung verschickt."),)),
    dict(city=("Kesselfeld", "city", "DE", "Bayern", "", "86999"),
         member_status="prospect", status="in_contact", channel="phone", received=-40,
         follow_up=-5, person=("male", "Oberbürgermeister", ""),
         summary="Der Oberbürgermeister interessiert sich für Kontakte zu Zulieferern in "
                 "Guangdong.",
         activities=(("call", -40, "Erstes Telefonat", "Interesse an der Allianz, Rückruf "
                      "nach der Ratssitzung vereinbart."),
                     ("email", -30, "Informationsmaterial", "Broschüre und Satzung geschickt."),
                     ("note", -12, "Ratssitzung", "Rat hat das Thema vertagt."))),
    dict(city=("Brunnfelden", "city", "DE", "Sachsen", "", "09999"),
         member_status="applicant", status="accepted", channel="event", received=-200,
         follow_up=None, closed=-10, person=("female", "Bürgermeisterin", ""),
         summary="Auf einer Plenarversammlung angesprochen; Aufnahme beschlossen.",
         activities=(("meeting", -200, "Gespräch am Rande einer Plenarversammlung", ""),
                     ("letter", -90, "Aufnahmeantrag eingegangen", ""),
                     ("email", -10, "Aufnahme bestätigt", "Willkommensschreiben verschickt."))),
    dict(city=("Landkreis Wiesengrund", "district", "DE", "Baden-Württemberg", "", "79999"),
         town="Wiesenbach am Grund", member_status="prospect", status="declined",
         channel="letter", received=-150,
         follow_up=None, closed=-60, person=("unknown", "Referent/in Kreisentwicklung", ""),
         summary="Der Kreistag hat eine Mitgliedschaft vorerst abgelehnt.",
         activities=(("letter", -150, "Anfrage per Brief", ""),
                     ("note", -60, "Absage", "Kreistag lehnt ab; in zwei Jahren erneut "
                      "ansprechen."))),
    dict(city=("Yunfeng", "city", "CN", "Jiangsu", "云峰市", "214999"),
         member_status="prospect", status="documents_sent", channel="email", received=-25,
         follow_up=7, person=("female", "外事办公室主任", ""),
         summary="Die Stadt sucht Partner in der Automobilzulieferindustrie.",
         activities=(("email", -25, "Anfrage über das Sekretariat in Foshan", ""),
                     ("email", -14, "Unterlagen verschickt", "Satzung und Antragsformular "
                      "auf Englisch und Chinesisch."))),
    dict(city=("Songhai", "city", "CN", "Shandong", "松海市", "266999"),
         member_status="applicant", status="application_received", channel="letter",
         received=-70, follow_up=0, person=("male", "副市长", ""),
         summary="Antrag liegt vor; Beschluss der nächsten Plenarversammlung vorbereiten.",
         activities=(("letter", -70, "Antrag auf Mitgliedschaft", ""),
                     ("call", -20, "Rückfragen zum Antrag", "Übersetzung der Anlagen fehlt "
                      "noch."))),
    dict(city=("Baixi", "district", "CN", "Zhejiang", "白溪区", "315999"),
         member_status="prospect", status="in_contact", channel="event", received=-60,
         follow_up=-12, person=("unknown", "投资促进科科长", ""),
         summary="Bei einer Online-Veranstaltung der ISA Interesse bekundet.",
         activities=(("meeting", -60, "Videokonferenz", "Vorstellung der Allianz."),
                     ("email", -45, "Nachfassen", "Noch keine Antwort."))),
    dict(city=("Qingtan", "city", "CN", "Hubei", "青潭市", "434999"),
         member_status="prospect", status="withdrawn", channel="website", received=-120,
         follow_up=None, closed=-80, person=("male", "商务局副局长", ""),
         summary="Anfrage zurückgezogen: Die Stadt konzentriert sich auf andere Netzwerke.",
         activities=(("email", -120, "Kontaktformular", ""),
                     ("note", -80, "Zurückgezogen", "Kein Interesse mehr."))),
    dict(city=("Hohenmoor", "city", "DE", "Niedersachsen", "", "29999"),
         member_status="prospect", status="in_contact", channel="email", received=-15,
         follow_up=21, person=("male", "Leiter Wirtschaftsförderung", "Prof. Dr."),
         summary="Interesse an einer Delegationsreise nach China.",
         activities=(("email", -15, "Anfrage Delegationsreise", ""),
                     ("call", -8, "Telefonat", "Termine im Frühjahr besprochen."))),
)

OFFICE_STAFF = ("a.winter", "t.brandt")  # fictional user names of the Berlin office

EVENT = dict(
    title="10. Plenarversammlung der ISA",
    starts_at=(2021, 10, 15, 9, 0),
    ends_at=(2021, 10, 15, 12, 0),
    place="Online (Videokonferenz) mit Foshan und Berlin",
    registration_deadline=(2021, 10, 11),
    description="Fünfjähriges Jubiläum der ISA: Arbeitsbericht der Generalsekretärin, Grußworte "
                "von CIPA, NRW.Global Business, der Deutschen Handelskammer in China und "
                "Staatssekretär a. D. Friedhelm Ost; Unterzeichnung des Pilot-City-Projekts von "
                "GIZ und Foshan; Vorstellung der Studie zum Markenimage. Anmeldung per E-Mail "
                "an isa@pks-gmbh.net.",
)
