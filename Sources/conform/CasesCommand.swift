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

    @Option(help: "Only shard I of N, as I/N (1-based).")
    var shard: String?

    func run() throws {
        var shardValue: CaseGenerator.Shard?
        if let shard {
            guard let parsed = CaseGenerator.Shard(shard) else {
                printError("error: --shard must be I/N with 1 <= I <= N, not '\(shard)'")
                throw ExitCode.invalidInput
            }
            shardValue = parsed
        }
        guard random >= 0 else {
            printError("error: --random must not be negative")
            throw ExitCode.invalidInput
        }
        let document: Document
        do {
            document = try Document(documents: SpecFetcher.documents(spec))
        } catch {
            printError(error.description)
            throw ExitCode.invalidInput
        }
        for diagnostic in document.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        let generator = CaseGenerator(
            document: document, validator: SchemaValidator(documents: document.documents),
            options: .init(seed: seed, randomCount: random, shard: shardValue))
        let result: CaseGenerator.Result
        if let operation {
            guard let found = document.operation(withID: operation) else {
                printError("error: no operation '\(operation)' in \(spec)")
                throw ExitCode.invalidInput
            }
            result = generator.cases(for: found)
        } else {
            result = generator.allCases()
        }
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        switch format {
        case .jsonl:
            for testCase in result.cases { print(testCase.jsonLine) }
        case .table:
            print(TestCase.table(result.cases), terminator: "")
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
