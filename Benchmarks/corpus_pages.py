"""Page assembly for generate_corpus.py: an article plus the noise real sites wrap it in."""

import os
import random

import corpus_words as W

TOPIC_NAMES = list(W.TOPICS)

SITES = [
    # (name, short name, language)
    ("The Harbor Ledger", "Ledger", "en"), ("Northline Daily", "Northline", "en"),
    ("Valley Courier", "Courier", "en"), ("Metro Wire", "MetroWire", "en"),
    ("Global Trade Review", "GTR", "en"), ("TechPulse", "TechPulse", "en"),
    ("The Evening Gazette", "Gazette", "en"), ("Coastline Times", "Coastline", "en"),
    ("Capital Dispatch", "Dispatch", "en"), ("Signal & Noise", "S&N", "en"),
    ("Fieldnotes Science", "Fieldnotes", "en"), ("Pitchside", "Pitchside", "en"),
    ("Lakeshore Herald", "Herald", "en"), ("Market Brief", "MarketBrief", "en"),
    ("Nordkurier Online", "Nordkurier", "de"), ("Rheinblick", "Rheinblick", "de"),
    ("东方经济网", "东方经济", "zh"), ("每日科技", "每日科技", "zh"),
    ("みなと新聞", "みなと", "ja"), ("経済ウォッチ", "経済ウォッチ", "ja"),
]

NAV_EN = """Home News World U.S. Politics Business Markets Tech Science Health Sports Opinion
Culture Travel Video Podcasts Photos Weather Obituaries Classifieds Jobs Events Local
Economy Energy Climate Books Food Style Puzzles Newsletters Archives""".split()
NAV_DE = """Startseite Politik Wirtschaft Sport Kultur Wissen Panorama Regional Meinung
Reise Auto Digital Video Wetter""".split()
NAV_ZH = ["首页", "新闻", "财经", "科技", "国际", "体育", "评论", "视频", "图片", "专题"]
NAV_JA = ["トップ", "ニュース", "経済", "国際", "スポーツ", "社会", "科学", "動画", "写真"]

TOP_BITS = ["Skip to main content", "Skip to content", "Subscribe", "Sign In", "Log in",
            "Search", "Menu", "Account", "Subscribe Now", "Edition: U.S."]
IMAGE_STEMS = ["img", "dsc", "photo", "pic", "hero", "thumb", "ap", "gettyimages"]
CREDITS = ["Credit: {s}", "Photo: {n}/{s}", "{n} for {s}", "Image: Reuters", "Getty Images",
           "Credit: Handout", "Photograph: {n}"]
LABELS = ["BrandPosts", "Learn more", "Resources", "Featured Stories", "Sponsored",
          "Trending", "Editor's Picks", "Advertisement", "Promoted Stories", "Recommended"]
SHARE = ["Share", "Tweet", "Email", "Print", "Facebook", "Twitter", "LinkedIn", "WhatsApp",
         "Reddit", "Copy link"]
PROMPTS = [
    "To comment on this article and other {s} content, visit us on Facebook or Twitter.",
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "Accept cookies",
    "Subscribe to {s} for unlimited access. Cancel anytime.",
    "Follow {s} on Twitter and Facebook.",
    "Get the {short} newsletter",
    "Enter your email address",
    "Already a subscriber? Log in",
    "Report a typo or error",
]
FOOTER = ["About Us", "Contact", "Advertise", "Careers", "Privacy Policy", "Terms of Use",
          "Cookie Settings", "Site Map", "RSS", "Help"]
TEASER_HEADS = ["You Might Like", "Popular On {s}", "More like this", "Most Read",
                "Related Stories", "More From {s}", "Recommended For You", "Trending Now"]
DE_PROMPTS = ["Jetzt abonnieren", "Diesen Artikel teilen", "Mehr zum Thema",
              "Wir verwenden Cookies. Mit der Nutzung stimmen Sie zu.", "Newsletter bestellen"]
ZH_PROMPTS = ["分享到：", "责任编辑：", "相关新闻", "热门推荐", "版权所有 未经授权禁止转载"]
JA_PROMPTS = ["この記事を共有する", "関連記事", "アクセスランキング", "無断転載を禁じます"]


# MARK: - Text pieces

def _title_case(s):
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in s.split())


def headline(rng, pools, topic):
    nouns = W.TOPICS[topic]
    tail = rng.choice(pools["common_tail"])
    k = rng.randrange(5)
    if k == 0:
        h = f"{tail} {rng.choice(W.VERBS)} {rng.choice(nouns)} {rng.choice(W.PREPS)} {rng.choice(W.NOUNS)}"
    elif k == 1:
        h = f"Why the {rng.choice(W.ADJECTIVES)} {rng.choice(nouns)} matters for {tail}"
    elif k == 2:
        h = f"{rng.randint(3, 15)} things to know about the {rng.choice(nouns)}"
    elif k == 3:
        h = f"{rng.choice(W.ADJECTIVES)} {rng.choice(nouns)} {rng.choice(W.VERBS)} as {rng.choice(W.PLURALS)} wait"
    else:
        h = f"{tail} {rng.choice(W.NOUNS)} {rng.choice(W.VERBS)} amid {rng.choice(nouns)} dispute"
    return _title_case(h) if rng.random() < 0.5 else h[0].upper() + h[1:]


