extension JSONValue {
    /// A copy with the node at `pointer` replaced by `replacement`; unchanged when the pointer
    /// leads nowhere.
    func replacing(at pointer: JSONPointer, with replacement: JSONValue) -> JSONValue {
        replacing(pointer.tokens[...], with: replacement)
    }

    private func replacing(_ tokens: ArraySlice<String>, with replacement: JSONValue) -> JSONValue {
        guard let token = tokens.first else { return replacement }
        switch self {
        case .object(var object):
            guard let member = object[token] else { return self }
            object[token] = member.replacing(tokens.dropFirst(), with: replacement)
            return .object(object)
        case .array(var elements):
            guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return self }
            elements[index] = elements[index].replacing(tokens.dropFirst(), with: replacement)
            return .array(elements)
        default:
            return self
        }
    }
}
