extension CaseGenerator {
    /// The validator the self-check uses by default, or nil while this build has none.
    ///
    /// The schema validator is being merged separately; until it is, nothing can prove a case
    /// right, so callers refuse to generate rather than hand out unchecked cases. Wiring it
    /// is a change to this file alone.
    public static func standardValidator(for documents: DocumentSet) -> (any CaseValidating)? {
        nil
    }
}
