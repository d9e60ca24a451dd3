#!/usr/bin/env python3
"""Generate a synthetic corpus of saved news pages in Folio's text-dump format.

Usage:
    python3 Benchmarks/generate_corpus.py --count 100000 --out DIR [--seed 1]
                                          [--per-folder 1000] [--jobs N]

Writes COUNT pages as ``DIR/NNN/NNNNNN_<hex>.txt`` (PER_FOLDER pages per folder) in the
format of ``shared/seeds/000_922ca59d3e63b2b5.txt``: an optional first line
`` date YYYY-MM-DD Section``, then one block per line with blank lines between blocks.

Each page is an article wrapped in the noise real sites add: navigation lists,
subscribe and cookie prompts, share bars, image file names and photo credits, "More like
this", social prompts, author bios, "You Might Like" / "Popular On ..." teasers with
blurbs truncated by an ellipsis, newsletter prompts, footers and reader comments.

What the corpus looks like (figures for the default seed):
  * sizes: typical pages 5-30 KB, about 1% long pages of 60-300 KB;
  * dates 2015-2018, a dozen sections, a few hundred recurring authors;
  * topics (trade, politics, markets, tech, ...) so that words such as "trade", "trump",
    "china" and "market" occur at newspaper-like rates: ``trade -trump`` matches
    thousands of pages at 100k;
  * a Zipf-distributed tail of invented names and places, so full-text search has rare
    words to find;
  * about 5% Chinese or Japanese pages and about 4% German pages;
  * about 12% of pages carry no date line (the date is in the byline text instead);
  * a few exact duplicates of earlier pages under other names (content-hash tests).

Output is deterministic for a given ``--seed``, ``--count`` and ``--per-folder``,
whatever ``--jobs`` is: each folder draws from its own generator seeded by
(seed, folder). Python 3 standard library only.
"""

import argparse
import os
import random
import sys
import time
from multiprocessing import Pool

import corpus_words as W
from corpus_pages import headline, write_folder

# Filled by build_pools() before workers fork.
POOLS = {}
SEED = 1


# MARK: - Sentence pools

def _name(rng):
    return f"{rng.choice(W.FIRST_NAMES)} {rng.choice(W.LAST_NAMES)}"


def _np(rng, topic, tail):
    """A noun phrase: mostly common nouns, sometimes a topic noun, a name or a place."""
    r = rng.random()
    if r < 0.50:
        noun = rng.choice(topic)
        if noun[0].isupper():
            return noun
    if r < 0.30:
        return f"the {rng.choice(W.ADJECTIVES)} {rng.choice(topic)}"
    if r < 0.50:
        return f"the {rng.choice(topic)}"
    if r < 0.65:
        return f"{rng.choice(W.DETERMINERS)} {rng.choice(W.NOUNS)}"
    if r < 0.75:
        return f"officials in {tail()}"
    if r < 0.85:
        return f"{rng.randint(2, 900)} {rng.choice(W.PLURALS)}"
    return f"the {rng.choice(W.NOUNS)} of {tail()}"


def english_sentence(rng, topic, tail):
    """One plausible-looking English sentence with newspaper stop-word density."""
    k = rng.randrange(8)
    subj = _np(rng, topic, tail)
    obj = _np(rng, topic, tail)
    if k == 0:
        s = f"{subj} {rng.choice(W.VERBS)} {obj} {rng.choice(W.PREPS)} {_np(rng, topic, tail)} {rng.choice(W.TIMES)}"
    elif k == 1:
        s = f"{_name(rng)} said {rng.choice(W.TIMES)} that {subj} would {rng.choice(W.BASE_VERBS)} {obj}"
    elif k == 2:
        inner = f"{subj} {rng.choice(W.VERBS)} {obj}"
        return f"\"We think {inner},\" said {_name(rng)}, {rng.choice(W.ROLES)} at {tail()}."
    elif k == 3:
        s = f"{rng.choice(W.ADVERBS)}, {subj} {rng.choice(W.VERBS)} {obj} and {rng.choice(W.VERBS)} {_np(rng, topic, tail)}"
    elif k == 4:
        s = f"{subj} {rng.choice(W.VERBS)} {rng.randint(1, 99)} percent {rng.choice(W.PREPS)} {obj}, according to {_np(rng, topic, tail)}"
    elif k == 5:
        s = f"it is not clear whether {subj} will {rng.choice(W.BASE_VERBS)} {obj} any time soon"
    elif k == 6:
        s = f"{subj}, which {rng.choice(W.VERBS)} {obj} {rng.choice(W.TIMES)}, has {rng.choice(W.PARTICIPLES)} {_np(rng, topic, tail)}"
    else:
        s = f"{rng.choice(W.OPENERS)} {subj} {rng.choice(W.VERBS)} {obj} {rng.choice(W.PREPS)} {tail()}"
    return s[0].upper() + s[1:] + "."


