/// How much a change matters to a client of the API.
public enum ChangeSeverity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Nothing a client does stops working (additions, deprecations, refactors without a witness).
    case info
    /// A client may be affected, but no single value proves it.
    case warning
    /// A concrete value (the witness) worked before and fails now.
    case breaking

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .breaking: return 2
        }
    }

    public static func < (lhs: ChangeSeverity, rhs: ChangeSeverity) -> Bool { lhs.rank < rhs.rank }
}
