#!/usr/bin/env python3
"""Times `parallax check` of two 5,000-word reports as a whole process (release build).

The source is Corpus/idleb-2020-02/fr-quotidien.txt and the translation its English
translation of Tests/ParallaxCheckTests/Fixtures/idleb/en.txt, each repeated (paragraphs in
turn) to at least 5,000 words, written to $BENCH_DIR (default /tmp/parallax-bench-check).
Prints the median CPU time (user+sys) and wall time of RUNS runs (default 11).

    swift build -c release --scratch-path .build-release --product parallax
    python3 Scripts/bench-check.py [--binary .build-release/release/parallax] [--runs 11]
        [--pair idleb|bleualign]
"""
import argparse, os, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def body(path):
    text = open(path, encoding="utf-8").read()
    head, _, rest = text.partition("\n\n")
    return head, [p for p in rest.split("\n\n") if p.strip()]


def grow(path, out, words):
    head, paragraphs = body(path)
    result, count, i = [], 0, 0
    while count < words:
        p = paragraphs[i % len(paragraphs)]
        result.append(p)
        count += len(p.split())
        i += 1
    open(out, "w", encoding="utf-8").write(head + "\n\n" + "\n\n".join(result) + "\n")
    return count, len(result)


def bleualign(out_source, out_target, words):
    """The first lines of the Bleualign dev set (a published German-French translation,
    ../shared/bench) up to `words` German words, each line a paragraph; the French lines are
    those the gold alignment links to them: a real translation with its merges and splits."""
    folder = os.path.join(ROOT, "../shared/bench/align/bleualign-dev")
    de = open(os.path.join(folder, "dev.de"), encoding="utf-8").read().split("\n")
    fr = open(os.path.join(folder, "dev.fr"), encoding="utf-8").read().split("\n")
    last_de, count = 0, 0
    while count < words and last_de < len(de):
        count += len(de[last_de].split())
        last_de += 1
    last_fr = 0
    for line in open(os.path.join(folder, "dev.defr"), encoding="utf-8"):
        left, right = line.strip().split(":")[:2]
        left = [int(x) for x in left.strip("[]").split(",") if x.strip()]
        right = [int(x) for x in right.strip("[]").split(",") if x.strip()]
        if left and max(left) < last_de and right:
            last_fr = max(last_fr, max(right) + 1)
    for path, lines, lang in ((out_source, de[:last_de], "de"), (out_target, fr[:last_fr], "fr")):
        open(path, "w", encoding="utf-8").write(
            f"lang: {lang}\n\n" + "\n\n".join(l for l in lines if l.strip()) + "\n")
    return count, last_de, sum(len(l.split()) for l in fr[:last_fr]), last_fr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build-release/release/parallax"))
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--pair", choices=["idleb", "bleualign"], default="idleb",
                        help="idleb: a French report and its English translation, paragraphs "
                        "repeated; bleualign: the published German-French dev set, one line a "
                        "paragraph")
    args = parser.parse_args()
    folder = os.environ.get("BENCH_DIR", "/tmp/parallax-bench-check")
    os.makedirs(folder, exist_ok=True)
    if args.pair == "bleualign":
        source = os.path.join(folder, "source-de.txt")
        target = os.path.join(folder, "target-fr.txt")
        sw, sp, tw, tp = bleualign(source, target, args.words)
    else:
        source = os.path.join(folder, "source-fr.txt")
        target = os.path.join(folder, "target-en.txt")
        sw, sp = grow(os.path.join(ROOT, "Corpus/idleb-2020-02/fr-quotidien.txt"), source,
                      args.words)
        tw, tp = grow(os.path.join(ROOT, "Tests/ParallaxCheckTests/Fixtures/idleb/en.txt"),
                      target, args.words)
    print(f"source {sw} words / {sp} paragraphs, translation {tw} words / {tp} paragraphs")
    cpu, wall, status = [], [], None
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([args.binary, "check", source, target, "--format", "json"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        status = done.returncode
    print(f"check: median CPU {statistics.median(cpu) * 1000:.0f} ms (user+sys), "
          f"median wall {statistics.median(wall) * 1000:.0f} ms, {args.runs} runs, exit {status}")
    print(f"load average: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    sys.exit(main())
