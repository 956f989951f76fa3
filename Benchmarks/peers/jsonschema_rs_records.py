"""Turns bench_jsonschema_rs.py's lines into compare.sh's records (section, item, tool,
metric, value) on stdout: validations per second of `is_valid` and `iter_errors`.

Usage: bench_jsonschema_rs.py | jsonschema_rs_records.py"""
import re
import sys

LINE = re.compile(r"jsonschema-rs .*?(\w+): \d+/\d+ valid, isValid ([\d,.]+)/s, all errors ([\d,.]+)/s")
for line in sys.stdin:
    match = LINE.search(line)
    if match:
        data_set, is_valid, all_errors = match.groups()
        print(f"validation\t{data_set} isValid\tjsonschema-rs\tper_second\t{is_valid.replace(',', '')}")
        print(f"validation\t{data_set} all errors\tjsonschema-rs\tper_second\t{all_errors.replace(',', '')}")
