import Foundation

/// Accepted known findings (`conform-baseline`, version 1): findings whose fingerprint is
/// listed here are reported but do not fail a run.
public struct Baseline: Codable, Sendable, Equatable {
    public var format: String
    public var version: Int
    /// Sorted by fingerprint, one entry per fingerprint.
    public var accepted: [Entry]

    /// One accepted finding: the fingerprint, and what it stands for so a reviewer can read it.
    public struct Entry: Codable, Sendable, Equatable {
        public var fingerprint: String
        public var check: String
        public var operation: String
        public var bodyPointer: String?
        public var rule: String?
        /// The message of one finding with this fingerprint, when the baseline was written.
        public var example: String
    }

    /// The fingerprints accepted.
    public var fingerprints: Set<String> { Set(accepted.map(\.fingerprint)) }

    /// Every finding of `report` accepted.
    public init(accepting report: Report) {
        var entries: [String: Entry] = [:]
        for finding in report.specs.flatMap(\.findings) where entries[finding.fingerprint] == nil {
            entries[finding.fingerprint] = Entry(
                fingerprint: finding.fingerprint, check: finding.check, operation: finding.operation,
                bodyPointer: finding.bodyPointer, rule: finding.rule, example: finding.message)
        }
        format = "conform-baseline"
        version = 1
        accepted = entries.values.sorted { $0.fingerprint < $1.fingerprint }
    }

    /// Reads a baseline file; throws a ``ReportFileError`` on anything else.
    public init(path: String) throws(ReportFileError) {
        self = try ReportFileError.decode(Baseline.self, at: path, format: "conform-baseline", version: 1) {
            ($0.format, $0.version)
        }
    }

    /// Canonical JSON: sorted keys, two-space indent, trailing newline.
    public func json() -> String { ReportJSON.encode(self) }
}
