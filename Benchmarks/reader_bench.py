#!/usr/bin/env python3
"""Measure the reader (issue #4) from outside, under tmux, and from inside (FOLIO_TRACE).

Usage:
    python3 Benchmarks/reader_bench.py --folio .build/release/folio --library /tmp/lib.sqlite \
        [--moves 60] [--query trade] [--width 120 --height 40]

Outside: the time from `tmux send-keys` (or `new-session`) returning until `capture-pane`
shows a changed screen, polled every 2 ms. Each poll spawns a tmux client, so these figures
include a few milliseconds of tmux overhead on top of the reader's own time.
Inside: the reader's trace (reduce + effects, render, paint per key batch; launch), wall time
and the process CPU time (steadier than wall time on a shared machine).
Peak RSS: VmHWM of the reader process, read from /proc just before it quits.

Python 3 standard library only. The library is read and marked (a star is toggled twice, so
it ends as it started; opening an article marks it read).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time


class Pane:
    def __init__(self, socket):
        self.socket = socket

    def tmux(self, *args, check=True):
        return subprocess.run(["tmux", "-u", "-f", "/dev/null", "-S", self.socket, *args],
                              capture_output=True, text=True, check=check).stdout

    def screen(self):
        """The pane with its SGR sequences, so a moved highlight counts as a change."""
        return self.tmux("capture-pane", "-p", "-e", "-t", "T", check=False)

    def wait(self, condition, timeout=10.0):
        """Polls until condition(screen) holds; returns (seconds waited, screen)."""
        start = time.perf_counter()
        while True:
            shown = self.screen()
            if condition(shown):
                return time.perf_counter() - start, shown
            if time.perf_counter() - start > timeout:
                raise TimeoutError("screen never matched:\n" + shown)
            time.sleep(0.002)

    def key_to_change(self, *keys, settle=None):
        """Sends keys; returns ms until the screen differs from before (and `settle` holds)."""
        before = self.screen()
        start = time.perf_counter()
        self.tmux("send-keys", "-t", "T", *keys)
        try:
            _, shown = self.wait(lambda s: s != before and (settle is None or settle(plain(s))), timeout=3.0)
        except TimeoutError:
            return None, before  # nothing changed (the end of a small list): not a sample
        return (time.perf_counter() - start) * 1000, shown


def cpu_share(pid, seconds):
    """Percent of one core the process used over `seconds` of waiting."""
    def ticks():
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    before = ticks()
    time.sleep(seconds)
    return 100.0 * (ticks() - before) / os.sysconf("SC_CLK_TCK") / seconds


def plain(styled):
    return re.sub(r"\x1b\[[0-9;]*m", "", styled)


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {values[-1]:.1f} ms (n={len(values)})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--library", required=True)
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--query", default="trade")
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the work folder (trace, session)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="folio-reader-bench-")
    trace = os.path.join(work, "trace.tsv")
    pane = Pane(os.path.join(work, "tmux.sock"))
    env = {"XDG_STATE_HOME": work, "FOLIO_TRACE": trace, "LC_ALL": "C.UTF-8"}
    env_args = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
    command = f"'{os.path.abspath(args.folio)}' --library '{os.path.abspath(args.library)}'"
    outside = {}
    try:
        start = time.perf_counter()
        pane.tmux("new-session", "-d", "-s", "T", "-x", str(args.width), "-y", str(args.height), *env_args, command)
        waited, _ = pane.wait(lambda s: " articles" in plain(s) and "newest first" in plain(s))
        outside["launch to first full frame"] = [(time.perf_counter() - start) * 1000]
        pid = pane.tmux("display-message", "-p", "-t", "T", "#{pane_pid}").strip()
        idle_cpu = cpu_share(pid, seconds=5)

        outside["move (j)"] = [pane.key_to_change("j")[0] for _ in range(args.moves)]
        outside["move (k)"] = [pane.key_to_change("k")[0] for _ in range(args.moves // 2)]
        outside["page (PgDn)"] = [pane.key_to_change("PageDown")[0] for _ in range(10)]
        ends, tops = [], []
        for _ in range(5):
            ends.append(pane.key_to_change("G")[0])
            tops.append(pane.key_to_change("g")[0])
        outside["jump to the last row (G)"] = ends
        outside["jump to the first row (g)"] = tops
        opens, stars = [], []
        for _ in range(10):
            opens.append(pane.key_to_change("Enter")[0])
            stars.append(pane.key_to_change("s")[0])
            stars.append(pane.key_to_change("s")[0])
            pane.key_to_change("Escape")
            pane.key_to_change("j")
        outside["open (Enter)"] = opens
        outside["star (s)"] = stars

        pane.key_to_change("/")
        filters = []
        for i, ch in enumerate(args.query):
            typed = args.query[: i + 1]
            ms, _ = pane.key_to_change("-l", ch, settle=lambda s, t=typed: ("/" + t) in s and "matching" in s)
            filters.append(ms)
        outside[f"filter keystroke ('{args.query}', one letter at a time)"] = filters
        pane.key_to_change("Enter")

        with open(f"/proc/{pid}/status") as status:
            rss = {l.split(":")[0]: l.split(":")[1].strip() for l in status if l.startswith(("VmHWM", "VmRSS"))}
        pane.tmux("send-keys", "-t", "T", "c")
        pane.tmux("send-keys", "-t", "T", "q")
    finally:
        pane.tmux("kill-server", check=False)

    print("## Outside (tmux send-keys -> capture-pane shows the change)")
    for name, values in outside.items():
        print(f"- {name}: {summary(values)}")
    print(f"- peak RSS (VmHWM): {rss.get('VmHWM')}, RSS at the end: {rss.get('VmRSS')}")
    print(f"- CPU while idle (5 s, no keys): {idle_cpu:.2f}%")

    print("\n## Inside (FOLIO_TRACE: reduce+effects, render, paint)")
    groups, effects, in_prompt = {}, {}, False
    with open(trace) as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if fields[0] in ("start", "launch", "mark"):
                print(f"- {fields[0]}: " + " ".join(fields[1:]))
            elif fields[0] in ("effect", "idle"):
                name = fields[1].split(" ")[0] + (" (when idle)" if fields[0] == "idle" else "")
                cpu = float(fields[3]) if len(fields) > 3 else None
                effects.setdefault(name, []).append((float(fields[2]), cpu))
            elif fields[0] == "key":
                label = fields[1]
                if label == "/":
                    in_prompt = True
                elif in_prompt and label in ("Enter", "Esc"):
                    in_prompt = False
                elif in_prompt:
                    label = "filter letter"
                cpu = float(fields[7]) if len(fields) > 7 else None
                groups.setdefault(label, []).append([float(x) for x in fields[2:6]] + [cpu])
    for label, rows in groups.items():
        totals = [r[3] for r in rows]
        reduce_ms = statistics.median(r[0] for r in rows)
        render_ms = statistics.median(r[1] for r in rows)
        paint_ms = statistics.median(r[2] for r in rows)
        print(f"- key {label!r}: total {summary(totals)}; medians reduce+effects {reduce_ms:.2f}, render {render_ms:.2f}, paint {paint_ms:.2f}")
        print(f"  CPU: {summary([r[4] for r in rows])}")
    print("\n## Effects inside those keys (and postponed ones run while idle): wall; CPU")
    for name, values in effects.items():
        print(f"- {name}: {summary([v[0] for v in values])}; CPU {summary([v[1] for v in values])}")
    if args.keep:
        print(f"\n(trace kept in {trace})")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
