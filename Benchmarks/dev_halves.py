#!/usr/bin/env python3
"""dev_halves.py CORPUS_DIR OUT_DIR: split the DEV pages into two fixed halves of symlinks.

Pages are ordered by id (the file name before the first dot); the first half (ceil(n/2)
ids) is A, the half rules are tuned on; the rest is B, the half that checks them and is
never looked at page by page. Each id's files (ID.html, ID.json, ID.txt) go to the same
half, so html-dev and text-dev split the same way and the ground truth follows its page:

  dev_halves.py ../shared/corpus/html-dev /tmp/halves/html   # makes .../A and .../B
  dev_halves.py ../shared/corpus/text-dev /tmp/halves/text
"""
import os
import sys

src, out = os.path.abspath(sys.argv[1]), sys.argv[2]
ids = sorted({name.split(".")[0] for name in os.listdir(src) if not name.startswith(".")})
cut = (len(ids) + 1) // 2
for half, members in (("A", ids[:cut]), ("B", ids[cut:])):
    folder = os.path.join(out, half)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    wanted = set(members)
    for name in sorted(os.listdir(src)):
        if name.split(".")[0] in wanted:
            os.symlink(os.path.join(src, name), os.path.join(folder, name))
    print(f"{half}: {len(members)} pages, {members[0][:12]}..{members[-1][:12]} -> {folder}")
