import ConformCore

/// The validator the generation tests self-check with: the standard one, when the build has it.
enum GenerationValidator {
    /// Why generation suites are skipped in a build without the schema validator.
    static let missing = "no schema validator in this build; generation suites are skipped"

    static var isAvailable: Bool {
        (try? GenerationSupport.document(GenerationSupport.dodo)).flatMap {
            CaseGenerator.standardValidator(for: $0.documents)
        } != nil
    }

    static func make(_ documents: DocumentSet) -> any CaseValidating {
        CaseGenerator.standardValidator(for: documents)!
    }
}
