/// A compiler-style message about a document: `file:line:col: error: message [code]`.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// One line, without the location or the code.
    public var message: String
    /// A stable identifier such as `yaml.duplicate-key` or `ref.unresolved`.
    public var code: String
    /// Where it applies; nil for a diagnostic about a whole input that has no position.
    public var location: SourceLocation?
    /// Follow-up notes (the other duplicate key, libyaml's context mark).
    public var notes: [Diagnostic]

    public init(
        _ severity: Severity, _ message: String, code: String, at location: SourceLocation?,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message
        self.code = code
        self.location = location
        self.notes = notes
    }

    /// A note attached to another diagnostic; notes carry no code.
    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, code: "", at: location)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The diagnostic and its notes, one per line, as a compiler prints them.
    public var description: String {
        var lines = [line]
        for note in notes { lines.append(note.line) }
        return lines.joined(separator: "\n")
    }

    private var line: String {
        let prefix = location.map { "\($0): " } ?? ""
        let suffix = code.isEmpty ? "" : " [\(code)]"
        return "\(prefix)\(severity.rawValue): \(message)\(suffix)"
    }
}

extension Diagnostic: Comparable {
    /// Sorted by position (positionless first), then severity, then text.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (.some(a), .some(b)) where a != b: return a < b
        default:
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return lhs.message < rhs.message
        }
    }
}
