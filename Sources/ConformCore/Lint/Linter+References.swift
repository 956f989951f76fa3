extension Linter {
    /// Every `$ref` in every loaded file must resolve and must not loop without reaching a value.
    static func referenceProblems(in documents: DocumentSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in documents.documents.keys.sorted() {
            for (reference, pointer) in DocumentSet.references(in: documents.documents[file]!.root) {
                let at = DocumentPointer(file: file, pointer: pointer)
                if DocumentSet.isRemote(String(DocumentSet.split(reference).file)) { continue }  // reported at load
                do {
                    _ = try documents.target(of: reference, from: at)
                    _ = try documents.resolve(DocumentPointer(file: file, pointer: pointer.parent))
                } catch {
                    diagnostics.append(error)
                }
            }
        }
        return diagnostics
    }
}
