"""jsonschema-rs on the same schemas and instances as the Swift benchmark (run prepare.py first).

Prints, per data set: how many instances are valid, and validations per second of
`is_valid` (yes/no) and of `iter_errors` (all errors), each over BENCH_SECONDS (default 3).
"""
import json
import os
import time

import jsonschema_rs

data = os.path.join(os.path.dirname(__file__), "data")


def load(name):
    with open(os.path.join(data, name)) as f:
        return json.load(f)


def measure(label, cases, make, seconds=float(os.environ.get("BENCH_SECONDS", "3"))):
    validators = {}
    for name, _ in cases:
        if name not in validators:
            validators[name] = make(name)
    pairs = [(validators[name], instance) for name, instance in cases]
    valid = sum(1 for v, i in pairs if v.is_valid(i))
    results = {}
    for mode, run in (("isValid", lambda v, i: v.is_valid(i)), ("allErrors", lambda v, i: list(v.iter_errors(i)))):
        count = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            for v, i in pairs:
                run(v, i)
            count += len(pairs)
        results[mode] = count / (time.perf_counter() - start)
    print(f"jsonschema-rs {jsonschema_rs.__version__ if hasattr(jsonschema_rs, '__version__') else ''} {label}: "
          f"{valid}/{len(pairs)} valid, isValid {results['isValid']:,.0f}/s, all errors {results['allErrors']:,.0f}/s")


stripe = load("stripe-jsonschema.json")
measure("stripe", load("stripe-cases.json"),
        lambda name: jsonschema_rs.Draft4Validator({"$ref": f"#/components/schemas/{name}", **stripe}))
dodo = {"components": load("dodo-spec.json")["components"]}
measure("dodo", load("dodo-cases.json"),
        lambda name: jsonschema_rs.Draft202012Validator({"$ref": f"#/components/schemas/{name}", **dodo}))
