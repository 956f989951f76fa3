/// One step from a schema to a subschema, as a value travels down it.
enum SchemaStep: Hashable {
    case property(String)
    case items
    case additionalProperty
    /// Branch `old` of the old list and branch `new` of the new list of `anyOf`/`oneOf` group `group`.
    case alternative(group: Int, old: Int, new: Int)
    /// Into branch `index` of `anyOf`/`oneOf` group `group` on the side that wraps the other
    /// side's schema in a list (`inOld` when the old version has the list); the other side stays.
    case wrapped(group: Int, index: Int, inOld: Bool)

    /// The name a witness gives to a property the schema does not declare.
    static let unlistedProperty = "conform_unlisted"

    /// The JSON Pointer token of the step inside a value; nil when the value stays the same.
    var token: String? {
        switch self {
        case .property(let name): return name
        case .items: return "0"
        case .additionalProperty: return SchemaStep.unlistedProperty
        case .alternative, .wrapped: return nil
        }
    }
}
