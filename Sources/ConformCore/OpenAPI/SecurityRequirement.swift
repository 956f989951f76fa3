/// One alternative of a `security` list: every named scheme must be satisfied together.
public struct SecurityRequirement: Sendable, Hashable {
    /// Scheme names with their required scopes, in document order.
    public var schemes: [(name: String, scopes: [String])]

    /// True for `{}`, which makes authentication optional.
    public var isAnonymous: Bool { schemes.isEmpty }

    public static func == (lhs: SecurityRequirement, rhs: SecurityRequirement) -> Bool {
        lhs.schemes.map(\.name) == rhs.schemes.map(\.name) && lhs.schemes.map(\.scopes) == rhs.schemes.map(\.scopes)
    }

    public func hash(into hasher: inout Hasher) {
        for scheme in schemes {
            hasher.combine(scheme.name)
            hasher.combine(scheme.scopes)
        }
    }
}
