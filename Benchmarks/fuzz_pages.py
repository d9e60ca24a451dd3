#!/usr/bin/env python3
"""Seeded mutation fuzzer for `folio extract` and `folio import` (issue 10).

Makes COUNT mutated pages from the samples and fixtures, runs them in batches through the
real binary (`folio extract --format json DIR`, then `folio import --library LIB DIR`), each
run under a timeout, and counts:

- crashes: a run killed by a signal (SIGSEGV, SIGILL from a Swift trap, SIGABRT...);
- hangs: a page that alone takes longer than the timeout (a slow batch is re-run page by page);
- control characters in any output, stdout or stderr: C0 except LF and TAB (so ESC too), DEL,
  C1 (U+0080-U+009F, or a raw byte 0x80-0x9F outside UTF-8);
- silent pages: a page `extract` neither printed nor named in a message, or an `import` whose
  summary does not add up to the batch;
- odd exits: an exit status other than 0 or 1.

A batch with any finding is re-run page by page to name the page(s); every such page is copied
to OUT/failures/KIND/ with a note. The same seed always makes the same pages.

    swift build -c release --product folio
    python3 Benchmarks/fuzz_pages.py --count 2000 --seed 1            # a quick look
    python3 Benchmarks/fuzz_pages.py --count 100000 --seed 10 --out /tmp/folio-fuzz

The in-process slice in `swift test` (Tests/ExtractionTests/PageMutator.swift) applies the
same kinds of mutation; keep the two lists in step.
"""

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# MARK: - Mutations

ESCAPES = [
    b"\x1b[31m", b"\x1b[2J\x1b[H", b"\x1b[", b"\x1b[0;1;38;5;196m", b"\x1b]0;PWNED\x07", b"\x1b]52;c;QUFB\x07",
    b"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", b"\x1bP+q\x1b\\", b"\x1bPunterminated", b"\x1b]0;unterminated",
    b"\x1bX", b"\x1b^", b"\x1b_", b"\x1b", b"\x07", b"\x08\x08\x08", b"\x7f",
    "\u009b31m".encode(), "\u009d0;T\u009c".encode(), "\u0090".encode(), "\u0098".encode(),
    "\u009e".encode(), "\u009f".encode(), "\u0085".encode(), b"\x9b", b"\x9d",
    "\u202e".encode(), "\u202d".encode(), "\u2066".encode(), "\u2069".encode(), "\u200f".encode(),
    "\u061c".encode(), b"&#x1b;[31m", b"&#27;]0;T&#7;", b"&#x9b;", b"&#155;", b"&#0;", b"&#xD800;",
    b"&#x202E;", b"&#1114112;",
]
SPACES = ["\u00a0", "\u2007", "\u2009", "\u200b", "\u200d", "\u2028", "\u2029", "\u3000", "\ufeff",
          "\u1680", "\u180e", "\u205f", "\u00ad", "\u034f"]
