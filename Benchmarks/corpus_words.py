"""Word lists for generate_corpus.py: grammar slots, topics, noise, CJK and German.

All lists are written for Folio; the long tail of names and places is invented from
syllables so that full-text search has rare words to find.
"""

FIRST_NAMES = """James Maria Robert Linda Michael Ana David Sarah Daniel Laura Thomas Elena Kevin
Grace Peter Nadia Samuel Olivia Martin Chloe Hugo Ingrid Tomas Aisha Wei Mei Kenji Yuki Ravi Priya
Omar Leila Jonas Freya Marco Giulia Pablo Lucia Adam Hannah Noah Clara Felix Nora Oscar Alice Ivan
Irina Diego Sofia Lars Sanna Kofi Ama Tariq Zara Owen Megan Connor Erin Rhys Siobhan Malik Imani
Ethan Ruth Victor Paula Simon Marta Arjun Kavya Lionel Beatrice""".split()

LAST_NAMES = """Smith Garcia Chen Okafor Novak Patel Kowalski Lindqvist Moreau Rossi Tanaka Kim Nguyen
Haddad Fischer Becker Walsh Brennan Duarte Alvarez Ivanova Petrov Mensah Osei Larsen Berg Hughes
Price Morgan Reyes Castillo Yamamoto Sato Ito Wong Liu Zhang Park Singh Sharma Khan Rahman Farouk
Baker Turner Collins Stewart Murphy Rivera Cooper Richardson Ward Foster Brooks Sanders Bennett
Webb Hale Marsh Pryor Quinn Doyle Keane Lowe Abbott Carver Fenwick Holt Ingram Jarvis Lyle Vance
Whitlock Ashby Burgess Calloway Delaney Ellison""".split()

DETERMINERS = "a the another every one some each this that no".split()

ADJECTIVES = """new former local national federal regional major small large senior early late
final first second public private foreign domestic strong weak rising falling annual
quarterly global key rival leading struggling record proposed controversial popular
independent official joint emergency temporary long-term short-term digital rural urban
coastal northern southern western eastern largest smallest modest sharp steep""".split()

NOUNS = """government company report plan city council agency group board court policy deal
official spokesman spokeswoman statement decision week month year budget meeting program
project system study survey committee family school hospital police department minister
leader price rate bank fund region state country community island village team crowd
audience newspaper network service industry factory worker union contract law bill vote
issue problem question answer change increase decrease share figure number record
president chairman director manager analyst lawyer judge witness partner investor""".split()

PLURALS = """people officials workers residents voters students patients analysts investors
companies families farmers drivers teachers nurses engineers shoppers tourists
players fans members customers users households businesses banks schools""".split()

VERBS = """said announced reported rejected approved launched expanded cut raised lowered
delayed blocked signed criticized welcomed opened closed reviewed questioned
confirmed denied proposed ended began backed supported challenged warned
promised offered accepted postponed sold bought built replaced tested released
defended praised cancelled extended doubled halved""".split()

BASE_VERBS = """approve reject review delay expand cut raise sign block support challenge
replace test release defend cancel extend sell buy build open close consider
investigate announce revisit""".split()

PARTICIPLES = """approved rejected reviewed delayed expanded cut raised signed blocked
supported challenged replaced tested released defended cancelled extended sold
bought built opened closed considered investigated""".split()

PREPS = "in at on for with against after before during despite under over near across".split()

TIMES = [
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
    "on Sunday", "last week", "last month", "last year", "this week", "this year",
    "earlier this month", "in January", "in March", "in May", "in July", "in September",
    "in November", "by the end of the year", "next spring", "within weeks", "overnight",
]

ADVERBS = """However Meanwhile Separately Still Instead Earlier Later Nonetheless Elsewhere
Previously Already Ultimately Otherwise Initially""".split()

OPENERS = ["In a statement,", "According to people familiar with the matter,",
           "For now,", "At the same time,", "In recent years,", "By contrast,",
           "As a result,", "Under the proposal,", "In its latest filing,",
           "Speaking to reporters,"]

ROLES = """spokesman spokeswoman analyst economist professor director researcher
chairwoman chairman partner strategist lawyer adviser""".split()

TOPICS = {
    "trade": """trade tariff tariffs exports imports China Beijing steel aluminum soybeans
negotiators surplus customs commerce WTO manufacturers shipping ports""".split() + [
        "trade", "trade", "trade", "China", "China", "market", "trade deal", "trade talks",
        "trade deficit", "trade war", "supply chain", "market access", "trade policy",
        "trade agreement", "trade representative", "export market", "Chinese market"],
    "politics": """Trump senate congress election campaign voters governor
republicans democrats administration lawmakers ballot poll candidate primary
senator president legislation hearing""".split() + [
        "Trump", "Trump", "White House", "Trump administration", "Trump campaign"],
    "markets": """market markets shares stocks index investors bonds yields dow earnings
profit revenue dividend currency dollar euro yen futures traders rally selloff
valuation market share stock market""".split() + ["market", "market", "China"],
    "tech": """software chip chips app smartphone cloud data startup platform algorithm
network server browser privacy encryption update device battery robot""".split() + [
        "search engine", "operating system", "market"],
    "science": """researchers study scientists cells species climate telescope genome
experiment laboratory vaccine fossil ocean glacier particle molecule sample journal""".split() + ["data set"],
    "sports": """match season goal coach league striker innings tournament final
championship stadium fans club transfer injury referee playoff rookie
title race""".split(),
    "health": """hospital patients doctors nurses clinic treatment drug trial insurance
diagnosis surgery outbreak infection diet sleep""".split(),
    "culture": """film album novel director festival gallery exhibition concert museum
theater critics audience premiere soundtrack""".split(),
    "energy": """oil gas pipeline solar wind coal refinery barrels crude grid utility
emissions reactor""".split() + ["oil market"],
    "local": """council mayor school district zoning library park residents bridge
road budget police neighborhood""".split(),
}

