/// A JSON object's members in document order; keys are unique (the parser refuses duplicates).
struct JSONObject: Sendable, Equatable {
    var members: [(key: String, value: JSONValue)]

    init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    var keys: [String] { members.map(\.key) }

    static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
