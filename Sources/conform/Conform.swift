import ArgumentParser
import ConformCore

@main
struct Conform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conform",
        abstract: "OpenAPI contract testing and schema conformance.",
        subcommands: [
            LintCommand.self, ValidateCommand.self, CasesCommand.self, RunCommand.self, DriftCommand.self,
            ImportCommand.self,
            SandboxCommand.self, ReportCommand.self, BaselineCommand.self,
        ])
}
