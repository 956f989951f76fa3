import ArgumentParser

/// `conform import ...`: other API descriptions as OpenAPI documents.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert other API descriptions into OpenAPI documents.",
        subcommands: [ImportDocsPageCommand.self])
}
