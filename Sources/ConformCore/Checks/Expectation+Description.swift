extension Expectation: CustomStringConvertible {
    /// `valid`, or `invalid (maxLength at /body/name)` as findings print it.
    public var description: String {
        switch self {
        case .valid: return "valid"
        case .invalid(let keyword, let pointer):
            return "invalid (\(keyword) at \(pointer.tokens.isEmpty ? "(root)" : pointer.description))"
        }
    }
}
