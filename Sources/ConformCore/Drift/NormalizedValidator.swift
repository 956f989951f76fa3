import Foundation

/// Checks values against normalized schemas: the interim validator behind ``WitnessValidator``
/// until the schema validator lands.
struct NormalizedValidator {
    let normalizer: SchemaNormalizer
    let direction: MessageDirection

    private static let maxDepth = 64

    func accepts(_ value: JSONValue, _ id: Int, depth: Int = 0) -> Bool {
        guard depth < Self.maxDepth else { return true }
        return accepts(value, normalizer.schema(id), depth: depth)
    }

    func accepts(_ value: JSONValue, _ schema: NormalizedSchema, depth: Int) -> Bool {
        if value.isNull && schema.nullable { return true }
        if let types = schema.types, !types.covers(JSONTypeSet(name: value.typeName)!) { return false }
        if let values = schema.enumValues, !values.contains(value) { return false }
        switch value {
        case .number(let number):
            guard acceptsNumber(number, schema) else { return false }
        case .string(let string):
            guard acceptsString(string, schema) else { return false }
        case .array(let elements):
            if let minimum = schema.minItems, elements.count < minimum { return false }
            if let maximum = schema.maxItems, elements.count > maximum { return false }
            if let items = schema.items, !elements.allSatisfy({ accepts($0, items, depth: depth + 1) }) { return false }
        case .object(let object):
            guard acceptsObject(object, schema, depth: depth) else { return false }
        default:
            break
        }
        for group in schema.alternatives {
            let matching = group.branches.lazy.filter { accepts(value, $0, depth: depth + 1) }
            if group.exactlyOne ? matching.count != 1 : matching.isEmpty { return false }
        }
        if let not = schema.not, accepts(value, not, depth: depth + 1) { return false }
        return true
    }

    private func acceptsNumber(_ number: JSONNumber, _ schema: NormalizedSchema) -> Bool {
        if let minimum = schema.minimum, number < minimum.value || (minimum.exclusive && number == minimum.value) {
            return false
        }
        if let maximum = schema.maximum, number > maximum.value || (maximum.exclusive && number == maximum.value) {
            return false
        }
        if let multiple = schema.multipleOf, !number.isMultiple(of: multiple) { return false }
        switch schema.format {
        case "int32": return number.isInteger && number >= -2_147_483_648 && number <= 2_147_483_647
        case "int64": return number.isInteger && number.int64Value != nil
        default: return true
        }
    }

    private func acceptsString(_ string: String, _ schema: NormalizedSchema) -> Bool {
        let length = string.unicodeScalars.count
        if let minimum = schema.minLength, length < minimum { return false }
        if let maximum = schema.maxLength, length > maximum { return false }
        if let pattern = schema.pattern, let expression = try? NSRegularExpression(pattern: pattern) {
            let range = NSRange(string.startIndex..., in: string)
            if expression.firstMatch(in: string, range: range) == nil { return false }
        }
        return true
    }

    private func acceptsObject(_ object: JSONObject, _ schema: NormalizedSchema, depth: Int) -> Bool {
        for name in schema.required where object[name] == nil {
            // A direction never carries readOnly (request) or writeOnly (response) properties.
            let property = schema.property(name).map { normalizer.schema($0) }
            if let property, direction == .request ? property.readOnly : property.writeOnly { continue }
            return false
        }
        for (name, member) in object {
            if let id = schema.property(name) {
                if !accepts(member, id, depth: depth + 1) { return false }
                continue
            }
            switch schema.additional {
            case .any: continue
            case .forbidden: return false
            case .schema(let id): if !accepts(member, id, depth: depth + 1) { return false }
            }
        }
        return true
    }
}
