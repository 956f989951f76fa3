@testable import ConformCore

/// What one reader of a schema position (the generator's facts, drift's normalized view)
/// says about its edges, in one shape, so that every reader is judged by the same rules.
struct EdgeReading {
    /// A numeric bound as the reader understood it.
    struct Bound {
        var value: JSONNumber
        var exclusive: Bool
    }

    /// Who read the schema: `generator` or `drift`.
    var reader: String
    /// True when null is accepted whatever else the schema says.
    var nullable = false
    /// The accepted JSON type names (`number` covers `integer`); nil when the type is open.
    var types: Set<String>?
    /// The accepted values (`const` as a list of one); nil when the schema lists none.
    var enumValues: [JSONValue]?
    var minimum: Bound?
    var maximum: Bound?
    var multipleOf: JSONNumber?
    var format: String?
    var required: [String] = []
    /// True when combinator branches or `not` judge values too: the rest of the reading can
    /// then prove a value invalid, never valid.
    var conditional = false

    /// Whether the reader says `edge`'s value is valid; nil when it has no opinion.
    func judge(_ edge: SchemaEdge) -> Bool? {
        switch edge {
        case .null:
            if nullable { return true }
            guard types != nil || enumValues != nil else { return nil }
            return accepted(admitsType(of: .null) && enumValues?.contains(.null) != false)
        case .bound(_, _, let number):
            guard minimum != nil || maximum != nil, enumValues == nil else { return nil }
            return accepted(within(number))
        case .listed(let value), .unlisted(let value):
            guard let enumValues else { return nil }
            return accepted(enumValues.contains(value))
        case .lacking(let name):
            return required.contains(name) ? false : accepted(true)
        }
    }

    /// The edges the reading points at: null where it has an opinion on it, each bound and
    /// one step past it, the first listed value and one of its type that is not listed, each
    /// required property left out.
    var edges: [SchemaEdge] {
        var edges: [SchemaEdge] = judge(.null) == nil ? [] : [.null]
        if let minimum {
            edges += [.bound(.minimum, past: false, minimum.value), .bound(.minimum, past: true, minimum.value - 1)]
        }
        if let maximum {
            edges += [.bound(.maximum, past: false, maximum.value), .bound(.maximum, past: true, maximum.value + 1)]
        }
        if let enumValues {
            if let listed = enumValues.first(where: { !$0.isNull }) { edges.append(.listed(listed)) }
            if let unlisted = OperationCases.outside(enumValues) { edges.append(.unlisted(unlisted)) }
        }
        return edges + required.map(SchemaEdge.lacking)
    }

    /// True when the reader's types allow the type of `value`.
    func admitsType(of value: JSONValue) -> Bool {
        guard let types else { return true }
        let name = value.typeName
        return types.contains(name) || (name == "integer" && types.contains("number"))
    }

    /// True when `number` meets every numeric keyword of the reading but the bounds: a bound
    /// edge then changes nothing else.
    func admitsApartFromBounds(_ number: JSONNumber) -> Bool {
        guard admitsType(of: .number(number)) else { return false }
        if let multipleOf, !number.isMultiple(of: multipleOf) { return false }
        if let (low, high) = NumberRange.formatRange(format), number < low || number > high { return false }
        return true
    }

    private func within(_ number: JSONNumber) -> Bool {
        if let minimum, minimum.exclusive ? number <= minimum.value : number < minimum.value { return false }
        if let maximum, maximum.exclusive ? number >= maximum.value : number > maximum.value { return false }
        return true
    }

    /// `valid` as an opinion: acceptance is none where branches or `not` may still reject.
    private func accepted(_ valid: Bool) -> Bool? {
        valid && conditional ? nil : valid
    }
}
