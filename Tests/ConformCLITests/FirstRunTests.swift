import Foundation
import Testing

/// The README's first five minutes on a fresh machine: `conform init specs/*.yaml` in a
/// project folder, then `conform run` with the written config gives the main command's result.
@Suite("conform init, then conform run")
struct FirstRunTests {
    @Test func initThenRunGivesTheMainResult() throws {
        let project = try ConformCommand.scratchFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        // The project's own specs and golden records, as a team's repository would hold them.
        for folder in ["specs", "golden"] {
            try FileManager.default.copyItem(
                at: ConformCommand.packageRoot.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        let specs = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("specs").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "specs/" + $0 }
        #expect(try ConformCommand.run(["init"] + specs, in: project) == .init(
            status: 0, output: "wrote conform.yaml for 4 specs; fill in its credentials, then run 'conform run'\n",
            errors: ""))
        let config = try String(contentsOf: project.appendingPathComponent("conform.yaml"), encoding: .utf8)
        #expect(config.contains("  bearer: CONFORM_BEARER_TOKEN\n"))
        #expect(config.contains("  basic: CONFORM_BASIC_AUTH\n"))

        // The sandbox's fixed test credentials, in the variables the written file names.
        let outcome = try ConformCommand.run(
            ["run", "--target", "sandbox", "--record", "never", "--quiet"], in: project,
            environment: ["CONFORM_BEARER_TOKEN": "sandbox-token", "CONFORM_BASIC_AUTH": "sandbox-key:x"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("4 specs: 1878 cases, 2116 requests, 0 findings, 0 errors, 10 of 10 operations exercised, 5 not sendable in ") == true)
        #expect(lines.last == "golden: 1758 matched, 0 mismatched, 0 recorded")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("reports/summary.md").path))
    }

    @Test func initRefusesToOverwriteAConfig() throws {
        let project = try ConformCommand.scratchFolder()
        try "specs: [a.yaml]\n".write(to: project.appendingPathComponent("conform.yaml"), atomically: true, encoding: .utf8)
        let spec = ConformCommand.packageRoot.appendingPathComponent("specs/stripe-checkout.yaml").path
        #expect(try ConformCommand.run(["init", spec], in: project) == .init(
            status: 2, output: "", errors: "error: conform.yaml already exists; pass --force to overwrite it\n"))
    }
}
