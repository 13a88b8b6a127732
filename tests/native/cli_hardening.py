#!/usr/bin/env python3
"""cli_hardening.py — issue #17 regression tests for the `armistice` command line.

Runs the real binary on hostile inputs and checks exit codes and messages:
  --help for EVERY command listed by `armistice help` (the dispatch table, commands.h);
  named pipes, directories and devices never hang; '-' reads standard input;
  backtest size and row caps; messages that name the real problem; escaped file names;
  off-grid lever values; names with bidi overrides or separators.
Every check has a timeout, so a regression that hangs fails instead of blocking ctest.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

FAILURES = []


def run(argv, stdin=None, timeout=20):
    try:
        p = subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", b"TIMEOUT"
    return p.returncode, p.stdout, p.stderr


def check(label, ok, detail=""):
    if not ok:
        FAILURES.append(f"{label}: {detail}")
        print(f"FAIL {label}: {detail}")
    else:
        print(f"ok   {label}")


def commands(b):
    rc, out, _ = run([b, "help"])
    names = []
    listing = False
    for line in out.decode().splitlines():
        if line.startswith("commands:"):
            listing = True
            continue
        if listing and line.startswith("  ") and line.strip():
            names.append(line.split()[0])
        elif listing and not line.strip() and names:
            break
    return rc, names


def test_help(b):
    rc, names = commands(b)
    check("help lists the command table", rc == 0 and len(names) >= 11 and "evaluate" in names,
          f"rc={rc} names={names}")
    for name in names:
        for argv in ([b, name, "--help"], [b, name, "-h"], [b, "help", name],
                     [b, name, "x", "--help"]):
            rc, out, err = run(argv)
            text = out.decode(errors="replace")
            usage = "usage: armistice " + ("" if name == "help" else name)
            check(" ".join(argv[1:]), rc == 0 and text.startswith(usage),
                  f"rc={rc} stdout={text[:80]!r} stderr={err[:120]!r}")


def scenario_text(**changes):
    with open(os.path.join(ROOT, "scenarios", "no_agreement.json"), encoding="utf-8") as f:
        data = json.load(f)
    for k, v in changes.items():
        if k == "context":
            data.setdefault("context", {}).update(v)
        else:
            data[k] = v
    return json.dumps(data, ensure_ascii=False)


def test_pipes_dirs_devices(b, tmp):
    fifo = os.path.join(tmp, "pipe")
    os.mkfifo(fifo)
    for argv in (["evaluate", fifo], ["show", fifo], ["validate", fifo],
                 ["diff", fifo, "no_agreement"], ["link", "encode", fifo]):
        rc, _, err = run([b] + argv, timeout=10)
        check("fifo: " + argv[0], rc == 2 and b"named pipe" in err, f"rc={rc} err={err[:160]!r}")
    rc, _, err = run([b, "backtest", fifo], timeout=10)
    check("fifo: backtest", rc == 2 and b"named pipe" in err, f"rc={rc} err={err[:160]!r}")

    text = scenario_text().encode()
    rc, out, err = run([b, "validate", "-"], stdin=text)
    check("validate - reads standard input", rc == 0 and b"standard input: valid" in out,
          f"rc={rc} out={out!r} err={err!r}")
    rc, out, err = run([b, "show", "-"], stdin=text)
    check("show - reads standard input", rc == 0 and len(out) > 100, f"rc={rc} err={err!r}")
    rc, out, err = run([b, "link", "encode", "-"], stdin=text)
    check("link encode - reads standard input", rc == 0 and out.startswith(b"a1."), f"rc={rc} err={err!r}")
    rc, _, err = run([b, "validate", "-"], stdin=b" " * (64 * 1024 + 10))
    check("validate - applies the size cap", rc == 2 and b"65536 bytes" in err, f"rc={rc} err={err!r}")
    rc, _, err = run([b, "diff", "-", "-"], stdin=text)
    check("diff - - is refused", rc == 2 and b"only once" in err, f"rc={rc} err={err!r}")

    rc, _, err = run([b, "validate", tmp])
    check("directory: validate", rc == 2 and b"is a directory" in err, f"rc={rc} err={err!r}")
    rc, _, err = run([b, "evaluate", tmp])
    check("directory: evaluate", rc == 2 and b"is a directory" in err, f"rc={rc} err={err!r}")
    rc, _, err = run([b, "backtest", "/dev/zero"], timeout=10)
    check("device: backtest /dev/zero", rc == 2 and b"device" in err, f"rc={rc} err={err!r}")
    rc, _, err = run([b, "validate", "/dev/zero"], timeout=10)
    check("device: validate /dev/zero", rc == 2 and b"device" in err, f"rc={rc} err={err!r}")


def test_backtest_caps(b, tmp):
    big = os.path.join(tmp, "big.csv")
    with open(big, "wb") as f:
        f.write(b"x" * (4 * 1024 * 1024 + 1))
    rc, _, err = run([b, "backtest", big])
    check("backtest file-size cap", rc == 2 and b"4194304 bytes" in err, f"rc={rc} err={err!r}")
    with open(os.path.join(SHARED, "backtest", "cases_dev.csv"), "rb") as f:
        lines = f.read().decode().splitlines()
    header, row = lines[0], lines[1].split(",")
    rows = os.path.join(tmp, "rows.csv")
    with open(rows, "w") as f:
        f.write(header + "\n")
        for i in range(10001):
            row[0] = f"C{i}"
            f.write(",".join(row) + "\n")
    rc, _, err = run([b, "backtest", rows], timeout=60)
    check("backtest row cap", rc == 2 and b"at most 10000" in err and b":10002:" in err,
          f"rc={rc} err={err!r}")


def test_messages(b, tmp):
    rc, _, err = run([b, "evaluate", "no_agreement", "--runs", "4294967396"])
    check("--runs reports the number typed", rc == 2 and b"4294967396" in err and b"100 to 100000" in err,
          f"rc={rc} err={err!r}")
    path = os.path.join(tmp, "month.json")
    with open(path, "w") as f:
        f.write(scenario_text(simulation={"runs": 1000, "horizon_months": 1, "seed": 1}))
    rc, _, err = run([b, "validate", path])
    check("1 month, singular", rc == 2 and b"is 1 month;" in err, f"rc={rc} err={err!r}")
    for label, raw, expect in (("1.0", "1.0", b"decimal point"), ('"1"', '"1"', b"a string"),
                               ("99999999999", "99999999999", b"out of range")):
        path = os.path.join(tmp, "version.json")
        with open(path, "w") as f:
            f.write(scenario_text().replace('"version": 1', '"version": ' + raw, 1))
        rc, _, err = run([b, "validate", path])
        check("version " + label, rc == 2 and expect in err and b"missing" not in err, f"rc={rc} err={err!r}")
    path = os.path.join(tmp, "trend.json")
    with open(path, "w") as f:
        f.write(scenario_text(context={"battlefield_trend": -1638.4}))
    rc, _, err = run([b, "validate", path])
    check("range message without the unit pasted in",
          rc == 2 and b"is -1638.4; must be between -1 and +1" in err, f"rc={rc} err={err!r}")
    evil = os.path.join(tmp, "evil\x1b]0;title\x07\x1b[31m.json")
    rc, _, err = run([b, "validate", evil])
    check("file name with terminal escapes is escaped",
          rc == 2 and b"\x1b" not in err and b"\x07" not in err and b"\\x1B]0;title\\x07" in err,
          f"rc={rc} err={err!r}")
    rc, _, err = run([b, "evaluate", "\x1b[2Jboom"])
    check("unknown scenario name escaped", rc == 2 and b"\x1b" not in err, f"rc={rc} err={err!r}")


def test_levers_and_names(b, tmp):
    path = os.path.join(tmp, "offgrid.json")
    with open(path, "w") as f:
        f.write(scenario_text(context={"western_aid": 37.123456}))
    rc, _, err = run([b, "validate", path])
    check("off-grid lever refused by validate", rc == 2 and b"step 5" in err and b"35 or 40" in err,
          f"rc={rc} err={err!r}")
    rc, out, err = run([b, "link", "encode", path])
    check("off-grid lever refused by link encode", rc == 2 and not out, f"rc={rc} out={out!r} err={err!r}")
    rc, out, err = run([b, "evaluate", path])
    check("off-grid lever refused by evaluate", rc == 2 and not out, f"rc={rc} err={err!r}")
    with open(path, "w") as f:
        f.write(scenario_text(context={"us_reliability": 0.1 + 0.2}))  # 0.30000000000000004
    rc, out, err = run([b, "validate", path])
    check("decimal round-off is read as the grid point", rc == 0, f"rc={rc} err={err!r}")
    for label, name, expect in (("right-to-left override", "abc\u202edef", b"U+202E"),
                                ("line separator", "abc\u2028def", b"U+2028"),
                                ("empty", "", b"is empty")):
        with open(path, "w", encoding="utf-8") as f:
            f.write(scenario_text(name=name))
        rc, _, err = run([b, "validate", path])
        check("name: " + label, rc == 2 and expect in err, f"rc={rc} err={err!r}")


def main():
    global ROOT, SHARED
    ap = argparse.ArgumentParser()
    ap.add_argument("--armistice", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", default="")
    a = ap.parse_args()
    ROOT = a.root
    SHARED = a.shared or os.path.join(a.root, "data")
    with tempfile.TemporaryDirectory() as tmp:
        test_help(a.armistice)
        test_pipes_dirs_devices(a.armistice, tmp)
        if os.path.exists(os.path.join(SHARED, "backtest", "cases_dev.csv")):
            test_backtest_caps(a.armistice, tmp)
        else:
            check("backtest cases found", False, SHARED)
        test_messages(a.armistice, tmp)
        test_levers_and_names(a.armistice, tmp)
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