# Topic weights (share of English pages).
TOPIC_WEIGHTS = {"trade": 9, "politics": 14, "markets": 11, "tech": 14, "science": 8,
                 "sports": 12, "health": 8, "culture": 9, "energy": 6, "local": 9}

SECTIONS = {"trade": ["Business", "World", "Economy"], "politics": ["Politics", "News", "U.S."],
            "markets": ["Markets", "Business", "Finance"], "tech": ["Technology", "News", "Tech"],
            "science": ["Science", "Environment"], "sports": ["Sports", "Football"],
            "health": ["Health", "Lifestyle"], "culture": ["Culture", "Arts", "Entertainment"],
            "energy": ["Energy", "Business"], "local": ["Local", "Metro", "News"]}

SYLLABLES = """ka lo ren tar vel mi sor an de bri gal hol mon fen ris tul ash or ber cal
dun ev fal gor ik jor kel lan mar nor ost pel quin rav sel tor ul var wen yar zel
bro cra dri fle gri pla sta tre vo ny""".split()

SUFFIXES = ["", "", "", "ton", "by", "ford", "ville", "burg", "stad", "holm", "ia", "ex", "corp"]


def tail_vocabulary(rng, n):
    """Invented proper names (places, firms, people): the rare-word tail of the corpus."""
    seen, words = set(), []
    while len(words) < n:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(SUFFIXES)
        w = w.capitalize()
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


# MARK: - German

DE_NOUNS = """die Regierung der Konzern die Bundesbank der Stadtrat die Kommission das Gericht
die Gewerkschaft der Vorstand die Polizei das Ministerium der Verband die Behörde
der Handel die Industrie der Markt die Opposition""".split("\n")
DE_NOUNS = [p.strip() for line in DE_NOUNS for p in
            __import__("re").findall(r"(?:die|der|das) \S+", line)]
DE_PLURALS = ["die Verbraucher", "die Anleger", "die Abgeordneten", "die Beschäftigten",
              "die Landwirte", "die Exporteure"]
DE_GENITIVES = ["des Ministeriums", "der Behörde", "des Unternehmens", "der Polizei",
                "des Verbands", "der Stadt"]
DE_TIMES = ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag",
            "in dieser Woche", "im vergangenen Jahr", "bis Ende des Jahres", "im Herbst"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Wochenende"]
DE_PARTICIPLES = ["vorgestellt", "abgelehnt", "angekündigt", "kritisiert", "bestätigt",
                  "verschoben", "genehmigt", "untersucht"]
DE_INFINITIVES = ["prüfen", "verhandeln", "vorlegen", "ablehnen", "umsetzen", "klären"]
DE_VERBS_1P = ["nehmen", "sehen", "prüfen", "behandeln"]
DE_VERBS_3S = ["kritisierte", "begrüßte", "prüfte", "verschob", "bestätigte"]
DE_OPENERS = ["Zugleich", "Dennoch", "Außerdem", "Bereits im Frühjahr", "Nach dem Treffen"]

# MARK: - Chinese and Japanese

ZH_SUBJECTS = ["国家统计局", "商务部", "市政府", "该公司", "研究人员", "央行", "多家企业",
               "当地居民", "专家", "发言人", "贸易代表团", "消费者"]
ZH_TIMES = ["周一", "周二", "周三", "周四", "周五", "上周", "本月", "去年", "近日", "今年以来"]
ZH_VERBS = ["宣布", "公布了", "表示将扩大", "讨论了", "批准了", "推迟了", "加强了", "调查了"]
ZH_OBJECTS = ["新的贸易协定", "市场准入政策", "出口数据", "环境保护计划", "年度预算",
              "科技创新项目", "基础设施投资", "消费增长目标", "就业情况", "中美贸易谈判"]
ZH_CLAUSES = ["引起了广泛关注", "预计将在年底前完成", "分析人士认为影响有限",
              "此举旨在稳定市场信心", "相关部门正在进一步评估"]
JA_SUBJECTS = ["政府", "日本銀行", "同社", "研究チーム", "市議会", "経済産業省", "専門家",
               "関係者", "トヨタ自動車", "地元の住民"]
JA_TIMES = ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "先週", "今月", "昨年", "今年"]
JA_OBJECTS = ["新たな貿易協定", "市場の見通し", "輸出の統計", "来年度の予算案",
              "調査の結果", "新しい計画", "安全対策", "働き方改革の方針"]
JA_VERBS = ["発表した", "明らかにした", "承認した", "検討している", "見直す方針だ",
            "延期すると決めた"]
JA_CLAUSES = ["市場では慎重な見方が広がっている", "関係者によると協議は続いている",
              "専門家は影響を注視している"]
