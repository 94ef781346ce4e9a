#!/usr/bin/env python3
"""Prints a Gatling run's statistics as a Markdown table (per group and request: count, failures, percentiles).

    python3 src/bench/summary.py [target/gatling/<run>]             # default: the latest run
    python3 src/bench/summary.py --phase 30 [target/gatling/<run>]  # ThroughputSimulation: requests per second
                                                                     # per page and the ratio to the no-database page

Gatling 3.12+ no longer writes stats.json, so this reads the statistics table of the run's index.html.
"""
import glob
import html
import os
import re
import sys

NO_DB = "login page (no database)"


def rows(run_dir):
    text = open(os.path.join(run_dir, "index.html"), encoding="utf-8").read()
    body = text[text.index('id="container_statistics_body"'):]
    names = {}
    for m in re.finditer(r'<tr id="([^"]+)" data-parent="([^"]+)">(.*?)</tr>', body, re.S):
        row_id, parent, row = m.groups()
        name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
        names[row_id] = name
        path = (names[parent] + " / " if parent in names else "") + name
        values = re.findall(r'<td class="value [a-z]+ col-\d+">([^<]*)</td>', row)
        total, ok, ko, _, rps, mn, p50, p75, p95, p99, mx, mean, _ = values
        yield {"id": row_id, "path": path, "name": name, "group": row_id.startswith("group_"),
               "count": int(total), "ko": int(ko), "rps": rps, "p50": p50, "p75": p75, "p95": p95, "p99": p99,
               "max": mx, "mean": mean}


def main(argv):
    phase = None
    if len(argv) >= 2 and argv[0] == "--phase":
        phase = float(argv[1])
        argv = argv[2:]
    run_dir = argv[0] if argv else max(glob.glob("target/gatling/*/index.html"), key=os.path.getmtime)[:-11]
    print(f"Run: {run_dir}\n")
    data = list(rows(run_dir))
    print("| group / request | count | KO | p50 ms | p95 ms | p99 ms | max ms | mean ms | rps (whole run) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in data:
        label = f"**{r['path']}**" if r["group"] else r["path"]
        print(f"| {label} | {r['count']} | {r['ko']} | {r['p50']} | {r['p95']} | {r['p99']} | {r['max']} | "
              f"{r['mean']} | {r['rps']} |")
    if phase:
        pages = [r for r in data if not r["group"] and not r["path"].startswith("sign-in")
                 and r["name"] not in ("find articles",)]
        base = next((r["count"] / phase for r in pages if r["name"] == NO_DB), None)
        print(f"\nThroughput, {phase:g} s per page:\n")
        print("| page | requests/s | p50 ms | p95 ms | ratio to the page without database |")
        print("|---|---:|---:|---:|---:|")
        for r in pages:
            rate = r["count"] / phase
            ratio = f"{rate / base:.2f}" if base else "-"
            print(f"| {r['name']} | {rate:.1f} | {r['p50']} | {r['p95']} | {ratio} |")


if __name__ == "__main__":
    main(sys.argv[1:])
