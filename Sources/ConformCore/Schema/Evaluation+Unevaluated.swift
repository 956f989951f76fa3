/// The annotations that `unevaluatedProperties` and `unevaluatedItems` depend on: which members
/// or elements the other keywords of a schema, and the in-place subschemas that hold, evaluated.
///
/// Collected only when a schema has one of these keywords, so the common path pays nothing.
extension Evaluation {
    /// The in-place subschemas of `check` that apply to `value` (they validated).
    private mutating func appliedSubschemas(_ check: Check, _ value: JSONValue) -> [NodeLink] {
        switch check.rule {
        case .allOf(let nodes):
            return nodes.allSatisfy { probe($0, value) } ? nodes : []
        case .anyOf(let nodes), .oneOf(let nodes):
            return nodes.filter { probe($0, value) }
        case .conditional(let condition, let then, let otherwise):
            if probe(condition, value) {
                return [condition] + (then.map { probe($0, value) ? [$0] : [] } ?? [])
            }
            return otherwise.map { probe($0, value) ? [$0] : [] } ?? []
        case .dependentSchemas(let pairs):
            guard case .object(let object) = value else { return [] }
            return pairs.filter { object[$0.0] != nil && probe($0.1, value) }.map(\.1)
        case .ref(let link):
            return probe(link, value) ? [link] : []
        case .discriminator(let property, let choices, _):
            guard case .string(let name)? = value[property], let choice = choices[name] else { return [] }
            return [choice]
        default:
            return []
        }
    }

    mutating func collectProperties(
        _ node: SchemaNode, skipping skipped: DocumentPointer?, _ object: JSONObject, _ value: JSONValue,
        into evaluated: inout Set<String>, visited: inout Set<ObjectIdentifier>
    ) {
        guard visited.insert(ObjectIdentifier(node)).inserted else { return }
        for check in node.checks where check.pointer != skipped {
            switch check.rule {
            case .properties:
                for key in object.keys where (node.names?.position(of: key)).map({ $0 < node.properties.count }) ?? false {
                    evaluated.insert(key)
                }
            case .patternProperties(let rules):
                for key in object.keys where rules.contains(where: { $0.0.matches(key) }) { evaluated.insert(key) }
            case .additionalProperties, .unevaluatedProperties:
                evaluated.formUnion(object.keys)
            default:
                for subschema in appliedSubschemas(check, value) {
                    collectProperties(subschema.node, skipping: nil, object, value, into: &evaluated, visited: &visited)
                }
            }
        }
    }

    mutating func collectItems(
        _ node: SchemaNode, skipping skipped: DocumentPointer?, _ items: [JSONValue], _ value: JSONValue,
        into evaluated: inout [Bool], visited: inout Set<ObjectIdentifier>
    ) {
        guard visited.insert(ObjectIdentifier(node)).inserted else { return }
        for check in node.checks where check.pointer != skipped {
            switch check.rule {
            case .prefixItems(let nodes):
                for index in 0..<min(nodes.count, items.count) { evaluated[index] = true }
            case .items(_, let start):
                for index in min(start, items.count)..<items.count { evaluated[index] = true }
            case .contains(let subschema, _, _, _, _):
                for index in items.indices where probe(subschema, items[index]) { evaluated[index] = true }
            case .unevaluatedItems:
                for index in items.indices { evaluated[index] = true }
            default:
                for subschema in appliedSubschemas(check, value) {
                    collectItems(subschema.node, skipping: nil, items, value, into: &evaluated, visited: &visited)
                }
            }
        }
    }
}
