"""compare.sh's report: medians of its records, the ratios, a Markdown table and JSON.

Usage: report.py RAW.tsv OUT.json OUT.md
RAW.tsv holds one measurement a line: section, item, tool, metric, value (tab-separated);
repeated measurements of the same (section, item, tool, metric) are reduced to their median.
"""
import json
import statistics
import sys
from collections import defaultdict

raw, json_path, markdown_path = sys.argv[1:4]
values = defaultdict(list)
texts = {}
with open(raw) as f:
    for line in f:
        section, item, tool, metric, value = line.rstrip("\n").split("\t")
        if metric == "text":
            texts[(section, item)] = value
            continue
        try:
            values[(section, item, tool, metric)].append(float(value))
        except ValueError:
            pass  # a measurement that did not come out (an empty field) counts as missing


def median(section, item, tool, metric):
    found = values.get((section, item, tool, metric))
    return statistics.median(found) if found else None


def ratio(a, b):
    return a / b if a is not None and b else None


def show(value, digits=0, suffix=""):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}{suffix}"


machine = {item: value for (section, item), value in texts.items() if section == "machine"}
report = {"machine": machine}
lines = [
    f"Measured {machine.get('date')} on {machine.get('cores')} cores ({machine.get('cpu')}), load average "
    f"{machine.get('load')} at start; commit {machine.get('commit')}; {machine.get('mode')}. "
    f"Peers: {machine.get('peers')}.",
    "",
]

# Spec load: conform in-process (ordo-one/benchmark medians) beside libyaml and PyYAML.
specs = [
    ("stripe-spec3-2023-09-12.yaml", "Stripe 4.2 MB YAML"),
    ("gr4vy-openapi.json", "Gr4vy 2 MB JSON"),
    ("dodopayments-openapi.documented.yml", "Dodo YAML"),
]
report["load"] = []
lines += [
    "### Spec load (median seconds)",
    "",
    "| spec | conform load | conform load+resolve | libyaml events alone | PyYAML CSafeLoader | load / libyaml | load / PyYAML | `conform lint` process | peak MB: conform lint / libyaml / PyYAML |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
]
for file, label in specs:
    load = median("inprocess", f"load {label}", "conform", "wall_ms")
    resolve = median("inprocess", f"load+resolve {label}", "conform", "wall_ms")
    row = {
        "spec": file,
        "conform_load_s": load / 1000 if load is not None else None,
        "conform_load_resolve_s": resolve / 1000 if resolve is not None else None,
        "libyaml_s": median("load", file, "libyaml", "seconds"),
        "pyyaml_s": median("load", file, "pyyaml", "seconds"),
        "conform_lint_process_s": median("load", file, "conform", "lint_seconds"),
        "peak_mb": {tool: median("load", file, tool, "peak_mb") for tool in ("conform", "libyaml", "pyyaml")},
    }
    row["load_vs_libyaml"] = ratio(row["conform_load_s"], row["libyaml_s"])
    row["load_vs_pyyaml"] = ratio(row["conform_load_s"], row["pyyaml_s"])
    report["load"].append(row)
    peaks = " / ".join(show(row["peak_mb"][tool]) for tool in ("conform", "libyaml", "pyyaml"))
    lines.append(
        f"| {label} | {show(row['conform_load_s'], 3)} | {show(row['conform_load_resolve_s'], 3)} | "
        f"{show(row['libyaml_s'], 3)} | {show(row['pyyaml_s'], 3)} | {show(row['load_vs_libyaml'], 2, '×')} | "
        f"{show(row['load_vs_pyyaml'], 2, '×')} | {show(row['conform_lint_process_s'], 2)} | {peaks} |")

# Validation: conform's rate from the in-process benchmark, jsonschema-rs's from its script.
report["validation"] = []
lines += [
    "",
    "### Validations per second (single thread)",
    "",
    "| data set | mode | conform | jsonschema-rs | conform / jsonschema-rs |",
    "|---|---|--:|--:|--:|",
]
for data_set, label in (("stripe", "Stripe fixtures"), ("dodo", "Dodo request")):
    for mode in ("isValid", "all errors"):
        instances = median("inprocess", f"validation {mode} {label}", "conform", "instances")
        wall = median("inprocess", f"validation {mode} {label}", "conform", "wall_ms")
        conform = instances / wall * 1000 if instances and wall else None
        peer = median("validation", f"{data_set} {mode}", "jsonschema-rs", "per_second")
        row = {"data_set": data_set, "mode": mode, "conform": conform, "jsonschema_rs": peer, "ratio": ratio(conform, peer)}
        report["validation"].append(row)
        lines.append(f"| {label} | {mode} | {show(conform)} | {show(peer)} | {show(row['ratio'], 2, '×')} |")

