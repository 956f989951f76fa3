/// What a run, or one check of one operation, came to. report.json writes the raw value.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Responses judged and no finding that fails the run.
    case pass
    /// A finding that fails the run; for the totals also a request without a usable response,
    /// or an operation not exercised under `--fail-on-untested`.
    case fail
    /// Findings, none failing: accepted by the baseline, or of a check not in `--fail-on`.
    case warn
    /// No response judged, so nothing passed.
    case untested
    /// The check was not run, or the config file switched it off for the operation.
    case off
}

extension Verdict: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.string(rawValue) }
}
