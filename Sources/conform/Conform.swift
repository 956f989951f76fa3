import ArgumentParser
import ConformCore
import ConformRunner

@main
struct Conform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conform",
        abstract: "OpenAPI contract testing and schema conformance.",
        version: "\(ToolVersion.current) (commit \(BuildCommit.value))",
        subcommands: [
            LintCommand.self, ValidateCommand.self, CasesCommand.self, RunCommand.self, DriftCommand.self,
            ImportCommand.self, InitCommand.self,
            SandboxCommand.self, ReportCommand.self, BaselineCommand.self,
        ])

    /// ArgumentParser's entry point, except that a flag or argument it rejects exits with 2, as
    /// every other invalid input does (see ``ExitCode/invalidInput``), not with its own 64,
    /// and that a ``CommandError`` is written here, the one place errors go to standard error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as CommandError {
            error.lines.forEach(StandardError.print)
            exit(withError: error.status)
        } catch where exitCode(for: error) == .validationFailure {
            StandardError.print(fullMessage(for: error))
            exit(withError: ExitCode.invalidInput)
        } catch {
            exit(withError: error)
        }
    }
}
