import ArgumentParser
import ConformCore

/// `conform lint SPEC...`: compiler-style diagnostics for each document.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check OpenAPI documents and print diagnostics as file:line:col.",
        discussion: "Exit status: 0 when no document has an error, 2 otherwise.")

    @Argument(help: "OpenAPI documents (YAML or JSON files, or http(s) URLs).")
    var specs: [String]

    @Flag(help: "Print errors only.")
    var errorsOnly = false

    /// A spec given by URL: fetched, then linted like a file.
    private func lint(_ spec: String) -> [Diagnostic] {
        do {
            return Linter.lint(documents: try SpecFetcher.documents(spec))
        } catch {
            return error.diagnostics.sorted()
        }
    }

    func run() throws {
        var errors = 0
        var warnings = 0
        for spec in specs {
            for diagnostic in lint(spec) {
                switch diagnostic.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: break
                }
                if errorsOnly && diagnostic.severity != .error { continue }
                print(diagnostic)
            }
        }
        let files = specs.count == 1 ? "1 file" : "\(specs.count) files"
        print("\(files): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode.invalidInput }
    }
}
