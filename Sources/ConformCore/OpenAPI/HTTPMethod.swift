/// The operations a path item can hold, in the order the specification lists them.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable, Comparable {
    case get, put, post, delete, options, head, patch, trace

    /// The method as sent on the wire (`POST`).
    public var wireName: String { rawValue.uppercased() }

    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
