"""Turns ordo-one/benchmark's JMH export into compare.sh's records (section, item, tool,
metric, value), one line each, on stdout: the median (p50) of each metric per benchmark.

Usage: jmh_records.py FILE.jmh.json..."""
import json
import sys

# JMH export names: the benchmark's name with spaces as underscores after the target.
PREFIX = "package.benchmark.ConformBenchmarks."
# The exporter shares one secondary-metric table across benchmarks, so a benchmark that does
# not measure `instances` may carry another's: read it only where it is measured.
COUNTED = ("validation ", "generation ", "golden ")
METRICS = {  # JMH secondary metric name -> (record metric, divisor to its unit)
    "Time (wall clock)": ("wall_ms", 1000),
    "Time (total CPU)": ("cpu_ms", 1000),
    "Malloc (total)": ("mallocs", 1),
    "Memory (resident peak)": ("peak_mb", 1024 * 1024),
    "instances": ("instances", 1),
}

for path in sys.argv[1:]:
    with open(path) as f:
        for element in json.load(f):
            name = element["benchmark"].removeprefix(PREFIX).replace("_", " ")
            for metric, result in element["secondaryMetrics"].items():
                if metric not in METRICS or (metric == "instances" and not name.startswith(COUNTED)):
                    continue
                label, divisor = METRICS[metric]
                print(f"inprocess\t{name}\tconform\t{label}\t{result['scorePercentiles']['50.0'] / divisor}")
