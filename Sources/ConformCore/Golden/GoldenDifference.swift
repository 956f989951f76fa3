/// One place where a new record differs from its golden, by JSON Pointer into the record.
public struct GoldenDifference: Sendable, Hashable, CustomStringConvertible {
    /// How the value at ``pointer`` differs.
    public enum Kind: Sendable, Hashable {
        case changed(old: JSONValue, new: JSONValue)
        /// In the new record only.
        case added(JSONValue)
        /// In the golden only.
        case removed(JSONValue)
    }

    public var pointer: JSONPointer
    public var kind: Kind

    public init(pointer: JSONPointer, kind: Kind) {
        self.pointer = pointer
        self.kind = kind
    }

    /// `changed /response/body/amount: 2000 -> 200`, `added /x: 1`, `removed /y: "a"`.
    public var description: String {
        switch kind {
        case .changed(let old, let new): "changed \(pointer): \(old.serialized()) -> \(new.serialized())"
        case .added(let value): "added \(pointer): \(value.serialized())"
        case .removed(let value): "removed \(pointer): \(value.serialized())"
        }
    }

    /// The structural differences from `old` to `new`: objects member by member, arrays
    /// index by index, anything else as one change; in pointer order.
    public static func between(_ old: JSONValue, _ new: JSONValue) -> [GoldenDifference] {
        var result: [GoldenDifference] = []
        compare(old, new, at: .root, into: &result)
        return result
    }

    private static func compare(_ old: JSONValue, _ new: JSONValue, at pointer: JSONPointer, into result: inout [GoldenDifference]) {
        switch (old, new) {
        case (.object(let a), .object(let b)):
            for key in Set(a.keys).union(b.keys).sorted() {
                let child = pointer.appending(key)
                switch (a[key], b[key]) {
                case let (x?, y?): compare(x, y, at: child, into: &result)
                case let (x?, nil): result.append(GoldenDifference(pointer: child, kind: .removed(x)))
                case let (nil, y?): result.append(GoldenDifference(pointer: child, kind: .added(y)))
                case (nil, nil): break
                }
            }
        case (.array(let a), .array(let b)):
            for index in 0..<max(a.count, b.count) {
                let child = pointer.appending(index)
                if index >= b.count {
                    result.append(GoldenDifference(pointer: child, kind: .removed(a[index])))
                } else if index >= a.count {
                    result.append(GoldenDifference(pointer: child, kind: .added(b[index])))
                } else {
                    compare(a[index], b[index], at: child, into: &result)
                }
            }
        default:
            if old != new { result.append(GoldenDifference(pointer: pointer, kind: .changed(old: old, new: new))) }
        }
    }
}
