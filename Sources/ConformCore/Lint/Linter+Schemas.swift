extension Linter {
    /// Schema mistakes that make a part of a schema unsatisfiable or surprising.
    static func schemaProblems(in document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let documents = document.documents
        let allOfMembers = allOfMemberPointers(in: document)
        for pointer in document.allSchemas {
            guard let schema = documents.value(at: pointer)?.objectValue else { continue }
            diagnostics += requiredProblems(schema, at: pointer, documents: documents, isAllOfMember: allOfMembers.contains(pointer))
            diagnostics += enumProblems(schema, at: pointer, version: document.version, documents: documents)
            diagnostics += discriminatorProblems(schema, at: pointer, documents: documents)
        }
        return diagnostics
    }

    /// Schemas that sit directly in an `allOf`, whose `required` may name a sibling's properties.
    private static func allOfMemberPointers(in document: Document) -> Set<DocumentPointer> {
        var members = Set<DocumentPointer>()
        for pointer in document.allSchemas {
            guard let list = document.documents.value(at: pointer)?["allOf"]?.arrayValue else { continue }
            for index in list.indices { members.insert(pointer.appending("allOf").appending(index)) }
        }
        return members
    }

    /// A required name missing from `properties`, where nothing else could define it.
    private static func requiredProblems(
        _ schema: JSONObject, at pointer: DocumentPointer, documents: DocumentSet, isAllOfMember: Bool
    ) -> [Diagnostic] {
        guard let required = schema["required"]?.arrayValue, let properties = schema["properties"]?.objectValue,
            !isAllOfMember
        else { return [] }
        let composed = ["allOf", "anyOf", "oneOf", "patternProperties", "$ref", "dependentSchemas", "if"]
            .contains { schema[$0] != nil }
        if composed || schema["additionalProperties"]?.objectValue != nil { return [] }
        let closed = schema["additionalProperties"]?.boolValue == false
        var diagnostics: [Diagnostic] = []
        for (index, name) in required.enumerated() {
            guard let name = name.stringValue, properties[name] == nil else { continue }
            let at = documents.location(of: pointer.appending("required").appending(index))
            if closed {
                diagnostics.append(Diagnostic(
                    .error, "required property '\(name)' is not in 'properties' and additional properties are forbidden, so no value can be valid",
                    code: "schema.required-undefined", at: at))
            } else {
                diagnostics.append(Diagnostic(
                    .warning, "required property '\(name)' is not defined in 'properties'",
                    code: "schema.required-undefined", at: at))
            }
        }
        return diagnostics
    }

    /// Enum values that the schema's own `type` rejects.
    private static func enumProblems(
        _ schema: JSONObject, at pointer: DocumentPointer, version: OpenAPIVersion, documents: DocumentSet
    ) -> [Diagnostic] {
        guard let values = schema["enum"]?.arrayValue, let typeValue = schema["type"] else { return [] }
        var types = Set(typeValue.arrayValue?.compactMap(\.stringValue) ?? typeValue.stringValue.map { [$0] } ?? [])
        guard !types.isEmpty else { return [] }
        if version == .v3_0, schema["nullable"]?.boolValue == true { types.insert("null") }
        if types.contains("number") { types.insert("integer") }
        let typeText = typeValue.stringValue ?? typeValue.arrayValue!.compactMap(\.stringValue).joined(separator: ", ")
        var diagnostics: [Diagnostic] = []
        for (index, value) in values.enumerated() where !types.contains(value.typeName) {
            diagnostics.append(Diagnostic(
                .error, "enum value \(value.serialized()) is \(value.typeName == "integer" || value.typeName == "object" || value.typeName == "array" ? "an" : "a") \(value.typeName), but the schema's type is \(typeText)",
                code: "schema.enum-type", at: documents.location(of: pointer.appending("enum").appending(index))))
        }
        return diagnostics
    }

    /// A discriminator that can name none of its schema's branches: every `oneOf` (or
    /// `anyOf`) branch is inline and there is no mapping, and a discriminator value names a
    /// schema, so validators (conform's too) fall back to trying each branch.
    private static func discriminatorProblems(
        _ schema: JSONObject, at pointer: DocumentPointer, documents: DocumentSet
    ) -> [Diagnostic] {
        guard let discriminator = schema["discriminator"]?.objectValue,
            let name = discriminator["propertyName"]?.stringValue,
            discriminator["mapping"]?.objectValue?.isEmpty ?? true
        else { return [] }
        let combinator = schema["oneOf"] != nil ? "oneOf" : "anyOf"
        guard let branches = schema[combinator]?.arrayValue, !branches.isEmpty,
            branches.allSatisfy({ $0.objectValue?["$ref"] == nil })
        else { return [] }
        return [Diagnostic(
            .warning,
            "discriminator '\(name)' names no branch: the \(combinator) branches are inline schemas and there is no mapping, so each branch is tried in turn",
            code: "schema.discriminator-unmapped", at: documents.location(of: pointer.appending("discriminator")))]
    }
}