# Runner: the four seed specs against the same sandbox; wrk's ceiling on POST /checkout.
runner = {}
for tool in ("conform", "schemathesis"):
    runner[tool] = {m: median("runner", "seed specs", tool, m) for m in ("cases", "seconds", "cases_per_second", "peak_mb")}
runner["wrk"] = {m: median("runner", "POST /checkout", "wrk", m) for m in ("requests_per_second", "peak_mb")}
runner["conform_vs_schemathesis"] = ratio(runner["conform"]["cases_per_second"], runner["schemathesis"]["cases_per_second"])
runner["conform_vs_wrk"] = ratio(runner["conform"]["cases_per_second"], runner["wrk"]["requests_per_second"])
report["runner"] = runner
lines += [
    "",
    "### Four seed specs against the sandbox (whole command: load, generate, send, check, report)",
    "",
    "| tool | cases | wall s | cases/s | peak MB |",
    "|---|--:|--:|--:|--:|",
]
for tool in ("conform", "schemathesis"):
    r = runner[tool]
    lines.append(f"| {tool} | {show(r['cases'])} | {show(r['seconds'], 1)} | {show(r['cases_per_second'])} | {show(r['peak_mb'], 1)} |")
lines.append(f"| wrk (POST /checkout, the ceiling) | – | – | {show(runner['wrk']['requests_per_second'])} requests/s | {show(runner['wrk']['peak_mb'], 1)} |")
lines += [
    "",
    f"conform / Schemathesis: {show(runner['conform_vs_schemathesis'], 1, '×')} cases/s; "
    f"conform / wrk: {show(runner['conform_vs_wrk'], 2)}.",
]

# One endpoint, many cases (Stripe's POST /checkout): conform, Schemathesis at each --workers,
# and wrk on the same endpoint; the sandbox's read rate beside it.
endpoint = {"conform": {m: median("runner", "POST /checkout", "conform", m)
                        for m in ("cases", "cases_per_second", "sending_cases_per_second")}}
st_tools = sorted({tool for (section, item, tool, _) in values if section == "runner" and item == "POST /checkout"
                   and tool.startswith("schemathesis")})
endpoint["schemathesis"] = {tool: median("runner", "POST /checkout", tool, "cases_per_second") for tool in st_tools}
best_st = max((v for v in endpoint["schemathesis"].values() if v is not None), default=None)
endpoint["wrk_post"] = runner["wrk"]["requests_per_second"]
endpoint["wrk_get"] = median("runner", "GET /checkout/sessions/{id}", "wrk", "requests_per_second")
endpoint["conform_vs_best_schemathesis"] = ratio(endpoint["conform"]["cases_per_second"], best_st)
endpoint["conform_sending_vs_wrk"] = ratio(endpoint["conform"]["sending_cases_per_second"], endpoint["wrk_post"])
# CPU per request: conform's and the sandbox's while serving it, the sandbox's under wrk.
endpoint["cpu_us"] = {tool: median("runner", "POST /checkout", tool, "cpu_us")
                      for tool in ("conform", "sandbox serving conform", "sandbox serving wrk")}
# The runner's floor: GET / with nothing to draw and only the status to judge, beside wrk.
endpoint["floor"] = {"conform": median("runner", "GET /", "conform", "sending_cases_per_second"),
                     "conform_cpu_us": median("runner", "GET /", "conform", "cpu_us"),
                     "wrk": median("runner", "GET /", "wrk", "requests_per_second")}
endpoint["floor"]["conform_vs_wrk"] = ratio(endpoint["floor"]["conform"], endpoint["floor"]["wrk"])
report["endpoint"] = endpoint
lines += [
    "",
    f"### One endpoint: Stripe's POST /checkout, {show(endpoint['conform']['cases'])} conform cases",
    "",
    "| tool | rate |",
    "|---|--:|",
    f"| conform, whole command | {show(endpoint['conform']['cases_per_second'])} cases/s |",
    f"| conform, while sending | {show(endpoint['conform']['sending_cases_per_second'])} cases/s |",
]
for tool in st_tools:
    lines.append(f"| {tool} | {show(endpoint['schemathesis'][tool])} cases/s |")
