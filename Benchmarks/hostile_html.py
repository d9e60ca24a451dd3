#!/usr/bin/env python3
"""Writes hostile HTML pages, one per shape, for measuring extraction time per MB.

Usage: python3 Benchmarks/hostile_html.py OUT_DIR [--mb 2] [--measure BIN [--rounds 5]]

Each page is about MB megabytes and holds a short real article (so a correct extractor still
finds one) plus the hostile shape: thousands of attributes on one element, deep nesting,
millions of tiny elements, one huge text node, long attribute values, many unclosed tags,
stray end tags. `typical.html` is an ordinary article page of the same size, the yardstick.
Standard library only; the output is the same every run.

With --measure, runs `BIN extract --format json PAGE` on every page under /usr/bin/time,
interleaved (all pages once, then again, ROUNDS times), and prints each shape's median CPU
time (user + system) per MB and its ratio to the typical page's.
"""
import argparse
import os
import statistics
import subprocess

ARTICLE = "".join(
    f"<p>Paragraph {i} of the story says something about the harbour, the council and the "
    f"weather, at the length an ordinary news paragraph runs to, with a comma or two.</p>\n"
    for i in range(1, 9)
)


def page(middle, head=""):
    return (
        "<!doctype html><html><head><title>Hostile page</title>" + head + "</head><body>"
        "<article><h1>A story about the harbour</h1>" + ARTICLE + "</article>"
        + middle + "</body></html>\n"
    )


def repeat_to(unit, size):
    return unit * max(1, size // len(unit))


def typical(size):
    nav = "<nav><ul>" + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12)) + "</ul></nav>"
    story = "".join(
        f'<p class="body-text">Paragraph {i} reports what the council decided about the harbour, '
        f'quoting <a href="/p/{i}">a spokesperson</a> and adding some figures: {i * 7} boats, '
        f'{i * 3} berths, and a budget of {i * 1000} pounds for the year ahead.</p>\n'
        for i in range(40)
    )
    unit = ('<div class="story"><header><h2>Another story</h2><span class="byline">By Ann Lee</span>'
            "</header>" + story + "<aside><ul><li><a href='/x'>More</a></li></ul></aside></div>\n")
    return "<!doctype html><html><head><title>Typical page</title></head><body>" + nav + \
        repeat_to(unit, size) + "</body></html>\n"


SHAPES = {
    "typical": typical,
    # One element with as many attributes as fit (libxml2 checks duplicates in quadratic time).
    "many-attributes": lambda size: page(
        "<div " + "".join(f'a{i}="x"' + " " for i in range(size // 10)) + ">x</div>"),
    # The same attribute repeated: every duplicate is compared with all before it.
    "duplicate-attributes": lambda size: page("<div " + repeat_to('class="x" ', size) + ">x</div>"),
    # Nested divs, all closed.
    "deep-nesting": lambda size: page(
        repeat_to("<div>", size // 2) + "deep" + repeat_to("</div>", size // 2)),
    # Nested spans never closed, then stray end tags that match nothing open.
    "unclosed-then-stray-ends": lambda size: page(
        repeat_to("<span>", size // 2) + "x" + repeat_to("</em>", size // 2)),
    # Open tags never closed, each a different inline element in turn.
    "many-unclosed-tags": lambda size: page(repeat_to("<b><i><u><font>", size)),
    # Millions of tiny elements in one paragraph.
    "tiny-elements": lambda size: page("<p>" + repeat_to("<b>x</b>", size) + "</p>"),
    # One text node of MB megabytes.
    "huge-text-node": lambda size: page("<p>" + repeat_to("word ", size) + "</p>"),
    # Attribute values of a megabyte each.
    "long-attribute-values": lambda size: page(
        "".join(f'<div title="{"v" * (size // 4)}" class="{"c " * (size // 8)}">x</div>' for _ in range(2))),
    # Unclosed paragraphs and list items (the parser closes each one implicitly).
    "implied-ends": lambda size: page(repeat_to("<p>a<li>b<td>c", size)),
    # Nested tables, never closed.
    "nested-tables": lambda size: page(repeat_to("<table><tr><td>", size)),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=2)
    parser.add_argument("--only", help="comma-separated shape names (typical first, for the ratio)")
    parser.add_argument("--measure", metavar="BIN", help="folio binary to time on each page")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    size = int(args.mb * 1_000_000)
    wanted = args.only.split(",") if args.only else list(SHAPES)
    for name in wanted:
        with open(os.path.join(args.out, name + ".html"), "w") as f:
            f.write(SHAPES[name](size))
    if args.measure:
        measure(args.measure, args.out, wanted, args.rounds)


def cpu_seconds(binary, path):
    """CPU seconds (user + system) of one `extract` run, and its exit status."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S", binary, "extract", "--format", "json", path],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    user, system = result.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), result.returncode


def measure(binary, out, names, rounds):
    times = {name: [] for name in names}
    status = {}
    for _ in range(rounds):
        for name in names:
            seconds, status[name] = cpu_seconds(binary, os.path.join(out, name + ".html"))
            times[name].append(seconds)
    per_mb = {}
    print(f"{'shape':28} {'MB':>6} {'CPU s (median)':>15} {'s/MB':>8} {'x typical':>10} exit")
    for name in names:
        mb = os.path.getsize(os.path.join(out, name + ".html")) / 1e6
        median = statistics.median(times[name])
        per_mb[name] = median / mb
        ratio = per_mb[name] / per_mb["typical"] if "typical" in per_mb else float("nan")
        print(f"{name:28} {mb:6.2f} {median:15.3f} {per_mb[name]:8.3f} {ratio:10.2f} {status[name]}")


if __name__ == "__main__":
    main()
