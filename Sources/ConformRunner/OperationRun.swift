import ConformCore

/// One operation of a run: its route, the cases this run (or shard) sent for it and what
/// they exercised.
///
/// Kept even when no case was sent, so every report lists every operation of the document
/// in document order, and shard reports merge by simple union.
public struct OperationRun: Sendable, Hashable {
    /// The operation's ``Operation/id``.
    public var id: String
    /// The method as sent (`POST`).
    public var method: String
    public var path: String
    /// The IDs and kinds of the cases sent, in generation order.
    public var cases: [CaseEntry]
    /// False when the run was limited to other operations (`--operation`).
    public var selected: Bool
    /// What the responses exercised.
    public var coverage: OperationCoverage
    /// Why the operation may not be exercised, the same in every shard: the generator's
    /// reason for making no case, credentials the run lacks.
    public var notes: [String]

    /// A case's identity in a report.
    public struct CaseEntry: Sendable, Hashable, Codable {
        public var id: String
        /// The ``CaseKind`` raw value; `custom` for a case built by hand rather than generated.
        public var kind: String

        public init(id: String, kind: String) {
            self.id = id
            self.kind = kind
        }
    }

    /// Why the operation was not exercised; nil when it was (see ``reason(selected:cases:answered:notes:)``).
    public var unexercised: String? {
        OperationRun.reason(selected: selected, cases: cases.count, answered: coverage.answered, notes: notes)
    }

    /// Why an operation with these counts was not exercised: not selected, no case sent, or
    /// no case answered with the credentials it needs, with the `notes` that explain it;
    /// nil when a response was answered so.
    public static func reason(selected: Bool, cases: Int, answered: Int, notes: [String]) -> String? {
        guard selected else { return "not selected (--operation)" }
        guard answered == 0 else { return nil }
        return (cases == 0 ? "no case sent" : "no case answered") + (notes.isEmpty ? "" : ": " + notes.joined(separator: "; "))
    }

    public init(
        id: String, method: String, path: String, cases: [CaseEntry] = [], selected: Bool = true,
        coverage: OperationCoverage = OperationCoverage(), notes: [String] = []
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.cases = cases
        self.selected = selected
        self.coverage = coverage
        self.notes = notes
    }
}
