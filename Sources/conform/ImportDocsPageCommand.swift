import ArgumentParser
import ConformCore
import ConformRunner
import Foundation

/// `conform import docs-page FILE... -o specs/NAME.yaml`: docs-site operation pages merged
/// into one OpenAPI 3.1 document, written as YAML and then linted.
struct ImportDocsPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs-page",
        abstract: "Convert docs-site API reference pages into one OpenAPI 3.1 document.",
        discussion: """
            Each page is a Markdown or text file whose ```yaml block holds `paths: {path, method, \
            request, response}` and `components`. Exit status: 0 when the written document lints \
            without errors, 2 otherwise.
            """)

    @Argument(help: "Docs-site operation pages (.md, .mdx, .txt).")
    var pages: [String]

    @Option(name: .shortAndLong, help: "The OpenAPI document to write (YAML).")
    var output: String

    @Option(help: "info.title (default: the page's heading for one page, else the output's name).")
    var title: String?

    @Option(name: .customLong("api-version"), help: "info.version.")
    var apiVersion = "0.0.0"

    func run() throws {
        var converter = DocsPageConverter()
        var titles: [String?] = []
        for path in pages {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CommandError(["\(path): error: cannot read the file [docs-page.unreadable]"])
            }
            do {
                guard let page = try DocsPage.read(path, from: FileSource()) else {
                    throw CommandError([
                        "\(path): error: not a docs-site operation page: no ```yaml block with 'paths' holding 'path' and 'method' [docs-page.not-a-page]"
                    ])
                }
                converter.add(page)
                titles.append(page.title)
            } catch let error as LoadError {
                throw CommandError.diagnostics([error])
            }
        }
        for diagnostic in converter.diagnostics where diagnostic.code != "spec.converted" {
            StandardError.print(diagnostic.description)
        }
        let name = ((output as NSString).lastPathComponent as NSString).deletingPathExtension
        let document = converter.document(
            title: title ?? (titles.count == 1 ? titles[0] : nil) ?? name, version: apiVersion)
        let folder = (output as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try document.yaml.write(toFile: output, atomically: true, encoding: .utf8)
        let problems = Linter.lint(output, from: FileSource())
        for diagnostic in problems { StandardError.print(diagnostic.description) }
        let operations = document["paths"]?.objectValue?.values.reduce(0) { $0 + ($1.objectValue?.count ?? 0) } ?? 0
        print("\(output): \(operations) operation\(operations == 1 ? "" : "s") from \(pages.count) page\(pages.count == 1 ? "" : "s")")
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode.invalidInput }
    }
}
