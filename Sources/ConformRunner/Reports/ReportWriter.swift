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
        formats.map { ($0.name, $0.render(report)) }
    }

    /// Creates the directory if needed and writes `report.json`, `junit.xml`, `summary.md`
    /// and `report.html`, one at a time: a large run's texts are not all held at once.
    public func write(_ report: Report) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for format in formats {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(format.name)
            try Data(format.render(report).utf8).write(to: url, options: .atomic)
        }
    }

    /// Each file's name and how its text is made.
    var formats: [(name: String, render: (Report) -> String)] {
        [
            ("report.json", { $0.json() }),
            ("junit.xml", junit.render),
            ("summary.md", MarkdownReporter().render),
            ("report.html", HTMLReporter().render),
        ]
    }
}