INVALID_UTF8 = [b"\xff", b"\xfe\xff", b"\xc0\x80", b"\xc3", b"\x80", b"\xbf\xbf", b"\xe2\x82", b"\xed\xa0\x80",
                b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xe3\x81", b"\xf0\x9f\x98"]
CHARSETS = ["shift_jis", "euc-jp", "gb18030", "big5", "iso-2022-jp", "utf-7", "ucs-4", "utf-32", "utf-16",
            "utf-16le", "hz-gb-2312", "koi8-r", "windows-1252", "iso-8859-8", "x-user-defined", "ebcdic-us",
            "bogus-charset", "utf-8", "", "\x1b[31m"]
TAGS = [b"<div>", b"<p>x</p>", b"<b>", b"<a href=x>", b"<span class=c>", b"<li>", b"<table><tr><td>", b"<br>",
        b"<!-- c -->", b"<![CDATA[", b"<script>", b"<p>", b"&amp;", b"<i>a</i>"]


def charset_declaration(rng):
    name = rng.choice(CHARSETS)
    return rng.choice([
        f'<meta charset="{name}">', f"<meta charset={name}>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={name}">',
        f'<?xml version="1.0" encoding="{name}"?>',
    ]).encode("utf-8", "surrogateescape")


def big_count(rng):
    """Mostly moderate, sometimes huge: the hostile shapes of issue 10 item 2."""
    return rng.choice([10, 100, 1000, 5000, 20000, rng.randint(1, 100000)])


def huge_repeat(rng, page):
    kind = rng.randrange(4)
    n = big_count(rng)
    if kind == 0:  # one element with many attributes
        attributes = b"".join(b" a%d=x" % i for i in range(n)) if rng.random() < 0.5 else b' a="x"' * n
        return b"<div" + attributes + b">words</div>"
    if kind == 1:  # a tag many times
        return rng.choice(TAGS) * n
    if kind == 2:  # a long attribute value
        return b'<a href="' + b"x" * (n * 10) + b'">link</a>'
    return page[:rng.randint(1, 64)] * min(n, 2000)  # a span of the page many times


def deep_nesting(rng):
    n = big_count(rng)
    open_tag, close_tag = rng.choice([(b"<div>", b"</div>"), (b"<b>", b"</b>"), (b"<blockquote>", b"</blockquote>"),
                                      (b"<ul><li>", b""), (b"<table><tr><td>", b"")])
    return open_tag * n + b"deep words" + close_tag * (n if rng.random() < 0.5 else 0)


def mutate_once(rng, page, seeds):
    if not page:
        return rng.choice(seeds)[:100]
    at = rng.randrange(len(page) + 1)
    span = rng.randint(1, max(1, min(400, len(page) // 4 + 1)))
    kind = rng.randrange(14)
    if kind == 0:  # byte flips
        out = bytearray(page)
        for _ in range(rng.randint(1, 16)):
            i = rng.randrange(len(out))
            out[i] = rng.randrange(256) if rng.random() < 0.5 else out[i] ^ (1 << rng.randrange(8))
        return bytes(out)
    if kind == 1:  # escape sequences, C1 and bidi controls
        return page[:at] + b"".join(rng.choice(ESCAPES) for _ in range(rng.randint(1, 4))) + page[at:]
    if kind == 2:  # odd spaces
        return page[:at] + "".join(rng.choice(SPACES) for _ in range(rng.randint(1, 8))).encode() + page[at:]
    if kind == 3:  # line ends: CR only, CRLF, or a stray CR
        choice = rng.randrange(3)
        if choice == 0:
            return page.replace(b"\n", b"\r")
        if choice == 1:
            return page.replace(b"\n", b"\r\n")
        return page[:at] + b"\r" * rng.randint(1, 3) + page[at:]
    if kind == 4:  # invalid UTF-8
        return page[:at] + rng.choice(INVALID_UTF8) + page[at:]
    if kind == 5:  # cut a span
        return page[:at] + page[at + span:]
    if kind == 6:  # repeat a span
        return page[:at + span] + page[at:at + span] * rng.randint(1, 20) + page[at + span:]
    if kind == 7:  # splice in a span of another page
        other = rng.choice(seeds)
        start = rng.randrange(len(other))
        return page[:at] + other[start:start + rng.randint(1, 2000)] + page[at:]
    if kind == 8:  # truncate
        return page[:at]
    if kind == 9:
        return page[:at] + huge_repeat(rng, page) + page[at:]
    if kind == 10:
        return page[:at] + deep_nesting(rng) + page[at:]
    if kind == 11:  # a charset declaration, near the top or anywhere
        where = 0 if rng.random() < 0.3 else (page.find(b"<head>") + 6 if b"<head>" in page else at)
        return page[:where] + charset_declaration(rng) + page[where:]
    if kind == 12:  # NUL bytes
        return page[:at] + b"\x00" * rng.randint(1, 8) + page[at:]
    # an encoded control as an entity or in an attribute the page shows (title, alt, og:title)
    control = rng.choice(ESCAPES)
    return page[:at] + b'<img alt="' + control + b'"><meta property="og:title" content="' + control + b'">' + page[at:]


def mutated_page(rng, seeds):
    """One mutated page, as (name suffix, bytes)."""
    index = rng.randrange(len(seeds))
    page = seeds[index]
    for _ in range(rng.randint(1, 6)):
        page = mutate_once(rng, page, seeds)
    html = SEED_KINDS[index] == "html"
    if rng.random() < 0.05:  # the wrong extension: HTML named .txt, text named .html
        html = not html
    if rng.random() < 0.03:
        return ("html.gz" if html else "txt.gz"), gzip.compress(page, mtime=0)
    return ("html" if html else "txt"), page


SEED_KINDS = []


def load_seeds():
    seeds = []
    folders = [ROOT / "Resources/samples"] + sorted(ROOT.glob("Tests/*/Fixtures"))
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or "crashers" in path.parts:
                continue
            data = path.read_bytes()
            if path.name.endswith(".gz"):
                data = gzip.decompress(data)
            if path.name.endswith((".html", ".html.gz")):
                SEED_KINDS.append("html")
            elif path.name.endswith(".txt"):
                SEED_KINDS.append("text")
            else:
                continue
            seeds.append(data)
    return seeds

# MARK: - Running the binary


def control_characters(data):
    """The number of control characters in `data`: C0 but LF and TAB, DEL, C1 (encoded or raw)."""
    count = 0
    for ch in data.decode("utf-8", "surrogateescape"):
        o = ord(ch)
        if (o < 0x20 and ch not in "\n\t") or 0x7F <= o <= 0x9F or 0xDC80 <= o <= 0xDC9F:
            count += 1
    return count


def run(folio, arguments, timeout):
    """(status or signal name, stdout, stderr, seconds); status 'hang' when the timeout hit."""
    start = time.monotonic()
    try:
        done = subprocess.run([folio] + arguments, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as timeout_error:
        return "hang", timeout_error.stdout or b"", timeout_error.stderr or b"", time.monotonic() - start
    status = done.returncode if done.returncode >= 0 else signal.Signals(-done.returncode).name
    return status, done.stdout, done.stderr, time.monotonic() - start


def findings(command, folder, names, folio, timeout):
    """The findings of one run of `command` (extract or import) over `names` in `folder`."""
    if command == "extract":
        status, out, err, seconds = run(folio, ["extract", "--format", "json", str(folder)], timeout)
    else:
        library = folder.parent / (folder.name + ".sqlite")
        for stale in folder.parent.glob(folder.name + ".sqlite*"):
            stale.unlink()
        status, out, err, seconds = run(folio, ["import", "--library", str(library), str(folder)], timeout)
        for stale in folder.parent.glob(folder.name + ".sqlite*"):
            stale.unlink()
    found = []
    if status == "hang":
        found.append(("hang", f"{command} took over {timeout} s"))
    elif isinstance(status, str):
        found.append(("crash", f"{command} killed by {status}"))
    elif status not in (0, 1):
        found.append(("odd-exit", f"{command} exited {status}"))
    controls = control_characters(out) + control_characters(err)
    if controls:
        found.append(("control", f"{command}: {controls} control character(s) in its output"))
    if status in (0, 1):
        text = out.decode("utf-8", "replace") + err.decode("utf-8", "replace")
        if command == "extract":
            silent = [n for n in names if n not in text]
            if silent:
                found.append(("silent", f"extract said nothing of {len(silent)} page(s): {silent[:3]}"))
        else:
            counts = [int(w.strip(",")) for w in out.decode("utf-8", "replace").split() if w.strip(",").isdigit()]
            if len(counts) != 4 or sum(counts) != len(names):
                found.append(("silent", f"import summary does not add up to {len(names)}: {out[-200:]!r}"))
    return found, seconds


class Campaign:
    def __init__(self, args):
        self.args = args
        self.out = Path(args.out)
        self.failures = self.out / "failures"
        self.counts = {"crash": 0, "hang": 0, "control": 0, "silent": 0, "odd-exit": 0}
        self.batch_crashes = {"extract": 0, "import": 0}
        self.racy_crashes = {"extract": 0, "import": 0}  # crashes a second run of the same batch did not repeat
        self.slowest = (0.0, "")
        self.saved = 0
        self.slow_batches = 0  # batches over the timeout once that ran in time when tried again
        self.batch_only = 0  # findings no single page reproduces; only the first few batches are kept

    def save(self, kind, name, data, notes):
        folder = self.failures / kind
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / name).exists():  # the same page may fail both extract and import
            (folder / name).write_bytes(data)
            self.saved += 1
        with open(folder / (name + ".note"), "a") as note:
            note.write("\n".join(notes) + "\n")

    def check_batch(self, batch, pages):
        folder = self.out / "work" / f"batch-{batch:05d}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, data in pages:
            (folder / name).write_bytes(data)
        names = [name for name, _ in pages]
        for command in ("extract", "import"):
            found, seconds = findings(command, folder, names, self.args.folio, self.args.timeout)
            if seconds > self.slowest[0]:
                self.slowest = (seconds, f"{command} batch {batch}")
            if not found:
                continue
            if any(kind == "crash" for kind, _ in found):
                self.batch_crashes[command] += 1
                if self.racy(command, batch, folder, names, found):
                    continue
            self.per_page(command, batch, folder, pages, found)
        shutil.rmtree(folder, ignore_errors=True)

    def racy(self, command, batch, folder, names, found):
        """Whether a crashed batch runs clean when tried twice more: a race, not one page's fault."""
        for _ in range(2):
            again, _ = findings(command, folder, names, self.args.folio, self.args.timeout)
            if not any(kind == "crash" for kind, _ in again):
                self.counts["crash"] += 1
                self.racy_crashes[command] += 1
                note = next(note for kind, note in found if kind == "crash")
                print(f"  crash: {command} batch {batch}, not on a second run: {note}", flush=True)
                if self.racy_crashes[command] <= 3:
                    saved = self.failures / "crash" / f"{command}-racy-batch-{batch:05d}"
                    saved.mkdir(parents=True, exist_ok=True)
                    for name in names:
                        shutil.copy(folder / name, saved / name)
                    (saved / "NOTE").write_text(f"{note}; ran clean on a second run (a race)\n")
                return True
        return False

    def per_page(self, command, batch, folder, pages, batch_found):
        """Re-runs each page of a batch alone to name the page behind a batch's findings."""
        named = set()
        for name, data in pages:
            single = folder.parent / f"single-{batch:05d}"
            shutil.rmtree(single, ignore_errors=True)
            single.mkdir()
            (single / name).write_bytes(data)
            found, _ = findings(command, single, [name], self.args.folio, self.args.timeout)
            shutil.rmtree(single, ignore_errors=True)
            for kind, note in found:
                self.counts[kind] += 1
                named.add(kind)
                self.save(kind, f"b{batch:05d}-{name}", data, [note, f"seed {self.args.seed}, batch {batch}"])
                print(f"  {kind}: {command} {name}: {note}", flush=True)
        for kind, note in batch_found:
            if kind in named:
                continue
            if kind == "hang":
                # No page is slow alone: try the whole batch again before calling it a hang (a
                # loaded machine can stretch a 2 s batch past the timeout).
                again, seconds = findings(command, folder, [n for n, _ in pages], self.args.folio, self.args.timeout)
                if not any(k == "hang" for k, _ in again):
                    self.slow_batches += 1
                    print(f"  slow: {command} batch {batch} took over {self.args.timeout} s once, {seconds:.1f} s again", flush=True)
                    continue
            # The batch failed but no page does alone (e.g. a race between parser threads): keep the batch.
            self.counts[kind] += 1
            self.batch_only += 1
            if self.batch_only > 5:
                print(f"  {kind}: {command} batch {batch} (no page fails alone; not saved): {note}", flush=True)
                continue
            folder_name = f"{kind}/{command}-batch-{batch:05d}"
            (self.failures / folder_name).mkdir(parents=True, exist_ok=True)
            for name, data in pages:
                (self.failures / folder_name / name).write_bytes(data)
            (self.failures / folder_name / "NOTE").write_text(note + "; no page fails alone\n")
            print(f"  {kind}: {command} batch {batch} (no page fails alone): {note}", flush=True)

    def run(self):
        seeds = load_seeds()
        rng = random.Random(self.args.seed)
        start = time.monotonic()
        total_bytes = 0
        batch = 0
        done = 0
        while done < self.args.count:
            size = min(self.args.batch, self.args.count - done)
            pages = []
            for i in range(done, done + size):
                suffix, data = mutated_page(rng, seeds)
                pages.append((f"page-{i:06d}.{suffix}", data))
                total_bytes += len(data)
            self.check_batch(batch, pages)
            done += size
            batch += 1
            if batch % 20 == 0 or done == self.args.count:
                elapsed = time.monotonic() - start
                print(f"{done} pages, {elapsed:.0f} s, {self.counts}, batch crashes {self.batch_crashes}, racy {self.racy_crashes}", flush=True)
        shutil.rmtree(self.out / "work", ignore_errors=True)
        summary = {
            "seed": self.args.seed, "pages": done, "batches": batch, "megabytes": round(total_bytes / 1e6, 1),
            "seconds": round(time.monotonic() - start), "findings": self.counts,
            "batch_crashes": self.batch_crashes, "racy_crashes": self.racy_crashes, "slow_batches": self.slow_batches, "slowest_run_s": round(self.slowest[0], 2),
            "slowest_run": self.slowest[1], "saved_inputs": self.saved, "folio": self.args.folio,
        }
        (self.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
        print(json.dumps(summary, indent=2))
        return 0 if sum(self.counts.values()) == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="mutated pages to make (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=200, help="pages per folio run (default 200)")
    parser.add_argument("--timeout", type=float, default=10, help="seconds per run before it counts as a hang")
    parser.add_argument("--folio", default=str(ROOT / ".build/release/folio"))
    parser.add_argument("--out", default=None, help="work folder; failures go to OUT/failures (default /tmp/folio-fuzz-SEED)")
    parser.add_argument("--write", metavar="DIR", help="only write the pages to DIR, run nothing")
    args = parser.parse_args()
    args.out = args.out or f"/tmp/folio-fuzz-{args.seed}"
    if args.write:
        seeds = load_seeds()
        rng = random.Random(args.seed)
        Path(args.write).mkdir(parents=True, exist_ok=True)
        for i in range(args.count):
            suffix, data = mutated_page(rng, seeds)
            (Path(args.write) / f"page-{i:06d}.{suffix}").write_bytes(data)
        return 0
    if not os.access(args.folio, os.X_OK):
        sys.exit(f"no folio binary at {args.folio}: run `swift build -c release --product folio` first")
    return Campaign(args).run()


if __name__ == "__main__":
    sys.exit(main())
