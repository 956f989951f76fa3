import Foundation

/// Writes every report format of a ``Report`` into one directory.
public struct ReportWriter: Sendable {
    public var directory: String
    public var junit: JUnitReporter

    public init(directory: String, junit: JUnitReporter = JUnitReporter()) {
        self.directory = directory
        self.junit = junit
    }

    /// The files written, by name, with their contents.
    public func files(for report: Report) -> [(name: String, text: String)] {
        [
            ("report.json", report.json()),
            ("junit.xml", junit.render(report)),
            ("summary.md", MarkdownReporter().render(report)),
            ("report.html", HTMLReporter().render(report)),
        ]
    }

    /// Creates the directory if needed and writes `report.json`, `junit.xml`, `summary.md`
    /// and `report.html`.
    public func write(_ report: Report) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for file in files(for: report) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: url, options: .atomic)
        }
    }
}
