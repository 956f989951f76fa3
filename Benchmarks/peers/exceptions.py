"""Distinct server exceptions in a Python server's log: exception type and innermost frame.

Reads every `Traceback (most recent call last):` block of the log (Tornado indents them,
Flask and gunicorn do not), keeps the last exception of each chain (`During handling of
the above exception...` supersedes the block before it), and prints one line per distinct
(type, innermost frame) with its count, sorted, as `COUNT<TAB>TYPE<TAB>FILE:LINE in FUNC`.
The frame's path is cut to what follows `site-packages/` (or the standard library's
`lib/python3.N/`), so runs on other machines agree.

    python3 exceptions.py server.log
"""
import re
import sys
from collections import Counter

FRAME = re.compile(r'^(\s*)File "(.+)", line (\d+), in (.+)$')
CHAINED = ("During handling of the above exception", "The above exception was the direct cause")


def tracebacks(lines):
    """(type, frame) per traceback block, chained blocks folded into their last one."""
    found = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip() != "Traceback (most recent call last):":
            index += 1
            continue
        indent = len(line) - len(line.lstrip())
        frame = None
        index += 1
        while index < len(lines):
            match = FRAME.match(lines[index])
            current = lines[index]
            depth = len(current) - len(current.lstrip())
            if match:
                path = re.split(r"site-packages/|/lib/python3\.\d+/", match.group(2))[-1]
                frame = f"{path}:{match.group(3)} in {match.group(4)}"
            elif depth <= indent and current.strip():
                kind = current.strip().split(":")[0]
                found.append((kind, frame or "(no frame)"))
                # A chained exception replaces the one it was raised while handling.
                rest = [l.strip() for l in lines[index + 1:index + 3] if l.strip()]
                if rest and rest[0].startswith(CHAINED):
                    found.pop()
                break
            index += 1
        index += 1
    return found


def main(path):
    with open(path, errors="replace") as log:
        lines = log.read().splitlines()
    for (kind, frame), count in sorted(Counter(tracebacks(lines)).items()):
        print(f"{count}\t{kind}\t{frame}")


if __name__ == "__main__":
    main(sys.argv[1])
