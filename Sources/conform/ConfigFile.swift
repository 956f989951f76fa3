import ArgumentParser
import ConformCore
import Foundation

/// `conform.yaml`: the settings of `conform run` that a team keeps beside its specs, so that
/// CI jobs do not repeat every flag. Flags given on the command line win (``RunSettings``).
///
/// It is read with the project's own loader, so every error names the file's line and
/// column. Secrets never live in it: credentials name the environment variables holding them.
/// Relative paths in it are relative to the file's folder.
struct ConfigFile: Sendable {
    /// The file looked for in the working directory when `--config` is not given.
    static let defaultName = "conform.yaml"

    /// An environment variable the file names, and where it names it.
    struct Variable: Sendable {
        var name: String
        var location: SourceLocation?
    }

    /// Settings for the operations one key of `operations` names (an operationId,
    /// `METHOD /path` or `tag:NAME`).
    struct OperationOverride: Sendable {
        var selector: OperationSelector
        /// The key as written, and where, for the error when it names no operation.
        var key: String
        var location: SourceLocation?
        var timeout: Double?
        /// Checks not run on these operations, each with the reason the reports give.
        var checksOff: [(check: CheckName, reason: String)]
    }

    /// The file as named in messages.
    var file: String
    var specs: [String]?
    var target: String?
    /// Headers for fetching URL specs, each value read from an environment variable.
    var specHeaders: [(name: String, variable: Variable)] = []
    var bearer: Variable?
    var basic: Variable?
    /// Headers for every request or an apiKey scheme, each value from an environment variable.
    var headers: [(name: String, variable: Variable)] = []
    var checks: Set<CheckName>?
    var failOn: Set<CheckName>?
    /// `fail-on-untested`: a selected operation not exercised fails the run.
    var failOnUntested: Bool?
    var include: [OperationSelector] = []
    var exclude: [OperationSelector] = []
    var timeout: Double?
    var golden: String?
    var record: RecordMode?
    var reports: String?
    var baseline: String?
    var random: Int?
    var seed: UInt64?
    var operations: [OperationOverride] = []

    static let keys = [
        "specs", "target", "spec-headers", "credentials", "checks", "fail-on", "fail-on-untested", "include", "exclude", "timeout",
        "golden", "record", "reports", "baseline", "random", "seed", "operations",
    ]
    static let credentialKeys = ["bearer", "basic", "headers"]

    /// The file named by `--config`, else `conform.yaml` in the working directory when there
    /// is one, else nil.
    static func find(_ given: String?) throws(LoadError) -> ConfigFile? {
        if let given { return try load(path: given) }
        guard FileManager.default.fileExists(atPath: defaultName) else { return nil }
        return try load(path: defaultName)
    }

    /// Reads the file at `path`; every problem in it is one positioned diagnostic.
    static func load(path: String) throws(LoadError) -> ConfigFile {
        var reader = ConfigReader(try DocumentLoader.load(path: path))
        let root = JSONPointer.root
        guard let members = reader.mapping(root, keys: keys) else { throw LoadError(reader.diagnostics) }
        let folder = (path as NSString).deletingLastPathComponent
        func relative(_ file: String) -> String {
            folder.isEmpty || file.hasPrefix("/") || SpecFetcher.isURL(file) ? file : folder + "/" + file
        }
        var config = ConfigFile(file: path)
        for key in members.map(\.key) {
            let pointer = root.appending(key)
            switch key {
            case "specs": config.specs = reader.strings(pointer)?.map { relative($0.text) }
            case "target": config.target = reader.string(pointer)
            case "spec-headers": config.specHeaders = reader.headerVariables(pointer)
            case "credentials":
                guard reader.mapping(pointer, keys: credentialKeys) != nil else { break }
                config.bearer = reader.variable(pointer.appending("bearer"))
                config.basic = reader.variable(pointer.appending("basic"))
                config.headers = reader.headerVariables(pointer.appending("headers"))
            case "checks": config.checks = reader.checks(pointer)
            case "fail-on": config.failOn = reader.checks(pointer)
            case "fail-on-untested": config.failOnUntested = reader.boolean(pointer)
            case "include": config.include = (reader.strings(pointer) ?? []).map { OperationSelector($0.text) }
            case "exclude": config.exclude = (reader.strings(pointer) ?? []).map { OperationSelector($0.text) }
            case "timeout": config.timeout = reader.positiveNumber(pointer)
            case "golden": config.golden = reader.string(pointer).map(relative)
            case "reports": config.reports = reader.string(pointer).map(relative)
            case "baseline": config.baseline = reader.string(pointer).map(relative)
            case "record":
                guard let text = reader.string(pointer) else { break }
                config.record = RecordMode(rawValue: text)
                if config.record == nil {
                    reader.error("'record' must be never, missing, failed or all, not '\(text)'", at: pointer, code: "config.value")
                }
            case "random": config.random = reader.integer(pointer).map { Int($0) }
            case "seed": config.seed = reader.integer(pointer).map { UInt64($0) }
            case "operations": config.operations = operations(at: pointer, reader: &reader)
            default: break  // reported by `mapping` as an unknown key
            }
        }
        guard reader.diagnostics.isEmpty else { throw LoadError(reader.diagnostics.sorted()) }
        return config
    }
}

extension ConfigFile {
    /// `operations:`: per-operation `timeout` and `checks-off` (check name → reason).
    static func operations(at pointer: JSONPointer, reader: inout ConfigReader) -> [OperationOverride] {
        (reader.mapping(pointer, keys: nil) ?? []).compactMap { member in
            let entry = pointer.appending(member.key)
            guard reader.mapping(entry, keys: ["timeout", "checks-off"]) != nil else { return nil }
            let off = entry.appending("checks-off")
            let checksOff = (reader.mapping(off, keys: CheckName.allCases.map(\.rawValue)) ?? []).compactMap { check in
                reader.string(off.appending(check.key)).flatMap { reason in CheckName(rawValue: check.key).map { ($0, reason) } }
            }
            return OperationOverride(
                selector: OperationSelector(member.key), key: member.key,
                location: reader.document.sourceMap.keyLocation(of: entry),
                timeout: reader.positiveNumber(entry.appending("timeout")), checksOff: checksOff)
        }
    }

    /// Each spec's operations (by ID) with the override that names them; a key naming no
    /// operation of any spec is an error at its position (a typo would silently do nothing).
    static func resolve(_ overrides: [OperationOverride], in documents: [Document]) throws
        -> [String: [(operation: String, override: OperationOverride)]]
    {
        var resolved: [String: [(operation: String, override: OperationOverride)]] = [:]
        var unmatched: [Diagnostic] = []
        for override in overrides {
            var matched = false
            for document in documents {
                for operation in document.operations where override.selector.matches(operation) {
                    resolved[document.file, default: []].append((operation.id, override))
                    matched = true
                }
            }
            if !matched {
                unmatched.append(Diagnostic(
                    .error, "'operations.\(override.key)' names no operation of the specs", code: "config.value",
                    at: override.location))
            }
        }
        guard unmatched.isEmpty else { throw CommandError.diagnostics(unmatched) }
        return resolved
    }
}

extension ConfigFile.Variable {
    /// The variable's value; unset or empty is an error at the place the file names it.
    func value(in environment: [String: String]) -> Result<String, Diagnostic> {
        guard let value = environment[name], !value.isEmpty else {
            return .failure(Diagnostic(.error, "environment variable \(name) is not set", code: "config.environment", at: location))
        }
        return .success(value)
    }
}
