import ArgumentParser
import ConformRunner
import Foundation

/// `conform baseline write REPORT.json -o FILE`: accept every finding of a report.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Accepted known findings.", subcommands: [Write.self])

    struct Write: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a baseline that accepts every finding of a report.json (by fingerprint).")

        @Argument(help: "A report.json written by 'conform run' or 'conform report merge'.")
        var report: String

        @Option(name: .shortAndLong, help: "The baseline file to write.")
        var output: String

        func run() async throws {
            let baseline: Baseline
            do {
                baseline = Baseline(accepting: try Report(path: report))
            } catch {
                throw CommandError.invalid(error.description)
            }
            do {
                try Data(baseline.json().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandError.invalid("cannot write \(output): \(error.localizedDescription)")
            }
            print("\(output): \(baseline.accepted.count) accepted fingerprints")
        }
    }
}
