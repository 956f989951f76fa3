import Foundation
import Testing

/// A first run with no golden records, as a new user (outside CI) and a CI job make it.
@Suite("Golden recording on a first run")
struct GoldenRecordingTests {
    static func firstRun(ci: String?) throws -> (ConformCommand.Outcome, golden: String, reports: String) {
        let scratch = try ConformCommand.scratchFolder().path
        let outcome = try ConformCommand.run(
            [
                "run", "specs/stripe-checkout.yaml", "--target", "sandbox", "--reports", scratch + "/reports", "--golden",
                scratch + "/golden",
            ],
            environment: ["CI": ci, "CONFORM_RECORD": nil])
        return (outcome, scratch + "/golden", scratch + "/reports")
    }

    /// Recording is not a finding: the conformant sandbox passes, and the output says what
    /// was written.
    @Test func outsideCIAFirstRunRecordsAndExitsZero() throws {
        let (outcome, golden, _) = try Self.firstRun(ci: nil)
        #expect(outcome.status == 0)
        #expect(outcome.output.hasSuffix("""
            golden: 0 matched, 0 mismatched, 66 recorded
            golden: recorded 66 new cases in 1 file; review and commit them
            golden: learned 1 volatile value rule into \(golden)/stripe-checkout/normalize.yaml

            """))
        #expect(FileManager.default.fileExists(atPath: golden + "/stripe-checkout/createCheckoutSession.json"))
    }

    /// Under CI a missing record fails, and the message says how to record it.
    @Test func underCIAFirstRunFailsAndSaysHowToRecord() throws {
        let (outcome, golden, reports) = try Self.firstRun(ci: "true")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("""
                baseline-69d769a367a2dd03: expected valid, got status 200
                  no golden record in \(golden)/stripe-checkout/createCheckoutSession.json; record it by running outside CI (or with --record missing) and commit it

            """))
        #expect(outcome.output.hasSuffix("""
            golden: 0 matched, 66 mismatched, 0 recorded
            golden: actual records for review: \(reports)/golden-actual/stripe-checkout/createCheckoutSession.json
            golden: 66 cases without a golden record fail under CI (--record never); record them with 'conform run' outside CI (or --record missing) and commit the golden folder

            """))
        #expect(!FileManager.default.fileExists(atPath: golden + "/stripe-checkout/createCheckoutSession.json"))
    }
}
