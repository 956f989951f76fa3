/// The result of ``Drift/compare(old:new:uses:)``: every change, in report order.
public struct DriftReport: Sendable, Hashable {
    /// The version of the JSON report format (`conform-drift/1`).
    public static let formatVersion = "conform-drift/1"

    /// The old and new documents' files.
    public var old: String
    public var new: String
    /// Breaking first, then warnings, then info; within each by rule and position.
    public var changes: [Change]
    /// The `--uses` file, when one was given.
    public var usesFile: String?

    public init(old: String, new: String, changes: [Change], usesFile: String? = nil) {
        self.old = old
        self.new = new
        self.changes = changes
        self.usesFile = usesFile
    }

    /// How many changes have `severity`.
    public func count(_ severity: ChangeSeverity) -> Int {
        changes.count { $0.severity == severity }
    }

    /// The refactors: breaking rules without a witness.
    public var refactors: [Change] { changes.filter(\.isRefactor) }

    /// The changes that fail a build at `threshold`: at or above it and, with a uses list, used.
    public func failing(at threshold: ChangeSeverity) -> [Change] {
        changes.filter { $0.severity >= threshold && $0.isUsed != false }
    }
}
