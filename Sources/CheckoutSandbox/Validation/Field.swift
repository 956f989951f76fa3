import Foundation

/// One value of a request body and where it sits, with typed readers that enforce the
/// schema keywords the sandbox's specs use.
struct Field {
    let value: JSONValue
    let pointer: String

    var isNull: Bool { value == .null }

    func invalid(_ message: String) -> RequestValidationError {
        RequestValidationError(pointer: pointer, message: message)
    }

    func string(minLength: Int = 0, maxLength: Int = .max) throws(RequestValidationError) -> String {
        guard case .string(let string) = value else { throw invalid("must be a string") }
        // JSON Schema counts lengths in code points.
        let length = string.unicodeScalars.count
        if length < minLength { throw invalid("must be at least \(minLength) characters long") }
        if length > maxLength { throw invalid("must be at most \(maxLength) characters long") }
        return string
    }

    func string(in allowed: Set<String>) throws(RequestValidationError) -> String {
        let string = try string()
        guard allowed.contains(string) else { throw invalid("\"\(string)\" is not an allowed value") }
        return string
    }

    func enumCase<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) throws(RequestValidationError) -> Value
    where Value.RawValue == String {
        let string = try string()
        guard let value = Value(rawValue: string) else { throw invalid("\"\(string)\" is not an allowed value") }
        return value
    }

    /// An absolute URI: a scheme followed by a non-empty remainder.
    func uri() throws(RequestValidationError) -> String {
        let string = try string()
        guard let url = URL(string: string), let scheme = url.scheme, !scheme.isEmpty,
            string.count > scheme.count + 1
        else { throw invalid("must be an absolute URI") }
        return string
    }

    func uuid() throws(RequestValidationError) -> String {
        let string = try string()
        guard string.utf8.count == 36, UUID(uuidString: string) != nil else { throw invalid("must be a UUID") }
        return string
    }

    func bool() throws(RequestValidationError) -> Bool {
        guard case .bool(let bool) = value else { throw invalid("must be a boolean") }
        return bool
    }

    /// A number within inclusive bounds, compared exactly (bounds as the spec writes them).
    func number(minimum: JSONNumber? = nil, maximum: JSONNumber? = nil) throws(RequestValidationError) -> JSONNumber {
        guard case .number(let number) = value else { throw invalid("must be a number") }
        let exact = number.exact
        if let minimum, exact < minimum.exact { throw invalid("must be at least \(minimum.text)") }
        if let maximum, exact > maximum.exact { throw invalid("must be at most \(maximum.text)") }
        return number
    }

    func int32(minimum: Int32 = .min) throws(RequestValidationError) -> Int32 {
        guard case .number(let number) = value, case let exact = number.exact, exact.isInteger else {
            throw invalid("must be an integer")
        }
        guard let wide = exact.int64, wide >= Int64(Int32.min) else { throw invalid("must be an int32") }
        guard wide <= Int64(Int32.max) else { throw invalid("must be an int32") }
        let int = Int32(wide)
        if int < minimum { throw invalid("must be at least \(minimum)") }
        return int
    }

    func array(minItems: Int = 0, uniqueItems: Bool = false) throws(RequestValidationError) -> [Field] {
        guard case .array(let elements) = value else { throw invalid("must be an array") }
        if elements.count < minItems { throw invalid("must contain at least \(minItems) items") }
        if uniqueItems {
            // Compare by encoding: exact for the arrays of strings the specs mark uniqueItems.
            var seen: Set<[UInt8]> = []
            for (offset, element) in elements.enumerated() where !seen.insert(element.encoded).inserted {
                throw Field(value: element, pointer: "\(pointer)/\(offset)").invalid("duplicates an earlier item")
            }
        }
        return elements.enumerated().map { Field(value: $1, pointer: "\(pointer)/\($0)") }
    }

    func object() throws(RequestValidationError) -> ObjectReader {
        guard case .object(let object) = value else { throw invalid("must be an object") }
        return ObjectReader(object: object, pointer: pointer)
    }

    /// An object whose every member is a string (`additionalProperties: {type: string}`).
    func stringMap() throws(RequestValidationError) -> [(key: String, value: String)] {
        let reader = try object()
        var map: [(key: String, value: String)] = []
        for key in reader.object.keys {
            map.append((key, try reader.required(key).string()))
        }
        return map
    }
}
