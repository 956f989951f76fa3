extension Linter {
    /// Every `example`, `examples` and `default` checked against the schema it illustrates.
    ///
    /// Warnings, not errors: a wrong example misleads readers and generators, but the
    /// contract itself still stands. Each warning points at the example and names the first
    /// rule it breaks with that rule's position.
    static func exampleProblems(in document: Document) -> [Diagnostic] {
        let validator = SchemaValidator(documents: document.documents)
        let documents = document.documents
        var diagnostics: [Diagnostic] = []

        func check(_ value: JSONValue, at pointer: DocumentPointer, against schema: DocumentPointer, what: String) {
            guard let error = validator.validate(value, against: schema, mode: .first).first else { return }
            diagnostics.append(Diagnostic(
                .warning, "\(what) does not match its schema: \(error)", code: "example.invalid",
                at: documents.location(of: pointer)))
        }

        for pointer in document.allSchemas {
            guard let schema = documents.value(at: pointer)?.objectValue else { continue }
            // A `$ref` sibling is ignored in 3.0, so its example belongs to no schema there.
            if schema["$ref"] != nil && document.version == .v3_0 { continue }
            for keyword in ["example", "default"] {
                if let value = schema[keyword] {
                    check(value, at: pointer.appending(keyword), against: pointer, what: "'\(keyword)'")
                }
            }
            if document.version == .v3_1, let examples = schema["examples"]?.arrayValue {
                for (index, value) in examples.enumerated() {
                    check(value, at: pointer.appending("examples").appending(index), against: pointer, what: "'examples' item")
                }
            }
        }

        // Media types and parameters: `example`, or `examples` of Example Objects with `value`.
        var holders: [(holder: DocumentPointer, schema: DocumentPointer)] = []
        for operation in document.operations {
            for parameter in operation.parameters {
                guard let schema = parameter.schema else { continue }
                holders.append((parameter.contentType.map { parameter.pointer.appending("content").appending($0) } ?? parameter.pointer, schema))
            }
            for media in operation.requestBody?.content ?? [] {
                if let schema = media.schema { holders.append((media.pointer, schema)) }
            }
            for response in operation.responses {
                for media in response.content {
                    if let schema = media.schema { holders.append((media.pointer, schema)) }
                }
            }
        }
        var seen = Set<DocumentPointer>()
        for (holder, schema) in holders where seen.insert(holder).inserted {
            for example in documents.exampleValues(at: holder) {
                check(example.value, at: example.pointer, against: schema, what: example.label)
            }
        }
        return diagnostics
    }
}
