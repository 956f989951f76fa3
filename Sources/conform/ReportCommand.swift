import ArgumentParser
import ConformRunner

/// `conform report merge SHARD.json... --reports DIR`: one set of reports from shard reports.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Work with report.json files.", subcommands: [Merge.self])

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join the report.json of shards 1/N ... N/N into the reports of the whole run.",
            discussion: "Exit status: 0 when the merged run passes its gate, 1 when it fails, 2 on unreadable or mismatched reports.")

        @Argument(help: "The shards' report.json files.")
        var shards: [String]

        @Option(help: "Directory for the merged report.json, junit.xml, summary.md and report.html.")
        var reports: String = "reports"

        @Option(help: "JUnit testcases: one per check and operation ('check') or one per case ('case').")
        var junitGranularity: JUnitReporter.Granularity = .check

        func run() async throws {
            let merged: Report
            do {
                merged = try Report(merging: try shards.map { path throws(ReportFileError) in try Report(path: path) })
            } catch let error as ReportFileError {
                throw CommandError.invalid(error.description)
            } catch let error as MergeError {
                throw CommandError.invalid(error.description)
            }
            try ReportWriter(directory: reports, junit: JUnitReporter(granularity: junitGranularity)).write(merged)
            let totals = merged.totals
            print(
                "\(shards.count) reports merged into \(reports): \(totals.cases) cases, \(totals.findings) findings "
                    + "(\(totals.failing) failing), \(totals.errors) errors: \(totals.result.rawValue)")
            if totals.result == .fail { throw ExitCode.findings }
        }
    }
}
