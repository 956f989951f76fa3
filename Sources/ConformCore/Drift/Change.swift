/// One change between two versions of a document, reported once with every place it reaches.
public struct Change: Sendable, Hashable {
    /// Where a change is felt: one operation, one direction, one value inside it.
    public struct Place: Sendable, Hashable, Comparable {
        /// The operation's ID (operationId, or `METHOD /path`) in the new document, or the old
        /// one when the operation is gone.
        public var operation: String
        public var method: HTTPMethod
        /// The path template as the new document (or the old, when gone) writes it.
        public var path: String
        public var direction: MessageDirection
        /// The value the change sits in (`request body application/json`, `query parameter limit`).
        public var subject: String
        /// The JSON Pointer inside that value (array elements as `0`).
        public var pointer: JSONPointer

        public init(
            operation: String, method: HTTPMethod, path: String, direction: MessageDirection, subject: String,
            pointer: JSONPointer
        ) {
            self.operation = operation
            self.method = method
            self.path = path
            self.direction = direction
            self.subject = subject
            self.pointer = pointer
        }

        public static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.path, lhs.method, lhs.direction, lhs.subject, lhs.pointer)
                < (rhs.path, rhs.method, rhs.direction, rhs.subject, rhs.pointer)
        }
    }

    public var rule: DriftRule
    /// The verdict: the rule's severity, or `info` for a refactor.
    public var severity: ChangeSeverity
    /// What changed, without naming a place (`enum value "EUR" removed`).
    public var message: String
    /// Where the change stands in the old document (nil for additions).
    public var old: SourceLocation?
    /// Where the change stands in the new document (nil for removals).
    public var new: SourceLocation?
    /// The proof of a breaking change; nil for other severities.
    public var witness: Witness?
    /// True for a breaking rule whose witness could not be found: no value tells the two
    /// versions apart, so the change is reported as a refactor (info, "no witness").
    public var isRefactor: Bool
    /// Every place the change reaches, sorted.
    public var places: [Place]
    /// For a refactor found by the witness search: what the search tried.
    public var searched: String?
    /// With a `--uses` list: whether the change touches what the integration uses; nil without one.
    public var isUsed: Bool?

    public init(
        rule: DriftRule, severity: ChangeSeverity, message: String, old: SourceLocation?, new: SourceLocation?,
        witness: Witness?, isRefactor: Bool, places: [Place], isUsed: Bool? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.old = old
        self.new = new
        self.witness = witness
        self.isRefactor = isRefactor
        self.places = places
        self.isUsed = isUsed
    }

    /// The reason the report gives: the rule's, or why a refactor is not breaking.
    public var reason: String {
        guard isRefactor else { return rule.reason }
        let tried = searched.map { "\($0); none" } ?? "no value"
        return "no witness: \(tried) is accepted by one version and rejected by the other"
    }
}
