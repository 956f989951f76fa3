// The members of `report.json`, as the synthesized `Codable` conformances name them; a test
// holds this text equal to JSONEncoder's.

extension Report: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "format": format, "version": version, "tool": tool, "run": run, "specs": specs, "totals": totals,
            "golden": golden, "timing": timing,
        ])
    }
}

extension Report.Tool: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["name": name, "version": version])
    }
}

extension Report.RunInfo: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "target": target, "seed": seed, "random": random, "shard": shard, "checks": checks, "failOn": failOn,
            "baseline": baseline, "failOnUntested": failOnUntested, "switchedOff": switchedOff,
        ])
    }
}

extension Report.ShardInfo: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["index": index, "count": count])
    }
}

extension Report.FileDigest: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["file": file, "sha256": sha256])
    }
}

extension Report.Totals: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "cases": cases, "requests": requests, "skipped": skipped, "findings": findings, "failing": failing,
            "accepted": accepted, "errors": errors, "operations": operations, "exercised": exercised, "result": result,
        ])
    }
}

extension Report.GoldenSection: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["compared": compared, "mismatched": mismatched, "recorded": recorded])
    }
}

extension SpecReport: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "file": file, "sha256": sha256, "cases": cases, "requests": requests, "skipped": skipped,
            "unreachable": unreachable, "operations": operations, "findings": findings, "errors": errors,
            "unsent": unsent,
        ])
    }
}

extension OperationReport: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "id": id, "method": method, "path": path, "caseKinds": caseKinds, "cases": cases, "selected": selected,
            "answered": answered, "notes": notes, "unexercised": unexercised, "checks": checks,
        ])
    }
}

extension OperationRun.CaseEntry: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["id": id, "kind": kind])
    }
}

extension CheckOutcome: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["result": result, "findings": findings, "accepted": accepted, "responses": responses, "reason": reason])
    }
}

extension SwitchedOffCheck: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["spec": spec, "operation": operation, "check": check, "reason": reason])
    }
}

extension ReportFinding: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "fingerprint": fingerprint, "check": check, "operation": operation, "caseID": caseID, "seed": seed,
            "expectation": expectation, "status": status, "bodyPointer": bodyPointer, "rule": rule,
            "ruleLocation": ruleLocation, "message": message, "curl": curl, "accepted": accepted, "failing": failing,
        ])
    }
}

extension ReportError: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "operation": operation, "caseID": caseID, "seed": seed, "kind": kind, "message": message, "curl": curl,
        ])
    }
}

extension Timing: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["seconds": seconds, "specs": specs])
    }
}

extension Timing.SpecTiming: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object(["file": file, "seconds": seconds, "operations": operations])
    }
}

extension Timing.OperationTiming: JSONWritable {
    func write(to writer: inout JSONTextWriter) {
        writer.object([
            "id": id, "requests": requests, "milliseconds": milliseconds, "latencyBuckets": latencyBuckets,
        ])
    }
}