def blurb(rng, sentences):
    s = rng.choice(sentences)
    cut = rng.randint(60, 110)
    if len(s) > cut:
        s = s[:cut].rsplit(" ", 1)[0]
    return s.rstrip(".,") + rng.choice(["...", "…", "..."])


def image_name(rng):
    r = rng.random()
    if r < 0.5:
        return f"{rng.choice(IMAGE_STEMS)} {rng.randint(100, 9999):04d}"
    if r < 0.8:
        return f"{rng.randint(150101, 181231)} {rng.choice(W.NOUNS)} {rng.choice(W.NOUNS)}"
    return f"{rng.choice(W.NOUNS)}{rng.randint(1, 9)}"


def random_date(rng):
    y = rng.randint(2015, 2018)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_in_text(rng, lang, y, m, d):
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} Uhr"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日 {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    k = rng.randrange(3)
    if k == 0:
        return f"Published {MONTHS[m - 1]} {d}, {y}"
    if k == 1:
        return f"{MONTHS[m - 1][:3]} {d}, {y} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} pm ET"
    return f"Updated {d} {MONTHS[m - 1]} {y}"


# MARK: - Page

def _body_sentence_count(rng, lang):
    if rng.random() < 0.01:                      # long features and live blogs
        n = rng.randint(500, 2400)
    else:
        n = int(rng.lognormvariate(4.35, 0.55))  # median ~77 sentences, ~8 KB of body
        n = max(6, min(n, 260))
    return n * 2 if lang in ("zh", "ja") else n


