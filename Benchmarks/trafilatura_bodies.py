#!/usr/bin/env python3
"""trafilatura_bodies.py IN_DIR OUT_DIR: extract each page of IN_DIR (.json skipped) with
trafilatura (default settings, no comments, no tables left out) and write the body to
OUT_DIR/ID.txt, paragraphs joined by blank lines, like tools/extract_bodies.py does for folio.
Prints the CPU time per page spent inside trafilatura.extract (parse included)."""
import os
import sys
import time

import trafilatura

src, out = sys.argv[1:3]
os.makedirs(out, exist_ok=True)
cpu = 0.0
pages = 0
for name in sorted(os.listdir(src)):
    if name.endswith(".json"):
        continue
    pid = name.split(".")[0]
    with open(os.path.join(src, name), "rb") as f:
        html = f.read()
    start = time.process_time()
    text = trafilatura.extract(html, include_comments=False) or ""
    cpu += time.process_time() - start
    pages += 1
    body = "\n\n".join(line for line in text.split("\n") if line.strip())
    with open(os.path.join(out, pid + ".txt"), "w", encoding="utf8") as f:
        f.write(body)
print(f"trafilatura {trafilatura.__version__}: {pages} pages, {cpu * 1000 / max(pages, 1):.1f} ms CPU/page")
