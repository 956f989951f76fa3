/// What a case's request is, measured against the document: valid, or invalid by exactly
/// one keyword at one place.
public enum Expectation: Sendable, Hashable {
    case valid
    /// Invalid by `keyword` at `pointer` (into the request part the case changed).
    case invalid(keyword: String, pointer: JSONPointer)

    public var isValid: Bool { self == .valid }
}

extension Expectation: CustomStringConvertible {
    /// `valid`, or `invalid (maxLength at /name)`.
    public var description: String {
        switch self {
        case .valid: return "valid"
        case .invalid(let keyword, let pointer):
            return "invalid (\(keyword) at \(pointer.tokens.isEmpty ? "(root)" : pointer.description))"
        }
    }
}
