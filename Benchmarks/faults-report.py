"""The table of Benchmarks/faults.sh: which tool found which planted fault, and in what time.

Usage: faults-report.py RUNS.tsv MACHINE OUT.md OUT.tsv
RUNS.tsv has one line per tool run: label, api, fault, operation, check, tool, reports folder,
wall seconds, exit status (fault, operation and check are '-' for the conformant sandbox and
for the golden recording runs, whose labels start with 'record ').
"""

import csv
import glob
import json
import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ElementTree


def read_json(path):
    try:
        with open(path) as file:
            return json.load(file)
    except (OSError, ValueError):
        return None


class Run:
    """One tool run: its failures as {operation: {kind: title}}, its cases and times."""

    def __init__(self, row):
        self.label, self.api, self.fault, self.operation, self.check, self.tool, self.folder = row[:7]
        self.seconds = float(row[7])
        self.status = int(row[8])
        self.failures = {}
        self.cases = 0
        self.sending_seconds = 0.0
        self.operation_names = {}
        self.stateful = []
        self.problem = None
        if self.tool == "conform":
            self.read_conform()
        else:
            self.read_schemathesis()
        if self.status == 124:
            self.problem = f"timed out after {self.seconds:.0f} s"

    def read_conform(self):
        report = read_json(os.path.join(self.folder, "report.json"))
        if report is None:
            self.problem = f"no report (exit {self.status})"
            return
        self.cases = report["totals"]["cases"]
        self.sending_seconds = report["timing"]["seconds"]
        for spec in report["specs"]:
            for operation in spec["operations"]:
                self.operation_names[operation["id"]] = f'{operation["method"]} {operation["path"]}'
            for finding in spec["findings"]:
                self.failures.setdefault(finding["operation"], {})[finding["check"]] = finding["check"]
            if spec.get("unreachable"):
                self.problem = "target unreachable"

    def read_schemathesis(self):
        reports = sorted(glob.glob(os.path.join(self.folder, "json-*.json")))
        report = read_json(reports[-1]) if reports else None
        if report is None:
            self.problem = f"no report (exit {self.status})"
            return
        self.cases = report["test_cases"]["generated"]
        for failure in report["failures"]:
            for operation in failure["operations"]:
                if operation != STATEFUL:
                    self.failures.setdefault(operation, {})[failure["code"]] = failure["title"]
        if report["stop_reason"] != "completed":
            self.problem = f'stopped: {report["stop_reason"]}'
        if any(STATEFUL in failure["operations"] for failure in report["failures"]):
            self.stateful = stateful_failures(sorted(glob.glob(os.path.join(self.folder, "junit-*.xml")))[-1:])

    def place_stateful(self, operations):
        """Adds each stateful failure to every operation (of "METHOD path" operations) its
        reproduction calls, since its report names no operation."""
        for code, title, calls in self.stateful:
            for method, path in calls:
                operation = operation_of(method, path, operations)
                if operation:
                    self.failures.setdefault(operation, {})[code] = f"{title} (stateful)"

    def all_failures(self):
        """Every failure as 'title on operation', sorted."""
        return sorted(f"{title} on {operation}" for operation, kinds in self.failures.items() for title in kinds.values())


# The name Schemathesis' JSON report gives its stateful phase instead of an operation.
STATEFUL = "Stateful tests"


def stateful_failures(junit_paths):
    """The stateful phase's failures in a Schemathesis JUnit report (the one path of
    junit_paths; none: no failures): (code, title, calls), the calls (method, URL path) of
    each failure's reproduction, in order."""
    try:
        tree = ElementTree.parse(junit_paths[0])
    except (IndexError, OSError, ElementTree.ParseError):
        return []
    failures = []
    for case in tree.iter("testcase"):
        if case.get("name") != STATEFUL:
            continue
        for failure in case.iter("failure"):
            for block in re.split(r"^\d+\. Test Case ID:", failure.text or "", flags=re.M)[1:]:
                calls = [(method, urllib.parse.urlsplit(url).path)
                         for method, url in re.findall(r"^\s*curl -X (\w+) .*?(https?://\S+)\s*$", block, re.M)]
                for code, title in re.findall(r"^- (ST\d+) (.+)$", block, re.M):
                    failures.append((code, title.strip(), calls))
    return failures


def operation_of(method, path, operations):
    """The operation ("METHOD /template") of operations a call is to; the longest template wins,
    and a path prefix before it (a server URL's /api) is allowed."""
    matches = []
    for operation in operations:
        operation_method, template = operation.split(" ", 1)
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        if operation_method == method and re.fullmatch(f"(?:/.*)?{pattern}", path):
            matches.append(operation)
    return max(matches, key=len, default=None)


def new_failures(run, baseline, operation):
    """The failure titles run reports on operation that baseline does not."""
    before = baseline.failures.get(operation, {})
    return sorted(title for kind, title in run.failures.get(operation, {}).items() if kind not in before)


def seconds(value):
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def rate(cases, time):
    return f"{cases / time:,.0f}" if time > 0 else "–"