lines += [
    f"| wrk POST /checkout (ceiling) | {show(endpoint['wrk_post'])} requests/s |",
    f"| wrk GET /checkout/sessions/{{id}} (sandbox read) | {show(endpoint['wrk_get'])} requests/s |",
    "",
    f"conform / best Schemathesis: {show(endpoint['conform_vs_best_schemathesis'], 1, '×')}; "
    f"conform while sending / wrk: {show(endpoint['conform_sending_vs_wrk'], 2)}.",
    "",
    "CPU per request (µs, user + system) on POST /checkout: "
    f"conform {show(endpoint['cpu_us']['conform'])}, the sandbox serving it "
    f"{show(endpoint['cpu_us']['sandbox serving conform'])}; the sandbox serving wrk "
    f"{show(endpoint['cpu_us']['sandbox serving wrk'])}.",
    "",
    "The runner's floor, GET / with nothing to draw and only the status to judge "
    f"(`Benchmarks/runner-floor.yaml`): conform {show(endpoint['floor']['conform'])} cases/s while sending "
    f"({show(endpoint['floor']['conform_cpu_us'])} µs of CPU each), wrk {show(endpoint['floor']['wrk'])} requests/s; "
    f"floor / wrk: {show(endpoint['floor']['conform_vs_wrk'], 2)}.",
]

# Faults found in the same budget, and false alarms on the conformant sandbox.
faults = defaultdict(dict)
for (section, item, tool, metric), found in values.items():
    if section == "faults":
        faults[item][tool] = int(statistics.median(found))
planted = sorted(item for item in faults if not item.startswith("conformant"))
conformant = sorted(item for item in faults if item.startswith("conformant"))
summary = {
    tool: {
        "found": sum(faults[item].get(tool, 0) for item in planted),
        "total": len(planted),
        "false_alarms": sum(faults[item].get(tool, 0) for item in conformant),
        "conformant_runs": len(conformant),
    }
    for tool in ("conform", "schemathesis")
}
report["faults"] = {"budget": machine.get("fault_budget"), "by_fault": faults, "summary": summary}
lines += [
    "",
    f"### Planted sandbox faults found, {machine.get('fault_budget')} budget per tool and fault",
    "",
    "| fault | conform | Schemathesis |",
    "|---|:-:|:-:|",
]
mark = {1: "found", 0: "–"}
for item in planted + conformant:
    label = f"{item} (false alarm if reported)" if item in conformant else item
    lines.append(f"| {label} | {mark.get(faults[item].get('conform'), '?')} | {mark.get(faults[item].get('schemathesis'), '?')} |")
lines.append(
    "| **found / planted; false alarms** | "
    + " | ".join(
        f"**{summary[t]['found']}/{summary[t]['total']}; {summary[t]['false_alarms']}/{summary[t]['conformant_runs']}**"
        for t in ("conform", "schemathesis"))
    + " |")

# Peak memory as the case count grows.
steps = sorted({int(item) for (section, item, _, _) in values if section == "memory"})
report["memory"] = [
    {"target_cases": step, **{m: median("memory", str(step), "conform", m) for m in ("cases", "peak_mb", "seconds")}}
    for step in steps
]
lines += [
    "",
    "### conform's peak memory as cases grow (seed specs, `--random N` per operation)",
    "",
    "| cases | peak resident MB | wall s |",
    "|--:|--:|--:|",
]
for row in report["memory"]:
    lines.append(f"| {show(row['cases'])} | {show(row['peak_mb'], 1)} | {show(row['seconds'], 1)} |")

# Every in-process benchmark.
names = sorted({item for (section, item, _, _) in values if section == "inprocess"})
report["inprocess"] = []
lines += [
    "",
    "### In-process benchmarks (ordo-one/benchmark, medians)",
    "",
    "| benchmark | wall ms | CPU ms | per second | mallocs | peak MB |",
    "|---|--:|--:|--:|--:|--:|",
]
for name in names:
    row = {"name": name, **{m: median("inprocess", name, "conform", m) for m in ("wall_ms", "cpu_ms", "instances", "mallocs", "peak_mb")}}
    row["per_second"] = row["instances"] / row["wall_ms"] * 1000 if row["instances"] and row["wall_ms"] else None
    report["inprocess"].append(row)
    lines.append(
        f"| {name} | {show(row['wall_ms'], 1)} | {show(row['cpu_ms'], 1)} | {show(row['per_second'])} | "
        f"{show(row['mallocs'])} | {show(row['peak_mb'], 1)} |")

with open(json_path, "w") as f:
    json.dump(report, f, indent=2, sort_keys=True)
    f.write("\n")
with open(markdown_path, "w") as f:
    f.write("\n".join(lines) + "\n")
