extension JSONValue {
    /// A copy with the value at `pointer` replaced, or removed when `newValue` is nil.
    ///
    /// Missing objects on the way are created; an array index past the end appends. The root
    /// pointer replaces the whole value (removing it gives `null`).
    func setting(_ pointer: JSONPointer, to newValue: JSONValue?) -> JSONValue {
        setting(pointer.tokens[...], to: newValue)
    }

    private func setting(_ tokens: ArraySlice<String>, to newValue: JSONValue?) -> JSONValue {
        guard let head = tokens.first else { return newValue ?? .null }
        let rest = tokens.dropFirst()
        switch self {
        case .array(var items):
            guard let index = JSONPointer.arrayIndex(head), index <= items.count else { return self }
            if rest.isEmpty && newValue == nil {
                if index < items.count { items.remove(at: index) }
            } else if index == items.count {
                items.append(JSONValue.null.setting(rest, to: newValue))
            } else {
                items[index] = items[index].setting(rest, to: newValue)
            }
            return .array(items)
        default:
            var object = objectValue ?? JSONObject()
            if rest.isEmpty {
                object[head] = newValue
            } else {
                object[head] = (object[head] ?? JSONValue.object(JSONObject())).setting(rest, to: newValue)
            }
            return .object(object)
        }
    }
}
