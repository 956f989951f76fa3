import ArgumentParser
import ConformCore
import ConformRunner
import Foundation

/// What one `conform run` does: its flags merged over the config file, in this one place.
/// A flag given wins over the file; a list flag given replaces the file's list.
struct RunSettings {
    var specs: [String]
    /// nil: each spec's one `servers` entry.
    var target: String?
    var specHeaders: [HeaderField]
    var credentials: Credentials
    var checks: Set<CheckName>
    var failOn: Set<CheckName>
    var failOnUntested: Bool
    var include: [OperationSelector]
    var exclude: [OperationSelector]
    var timeout: Double
    var golden: String
    var record: RecordMode
    var reports: String
    var baseline: String?
    var random: Int
    var seed: UInt64?
    /// Per-operation settings; only the file has them.
    var operations: [ConfigFile.OperationOverride]

    init(_ flags: RunCommand, file: ConfigFile?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws
    {
        specs = flags.specs.isEmpty ? file?.specs ?? [] : flags.specs
        guard !specs.isEmpty else {
            throw CommandError.invalid("no specs: name them as arguments or under 'specs' in \(file?.file ?? ConfigFile.defaultName)")
        }
        target = flags.target ?? file?.target
        if let text = flags.checks {
            checks = try RunCommand.checkList(text)
        } else {
            checks = file?.checks ?? Set(CheckName.allCases)
        }
        failOn = try flags.failOn.map(RunCommand.checkList) ?? file?.failOn ?? checks
        failOnUntested = flags.failOnUntested || file?.failOnUntested == true
        include = flags.operation.isEmpty ? file?.include ?? [] : flags.operation.map(OperationSelector.init)
        exclude = flags.exclude.isEmpty ? file?.exclude ?? [] : flags.exclude.map(OperationSelector.init)
        timeout = flags.timeout ?? file?.timeout ?? 10
        golden = flags.golden ?? file?.golden ?? "golden"
        record = try flags.record ?? RunCommand.recordModeFromEnvironment(environment) ?? file?.record
            ?? RunCommand.defaultRecordMode(environment)
        reports = flags.reports ?? file?.reports ?? "reports"
        baseline = flags.baseline ?? file?.baseline
        random = flags.random ?? file?.random ?? 0
        seed = flags.seed ?? file?.seed
        operations = file?.operations ?? []

        // Every variable the file names that is not set is reported at once.
        var unset: [Diagnostic] = []
        func value(_ variable: ConfigFile.Variable) -> String {
            switch variable.value(in: environment) {
            case .success(let value): return value
            case .failure(let diagnostic):
                unset.append(diagnostic)
                return ""
            }
        }
        let flagHeaders = try flags.headers.map { try RunCommand.header($0, flag: "--header") }
        let fileHeaders = (file?.headers ?? []).filter { header in
            !flagHeaders.contains { $0.name.lowercased() == header.name.lowercased() }
        }
        credentials = Credentials(headers: fileHeaders.map { HeaderField($0.name, value($0.variable)) } + flagHeaders)
        if let variable = flags.bearerEnv {
            credentials.bearer = (try RunCommand.environment(variable), variable)
        } else if let variable = file?.bearer {
            credentials.bearer = (value(variable), variable.name)
        }
        if let variable = flags.basicEnv {
            credentials.basic = (try RunCommand.environment(variable), variable)
        } else if let variable = file?.basic {
            credentials.basic = (value(variable), variable.name)
        }
        if !flags.specHeaders.isEmpty {
            specHeaders = try flags.specHeaders.map { try RunCommand.header($0, flag: "--spec-header") }
        } else {
            specHeaders = (file?.specHeaders ?? []).map { HeaderField($0.name, value($0.variable)) }
        }
        guard unset.isEmpty else { throw CommandError.diagnostics(unset.sorted()) }
        if let basic = credentials.basic, !basic.userPassword.contains(":") {
            throw CommandError.invalid("$\(basic.variable) must hold 'user:password'")
        }
    }
}
