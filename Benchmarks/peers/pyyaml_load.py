"""PyYAML with libyaml (CSafeLoader): loads FILE into Python objects RUNS times and prints
the median seconds of one load. Usage: pyyaml_load.py FILE [RUNS]"""
import statistics
import sys
import time

import yaml

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
with open(path, "rb") as f:
    text = f.read()
times = []
for _ in range(runs):
    start = time.perf_counter()
    yaml.load(text, Loader=yaml.CSafeLoader)
    times.append(time.perf_counter() - start)
print(f"median {statistics.median(times):.6f} s")