def german_sentence(rng, tail):
    k = rng.randrange(4)
    a, b = rng.choice(W.DE_NOUNS), rng.choice(W.DE_NOUNS)
    if k == 0:
        s = f"{a} hat {rng.choice(W.DE_TIMES)} {b} in {tail()} {rng.choice(W.DE_PARTICIPLES)}"
    elif k == 1:
        s = f"Nach Angaben {rng.choice(W.DE_GENITIVES)} wollen {rng.choice(W.DE_PLURALS)} {b} noch {rng.choice(W.DE_TIMES)} {rng.choice(W.DE_INFINITIVES)}"
    elif k == 2:
        return f"„Wir {rng.choice(W.DE_VERBS_1P)} {b} sehr ernst“, sagte {_name(rng)} am {rng.choice(W.DE_DAYS)}."
    else:
        s = f"{rng.choice(W.DE_OPENERS)} {rng.choice(W.DE_VERBS_3S)} {a} {b} {rng.choice(W.DE_TIMES)}"
    return s[0].upper() + s[1:] + "."


def cjk_sentence(rng, lang):
    if lang == "zh":
        parts = [rng.choice(W.ZH_SUBJECTS), rng.choice(W.ZH_TIMES), rng.choice(W.ZH_VERBS),
                 rng.choice(W.ZH_OBJECTS)]
        if rng.random() < 0.5:
            parts += ["，", rng.choice(W.ZH_CLAUSES)]
        return "".join(parts) + "。"
    parts = [rng.choice(W.JA_SUBJECTS), "は", rng.choice(W.JA_TIMES), "、",
             rng.choice(W.JA_OBJECTS), "を", rng.choice(W.JA_VERBS)]
    if rng.random() < 0.4:
        parts = [rng.choice(W.JA_CLAUSES), "。"] + parts
    return "".join(parts) + "。"


def build_pools(seed, size=12000):
    """Pre-generate sentence pools per topic; pages then draw whole sentences (fast)."""
    rng = random.Random(f"pools-{seed}")
    tail_words = W.tail_vocabulary(rng, 24000)
    weights = [1.0 / (i + 10) for i in range(len(tail_words))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)

    def tail():
        return rng.choices(tail_words, cum_weights=cum)[0]

    pools = {}
    for name, nouns in W.TOPICS.items():
        pools[name] = [english_sentence(rng, nouns, tail) for _ in range(size)]
    pools["de"] = [german_sentence(rng, tail) for _ in range(size // 2)]
    pools["zh"] = [cjk_sentence(rng, "zh") for _ in range(size // 3)]
    pools["ja"] = [cjk_sentence(rng, "ja") for _ in range(size // 3)]
    pools["tail"] = tail_words
    pools["authors"] = [_name(rng) for _ in range(420)]
    pools["common_tail"] = tail_words[:4000]
    pools["headlines"] = {k: [headline(rng, pools, k) for _ in range(2000)] for k in W.TOPICS}
    return pools


# MARK: - Main

def _worker(args):
    folder, start, count, out = args
    return write_folder(POOLS, SEED, folder, start, count, out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of pages to write")
    parser.add_argument("--out", required=True, help="output folder (created if missing)")
    parser.add_argument("--seed", type=int, default=1, help="seed; same seed, same corpus")
    parser.add_argument("--per-folder", type=int, default=1000, help="pages per subfolder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = parser.parse_args(argv)
    if args.count < 0 or args.per_folder < 1:
        parser.error("--count must be >= 0 and --per-folder >= 1")

    global POOLS, SEED
    began = time.time()
    SEED = args.seed
    POOLS = build_pools(args.seed)
    os.makedirs(args.out, exist_ok=True)
    tasks = []
    for folder, start in enumerate(range(0, args.count, args.per_folder)):
        tasks.append((folder, start, min(args.per_folder, args.count - start), args.out))
    pages = size = 0
    if args.jobs > 1 and len(tasks) > 1:
        with Pool(args.jobs) as pool:
            for n, b in pool.imap_unordered(_worker, tasks):
                pages, size = pages + n, size + b
    else:
        for t in tasks:
            n, b = _worker(t)
            pages, size = pages + n, size + b
    took = time.time() - began
    print(f"wrote {pages} pages, {size} bytes ({size / max(pages, 1) / 1024:.1f} KB mean) "
          f"in {len(tasks)} folders under {args.out} in {took:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
