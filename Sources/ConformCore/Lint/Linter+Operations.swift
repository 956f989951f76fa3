extension Linter {
    /// Responses, unique operationIds, and path templates that agree with path parameters.
    static func operationProblems(in document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let documents = document.documents
        var firstOperationIds: [String: DocumentPointer] = [:]
        for operation in document.operations {
            // The written object, not the model: a response dropped for a broken $ref is reported there.
            if documents.value(at: operation.pointer.appending("responses"))?.objectValue?.isEmpty ?? true {
                // 3.1 made `responses` optional; a run still has nothing to check the answer against.
                diagnostics.append(Diagnostic(
                    document.version == .v3_0 ? .error : .warning,
                    "operation '\(operation.id)' documents no responses", code: "operation.no-responses",
                    at: documents.keyLocation(of: operation.pointer)))
            }
            if let operationId = operation.operationId {
                let here = operation.pointer.appending("operationId")
                if let first = firstOperationIds[operationId] {
                    diagnostics.append(Diagnostic(
                        .error, "duplicate operationId '\(operationId)'", code: "operation.duplicate-id",
                        at: documents.location(of: here),
                        notes: [.note("first used here", at: documents.location(of: first))]))
                } else {
                    firstOperationIds[operationId] = here
                }
            }
            let templateNames = PathTemplate(operation.path).parameters
            let declared = operation.parameters.filter { $0.location == .path }
            for parameter in declared where !templateNames.contains(parameter.name) {
                diagnostics.append(Diagnostic(
                    .error,
                    "path parameter '\(parameter.name)' of '\(operation.id)' does not appear in the path '\(operation.path)'",
                    code: "path.parameter-unused", at: documents.location(of: parameter.pointer)))
            }
            for name in templateNames where !declared.contains(where: { $0.name == name }) {
                diagnostics.append(Diagnostic(
                    .error, "path '\(operation.path)' has '{\(name)}' but '\(operation.id)' declares no path parameter '\(name)'",
                    code: "path.parameter-undeclared", at: documents.keyLocation(of: operation.pointer)))
            }
        }
        return diagnostics
    }
}
