import ConformCore

/// Reads typed values out of a loaded config document, collecting one positioned error for
/// every problem (unknown key, wrong type, bad value) instead of stopping at the first, so a
/// user fixes the whole file in one pass.
struct ConfigReader {
    let document: LoadedDocument
    private(set) var diagnostics: [Diagnostic] = []

    init(_ document: LoadedDocument) { self.document = document }

    /// The value at `pointer`, nil when the file leaves it out.
    subscript(pointer: JSONPointer) -> JSONValue? { document.root[pointer: pointer] }

    /// Records an error about the value at `pointer` (about its key with `atKey`).
    mutating func error(_ message: String, at pointer: JSONPointer, code: String, atKey: Bool = false) {
        let map = document.sourceMap
        diagnostics.append(Diagnostic(
            .error, message, code: code, at: atKey ? map.keyLocation(of: pointer) : map.location(of: pointer)))
    }

    /// How messages name the value at `pointer`: `credentials.bearer`, `specs[1]`.
    static func name(_ pointer: JSONPointer) -> String {
        pointer.tokens.reduce("") { name, token in
            if let index = Int(token) { return "\(name)[\(index)]" }
            return name.isEmpty ? token : "\(name).\(token)"
        }
    }

    /// Records that the value at `pointer` is not `expected`; gives nil for the caller to return.
    mutating func mistyped<T>(_ pointer: JSONPointer, _ expected: String, _ value: JSONValue) -> T? {
        error("'\(Self.name(pointer))' must be \(expected), not \(Self.describe(value))", at: pointer, code: "config.type")
        return nil
    }

    /// A value as an error message names it: scalars as written, collections by kind.
    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let number): return number.description
        case .string(let text): return "the string '\(text)'"
        case .array: return "a list"
        case .object: return "a mapping"
        }
    }

    /// The members of the mapping at `pointer`, each key checked against `keys`.
    mutating func mapping(_ pointer: JSONPointer, keys: [String]?) -> [(key: String, value: JSONValue)]? {
        guard let value = self[pointer] else { return nil }
        guard let object = value.objectValue else { return mistyped(pointer, "a mapping", value) }
        if let keys {
            for key in object.keys where !keys.contains(key) {
                let member = pointer.appending(key)
                diagnostics.append(Diagnostic(
                    .error, "unknown key '\(Self.name(member))'", code: "config.unknown-key",
                    at: document.sourceMap.keyLocation(of: member),
                    notes: [.note("known keys here: \(keys.joined(separator: ", "))", at: nil)]))
            }
        }
        return object.members
    }

    mutating func string(_ pointer: JSONPointer) -> String? {
        guard let value = self[pointer] else { return nil }
        guard let text = value.stringValue, !text.isEmpty else { return mistyped(pointer, "a non-empty string", value) }
        return text
    }

    /// A list of strings; each item's own position goes with it.
    mutating func strings(_ pointer: JSONPointer) -> [(text: String, pointer: JSONPointer)]? {
        guard let value = self[pointer] else { return nil }
        guard let items = value.arrayValue else { return mistyped(pointer, "a list of strings", value) }
        return items.indices.compactMap { index in
            let item = pointer.appending(index)
            return string(item).map { ($0, item) }
        }
    }

    mutating func integer(_ pointer: JSONPointer) -> Int64? {
        guard let value = self[pointer] else { return nil }
        guard let number = value.numberValue?.int64Value, number >= 0 else {
            return mistyped(pointer, "a whole number of at least 0", value)
        }
        return number
    }

    mutating func boolean(_ pointer: JSONPointer) -> Bool? {
        guard let value = self[pointer] else { return nil }
        guard case .bool(let flag) = value else { return mistyped(pointer, "true or false", value) }
        return flag
    }

    mutating func positiveNumber(_ pointer: JSONPointer) -> Double? {
        guard let value = self[pointer] else { return nil }
        guard let number = value.numberValue?.doubleValue, number > 0, number.isFinite else {
            return mistyped(pointer, "a positive number", value)
        }
        return number
    }

    /// An environment variable's name (`API_TOKEN`), kept with its position for the error
    /// given when the variable is not set.
    mutating func variable(_ pointer: JSONPointer) -> ConfigFile.Variable? {
        string(pointer).map { ConfigFile.Variable(name: $0, location: document.sourceMap.location(of: pointer)) }
    }

    /// A mapping from header names to the environment variables that hold their values.
    mutating func headerVariables(_ pointer: JSONPointer) -> [(name: String, variable: ConfigFile.Variable)] {
        (mapping(pointer, keys: nil) ?? []).compactMap { member in
            variable(pointer.appending(member.key)).map { (member.key, $0) }
        }
    }

    /// A list of check names (`[status_code, server_error]`).
    mutating func checks(_ pointer: JSONPointer) -> Set<CheckName>? {
        guard let names = strings(pointer) else { return nil }
        var checks: Set<CheckName> = []
        for name in names {
            do {
                checks.formUnion(try CheckName.parseList(name.text))
            } catch {
                self.error(error.description, at: name.pointer, code: "config.value")
            }
        }
        return checks
    }
}
