import ConformCore

/// One operation of a run: its route and the cases this run (or shard) sent for it.
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

    public init(id: String, method: String, path: String, cases: [CaseEntry] = []) {
        self.id = id
        self.method = method
        self.path = path
        self.cases = cases
    }
}