def main():
    runs_path, machine, md_path, tsv_path = sys.argv[1:5]
    with open(runs_path) as file:
        runs = [Run(row) for row in csv.reader(file, delimiter="\t")]
    records = [run for run in runs if run.label.startswith("record ")]
    conformant = {(run.api, run.tool): run for run in runs if run.label.startswith("conformant ")}
    for run in runs:
        if run.stateful:
            run.place_stateful(conformant[(run.api, "conform")].operation_names.values())
    faults = {}
    for run in runs:
        if run.fault != "-":
            faults.setdefault(run.fault, {})[run.tool] = run

    table = [
        "| fault | check meant | conform found | conform s | Schemathesis found | Schemathesis s |",
        "|---|---|---|--:|---|--:|",
    ]
    tsv = [[
        "fault", "api", "operation", "check_meant",
        "conform_found", "conform_new_failures", "conform_seconds", "conform_exit",
        "schemathesis_found", "schemathesis_new_failures", "schemathesis_seconds", "schemathesis_exit",
    ]]
    found = {"conform": 0, "schemathesis": 0}
    for fault, by_tool in faults.items():
        cells, fields = [], []
        for tool in ("conform", "schemathesis"):
            run = by_tool[tool]
            baseline = conformant[(run.api, tool)]
            # Schemathesis names operations by method and path, conform by operationId.
            names = conformant[(run.api, "conform")].operation_names
            operation = run.operation if tool == "conform" else names.get(run.operation, run.operation)
            new = [] if run.problem or baseline.problem else new_failures(run, baseline, operation)
            found[tool] += bool(new)
            if run.problem or baseline.problem:
                verdict = f"error: {run.problem or 'baseline ' + baseline.problem}"
            else:
                verdict = f"yes: {', '.join(new)}" if new else "no"
            cells += [verdict, seconds(run.seconds)]
            fields += [int(bool(new)), ",".join(new), f"{run.seconds:.3f}", run.status]
        first = next(iter(by_tool.values()))
        table.append(f"| {fault} | {first.check} | " + " | ".join(cells) + " |")
        tsv.append([fault, first.api, first.operation, first.check] + fields)
    apis = sorted({api for api, _ in conformant})
    for api in apis:
        cells, fields = [], []
        for tool in ("conform", "schemathesis"):
            run = conformant[(api, tool)]
            reported = run.all_failures()
            if run.problem:
                verdict = f"error: {run.problem}"
            else:
                verdict = f"reports {'; '.join(reported)}" if reported else "–"
            cells += [verdict, seconds(run.seconds)]
            fields += [len(reported), ";".join(reported), f"{run.seconds:.3f}", run.status]
        table.append(f"| conformant {api} (a false alarm if reported) | – | " + " | ".join(cells) + " |")
        tsv.append([f"conformant {api}", api, "-", "-"] + fields)
    total = {tool: sum(run.seconds for run in runs if run.tool == tool and not run.label.startswith("record "))
             for tool in ("conform", "schemathesis")}
    recording = sum(run.seconds for run in records)
    alarms = {tool: sum(bool(conformant[(api, tool)].failures) for api in apis) for tool in ("conform", "schemathesis")}
    table.append(
        f"| **found / planted; false alarms / conformant specs** | | **{found['conform']}/{len(faults)}; "
        f"{alarms['conform']}/{len(apis)}** | **{seconds(total['conform'])}** | "
        f"**{found['schemathesis']}/{len(faults)}; {alarms['schemathesis']}/{len(apis)}** | "
        f"**{seconds(total['schemathesis'])}** |")

    conform_time = total["conform"] + recording
    ratio = conform_time / total["schemathesis"] if total["schemathesis"] > 0 else float("nan")
    lines = [
        "# Planted sandbox faults: conform and Schemathesis",
        "",
        f"`Benchmarks/faults.sh`; {machine}.",
        "",
        "Found: the tool reports a failure on the fault's operation that it does not report on the",
        "conformant sandbox. Seconds: wall time of the whole tool process, a fresh sandbox per run.",
        "",
    ] + table + [
        "",
        f"Time: conform {seconds(total['conform'])} s in the runs above plus {seconds(recording)} s recording "
        f"its goldens against the conformant sandbox, {seconds(conform_time)} s in all; Schemathesis "
        f"{seconds(total['schemathesis'])} s. conform / Schemathesis: {ratio:.3f}.",
        "",
        "Cases per second on the conformant sandbox (while sending: over report.json's `timing.seconds`; "
        "whole command: over the wall time of the process):",
        "",
        "| spec | conform cases | conform cases/s while sending | conform cases/s whole command "
        "| Schemathesis cases | Schemathesis cases/s whole command |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    sums = {"cases": 0, "sending": 0.0, "wall": 0.0, "st_cases": 0, "st_wall": 0.0}
    for api in apis:
        ours, theirs = conformant[(api, "conform")], conformant[(api, "schemathesis")]
        lines.append(f"| {api} | {ours.cases:,} | {rate(ours.cases, ours.sending_seconds)} | "
                     f"{rate(ours.cases, ours.seconds)} | {theirs.cases:,} | {rate(theirs.cases, theirs.seconds)} |")
        sums["cases"] += ours.cases
        sums["sending"] += ours.sending_seconds
        sums["wall"] += ours.seconds
        sums["st_cases"] += theirs.cases
        sums["st_wall"] += theirs.seconds
    lines.append(f"| **all** | **{sums['cases']:,}** | **{rate(sums['cases'], sums['sending'])}** | "
                 f"**{rate(sums['cases'], sums['wall'])}** | **{sums['st_cases']:,}** | "
                 f"**{rate(sums['st_cases'], sums['st_wall'])}** |")
    with open(md_path, "w") as file:
        file.write("\n".join(lines) + "\n")
    with open(tsv_path, "w", newline="") as file:
        csv.writer(file, delimiter="\t", lineterminator="\n").writerows(tsv)


main()
