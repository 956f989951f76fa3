import ArgumentParser
import ConformCore
import Foundation

/// `conform init SPEC...`: a commented `conform.yaml` to start from, naming the specs, their
/// one server when they share it, and their security schemes as credentials to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented conform.yaml for these specs into the working directory.",
        discussion: "Exit status: 0 written, 2 a spec that does not load or a conform.yaml already there (without --force).")

    @Argument(help: "OpenAPI documents (YAML or JSON files, or http(s) URLs).")
    var specs: [String]

    @Flag(help: "Overwrite an existing conform.yaml.")
    var force = false

    func run() throws {
        let file = ConfigFile.defaultName
        guard force || !FileManager.default.fileExists(atPath: file) else {
            throw CommandError.invalid("\(file) already exists; pass --force to overwrite it")
        }
        let documents = try specs.map { try RunCommand.load($0, headers: []).document }
        do {
            try InitCommand.text(specs: specs, documents: documents).write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            throw CommandError.invalid("cannot write \(file): \(error.localizedDescription)")
        }
        print("wrote \(file) for \(specs.count) spec\(specs.count == 1 ? "" : "s"); fill in its credentials, then run 'conform run'")
    }

    /// The file's text: every setting, the ones with defaults commented out.
    static func text(specs: [String], documents: [Document]) -> String {
        var lines = [
            "# conform.yaml: the settings of `conform run`; flags on the command line override them.",
            "# Written by `conform init`. Relative paths are relative to this file's folder.",
            "",
            "specs:",
        ]
        lines += specs.map { "  - \(quoted($0))" }
        lines += [""] + target(documents) + [""] + credentials(documents) + [
            "",
            "# Checks to run, and those whose findings fail the run (default: all; fail-on: the checks run).",
            "# checks: [\(CheckName.allCases.map(\.rawValue).joined(separator: ", "))]",
            "# fail-on: [server_error, status_code, response_schema]",
            "# An operation with no case sent, or none answered with its credentials, fails the run.",
            "# fail-on-untested: true",
            "",
            "# Operations to send: by operationId, 'METHOD /path' or 'tag:NAME' (default: all).",
            "# include: [\"tag:checkout\"]",
            "# exclude: [\"DELETE /checkout/sessions/{id}\"]",
            "",
            "# timeout: 10                    # seconds one request may take",
            "# random: 25                     # random cases per operation",
            "# seed: 42                       # a fixed seed also golden-records the random cases",
            "# golden: golden                 # golden records, one folder per spec",
            "# record: missing                # never (CI), missing, failed or all",
            "# reports: reports               # report.json, junit.xml, summary.md, report.html",
            "# baseline: conform-baseline.json  # accepted findings (conform baseline write)",
            "",
            "# Headers for fetching URL specs, each value from an environment variable.",
            "# spec-headers:",
            "#   Authorization: CONFORM_SPEC_AUTHORIZATION",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `target:`, set when the specs name one server between them, else commented out.
    static func target(_ documents: [Document]) -> [String] {
        let servers = Set(documents.flatMap { $0.servers.map(\.url) }).sorted()
        var lines = ["# The server under test: an http(s) URL, or 'sandbox' for the built-in checkout sandbox."]
        if servers.count == 1, documents.allSatisfy({ $0.servers.count == 1 }) {
            lines += ["target: \(quoted(servers[0]))"]
        } else {
            lines += ["# Left out, the specs' one shared server is used; these specs name \(servers.count) servers:"]
            lines += servers.map { "#   \($0)" }
            lines += ["# target: http://127.0.0.1:8080"]
        }
        return lines
    }

    /// `credentials:`, one entry per kind of security scheme the specs use, naming the
    /// environment variable to set.
    static func credentials(_ documents: [Document]) -> [String] {
        var bearer: [String] = []
        var basic: [String] = []
        var keys: [String: [String]] = [:]
        var unsupported: [String] = []
        for document in documents {
            for scheme in document.securitySchemes.values.sorted(by: { $0.name < $1.name }) {
                let use = "\(scheme.name) in \(document.file)"
                switch scheme.kind {
                case .http(let name) where name == "bearer": bearer.append(use)
                case .http(let name) where name == "basic": basic.append(use)
                case .oauth2, .openIdConnect: bearer.append(use + " (an access token)")
                case .apiKey(let name, let location): keys[name, default: []].append("\(use) (\(location.rawValue))")
                case .http, .mutualTLS: unsupported.append(use)
                }
            }
        }
        guard !(bearer.isEmpty && basic.isEmpty && keys.isEmpty && unsupported.isEmpty) else {
            return ["# No security schemes: no credentials needed.", "# credentials:", "#   bearer: CONFORM_BEARER_TOKEN"]
        }
        var lines = ["# Credentials, by the environment variables that hold them; set these before `conform run`."]
        lines += ["credentials:"]
        if !bearer.isEmpty { lines += bearer.map { "  # \($0)" } + ["  bearer: CONFORM_BEARER_TOKEN"] }
        if !basic.isEmpty { lines += basic.map { "  # \($0), as user:password" } + ["  basic: CONFORM_BASIC_AUTH"] }
        if !keys.isEmpty {
            lines += ["  headers:"]
            for (name, uses) in keys.sorted(by: { $0.key < $1.key }) {
                lines += uses.map { "    # \($0)" } + ["    \(quoted(name)): \(variableName(for: name))"]
            }
        }
        lines += unsupported.map { "  # \($0): a scheme conform cannot serve; its operations run unauthenticated" }
        return lines
    }

    /// `CONFORM_X_API_KEY` for `X-Api-Key`.
    static func variableName(for header: String) -> String {
        "CONFORM_" + String(header.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// `text` as a YAML scalar: plain when that reads back as the same string, else quoted.
    static func quoted(_ text: String) -> String {
        let plain = text.first.map { $0.isLetter || $0 == "." || $0 == "/" } == true
            && text.allSatisfy { $0.isLetter || $0.isNumber || "-_./:".contains($0) } && !text.hasSuffix(":")
            && !["true", "false", "null", "yes", "no", "on", "off"].contains(text.lowercased())
        return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
