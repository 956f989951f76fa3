import ArgumentParser
import ConformCore
import ConformRunner
import Foundation

/// `conform drift OLD NEW`: what changed between two versions of a spec, and what breaks a client.
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Compare two versions of an OpenAPI document; every breaking change comes with a witness.",
        discussion: """
            Exit status: 0 when no change reaches --fail-on, 1 when one does (with --uses, only \
            changes that touch the used operations count), 2 on invalid input.
            """)

    /// The output formats.
    enum Format: String, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "The old version (YAML or JSON).")
    var old: String

    @Argument(help: "The new version (YAML or JSON).")
    var new: String

    // Strings rather than enums: a bad value must exit with 2 (invalid input), as every
    // other bad input does, not with the parser's usage status.
    @Option(help: "Output format: text, json or markdown.")
    var format = "text"

    @Option(help: "The least severity that fails: breaking, warning or info.")
    var failOn = "breaking"

    @Option(help: "The operations and fields the integration uses: a YAML list, or a folder of golden records (golden/<spec-stem>).")
    var uses: String?

    @Option(help: "Also write drift.json, drift.md and drift.txt into this folder.")
    var reports: String?

    func run() async throws {
        guard let format = Format(rawValue: format) else {
            throw CommandError(["unknown --format '\(format)'; use text, json or markdown"])
        }
        guard let threshold = ChangeSeverity(rawValue: failOn) else {
            throw CommandError(["unknown --fail-on '\(failOn)'; use breaking, warning or info"])
        }
        let (oldDocument, newDocument) = try await Self.load(old, new)
        var usage: UsageList?
        if let uses {
            do {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: uses, isDirectory: &isFolder), isFolder.boolValue {
                    usage = try UsageList(goldenFolder: uses)
                } else {
                    usage = try UsageList(DocumentLoader.load(path: uses))
                }
            } catch let error as LoadError {
                throw CommandError.diagnostics([error])
            } catch let error as Diagnostic {
                throw CommandError.diagnostics([error])
            }
        }
        let report = await Drift.compare(old: oldDocument, new: newDocument, uses: usage)
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json, terminator: "")
        case .markdown: print(report.markdown, terminator: "")
        }
        if let reports {
            do {
                try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
                for (name, text) in [("drift.json", report.json), ("drift.md", report.markdown), ("drift.txt", report.text)] {
                    try text.write(toFile: reports + "/" + name, atomically: true, encoding: .utf8)
                }
            } catch {
                throw CommandError(["cannot write reports into '\(reports)': \(error.localizedDescription)"])
            }
        }
        // The process ends here, with both documents still alive: freeing two large specs
        // node by node takes longer than writing the report.
        withExtendedLifetime((oldDocument, newDocument)) {
            Self.exit(withError: report.failing(at: threshold).isEmpty ? nil : ExitCode.findings)
        }
    }

    /// Loads both versions at once, one per core (large specs take a good part of the run to
    /// load); load errors are invalid input, reported for the old version first.
    private static func load(_ old: String, _ new: String) async throws -> (Document, Document) {
        let read = { @Sendable (path: String) in
            Result { () throws(LoadError) in try Document(documents: SpecFetcher.documents(path)) }
        }
        async let before = read(old)
        async let after = read(new)
        return (try accept(await before, path: old), try accept(await after, path: new))
    }

    /// A loaded document; one that could not be loaded ends the run.
    private static func accept(_ loaded: Result<Document, LoadError>, path: String) throws -> Document {
        switch loaded {
        case .failure(let error):
            throw CommandError.diagnostics([error])
        case .success(let document):
            // A vendor document with errors is still compared; the faulty parts are left out.
            let errors = document.diagnostics.count { $0.severity == .error }
            if errors > 0 {
                StandardError.print(
                    "\(path): \(errors) error\(errors == 1 ? "" : "s") in the document; the parts they affect are left out (see conform lint)")
            }
            return document
        }
    }
}
