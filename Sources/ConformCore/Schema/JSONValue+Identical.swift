extension JSONValue {
    /// JSON equality with strings compared code point by code point, as JSON Schema's `enum`,
    /// `const` and `uniqueItems` require; Swift's `==` on `String` treats canonically
    /// equivalent texts ("é" and "e" + U+0301) as equal.
    func isIdentical(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.string(let a), .string(let b)):
            // Equal code points have equal UTF-8 bytes, and bytes compare fastest.
            return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isIdentical(to: $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for key in a.keys {
                // Keys too must match exactly: look the key up, then compare its spelling.
                guard let index = b.keys.firstIndex(where: { $0.utf8.elementsEqual(key.utf8) }),
                    a[key]!.isIdentical(to: b[b.keys[index]]!)
                else { return false }
            }
            return true
        default:
            return self == other
        }
    }
}
