import Testing

/// The README's exit statuses, command by command: 0 conformant, 1 findings, 2 invalid input,
/// 3 target unreachable.
@Suite("Exit statuses")
struct ExitStatusTests {
    @Test func lintOfAMalformedSpecExitsTwoWithItsPosition() throws {
        let spec = try ConformCommand.temporaryFile(
            "broken.yaml", "openapi: 3.1.0\ninfo: {title: t, version: \"1\"}\npaths:\n  /a:\n    get:\n      responses: {200: {description: ok}\n")
        #expect(try ConformCommand.run(["lint", spec]) == .init(
            status: 2,
            output: """
                \(spec):7:1: error: did not find expected ',' or '}' [yaml.syntax]
                \(spec):6:18: note: while parsing a flow mapping
                1 file: 1 error, 0 warnings

                """,
            errors: ""))
    }

    @Test func lintOfASeedSpecExitsZero() throws {
        #expect(try ConformCommand.run(["lint", "specs/stripe-checkout.yaml"])
            == .init(status: 0, output: "1 file: 0 errors, 0 warnings\n", errors: ""))
    }

    /// Port 9 on loopback (discard), where nothing listens: every request fails to connect.
    @Test func runAgainstATargetThatAcceptsNothingExitsThree() throws {
        // Reports and golden files go to a scratch folder, never into the repository.
        let scratch = try ConformCommand.scratchFolder().path
        let outcome = try ConformCommand.run([
            "run", "specs/stripe-checkout.yaml", "--target", "http://127.0.0.1:9",
            "--reports", scratch + "/reports", "--golden", scratch + "/golden",
        ])
        #expect(outcome.status == 3)
        #expect(outcome.output.contains(
            "specs/stripe-checkout.yaml: target unreachable: nothing accepts connections at http://127.0.0.1:9\n"))
    }

    @Test func driftBetweenIdenticalSpecsExitsZero() throws {
        let outcome = try ConformCommand.run(["drift", "specs/stripe-checkout.yaml", "specs/stripe-checkout.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.output.hasSuffix("0 breaking, 0 warning, 0 info (0 refactors)\n"))
    }

    @Test func mergingAFileThatIsNotAReportExitsTwo() throws {
        let file = try ConformCommand.temporaryFile("garbage.json", "garbage\n")
        let reports = try ConformCommand.scratchFolder().path
        let outcome = try ConformCommand.run(["report", "merge", file, "--reports", reports])
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.errors.hasPrefix("error: \(file): not a conform-report file"))
    }
}
