import Foundation
import Testing

/// The built binary end to end, one command at a time, as a user or a CI script runs it:
/// what it prints on each stream and how it exits.
@Suite("Commands end to end")
struct CommandEndToEndTests {
    /// A planted fault found: exit 1; the report's findings accepted into a baseline, the
    /// same run passes.
    @Test func runAgainstAFaultySandboxExitsOneUntilABaselineAcceptsItsFindings() throws {
        let sandbox = try SandboxProcess(fault: "stripe-text-html")
        defer { sandbox.stop() }
        let scratch = try ConformCommand.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = [
            "run", "specs/stripe-checkout.yaml", "--target", sandbox.baseURL, "--bearer-env", "CONFORM_TEST_TOKEN",
            "--checks", "content_type", "--reports", scratch.path + "/reports", "--quiet",
        ]
        let token = ["CONFORM_TEST_TOKEN": "sandbox-token"]
        let failing = try ConformCommand.run(run, environment: token)
        #expect(failing.status == 1, "\(failing.errors)")
        #expect(failing.errors == "")
        let summary = "1 spec: 79 cases, 79 requests, 13 findings, 0 errors, 1 of 1 operation exercised in "
        #expect(failing.output.hasPrefix(summary), "\(failing.output)")

        let baseline = scratch.path + "/baseline.json"
        let written = try ConformCommand.run(["baseline", "write", scratch.path + "/reports/report.json", "-o", baseline])
        // The 13 findings (one per case) share one fingerprint.
        #expect(written == .init(status: 0, output: "\(baseline): 1 accepted fingerprints\n", errors: ""))

        let accepted = try ConformCommand.run(run + ["--baseline", baseline], environment: token)
        #expect(accepted.status == 0, "\(accepted.errors)")
        #expect(accepted.output.hasPrefix(summary), "\(accepted.output)")
        #expect(accepted.output.hasSuffix("s; 0 failing, 13 accepted by the baseline\n"), "\(accepted.output)")
    }

    @Test func baselineWriteOfAMissingReportExitsTwo() throws {
        let outcome = try ConformCommand.run(["baseline", "write", "no-such-report.json", "-o", "/dev/null"])
        #expect(outcome == .init(status: 2, output: "", errors: "error: no-such-report.json: cannot be read\n"))
    }

    /// A response member that the new version types differently breaks a client.
    @Test func driftOfABreakingPairExitsOne() throws {
        func spec(_ type: String) -> String {
            """
            openapi: 3.0.3
            info: {title: Items, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: the items
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id]
                            properties:
                              id: {type: \(type)}
            """
        }
        let old = try ConformCommand.temporaryFile("old.yaml", spec("string"))
        let new = try ConformCommand.temporaryFile("new.yaml", spec("integer"))
        let outcome = try ConformCommand.run(["drift", old, new])
        #expect(outcome == .init(
            status: 1,
            output: "breaking response-type-widened type changed from string to integer: string refused, integer now allowed "
                + "\(old):16:24 -> \(new):16:24 witness {\"id\":0} at listItems response 200 body application/json /id\n"
                + "1 breaking, 0 warning, 0 info (0 refactors)\n",
            errors: ""))
    }

    /// One operation with a bounded required query parameter.
    static let bounded = """
        openapi: 3.0.3
        info: {title: Bounded, version: '1'}
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {name: limit, in: query, required: true, schema: {type: integer, minimum: 1, maximum: 10}}
              responses:
                '200': {description: the items}
        """

    /// The IDs in the first column of a `cases` table, and its closing count line.
    static func listed(_ table: String) -> (ids: [String], count: String?) {
        let lines = table.split(separator: "\n")
        return (lines.dropFirst().dropLast().map { String($0.prefix { $0 != " " }) }, lines.last.map(String.init))
    }

    @Test func casesListsEveryCaseAndTheShardsSplitThem() throws {
        let spec = try ConformCommand.temporaryFile("bounded.yaml", Self.bounded)
        let all = try ConformCommand.run(["cases", spec])
        #expect(all.status == 0 && all.errors == "")
        let (ids, count) = Self.listed(all.output)
        #expect(count == "16 cases")
        #expect(ids.filter { !$0.hasPrefix("malformed-") } == [
            "baseline-a71badaa1f48e20b", "requiredMissing-0f59a8fc962074a8", "wrongType-233b0fa735bc2f0d",
            "wrongType-7071ec56be0b29af", "bound-2d41c58e40394464", "pastBound-0ac930edbcfe6b02",
            "bound-22754bb723601b12", "pastBound-f6fd63f21ee28658",
        ])
        let shards = try ["1/2", "2/2"].map { try Self.listed(ConformCommand.run(["cases", spec, "--shard", $0]).output).ids }
        #expect(Set(shards[0]).isDisjoint(with: shards[1]))
        #expect(Set(shards[0] + shards[1]) == Set(ids))
    }

    @Test func casesOfAnUnknownOperationExitsTwo() throws {
        let outcome = try ConformCommand.run(["cases", "specs/stripe-checkout.yaml", "--operation", "nope"])
        #expect(outcome == .init(status: 2, output: "", errors: "error: no operation 'nope' in specs/stripe-checkout.yaml\n"))
    }

    /// `--shard` parses itself: one message for every command that takes it, before anything runs.
    @Test(arguments: ["cases", "run"])
    func aShardOutsideItsCountIsAUsageError(command: String) throws {
        let outcome = try ConformCommand.run([command, "specs/stripe-checkout.yaml", "--shard", "3/2"])
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.errors.split(separator: "\n").first == "Error: The value '3/2' is invalid for '--shard <I/N>'")
    }

    @Test func importDocsPageWritesADocument() throws {
        let page = try ConformCommand.temporaryFile("widget.md", """
            # Get Widget

            ```yaml get /widgets/{id}
            paths:
              path: /widgets/{id}
              method: get
              request:
                parameters:
                  path:
                    id:
                      schema:
                        - type: string
                          required: true
              response:
                '200':
                  application/json:
                    schemaArray:
                      - type: object
                    examples: {}
                    description: the widget
            components:
              schemas: {}
            ```
            """)
        let output = URL(fileURLWithPath: page).deletingLastPathComponent().appendingPathComponent("out/widget.yaml").path
        let outcome = try ConformCommand.run(["import", "docs-page", page, "-o", output])
        #expect(outcome == .init(status: 0, output: "\(output): 1 operation from 1 page\n", errors: ""))
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("openapi: \"3.1.0\"\ninfo:\n  title: Get Widget\n"))
    }

    @Test func importDocsPageOfAFileThatIsNoPageExitsTwoWithTheErrorOnStandardError() throws {
        let page = try ConformCommand.temporaryFile("notes.md", "# Notes\n\nNothing here.\n")
        let outcome = try ConformCommand.run(["import", "docs-page", page, "-o", "/dev/null"])
        #expect(outcome == .init(
            status: 2, output: "",
            errors: "\(page): error: not a docs-site operation page: no ```yaml block with 'paths' holding 'path' and 'method' [docs-page.not-a-page]\n"))
    }
}
