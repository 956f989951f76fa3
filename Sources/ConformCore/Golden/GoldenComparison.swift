/// Compares one operation's new records with its golden file under a record mode, and
/// says what to write back.
public struct GoldenComparison: Sendable {
    /// What became of one case.
    public enum Outcome: Sendable, Hashable {
        /// The record equals its golden.
        case matched
        /// The record was written: it had no golden, or the mode replaced a different one.
        case recorded
        /// The record differs from its golden, which stays.
        case mismatched([GoldenDifference])
        /// No golden exists and the mode records none (`never`).
        case missing
    }

    /// Outcomes by case ID.
    public var outcomes: [String: Outcome]
    /// The file to write; nil when nothing in it changed.
    public var updated: GoldenFile?

    /// Judges `records` (by case ID) against `golden` (nil when the file does not exist).
    /// Cases of the file that this run did not send are kept as they are, except under `all`,
    /// which rewrites the file to hold exactly this run's cases (so removed cases go away).
    public init(records: [String: JSONValue], golden: GoldenFile?, spec: String, operation: String, mode: RecordMode) {
        var file = golden ?? GoldenFile(spec: spec, operation: operation)
        var outcomes: [String: Outcome] = [:]
        for (id, record) in records {
            guard let old = file.cases[id] else {
                if mode == .never {
                    outcomes[id] = .missing
                } else {
                    file.cases[id] = record
                    outcomes[id] = .recorded
                }
                continue
            }
            if old == record {
                outcomes[id] = .matched
            } else if mode == .failed || mode == .all {
                file.cases[id] = record
                outcomes[id] = .recorded
            } else {
                outcomes[id] = .mismatched(GoldenDifference.between(old, record))
            }
        }
        let stale = mode == .all ? file.cases.keys.filter { records[$0] == nil } : []
        for id in stale { file.cases[id] = nil }
        self.outcomes = outcomes
        updated = outcomes.values.contains(.recorded) || !stale.isEmpty ? file : nil
    }

    /// The `golden_mismatch` finding of a mismatched or missing case; nil otherwise.
    /// `path` names the golden file in the message.
    public static func finding(
        for outcome: Outcome, exchange: Exchange, path: String, context: CheckContext
    ) -> Finding? {
        switch outcome {
        case .matched, .recorded:
            return nil
        case .missing:
            return context.finding(
                .goldenMismatch, exchange,
                message: "no golden record in \(path); record it by running outside CI (or with --record missing) and commit it")
        case .mismatched(let differences):
            let body = JSONPointer(tokens: ["response", "body"])
            let first = differences.first { $0.pointer.hasPrefix(body) }
            return context.finding(
                .goldenMismatch, exchange,
                message: "differs from \(path): " + differences.map(\.description).joined(separator: "; "),
                bodyPointer: first.map { JSONPointer(tokens: Array($0.pointer.tokens.dropFirst(2))) })
        }
    }
}
