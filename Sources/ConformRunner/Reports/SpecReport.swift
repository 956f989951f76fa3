/// One spec file's part of a ``Report``.
public struct SpecReport: Codable, Sendable, Equatable {
    public var file: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    public var cases: Int
    public var requests: Int
    /// Cases not sent because the time budget ran out.
    public var skipped: Int
    public var unreachable: Bool
    /// Every operation in document order.
    public var operations: [OperationReport]
    /// Ordered by operation (document order), check, case ID, then message.
    public var findings: [ReportFinding]
    /// Requests without a usable response, ordered like findings.
    public var errors: [ReportError]
    /// Cases the HTTP client could not send (kind `not sendable`), ordered like errors; nil
    /// when there are none, so reports without them read as before.
    public var unsent: [ReportError]?
}

/// One operation's row of the matrix: its cases and each check's outcome.
public struct OperationReport: Codable, Sendable, Equatable {
    public var id: String
    public var method: String
    public var path: String
    /// Case counts by kind (``ConformCore/CaseKind`` raw values).
    public var caseKinds: [String: Int]
    /// Every case sent, sorted by ID.
    public var cases: [OperationRun.CaseEntry]
    /// False when the run was limited to other operations (`--operation`).
    public var selected: Bool
    /// Responses to cases sent with the credentials the operation needs.
    public var answered: Int
    /// Why the operation may not be exercised (``OperationRun/notes``).
    public var notes: [String]
    /// Why the operation was not exercised; absent when it was.
    public var unexercised: String?
    /// Outcome by check name, for every check (`off` where not run).
    public var checks: [String: CheckOutcome]
}

/// What one check made of one operation.
public struct CheckOutcome: Codable, Sendable, Equatable {
    /// Any ``Verdict``; `off` for a check switched off for the operation comes with a ``reason``.
    public var result: Verdict
    public var findings: Int
    /// Of ``findings``, those the baseline accepts.
    public var accepted: Int
    /// Responses the check judged.
    public var responses: Int
    /// Why the check is `off` for this operation, when the config file switched it off.
    public var reason: String?
}

/// A request without a usable response.
public struct ReportError: Codable, Sendable, Equatable {
    public var operation: String
    public var caseID: String
    public var seed: UInt64?
    /// The ``ConformCore/TransportError/Kind`` raw value.
    public var kind: String
    public var message: String
    public var curl: String
}
