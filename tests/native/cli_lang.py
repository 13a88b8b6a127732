#!/usr/bin/env python3
"""cli_lang.py — `armistice --lang CODE` (issue #14): the CLI's reader text in Ukrainian and
Russian, English by default, and JSON unchanged for scripts.

Runs the real binary and checks:
  the default output is English and equal to `--lang en`;
  `--lang uk` / `--lang=ru`, before or after the command, write the same lines in Cyrillic;
  a bad or missing code is a usage error (exit 2) that names the languages;
  commands without reader text, and every --json output, are byte-identical in every language;
  show writes the scenario, the proposer and the status in the language (a source's key,
  "seed 001", stays as the citation tables name it).
"""
import argparse
import re
import subprocess
import sys

FAILURES = []
CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґЁё]{3}")


def run(argv, timeout=120):
    p = subprocess.run(argv, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else ": " + detail))
    if not ok:
        FAILURES.append(label)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--armistice", required=True)
    b = ap.parse_args().armistice

    rc, en, _ = run([b, "list"])
    check("list: exit 0", rc == 0)
    _, en2, _ = run([b, "list", "--lang", "en"])
    check("list --lang en equals the default", en2 == en)
    check("list in English has no Cyrillic", not CYRILLIC.search(en))
    ids = [line.split()[0] for line in en.splitlines() if line and not line.startswith(" ")]
    for argv, code in (([b, "list", "--lang", "uk"], "uk"), ([b, "--lang=ru", "list"], "ru")):
        rc, out, err = run(argv)
        check(f"list {code}: exit 0", rc == 0, err)
        lines = out.splitlines()
        check(f"list {code}: as many lines as English", len(lines) == len(en.splitlines()),
              f"{len(lines)} vs {len(en.splitlines())}")
        got = [line.split()[0] for line in lines if line and not line.startswith(" ")]
        check(f"list {code}: the same preset ids in the same order", got == ids)
        names = [line for line in lines if line and not line.startswith(" ")]
        english_names = [line for line in en.splitlines() if line and not line.startswith(" ")]
        translated = sum(1 for a, e in zip(names, english_names) if a != e)
        check(f"list {code}: every preset's name translated", translated == len(names),
              f"{translated} of {len(names)}")
        check(f"list {code}: Cyrillic text", bool(CYRILLIC.search(out)))
    _, uk, _ = run([b, "list", "--lang", "uk"])
    _, ru, _ = run([b, "list", "--lang", "ru"])
    check("Ukrainian and Russian differ", uk != ru)

    # show: the scenario in the reader's language; an edited preset's title too.
    for preset in ("nato_norway", "russia_june_2024"):
        _, en_show, _ = run([b, "show", preset])
        _, en_show2, _ = run([b, "show", preset, "--lang", "en"])
        check(f"show {preset}: --lang en equals the default", en_show == en_show2)
        for code in ("uk", "ru"):
            rc, out, err = run([b, "show", preset, "--lang", code])
            check(f"show {preset} {code}: exit 0", rc == 0, err)
            check(f"show {preset} {code}: in Cyrillic and not the English", bool(CYRILLIC.search(out))
                  and out != en_show)
            check(f"show {preset} {code}: no English field labels",
                  not re.search(r"^(Proposed by|Date|Status|Source):", out, re.M), out[-400:])
            meta = [l for l in out.splitlines()[-6:] if not re.match(r"^(Джерело|Источник):", l)]
            check(f"show {preset} {code}: proposer and status translated",
                  not re.search(r"[A-Za-z]{3}", re.sub(r"\bseed \d{3}", "", "\n".join(meta))),
                  "\n".join(meta))

    for argv, what in (([b, "list", "--lang", "xx"], "unknown code"),
                       ([b, "list", "--lang"], "missing code"),
                       ([b, "--lang", "EN", "list"], "wrong case")):
        rc, out, err = run(argv)
        check(f"{what}: exit 2", rc == 2, f"rc={rc}")
        check(f"{what}: message names the languages", "en, uk, ru" in err, err)
        check(f"{what}: nothing on stdout", out == "", out)

    for cmd in (["version"], ["link", "encode", "nato_norway"],
                ["evaluate", "nato_norway", "--json", "--runs", "500", "--no-sensitivity"]):
        _, plain, _ = run([b] + cmd)
        _, other, _ = run([b] + cmd + ["--lang", "uk"])
        check(f"{' '.join(cmd[:2])}: the same in Ukrainian", plain == other and plain != "")

    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
