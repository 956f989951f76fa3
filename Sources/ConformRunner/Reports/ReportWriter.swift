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
    /// and `report.html`; returns their paths.
    @discardableResult
    public func write(_ report: Report) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try files(for: report).map { file in
            let path = (directory as NSString).appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return path
        }
    }
}
