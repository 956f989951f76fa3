/// A set of JSON Schema types; `number` includes `integer`.
struct JSONTypeSet: OptionSet, Hashable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let null = JSONTypeSet(rawValue: 1 << 0)
    static let boolean = JSONTypeSet(rawValue: 1 << 1)
    static let object = JSONTypeSet(rawValue: 1 << 2)
    static let array = JSONTypeSet(rawValue: 1 << 3)
    static let number = JSONTypeSet(rawValue: 1 << 4)
    static let string = JSONTypeSet(rawValue: 1 << 5)
    static let integer = JSONTypeSet(rawValue: 1 << 6)

    /// The types in the order reports and examples use them.
    static let ordered: [(JSONTypeSet, String)] = [
        (.object, "object"), (.array, "array"), (.string, "string"), (.integer, "integer"),
        (.number, "number"), (.boolean, "boolean"), (.null, "null"),
    ]

    /// The type JSON Schema names `name`, or nil for an unknown name.
    init?(name: String) {
        guard let entry = JSONTypeSet.ordered.first(where: { $0.1 == name }) else { return nil }
        self = entry.0
    }

    /// True when a value of type `type` (a single type) is in the set.
    func covers(_ type: JSONTypeSet) -> Bool {
        contains(type) || (type == .integer && contains(.number))
    }

    /// The values both sets accept (`number` ∩ `integer` is `integer`).
    func intersecting(_ other: JSONTypeSet) -> JSONTypeSet {
        var result = intersection(other)
        if contains(.number) && other.contains(.integer) || contains(.integer) && other.contains(.number) {
            result.insert(.integer)
        }
        return result
    }
}
