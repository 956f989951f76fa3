import Foundation
import ArgumentParser
import ConformCore

/// `conform cases SPEC`: lists the cases a run would send, without sending them.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the generated test cases of an OpenAPI document.",
        discussion: "Dropped cases are reported on standard error. Exit status: 0, or 2 for an unloadable document, an unknown operation or a bad flag.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl
    }

    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String

    @Option(help: "Only this operation (operationId, or 'METHOD /path').")
    var operation: String?

    @Option(help: "The run seed random cases derive from.")
    var seed: UInt64 = 0

    @Option(help: "Random cases per operation.")
    var random: Int = 0

    @Option(help: "Output format: table or jsonl.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Only shard I of N (1-based).", valueName: "I/N"))
    var shard: CaseGenerator.Shard?

    func run() throws {
        guard random >= 0 else { throw CommandError.invalid("--random must not be negative") }
        let document: Document
        do {
            document = try Document(documents: SpecFetcher.documents(spec))
        } catch {
            throw CommandError.diagnostics([error])
        }
        for diagnostic in document.diagnostics where diagnostic.severity == .error {
            StandardError.print(diagnostic.description)
        }
        let generator = CaseGenerator(
            document: document, validator: SchemaValidator(documents: document.documents),
            options: .init(seed: seed, randomCount: random, shard: shard))
        let result: CaseGenerator.Result
        if let operation {
            guard let found = document.operation(withID: operation) else {
                throw CommandError.invalid("no operation '\(operation)' in \(spec)")
            }
            result = generator.cases(for: found)
        } else {
            result = generator.allCases()
        }
        for diagnostic in result.diagnostics { StandardError.print(diagnostic.description) }
        switch format {
        case .jsonl:
            for testCase in result.cases { print(testCase.jsonLine) }
        case .table:
            print(TestCase.table(result.cases), terminator: "")
        }
    }
}
