extension Expectation: CustomStringConvertible {
    /// `valid`, `invalid (maxLength at /body/name)` or `malformed (truncated JSON at /body)`, as
    /// findings print it.
    public var description: String {
        switch self {
        case .valid: return "valid"
        case .invalid(let keyword, let pointer):
            return "invalid (\(keyword) at \(pointer.tokens.isEmpty ? "(root)" : pointer.description))"
        case .malformed(let malformation, let pointer, let mustReject):
            return "malformed (\(malformation.rawValue) at \(pointer)\(mustReject ? "" : ", may be accepted"))"
        }
    }
}
