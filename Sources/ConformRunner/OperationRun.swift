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
