/// A kind of change between two versions of a document, with a stable ID and a reason.
///
/// The severity is the rule's verdict when its proof holds: a `breaking` rule whose witness
/// cannot be found is reported as an `info` refactor instead (see ``Change/isRefactor``).
public enum DriftRule: String, Sendable, Hashable, CaseIterable, Comparable {
    // Paths and operations
    case pathRemoved = "path-removed"
    case operationRemoved = "operation-removed"
    case operationAdded = "operation-added"
    case operationDeprecated = "operation-deprecated"
    case operationIdChanged = "operation-id-changed"
    case securityAdded = "security-added"
    case securityRemoved = "security-removed"

    // Request parameters and bodies
    case requestParameterAddedRequired = "request-parameter-added-required"
    case requestParameterBecameRequired = "request-parameter-became-required"
    case requestParameterAdded = "request-parameter-added"
    case requestParameterRemoved = "request-parameter-removed"
    case requestParameterDeprecated = "request-parameter-deprecated"
    case requestBodyBecameRequired = "request-body-became-required"
    case requestMediaTypeRemoved = "request-media-type-removed"
    case requestMediaTypeAdded = "request-media-type-added"

    // Request schemas: narrowing breaks
    case requestEnumValueRemoved = "request-enum-value-removed"
    case requestEnumValueAdded = "request-enum-value-added"
    case requestTypeNarrowed = "request-type-narrowed"
    case requestTypeWidened = "request-type-widened"
    case requestNullableRemoved = "request-nullable-removed"
    case requestNullableAdded = "request-nullable-added"
    case requestMaximumLowered = "request-maximum-lowered"
    case requestMinimumRaised = "request-minimum-raised"
    case requestMaxLengthLowered = "request-max-length-lowered"
    case requestMinLengthRaised = "request-min-length-raised"
    case requestBoundsWidened = "request-bounds-widened"
    case requestFormatNarrowed = "request-format-narrowed"
    case requestFormatChanged = "request-format-changed"
    case requestPatternChanged = "request-pattern-changed"
    case requestPropertyRequiredAdded = "request-property-required-added"
    case requestPropertyAdded = "request-property-added"
    case requestPropertyRemoved = "request-property-removed"
    case requestAdditionalPropertiesClosed = "request-additional-properties-closed"
    case requestBranchRemoved = "request-branch-removed"
    case requestBranchAdded = "request-branch-added"
    case requestAnyOfBecameOneOf = "request-any-of-became-one-of"
    case requestOneOfBecameAnyOf = "request-one-of-became-any-of"
    case requestDiscriminatorNarrowed = "request-discriminator-narrowed"
    case requestDiscriminatorWidened = "request-discriminator-widened"

    // Responses
    case responseStatusAdded = "response-status-added"
    case responseStatusRemoved = "response-status-removed"
    case responseMediaTypeAdded = "response-media-type-added"
    case responseMediaTypeRemoved = "response-media-type-removed"
    case responseRequiredHeaderRemoved = "response-required-header-removed"
    case responseHeaderAdded = "response-header-added"
    case responseHeaderRemoved = "response-header-removed"

    // Response schemas: widening breaks
    case responseEnumValueAdded = "response-enum-value-added"
    case responseEnumValueRemoved = "response-enum-value-removed"
    case responseTypeWidened = "response-type-widened"
    case responseTypeNarrowed = "response-type-narrowed"
    case responseNullableAdded = "response-nullable-added"
    case responseNullableRemoved = "response-nullable-removed"
    case responseBoundsWidened = "response-bounds-widened"
    case responseBoundsNarrowed = "response-bounds-narrowed"
    case responseFormatWidened = "response-format-widened"
    case responseFormatChanged = "response-format-changed"
    case responsePatternChanged = "response-pattern-changed"
    case responseRequiredPropertyRemoved = "response-required-property-removed"
    case responsePropertyRemoved = "response-property-removed"
    case responsePropertyAdded = "response-property-added"
    case responseAdditionalPropertiesOpened = "response-additional-properties-opened"
    case responseBranchAdded = "response-branch-added"
    case responseBranchRemoved = "response-branch-removed"
    case responseOneOfBecameAnyOf = "response-one-of-became-any-of"
    case responseAnyOfBecameOneOf = "response-any-of-became-one-of"
    case responseDiscriminatorWidened = "response-discriminator-widened"
    case responseDiscriminatorNarrowed = "response-discriminator-narrowed"

    /// The stable ID (`request-enum-value-removed`).
    public var id: String { rawValue }

    /// The verdict when the rule's witness is found.
    public var severity: ChangeSeverity {
        switch self {
        case .pathRemoved, .operationRemoved, .securityAdded,
            .requestParameterAddedRequired, .requestParameterBecameRequired, .requestBodyBecameRequired,
            .requestMediaTypeRemoved, .requestEnumValueRemoved, .requestTypeNarrowed, .requestNullableRemoved,
            .requestMaximumLowered, .requestMinimumRaised, .requestMaxLengthLowered, .requestMinLengthRaised,
            .requestFormatNarrowed, .requestPropertyRequiredAdded, .requestAdditionalPropertiesClosed,
            .requestBranchRemoved, .requestAnyOfBecameOneOf, .requestDiscriminatorNarrowed,
            .responseStatusAdded, .responseRequiredHeaderRemoved, .responseEnumValueAdded, .responseTypeWidened,
            .responseNullableAdded, .responseBoundsWidened, .responseFormatWidened,
            .responseRequiredPropertyRemoved, .responseAdditionalPropertiesOpened, .responseBranchAdded,
            .responseOneOfBecameAnyOf, .responseDiscriminatorWidened:
            return .breaking
        case .requestParameterRemoved, .requestFormatChanged, .requestPatternChanged, .requestPropertyRemoved,
            .responseMediaTypeAdded, .responseFormatChanged, .responsePatternChanged, .responsePropertyRemoved,
            .operationIdChanged:
            return .warning
        default:
            return .info
        }
    }