def body_blocks(rng, pools, lang, topic, site):
    """The article's paragraphs, with the odd subheading, quote, list and inline promo."""
    if lang == "en":
        own, general = pools[topic], pools[rng.choice(list(W.TOPICS))]
    else:
        own = general = pools[lang]
    n = _body_sentence_count(rng, lang)
    picks = rng.choices(own, k=n)
    for i in rng.sample(range(n), n // 10):      # a tenth from a neighbouring topic
        picks[i] = rng.choice(general)
    blocks, i = [], 0
    features = rng.random()
    while i < n:
        k = rng.choice((1, 2, 2, 3, 3, 4, 5))
        blocks.append(("".join if lang in ("zh", "ja") else " ".join)(picks[i:i + k]))
        i += k
        r = rng.random()
        if features < 0.25 and r < 0.08 and lang == "en":
            blocks.append(_title_case(" ".join(rng.choice(W.NOUNS) for _ in range(rng.randint(2, 4)))))
        elif r < 0.02:
            blocks.append("Advertisement")
        elif r < 0.035 and lang == "en":
            blocks.append(f"Read more: {rng.choice(pools['headlines'][topic])}")
        elif r < 0.045 and lang == "en":
            items = [rng.choice(own).rstrip(".") for _ in range(rng.randint(3, 6))]
            blocks.append("\n".join(f"• {x}" for x in items))
        elif r < 0.055:
            blocks.append(f"{image_name(rng)}\n{_credit(rng, site)}")
    return blocks


def _credit(rng, site):
    return rng.choice(CREDITS).format(s=site[1], n=f"{rng.choice(W.FIRST_NAMES)} {rng.choice(W.LAST_NAMES)}")


def _nav(rng, lang, lo, hi):
    words = {"en": NAV_EN, "de": NAV_DE, "zh": NAV_ZH, "ja": NAV_JA}[lang]
    return rng.sample(words, min(len(words), rng.randint(lo, hi)))


def _teasers(rng, pools, lang, topic, site):
    out = [rng.choice(TEASER_HEADS).format(s=site[1] + (".com" if rng.random() < 0.5 else ""))]
    sentences = pools[topic] if lang == "en" else pools[lang]
    for _ in range(rng.randint(2, 8)):
        if rng.random() < 0.6:
            out.append(image_name(rng))
        if rng.random() < 0.3:
            out.append(rng.choice(LABELS))
        if lang == "en":
            title = rng.choice(pools["headlines"][rng.choice(TOPIC_NAMES)])
        else:
            title = blurb(rng, sentences)[:24]
        out.append(title)
        if rng.random() < 0.8:
            out.append("")
            out.append(blurb(rng, sentences))
        out.append("")
    return "\n".join(out).strip()


def make_page(rng, pools):
    """One page as text, in the seed's dump format."""
    r = rng.random()
    lang = "zh" if r < 0.025 else "ja" if r < 0.05 else "de" if r < 0.09 else "en"
    site = rng.choice([s for s in SITES if s[2] == lang])
    topic = rng.choices(list(W.TOPIC_WEIGHTS), weights=list(W.TOPIC_WEIGHTS.values()))[0]
    section = rng.choice(W.SECTIONS[topic]) if lang == "en" else rng.choice(
        {"de": ["Wirtschaft", "Politik", "Sport"], "zh": ["财经", "新闻"], "ja": ["経済", "社会"]}[lang])
    y, m, d = random_date(rng)
    author = rng.choice(pools["authors"])
    blocks = []
    has_date_line = rng.random() < 0.88
    if has_date_line:
        blocks.append(f"{' ' if rng.random() < 0.7 else ''}date {y:04d}-{m:02d}-{d:02d} {section}")
    if rng.random() < 0.5:
        blocks += rng.sample(TOP_BITS, rng.randint(1, 4))
    if rng.random() < 0.6:
        blocks += _nav(rng, lang, 4, 30)
    if lang == "en":
        title = headline(rng, pools, topic)
    elif lang == "de":
        title = " ".join(rng.choice(pools["de"]).rstrip(".").split()[:8]).rstrip(",")
    else:
        title = rng.choice(pools[lang]).split("，")[0].rstrip("。")
    blocks.append(title)
    if rng.random() < 0.65:
        sents = pools[topic] if lang == "en" else pools[lang]
        blocks.append(rng.choice(sents).rstrip("."))
    style = rng.randrange(4)
    if style == 0:
        blocks += ["|", f"{rng.choice(['Senior', 'Staff', 'Contributing'])} {rng.choice(W.ROLES).title()}, {site[0]} |"]
    elif style == 1:
        blocks.append(f"By {author}")
    elif style == 2:
        blocks.append(f"{author}, {site[0]}")
    else:
        blocks.append(author)
    if not has_date_line or rng.random() < 0.4:
        blocks.append(date_in_text(rng, lang, y, m, d))
    if rng.random() < 0.5:
        blocks.append(" ".join(rng.sample(SHARE, rng.randint(2, 5))))
    if rng.random() < 0.7:
        extra = "\nMore like this" if rng.random() < 0.4 else ""
        blocks.append(f"{image_name(rng)}\n{_credit(rng, site)}{extra}")
    blocks += body_blocks(rng, pools, lang, topic, site)
    prompts = {"en": PROMPTS, "de": DE_PROMPTS, "zh": ZH_PROMPTS, "ja": JA_PROMPTS}[lang]
    for p in rng.sample(prompts, rng.randint(1, 3)):
        blocks.append(p.format(s=site[0], short=site[1]))
    if lang == "en" and rng.random() < 0.45:
        blocks.append(f"{author} covers {rng.choice(W.TOPICS[topic])} for {site[0]} and is based in "
                      f"{rng.choice(pools['common_tail'])}. {rng.choice(['He', 'She'])} was previously "
                      f"{rng.choice(W.ROLES)} at {rng.choice(pools['common_tail'])}.")
    for _ in range(rng.randint(1, 3)):
        blocks.append(_teasers(rng, pools, lang, topic, site))
    if lang == "en" and rng.random() < 0.1:
        blocks.append(f"{rng.randint(2, 300)} Comments")
        for _ in range(rng.randint(1, 6)):
            blocks.append(f"{rng.choice(W.FIRST_NAMES).lower()}{rng.randint(1, 99)}")
            blocks.append(rng.choice(pools[topic]))
            blocks.append("Reply")
    if rng.random() < 0.7:
        blocks += rng.sample(FOOTER, rng.randint(3, 8))
        blocks.append(f"© {y} {site[0]}. All rights reserved.")
    return "\n\n".join(blocks) + ("\n" if rng.random() < 0.8 else "")


def write_folder(pools, seed, folder, start, count, out):
    """Write one subfolder of pages; deterministic in (seed, folder). Returns (pages, bytes)."""
    rng = random.Random(f"{seed}-{folder}")
    path = os.path.join(out, f"{folder:03d}")
    os.makedirs(path, exist_ok=True)
    written = size = 0
    recent = []
    for i in range(start, start + count):
        if recent and rng.random() < 0.0005:       # an exact duplicate under another name
            data = rng.choice(recent)
        else:
            data = make_page(rng, pools).encode("utf-8")
            if len(recent) < 20:
                recent.append(data)
        name = f"{i:06d}_{rng.getrandbits(64):016x}.txt"
        fd = os.open(os.path.join(path, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, data)                    # raw fd: fewer syscalls than open()
        finally:
            os.close(fd)
        written += 1
        size += len(data)
    return written, size