    /// Why the rule has its severity, as the README's rule table states it.
    public var reason: String {
        switch self {
        case .pathRemoved: return "every call to the path now fails"
        case .operationRemoved: return "calls to the operation now fail"
        case .operationAdded: return "new capability; existing calls are unaffected"
        case .operationDeprecated: return "still works; plan a migration"
        case .operationIdChanged: return "generated clients and --uses lists name operations by operationId"
        case .securityAdded: return "credentials that were enough are now refused"
        case .securityRemoved: return "fewer credentials are needed; existing calls still work"
        case .requestParameterAddedRequired: return "requests without the new parameter are refused"
        case .requestParameterBecameRequired: return "requests that leave the parameter out are refused"
        case .requestParameterAdded: return "optional; existing requests still work"
        case .requestParameterRemoved: return "a client still sending it may be refused or silently ignored"
        case .requestParameterDeprecated: return "still works; plan a migration"
        case .requestBodyBecameRequired: return "requests without a body are refused"
        case .requestMediaTypeRemoved: return "bodies sent as that media type are refused"
        case .requestMediaTypeAdded: return "another way to send; existing requests still work"
        case .requestEnumValueRemoved: return "requests using the removed value are refused"
        case .requestEnumValueAdded: return "more values accepted; existing requests still work"
        case .requestTypeNarrowed: return "values of the removed type are refused"
        case .requestTypeWidened: return "more values accepted; existing requests still work"
        case .requestNullableRemoved: return "requests sending null are refused"
        case .requestNullableAdded: return "null now accepted; existing requests still work"
        case .requestMaximumLowered: return "values above the new maximum are refused"
        case .requestMinimumRaised: return "values below the new minimum are refused"
        case .requestMaxLengthLowered: return "longer strings or arrays are refused"
        case .requestMinLengthRaised: return "shorter strings or arrays are refused"
        case .requestBoundsWidened: return "more values accepted; existing requests still work"
        case .requestFormatNarrowed: return "int64 values beyond the int32 range are refused"
        case .requestFormatChanged: return "the server may parse the value differently"
        case .requestPatternChanged: return "strings matching the old pattern may be refused"
        case .requestPropertyRequiredAdded: return "bodies without the property are refused"
        case .requestPropertyAdded: return "optional; existing requests still work"
        case .requestPropertyRemoved: return "a client still sending it may be refused or silently ignored"
        case .requestAdditionalPropertiesClosed: return "bodies with properties the schema does not name are refused"
        case .requestBranchRemoved: return "values that matched only the removed alternative are refused"
        case .requestBranchAdded: return "more values accepted; existing requests still work"
        case .requestAnyOfBecameOneOf: return "values that match more than one alternative are refused"
        case .requestOneOfBecameAnyOf: return "more values accepted; existing requests still work"
        case .requestDiscriminatorNarrowed:
            return "bodies without the discriminator property, or with a value it no longer maps, are refused"
        case .requestDiscriminatorWidened: return "more values accepted; existing requests still work"
        case .responseStatusAdded: return "the client receives a status it was never told to handle"
        case .responseStatusRemoved: return "the server no longer documents that answer; clients are unaffected"
        case .responseMediaTypeAdded: return "the server may answer in a media type the client does not parse"
        case .responseMediaTypeRemoved: return "fewer answers possible; clients are unaffected"
        case .responseRequiredHeaderRemoved: return "a client reading the header may not get it"
        case .responseHeaderAdded: return "more information; clients are unaffected"
        case .responseHeaderRemoved: return "the header was optional; clients had to cope without it"
        case .responseEnumValueAdded: return "the client receives a value it does not know"
        case .responseEnumValueRemoved: return "fewer values sent; clients are unaffected"
        case .responseTypeWidened: return "the client receives a type it does not parse"
        case .responseTypeNarrowed: return "fewer values sent; clients are unaffected"
        case .responseNullableAdded: return "the client receives null where it expected a value"
        case .responseNullableRemoved: return "fewer values sent; clients are unaffected"
        case .responseBoundsWidened: return "the client receives values outside the range it was promised"
        case .responseBoundsNarrowed: return "fewer values sent; clients are unaffected"
        case .responseFormatWidened: return "int64 values overflow a client's int32"
        case .responseFormatChanged: return "the client may parse the value differently"
        case .responsePatternChanged: return "the client may receive strings its old pattern rejects"
        case .responseRequiredPropertyRemoved: return "a client reading the property may not get it"
        case .responsePropertyRemoved: return "the property was optional, but a client may rely on it"
        case .responsePropertyAdded: return "more information; clients are unaffected"
        case .responseAdditionalPropertiesOpened: return "the client receives properties it was told would never come"
        case .responseBranchAdded: return "the client receives a shape it does not know"
        case .responseBranchRemoved: return "fewer shapes sent; clients are unaffected"
        case .responseOneOfBecameAnyOf: return "the client receives a value that matches more than one alternative"
        case .responseAnyOfBecameOneOf: return "fewer shapes sent; clients are unaffected"
        case .responseDiscriminatorWidened: return "the client receives a discriminator value it cannot map"
        case .responseDiscriminatorNarrowed: return "fewer shapes sent; clients are unaffected"
        }
    }

    /// Rules in declaration order, so reports group related rules together.
    public static func < (lhs: DriftRule, rhs: DriftRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
